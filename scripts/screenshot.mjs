// docs/screenshot.png, the README's first picture: the demo page (demo/plain.html, the built
// script bundle on the sample feed) in headless Chromium, the month calendar.
//
//   npm run build && node scripts/screenshot.mjs
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const out = join(root, 'docs/screenshot.png');
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

const server = createServer((req, res) => {
  const file = join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname));
  if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, {
    'content-type': `${types[extname(file)] ?? 'application/octet-stream'}; charset=utf-8`,
  });
  createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 }, locale: 'de-DE' });
  await page.goto(`http://127.0.0.1:${server.address().port}/demo/plain.html`);
  // The month calendar on the sample feed's busiest month (fixed, so the picture does not change with the date).
  const calendar = page.locator('#w-meeting-calendar');
  await calendar.evaluate((el) => {
    el.closest('.widgets')?.style.setProperty('width', '900px');
    el.setAttribute('today', '2026-12-02');
    el.setAttribute('month', '2026-12');
  });
  await calendar.locator('[part~="chip"]').first().waitFor();
  // One meeting opened, as a visitor would: the day's panel with the event's card below the grid.
  await calendar.locator('[part~="chip"]').nth(1).click();
  await calendar.locator('[part~="panel"] event-card').first().locator('h4, h5, h3').first().waitFor();
  await calendar.screenshot({ path: out });
  console.log(`screenshot: ${out.slice(root.length)}`);
} finally {
  await browser.close();
  server.close();
}
