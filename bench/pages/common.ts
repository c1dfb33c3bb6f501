/**
 * What every scenario page shares. A page measures one thing between `performance.mark`s and
 * leaves a `performance.measure` (read by tachometer), plus `window.bench` with a check of what
 * was rendered (read by the preflight, so a page that renders an error state fails loudly
 * instead of looking fast).
 *
 * `?probe` puts a page in probe mode: it prepares (feed fetched, code loaded, GC done) and
 * waits for `window.bench.start()`, so the runner can take heap snapshots around the render.
 */
export const TODAY = '2026-11-23';
export const FIRST_MONTH = '2026-12';
export const params = new URLSearchParams(location.search);
export const FEEDS = '/bench/tmp/feeds/';

export interface BenchState {
  /** Set when the page has finished (measures taken). */
  done?: boolean;
  /** Set when the page failed; the runner prints it. */
  error?: string;
  /** What the page rendered, checked by the runner. */
  check?: Record<string, unknown>;
  /** Probe mode: ready to render. */
  ready?: boolean;
  /** Probe mode: renders and resolves when done. */
  start?: () => Promise<void>;
  /** Long tasks (ms) seen during the measured render. */
  longTasks?: number[];
  /** Extra figures (e.g. each month change). */
  values?: Record<string, number | number[]>;
}

declare global {
  interface Window {
    bench: BenchState;
    /** With --js-flags=--expose-gc. */
    gc?: () => void;
    /** Median month change, read by tachometer as an expression. */
    monthChangeMedian?: number;
  }
}

window.bench = {};

export async function fetchText(name: string): Promise<string> {
  const response = await fetch(FEEDS + name);
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  return response.text();
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
export const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** A quiet start: garbage collected (when exposed) and a frame painted. */
export async function settle(): Promise<void> {
  window.gc?.();
  await frame();
  await macrotask();
}

/** Forces style and layout of the whole document (shadow trees included). */
export function layout(el: Element): number {
  return el.getBoundingClientRect().height + document.documentElement.offsetHeight;
}

/** Text of a subtree including every open shadow root (what a reader can reach). */
export function deepText(node: Node): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) {
      out += n.nodeValue;
      return;
    }
    if (n instanceof HTMLScriptElement || n instanceof HTMLStyleElement) return;
    const root = (n as Element).shadowRoot;
    if (root) walk(root);
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(node);
  return out;
}

/** The unique "(Nr. 00042)" markers of generated event titles, in document order. */
export function markers(node: Node): string[] {
  return deepText(node).match(/\(Nr\. \d{5}\)/g) ?? [];
}

/** Records long tasks from now on; call the result to stop and read them. */
export function watchLongTasks(): () => number[] {
  const seen: number[] = [];
  const from = performance.now();
  let observer: PerformanceObserver | undefined;
  try {
    observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.startTime + e.duration >= from) seen.push(e.duration);
    });
    observer.observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: nothing to report.
  }
  return () => {
    if (observer)
      for (const e of observer.takeRecords()) if (e.startTime + e.duration >= from) seen.push(e.duration);
    observer?.disconnect();
    return seen;
  };
}

/**
 * Resolves when `done()` holds for the element's shadow root: at once, or after a change in it
 * (a MutationObserver, no polling). With `timeout`, rejects with its message after 20 s.
 */
export function whenShadowRoot(el: Element, done: () => boolean, timeout?: () => string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (done()) return resolve();
    const timer = timeout && setTimeout(() => reject(new Error(timeout())), 20_000);
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
  });
}

/** Waits for an element's `feed-load` (or throws on `feed-error`). */
export function feedLoaded(el: Element): Promise<void> {
  return new Promise((resolve, reject) => {
    el.addEventListener('feed-load', () => resolve(), { once: true });
    el.addEventListener(
      'feed-error',
      (e) => reject(new Error(`feed-error: ${(e as CustomEvent<{ message: string }>).detail.message}`)),
      { once: true },
    );
  });
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * Runs a scenario: at once (tachometer), or in probe mode on `window.bench.start()`.
 * `prepare` fetches and loads untimed; `render` is the measured part.
 */
export function scenario(prepare: () => Promise<void>, render: () => Promise<void>): void {
  const fail = (error: unknown) => {
    window.bench.error = error instanceof Error ? `${error.message}\n${error.stack}` : String(error);
    console.error(error);
  };
  const go = async () => {
    const stop = watchLongTasks();
    await render();
    await frame();
    await macrotask();
    window.bench.longTasks = stop();
    window.bench.done = true;
  };
  (async () => {
    await prepare();
    await settle();
    if (params.has('probe')) {
      // A task of its own, as a real render is (a render inside the runner's evaluate call
      // would not be reported as a long task).
      window.bench.start = () =>
        new Promise<void>((resolve, reject) => {
          setTimeout(() => go().then(resolve, (e) => (fail(e), reject(e))), 0);
        });
      window.bench.ready = true;
    } else {
      await go();
    }
  })().catch(fail);
}

/** A tag that is not registered: the scenario cannot run (yet). */
export function requireElement(tag: string): void {
  if (!customElements.get(tag)) throw new Error(`<${tag}> is not defined: the element is not available yet`);
}

/** The element structure of a tree (tag, classes, part), to compare ours with a baseline. */
export function shape(root: ParentNode, limit = 400): string {
  const out: string[] = [];
  for (const e of root.querySelectorAll('*')) {
    if (out.length >= limit) break;
    out.push(`${e.localName}.${[...e.classList].join('.')}[${e.getAttribute('part') ?? ''}]`);
  }
  return out.join(' ');
}

/** The CSS text of a shadow root's adopted style sheets. */
export function sheetText(root: ShadowRoot): string {
  return root.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');
}
