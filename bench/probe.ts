/**
 * The browser side that is not a timing comparison, driven with playwright-core (installed
 * with @web/test-runner-playwright; it drives Debian's Chromium, never downloads one):
 *
 * - preflight: every scenario page is loaded once and must finish without an error and show
 *   what it should (the right number of events, the right month) before it is timed — a page
 *   that renders an error state would otherwise look fast;
 * - scenario 5: JS heap after rendering 1,000 events — CDP `HeapProfiler.collectGarbage`,
 *   then `Runtime.getHeapUsage` before and after the render (the page waits in probe mode
 *   with its code loaded and its feed fetched), and the DOM node count (`Performance.getMetrics`);
 *   long tasks (PerformanceObserver 'longtask') during the same render.
 */
import { chromium, type Browser } from 'playwright-core';
import type { BenchState } from './pages/common.ts';

export interface PageOutcome {
  url: string;
  ok: boolean;
  error?: string;
  check?: Record<string, unknown>;
  values?: Record<string, number | number[]>;
  longTasks?: number[];
  measures: Record<string, number>;
}

export async function launch(executablePath: string, args: string[]): Promise<Browser> {
  return chromium.launch({ executablePath, args, headless: true });
}

type Snapshot = Omit<BenchState, 'start'>;

/** Loads a page and waits until it is done or failed. */
export async function runPage(browser: Browser, url: string, timeout = 60_000): Promise<PageOutcome> {
  const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`console.${m.type()}: ${m.text()}`);
  });
  try {
    await page.goto(url);
    await page
      .waitForFunction(() => window.bench !== undefined, null, { timeout: 20_000 })
      .catch(() => {
        throw new Error('the page script did not start within 20 s');
      });
    await page.waitForFunction(() => window.bench?.done || window.bench?.error, null, { timeout });
    const state = (await page.evaluate(() => {
      const rest: Partial<BenchState> = { ...window.bench };
      delete rest.start;
      return rest;
    })) as Snapshot;
    const measures = await page.evaluate(() =>
      Object.fromEntries(performance.getEntriesByType('measure').map((m) => [m.name, m.duration])),
    );
    const error = state.error ?? (errors.length ? errors.join('\n') : undefined);
    return {
      url,
      ok: !error,
      error,
      check: state.check,
      values: state.values,
      longTasks: state.longTasks,
      measures,
    };
  } catch (e) {
    return { url, ok: false, error: [String(e), ...errors].join('\n'), measures: {} };
  } finally {
    await page.close();
  }
}

export interface MemoryOutcome {
  /** JS heap used after GC, with the code loaded and the feed text fetched, before rendering. */
  before: number;
  /** JS heap used after GC with the rendered widget in the page. */
  after: number;
  /** DOM nodes in the page after rendering. */
  nodes: number;
  longTasks: number[];
  /** Duration of the render as the page measured it. */
  render: number;
}

/** One probe run: GC, heap, render, GC, heap. */
export async function probeMemory(browser: Browser, url: string): Promise<MemoryOutcome> {
  const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url + (url.includes('?') ? '&' : '?') + 'probe');
    await page.waitForFunction(() => window.bench?.ready || window.bench?.error, null, { timeout: 60_000 });
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const before = await heap();
    await page.evaluate(() => window.bench.start!());
    const after = await heap();
    const { metrics } = await cdp.send('Performance.getMetrics');
    const state = (await page.evaluate(() => ({
      error: window.bench.error,
      longTasks: window.bench.longTasks ?? [],
      render:
        performance.getEntriesByName('render')[0]?.duration ??
        performance.getEntriesByName('first-render')[0]?.duration ??
        NaN,
    }))) as { error?: string; longTasks: number[]; render: number };
    if (state.error || errors.length) throw new Error(state.error ?? errors.join('\n'));
    return {
      before,
      after,
      nodes: metrics.find((m) => m.name === 'Nodes')?.value ?? NaN,
      longTasks: state.longTasks,
      render: state.render,
    };
  } finally {
    await page.close();
  }
}
