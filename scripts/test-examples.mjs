// The framework examples as a partner's developer would build them, from the packed package:
//
//   npm run test:examples      (after `npm run build`; CI runs it after `npm test`)
//
// `npm pack` makes the tarball; then for each app under examples/ (React 19 + TypeScript, Vue 3 +
// vue-tsc, Svelte 5 + svelte-check, and a Preact/Solid type check): `npm ci` from its own
// committed lockfile, `npm install --no-save` of the tarball (so the lockfile never holds a
// tarball checksum that changes with every build), its type check, its production build, and
// for the apps a check in Chromium of the built app served on localhost: the calendar renders
// the example feed's events, and clicking one fires `event-select`, which the app's handler
// (typed through the package's framework types, no cast) writes into the page.
//
// `node scripts/test-examples.mjs react vue` runs only those.
import { spawn } from 'node:child_process';
import {
  createReadStream,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const examplesDir = join(root, 'examples');
const only = process.argv.slice(2);
const examples = readdirSync(examplesDir)
  .filter((name) => existsSync(join(examplesDir, name, 'package.json')))
  .filter((name) => only.length === 0 || only.includes(name))
  .sort();

/** Runs a command in a directory (without blocking the others); output is shown only when it fails. */
function run(cwd, command, args) {
  const started = Date.now();
  const label = `${cwd.slice(root.length) || '.'}: ${command} ${args.join(' ')}`;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      if (status !== 0) {
        reject(new Error(`${label} failed (${status})\n${stdout}\n${stderr}`));
        return;
      }
      console.log(`  ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      resolve(stdout);
    });
  });
}

let tarball;
let tmp;
let browser;

before(async () => {
  assert.ok(
    existsSync(join(root, 'dist/index.js')) && existsSync(join(root, 'dist/types/frameworks/react.d.ts')),
    'dist/ is missing: run `npm run build` first',
  );
  tmp = mkdtempSync(join(tmpdir(), 'bn-examples-'));
  const packed = JSON.parse(await run(root, 'npm', ['pack', '--json', '--pack-destination', tmp]));
  tarball = join(tmp, packed[0].filename);
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Serves a built app (its dist/) on a free localhost port, as any static host would. */
async function serve(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    let file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory())
      file = join(dir, 'index.html');
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

/** The built app in Chromium: the calendar shows the feed, and a click fires `event-select`. */
async function checkInBrowser(dist) {
  const { server, url } = await serve(dist);
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(String(e)));
  try {
    await page.goto(url);
    // Playwright's CSS locators pierce open shadow roots: these are the calendar's own buttons.
    const events = page.locator('meeting-calendar').locator('[part~="event"]');
    await events.first().waitFor({ timeout: 15_000 });
    assert.equal(await events.count(), 2, 'the calendar lists the example feed’s two events');
    await page.locator('#loaded', { hasText: '2 Termine geladen' }).waitFor({ timeout: 5_000 });
    await events.filter({ hasText: 'Fachtagung Übergänge' }).click();
    await page
      .locator('#selected', { hasText: 'Ausgewählt: Fachtagung Übergänge' })
      .waitFor({ timeout: 5_000 });
    assert.deepEqual(problems, [], 'no console error');
  } finally {
    await page.close();
    server.close();
  }
}

// Two at a time: one example's install (network, disk) overlaps another's type check (CPU).
describe('framework examples', { concurrency: 2 }, () => {
  for (const name of examples) {
    test(`examples/${name}: installs the packed package, type-checks, builds, works in Chromium`, async () => {
      const started = Date.now();
      const dir = join(examplesDir, name);
      const { scripts } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      await run(dir, 'npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline']);
      await run(dir, 'npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefer-offline', tarball]);
      await run(dir, 'npm', ['run', 'typecheck']);
      if (scripts.build) {
        rmSync(join(dir, 'dist'), { recursive: true, force: true });
        await run(dir, 'npm', ['run', 'build']);
        await checkInBrowser(join(dir, 'dist'));
      }
      console.log(`  examples/${name}: ${((Date.now() - started) / 1000).toFixed(0)} s in all`);
    });
  }
});
