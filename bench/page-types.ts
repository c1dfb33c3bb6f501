/**
 * Issue 14 in figures, measured in the browser (playwright-core, Debian's Chromium):
 *
 * - bytes and requests per page type: a page with one `<event-card>`, one with one
 *   `<event-list>`, one with all seven elements; each with the autoloader (`dist/autoload.js`)
 *   and with the one-file script (`dist/bildungsnetz-widgets.js`), loaded until every element
 *   shows its data, before any click. Every script the page requested is counted (its URL and
 *   its bytes as minified + gzip -9, as a server would send it); the feed is not counted (the
 *   same for every loader). FullCalendar's equivalent: its published core + dayGrid bundles (2
 *   requests): the least it needs to show events at all (its list view is another plugin, not
 *   installed here);
 * - cumulative layout shift of the demo pages (demo/*.html, 1280×800), as
 *   test/perf/layout-shift.test.ts measures it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { measure } from './sizes.ts';

export interface PageTypeRow {
  page: 'one card' | 'one list' | 'all elements';
  loader: 'autoloader' | 'one file' | 'FullCalendar core + dayGrid';
  requests: number;
  gzip: number;
  files: string[];
}

export interface ShiftRow {
  page: string;
  cls: number;
  shifts: string[];
}

const ELEMENTS: Record<PageTypeRow['page'], string> = {
  'one card': '<event-card event-id="kiel-2019-09-24"></event-card>',
  'one list': '<event-list limit="5" today="2019-01-01"></event-list>',
  'all elements': `<event-card event-id="kiel-2019-09-24"></event-card>
    <event-list limit="5" today="2019-01-01"></event-list>
    <meeting-calendar month="2019-09"></meeting-calendar>
    <network-list></network-list>
    <network-card network-id="wissen-was-zaehlt"></network-card>
    <programme-overview></programme-overview>
    <participation-chart network="wissen-was-zaehlt"></participation-chart>`,
};
const LOADERS: Record<'autoloader' | 'one file', string> = {
  autoloader: '/dist/autoload.js',
  'one file': '/dist/bildungsnetz-widgets.js',
};

/** Writes the six pages into bench/tmp/page-types/. */
function writePages(
  root: string,
): Record<string, { page: PageTypeRow['page']; loader: keyof typeof LOADERS }> {
  const dir = join(root, 'bench/tmp/page-types');
  mkdirSync(dir, { recursive: true });
  const pages: Record<string, { page: PageTypeRow['page']; loader: keyof typeof LOADERS }> = {};
  for (const page of Object.keys(ELEMENTS) as PageTypeRow['page'][])
    for (const loader of Object.keys(LOADERS) as (keyof typeof LOADERS)[]) {
      const name = `${page.replace(/ /g, '-')}-${loader.replace(/ /g, '-')}.html`;
      writeFileSync(
        join(dir, name),
        `<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>bench: ${page}, ${loader}</title>
    <script src="${LOADERS[loader]}" data-feed="/src/data/sample-feed.json" defer></script>
  </head>
  <body>
    ${ELEMENTS[page]}
  </body>
</html>
`,
      );
      pages[name] = { page, loader };
    }
  return pages;
}

/** Every element of the page shows something other than its loading state. */
async function allShown(browser: Browser, url: string): Promise<{ scripts: string[]; error?: string }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const scripts: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.goto(url);
    await page.waitForFunction(
      () =>
        [...document.body.children].every(
          (el) =>
            customElements.get(el.localName) &&
            el.shadowRoot?.firstElementChild &&
            !el.shadowRoot.querySelector('[part~="loading"]'),
        ),
      null,
      { timeout: 30_000 },
    );
    return { scripts, error: errors.join('\n') || undefined };
  } catch (e) {
    return { scripts, error: [String(e), ...errors].join('\n') };
  } finally {
    await page.close();
  }
}

export async function measurePageTypes(
  root: string,
  browser: Browser,
  origin: string,
): Promise<PageTypeRow[]> {
  const rows: PageTypeRow[] = [];
  /** Minified (a no-op for our minified files) and gzip -9, file by file, as sizes.ts measures. */
  const bytes = async (files: string[]) => (await measure('', files, root)).gzip;
  for (const [name, { page, loader }] of Object.entries(writePages(root))) {
    const { scripts, error } = await allShown(browser, `${origin}/bench/tmp/page-types/${name}`);
    if (error) throw new Error(`${name}: ${error}`);
    const files = [...new Set(scripts)].map((f) => f.slice(1));
    rows.push({ page, loader, requests: files.length, gzip: await bytes(files), files });
  }
  const fc = [
    'node_modules/@fullcalendar/core/index.global.min.js',
    'node_modules/@fullcalendar/daygrid/index.global.min.js',
  ];
  const fcBytes = await bytes(fc);
  for (const page of Object.keys(ELEMENTS) as PageTypeRow['page'][])
    rows.push({ page, loader: 'FullCalendar core + dayGrid', requests: fc.length, gzip: fcBytes, files: fc });
  return rows;
}

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
}

/** CLS of a demo page from navigation until every (not lazy) element shows data, plus 500 ms. */
export async function measureLayoutShift(browser: Browser, origin: string, path: string): Promise<ShiftRow> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.addInitScript(() => {
      const w = window as unknown as { cls: number; shifts: string[] };
      w.cls = 0;
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as LayoutShift[])
          if (!e.hadRecentInput) {
            w.cls += e.value;
            w.shifts.push(
              `${e.value.toFixed(4)} at ${e.startTime.toFixed(0)} ms (${(e as unknown as { sources: { node?: Element; previousRect: DOMRect; currentRect: DOMRect }[] }).sources.map((x) => `${x.node?.localName ?? '?'} y ${x.previousRect.y.toFixed(0)}→${x.currentRect.y.toFixed(0)}`).join(', ')})`,
            );
          }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(origin + path);
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('*')]
          .filter((el) => el.localName.includes('-') && el.getAttribute('loading') !== 'lazy')
          .every(
            (el) => el.shadowRoot?.firstElementChild && !el.shadowRoot.querySelector('[part~="loading"]'),
          ),
      null,
      { timeout: 30_000 },
    );
    await page.waitForTimeout(500);
    const { cls, shifts } = await page.evaluate(() => {
      const w = window as unknown as { cls: number; shifts: string[] };
      return { cls: w.cls, shifts: w.shifts };
    });
    return { page: path, cls, shifts };
  } finally {
    await page.close();
  }
}
