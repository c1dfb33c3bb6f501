// The story smoke test: loads the *built* Storybook (storybook-static/, from
// `npm run build-storybook`) in headless Chromium, visits every entry of its index.json — every
// story and every docs page — and fails on a console error, an uncaught exception, a render
// error, an element that never got defined, or an axe violation (WCAG 2.0/2.1 A and AA rules).
//
// Run: `npm run build-storybook && npm run test:storybook` (CI runs both, see .ci/run).
// Chromium: $CHROME_PATH or /usr/bin/chromium, driven by playwright-core (no browser download).
//
// The one tolerated console error: a story tagged `network-error` (stories/docs/feeds.ts) asks
// for a feed that really fails, and Chromium logs "Failed to load resource: the server responded
// with a status of …" for it. That message, for a same-origin URL, is allowed in such a story and
// in the docs page of its component; every other console error fails there too.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type ConsoleMessage } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const staticDir = fileURLToPath(new URL('../../storybook-static/', import.meta.url));
const indexPath = join(staticDir, 'index.json');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const NETWORK_ERROR_TAG = 'network-error';
/**
 * Runs in the page, so it is plain JavaScript in a string (tsx would otherwise wrap any named
 * function in a `__name` helper the page does not have). It checks `selector` except
 * Storybook's own controls table (its boolean switch fails contrast: Storybook's UI, not ours).
 * The a11y addon runs axe after each render too, so it waits for that run to end. A docs page's
 * story frame (Storybook's `.docs-story`) may scroll when a story is taller or wider than it;
 * that frame is Storybook's and the story is checked on its own page, so
 * scrollable-region-focusable skips it.
 */
const AXE_IN_PAGE = `async ({ selector, tags }) => {
  let result;
  for (let attempt = 0; ; attempt++) {
    try {
      result = await window.axe.run(
        { include: [selector], exclude: ['.docblock-argstable'] },
        { runOnly: { type: 'tag', values: tags } },
      );
      break;
    } catch (error) {
      if (attempt > 50 || !String(error).includes('already running')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  for (const v of result.violations)
    if (v.id === 'scrollable-region-focusable')
      v.nodes = v.nodes.filter(
        (n) => !(n.target.length === 1 && document.querySelector(String(n.target[0]))?.matches('.docs-story')),
      );
  return result.violations
    .filter((v) => v.nodes.length > 0)
    .map((v) => v.id + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.map((n) => n.target.join(' ')).join('; '));
}`;

/** A transparent 1×1 PNG. */
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
  tags?: string[];
  importPath: string;
}

function readIndex(): IndexEntry[] | undefined {
  if (!existsSync(indexPath)) return undefined;
  const index = JSON.parse(readFileSync(indexPath, 'utf8')) as { entries: Record<string, IndexEntry> };
  return Object.values(index.entries);
}

const entries = readIndex();

if (!entries) {
  test('storybook-static/ exists', () => {
    assert.fail(
      `No built Storybook at ${staticDir} (index.json is missing). Run \`npm run build-storybook\` first, then \`npm run test:storybook\`.`,
    );
  });
} else {
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.mjs': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.woff2': 'font/woff2',
    '.txt': 'text/plain; charset=utf-8',
    '.map': 'application/json',
  };

  let server: Server;
  let base = '';
  let browser: Browser;
  let context: BrowserContext;

  before(async () => {
    // A tiny static server for storybook-static/ on a free loopback port.
    server = createServer(async (req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      // Chromium asks every page for /favicon.ico, which Storybook does not build: no error for that.
      if (path === '/favicon.ico') return void res.writeHead(204).end();
      const file = normalize(join(staticDir, path.endsWith('/') ? `${path}index.html` : path));
      try {
        if (!file.startsWith(staticDir.endsWith(sep) ? staticDir : staticDir + sep))
          throw new Error('outside');
        if (!(await stat(file)).isFile()) throw new Error('not a file');
        res.writeHead(200, {
          'Content-Type': types[extname(file)] ?? 'application/octet-stream',
          'Cache-Control': 'max-age=600',
        });
        res.end(await readFile(file));
      } catch {
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        res.end('not found');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [...chromiumArgs, '--headless'],
    });
    // One context: the browser cache is shared, every entry still gets a fresh page.
    context = await browser.newContext({ viewport: { width: 1024, height: 768 }, locale: 'de-DE' });
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  test('index.json lists stories', () => {
    assert.ok(
      entries.some((e) => e.type === 'story'),
      'the built Storybook has no stories',
    );
  });

  // Components with a network-error story: their docs page renders that story too.
  const titlesWithNetworkErrors = new Set(
    entries.filter((e) => e.tags?.includes(NETWORK_ERROR_TAG)).map((e) => e.title),
  );

  // Two pages at a time: the machine has two cores, and most of a visit is waiting.
  describe('every entry of index.json', { concurrency: 2 }, () => {
    for (const entry of entries) {
      test(`${entry.type === 'docs' ? 'docs' : 'story'} ${entry.id}`, { timeout: 60_000 }, async () => {
        const allowNetworkErrors =
          entry.tags?.includes(NETWORK_ERROR_TAG) ||
          (entry.type === 'docs' && titlesWithNetworkErrors.has(entry.title));
        const problems: string[] = [];
        const page = await context.newPage();
        const isAllowed = (message: ConsoleMessage) =>
          allowNetworkErrors &&
          /^Failed to load resource: the server responded with a status of [45]\d\d\b/.test(message.text()) &&
          message.location().url.startsWith(`${base}/`);
        page.on('console', (message) => {
          if (message.type() === 'error' && !isAllowed(message))
            problems.push(`console error: ${message.text()} (${message.location().url || 'no url'})`);
        });
        page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.stack ?? error.message}`));
        // Nothing leaves the machine. Images a feed names (on the publisher's site) get a blank
        // pixel; any other request to another origin is a failure (the widgets make none).
        await page.route(
          (url) => url.origin !== base,
          (route) => {
            const request = route.request();
            if (request.resourceType() === 'image')
              return route.fulfill({ status: 200, contentType: 'image/png', body: PIXEL });
            problems.push(`request to another origin: ${request.url()}`);
            return route.abort();
          },
        );
        try {
          const viewMode = entry.type === 'docs' ? 'docs' : 'story';
          await page.goto(`${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}`);
          // Storybook marks the body when it has shown the story, the docs page or an error.
          const shown = await page.waitForFunction(
            (mode) => {
              const c = document.body.classList;
              if (c.contains('sb-show-errordisplay')) return 'error';
              if (c.contains('sb-show-nopreview')) return 'nopreview';
              if (mode === 'story') return c.contains('sb-show-main') && 'main';
              return (document.querySelector('#storybook-docs')?.childElementCount ?? 0) > 0 && 'main';
            },
            viewMode,
            { timeout: 30_000 },
          );
          const state = await shown.jsonValue();
          if (state !== 'main') {
            const text = await page
              .locator('#error-message, #error-stack, .sb-nopreview')
              .allInnerTexts()
              .catch(() => []);
            problems.push(
              `Storybook shows ${state === 'error' ? 'a render error' : 'no preview'}: ${text.join(' ')}`,
            );
          } else {
            // Let the feeds arrive and every element finish rendering.
            await page.waitForLoadState('networkidle');
            await page.evaluate(async () => {
              const all = [...document.querySelectorAll('#storybook-root *, #storybook-docs *')];
              await Promise.all(
                all.map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete),
              );
            });
            const root = viewMode === 'docs' ? '#storybook-docs' : '#storybook-root';
            const undefinedTags = await page.evaluate(
              (selector) =>
                [
                  ...new Set([...document.querySelectorAll(`${selector} *`)].map((el) => el.localName)),
                ].filter((name) => name.includes('-') && !customElements.get(name)),
              root,
            );
            if (undefinedTags.length) problems.push(`elements never defined: ${undefinedTags.join(', ')}`);
            if (viewMode === 'story') {
              const empty = await page.evaluate(
                () => (document.querySelector('#storybook-root')?.childElementCount ?? 0) === 0,
              );
              if (empty) problems.push('the story rendered nothing');
            }
            await page.addScriptTag({ content: axeSource });
            const violations = (await page.evaluate(
              `(${AXE_IN_PAGE})(${JSON.stringify({ selector: root, tags: AXE_TAGS })})`,
            )) as string[];
            for (const v of violations) problems.push(`axe: ${v}`);
          }
        } finally {
          await page.close();
        }
        assert.deepEqual(problems, [], `${entry.title} › ${entry.name}:\n${problems.join('\n')}`);
      });
    }
  });
}
