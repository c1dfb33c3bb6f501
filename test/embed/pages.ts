// Helpers for the embedding tests: real pages in real iframes of the test page (same origin, so
// the test can look into their documents and shadow roots).
import { waitUntil } from '@open-wc/testing';

export interface Harness {
  errors: string[];
  console: { level: string; text: string }[];
  violations: string[];
}

export type PageWindow = Window & typeof globalThis & { embedHarness: Harness };

const frames: HTMLIFrameElement[] = [];

/** Opens `url` in an iframe (800 × 600 unless told) and resolves once it has loaded. */
export async function openPage(
  url: string,
  { width = 800, height = 600, sandbox }: { width?: number; height?: number; sandbox?: string } = {},
): Promise<{ win: PageWindow; doc: Document; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:${height}px;border:0;display:block`;
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return { win: frame.contentWindow as PageWindow, doc: frame.contentDocument!, frame };
}

export function closePages(): void {
  for (const frame of frames.splice(0)) frame.remove();
}

/** Every element folder of src/components (from the test server): every element is tested. */
export async function elementTags(): Promise<string[]> {
  return (await fetch('/api/components')).json();
}

/** How often the test server has answered `/api/<route>?key=<key>`. */
export async function requestCount(key: string, route = '/api/sample'): Promise<number> {
  const response = await fetch(`/api/count?path=${encodeURIComponent(route)}&key=${encodeURIComponent(key)}`);
  return (await response.json()).count;
}

/** Resolves when `el` has rendered something other than its loading state. */
export async function settled(el: Element, timeout = 10_000): Promise<void> {
  await waitUntil(
    () => el.shadowRoot?.firstElementChild && !el.shadowRoot.querySelector('.loading'),
    `<${el.localName}> did not finish loading`,
    { timeout },
  );
}

/** Visible text of an element's shadow root, whitespace collapsed. */
export const shadowText = (el: Element): string =>
  (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

export const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Downloads the `.ics` of a card in a page: sets `today` before the seed event (so it is offered),
 * opens the calendar menu and chooses ".ics herunterladen". The download link is caught (not
 * followed) and returned.
 */
export async function downloadIcs(card: Element): Promise<HTMLAnchorElement> {
  const root = card.shadowRoot!;
  let download: HTMLAnchorElement | undefined;
  root.addEventListener(
    'click',
    (event) => {
      const target = event.target as HTMLAnchorElement;
      if (target.localName === 'a' && target.hasAttribute('download')) {
        download = target;
        event.preventDefault();
      }
    },
    true,
  );
  // A day before the event, so it is offered; the menu's ".ics" item downloads the file.
  card.setAttribute('today', '2019-09-01');
  await waitUntil(() => root.querySelector('[part="calendar-button"]'), 'no calendar button');
  root.querySelector<HTMLButtonElement>('[part="calendar-button"]')!.click();
  await waitUntil(() => root.querySelector('[data-ics="download"]'), 'no calendar menu', { timeout: 5000 });
  root.querySelector<HTMLButtonElement>('[data-ics="download"]')!.click();
  await waitUntil(() => download, 'no .ics download', { timeout: 5000 });
  return download!;
}
