// A screenshot gallery for review (`npm run screenshots`): every element at 320, 768 and 1280 px,
// on a light page, a dark page and with the KERN preset (src/themes/kern.css), written to
// screenshots/<tag>-<width>-<theme>.png (gitignored). Served from source by Vite's dev server on
// a random port; Debian's Chromium driven by playwright-core, as bench/ does (never downloads a browser).
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const WIDTHS = [320, 768, 1280];
const THEMES = {
  light: 'body { background: #ffffff; color: #1a1a1a; }',
  dark: 'body { background: #121212; color: #eeeeee; }',
  kern: `${readFileSync('src/themes/kern.css', 'utf8')}\nbody { background: #ffffff; color: #1a1a1a; }`,
};
/** One of each element, as the demo page embeds them; the children are the fallback. */
const ELEMENTS = {
  'event-card': '<event-card event-id="kiel-2019-09-24" today="2019-09-01"></event-card>',
  'event-card-past': '<event-card event-id="kiel-2019-09-24"></event-card>',
  'event-list': '<event-list filters today="2019-01-01"></event-list>',
  'meeting-calendar': '<meeting-calendar filters today="2019-09-10"></meeting-calendar>',
  'network-list': '<network-list></network-list>',
  'network-card': '<network-card network-id="wissen-was-zaehlt"></network-card>',
  'programme-overview': '<programme-overview></programme-overview>',
  'participation-chart': '<participation-chart network="wissen-was-zaehlt"></participation-chart>',
  'news-list': '<news-list></news-list>',
  'news-card': '<news-card post-id="5-jahre-netzwerktreffen-bildungsmonitoring"></news-card>',
  'error-state':
    '<event-list src="/nowhere.json"><p><a href="https://www.transferagentur-nordost.example.org/termine">Alle Termine auf der Seite der Transferagentur</a></p></event-list>',
};
const only = process.argv[2];

const port = 20000 + Math.floor(Math.random() * 40000);
const server = await createServer({
  server: { port, strictPort: true, host: '127.0.0.1' },
  logLevel: 'error',
});
await server.listen();
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
mkdirSync('screenshots', { recursive: true });
let n = 0;
try {
  for (const [name, markup] of Object.entries(ELEMENTS)) {
    if (only && !name.startsWith(only)) continue;
    for (const width of WIDTHS) {
      for (const [theme, css] of Object.entries(THEMES)) {
        const page = await browser.newPage({ viewport: { width, height: 800 } });
        await page.goto(`http://127.0.0.1:${port}/demo/harness-only.html`);
        // A source file edited during the run reloads the page (Vite): note it, go on with the next.
        const loaded = await page
          .evaluate(
            async ({ markup, css }) => {
              document.head.insertAdjacentHTML(
                'beforeend',
                `<style>${css} body { margin: 0; font-family: system-ui, sans-serif; } main { padding: 16px; }</style>`,
              );
              document.body.innerHTML = `<main>${markup.replace(/<([a-z-]+)/, '<$1 src="/src/data/sample-feed.json"').replace('src="/src/data/sample-feed.json" src=', 'src=')}</main>`;
              await import('/src/index.ts');
            },
            { markup, css },
          )
          .then(
            () => true,
            (e) => console.warn(`${name} ${width} ${theme}: ${e.message.split('\n')[0]}`),
          );
        if (!loaded) {
          await page.close();
          continue;
        }
        await page
          .waitForFunction(
            () => {
              const el = document.querySelector('main > *');
              return (
                el?.shadowRoot && el.shadowRoot.childElementCount && !el.shadowRoot.querySelector('.loading')
              );
            },
            null,
            { timeout: 20_000 },
          )
          .catch(() => console.warn(`${name} ${width} ${theme}: did not settle`));
        await page.waitForTimeout(300);
        await page
          .screenshot({ path: `screenshots/${name}-${width}-${theme}.png`, fullPage: true, timeout: 120_000 })
          .catch((e) => console.warn(`${name} ${width} ${theme}: ${e.message.split('\n')[0]}`));
        await page.close();
        n++;
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${n} screenshots in screenshots/`);
