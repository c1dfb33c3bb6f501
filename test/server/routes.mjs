// Test-server routes (Koa middleware of the Web Test Runner's dev server): real HTTP responses
// for the loader and the elements to fetch. Static fixture feeds in test/fixtures/ and the
// sample feed are served as files; these routes produce what a static file cannot (errors,
// hangs, a first failure then success) and count their requests per `key`.

import { embedRoutes } from '../embed/server.mjs';

const attempts = new Map();
const feedWith = (title) =>
  JSON.stringify({ version: 1, events: [{ id: 'e1', title, start: '2030-01-01' }] });

// Routes of the robustness tests (test/robust/).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { tsImport } from 'tsx/esm/api';

// Pages the CSP and Trusted Types tests load, served with their policy as a real header.
const policies = {
  // Images from the feed's own host may load (as on any page that shows the feed's pictures);
  // scripts, styles, connections and everything else: this origin only.
  '/test/robust/csp.test.html': "default-src 'self'; img-src 'self' https://publisher.example",
  '/test/robust/trusted-types.test.html':
    "require-trusted-types-for 'script'; trusted-types lit-html bildungsnetz-widgets",
};

/** @type {import('koa').Middleware} */
async function policyHeaders(ctx, next) {
  await next();
  let policy = policies[ctx.path];
  if (!policy) return;
  if (policy.startsWith('default-src') && typeof ctx.body === 'string') {
    // The test runner injects one inline script (its configuration): only it gets a nonce.
    const nonce = randomBytes(16).toString('base64');
    ctx.body = ctx.body.replace(/<script(?![^>]*\ssrc=)/g, `<script nonce="${nonce}"`);
    policy += `; script-src 'self' 'nonce-${nonce}'`;
  }
  ctx.set('Content-Security-Policy', policy);
}

const matrixBase = new URL('../fixtures/matrix/base.json', import.meta.url);
const cancelled = new Map();
/** Archived events in /api/robust/huge, besides the matrix feed's own. */
export const HUGE_EVENTS = 50_000;
let huge;
function hugeFeed() {
  if (!huge) {
    const feed = JSON.parse(readFileSync(matrixBase, 'utf8'));
    const pad = (n) => String(n).padStart(2, '0');
    for (let i = 0; i < HUGE_EVENTS; i++) {
      const date = `${1990 + (i % 30)}-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}`;
      feed.events.push({
        id: `archiv-${i}`,
        title: `Archivierter Termin ${i} des Netzwerks Matrix`,
        start: `${date}T10:00`,
        end: `${date}T16:00`,
        type: 'Netzwerktreffen',
        summary: `Rückblick auf das Treffen ${i}: `.padEnd(240, 'Austausch über Bildungsmonitoring. '),
        states: ['SH', 'MV'],
      });
    }
    huge = JSON.stringify(feed);
  }
  return huge;
}

const perfFeeds = new Map();
/**
 * The benchmarks' seeded feed of `n` events (bench/generate.ts, the bench's `list-1000` seed),
 * built once per `n`, for the long-task tests (test/perf/). TypeScript, loaded through tsx.
 */
function perfFeed(n) {
  if (!perfFeeds.has(n))
    perfFeeds.set(
      n,
      tsImport('../../bench/generate.ts', import.meta.url).then(({ generateFeed, SEED }) =>
        generateFeed({ count: n, seed: SEED + 2 }),
      ),
    );
  return perfFeeds.get(n);
}

/** @type {import('koa').Middleware} */
async function feedRoutes(ctx, next) {
  if (policies[ctx.path]) return policyHeaders(ctx, next);
  if (!ctx.path.startsWith('/api/')) return next();
  const key = ctx.query.key ?? '';
  if (ctx.path === '/api/count') {
    ctx.type = 'json';
    ctx.body = JSON.stringify({ count: attempts.get(`${ctx.query.path}|${key}`) ?? 0 });
    return;
  }
  const count = (attempts.get(`${ctx.path}|${key}`) ?? 0) + 1;
  attempts.set(`${ctx.path}|${key}`, count);
  ctx.set('Cache-Control', 'no-store');
  if (ctx.path.startsWith('/api/split/')) return splitFeed(ctx, count);
  switch (ctx.path) {
    case '/api/status':
      ctx.status = Number(ctx.query.code ?? 500);
      if (ctx.query.retryAfter) ctx.set('Retry-After', String(ctx.query.retryAfter));
      ctx.body = 'error';
      return;
    case '/api/flaky':
      // 503 on the first request for a key, a feed afterwards.
      if (count === 1) {
        ctx.status = 503;
        ctx.body = 'unavailable';
      } else {
        ctx.type = 'json';
        ctx.body = feedWith('Nach dem Fehler');
      }
      return;
    case '/api/slow':
      await new Promise((resolve) => setTimeout(resolve, Number(ctx.query.ms ?? 500)));
      ctx.type = 'json';
      ctx.body = feedWith('Langsam');
      return;
    case '/api/hang':
      // Answers only after any test's time limit: the loader's timeout must end it.
      await new Promise((resolve) => setTimeout(resolve, 60_000));
      ctx.body = '{}';
      return;
    case '/api/perf/feed':
      // A generated feed of `n` events (at most 10,000).
      ctx.type = 'json';
      ctx.body = await perfFeed(Math.min(Math.max(1, Math.floor(Number(ctx.query.n) || 1000)), 10_000));
      return;
    case '/api/text':
      ctx.type = ctx.query.type ?? 'json';
      ctx.body = ctx.query.body ?? '';
      return;
    case '/api/robust/reset':
      // A connection that breaks before any answer: a network error, the same origin.
      ctx.req.socket.destroy();
      ctx.respond = false;
      return;
    case '/api/robust/recover':
      // 500 for the first two requests of a key (the loader's own retry fails too), then the feed.
      if (count <= 2) {
        ctx.status = 500;
        ctx.body = 'error';
      } else {
        ctx.type = 'json';
        ctx.body = readFileSync(matrixBase);
      }
      return;
    case '/api/robust/endless': {
      // Headers and the start of a feed, then a trickle of spaces that never ends.
      const body = new PassThrough();
      body.write('{"version": 1, "events": [');
      const timer = setInterval(() => body.write(' '), 200);
      ctx.res.on('close', () => {
        clearInterval(timer);
        body.end();
      });
      ctx.type = 'json';
      ctx.body = body;
      return;
    }
    case '/api/robust/huge':
      // The matrix feed plus enough archived events to weigh more than 20 MB, built once.
      ctx.type = 'json';
      ctx.body = hugeFeed();
      return;
    case '/api/robust/slow': {
      // A feed after `ms`; counts the requests the client cancelled before the answer.
      const aborted = await new Promise((resolve) => {
        const timer = setTimeout(() => resolve(false), Number(ctx.query.ms ?? 1000));
        ctx.res.on('close', () => {
          clearTimeout(timer);
          resolve(true);
        });
      });
      if (aborted) {
        cancelled.set(key, (cancelled.get(key) ?? 0) + 1);
        return;
      }
      ctx.type = 'json';
      ctx.body = readFileSync(matrixBase);
      return;
    }
    case '/api/robust/cors-feed':
      // The sample feed for pages of another origin (the privacy test's feed host).
      ctx.set('Access-Control-Allow-Origin', '*');
      ctx.type = 'json';
      ctx.body = readFileSync(new URL('../../src/data/sample-feed.json', import.meta.url));
      return;
    case '/api/robust/log':
      ctx.type = 'json';
      ctx.body = JSON.stringify({
        requests: attempts.get(`/api/robust/slow|${key}`) ?? 0,
        cancelled: cancelled.get(key) ?? 0,
      });
      return;
    default:
      return next();
  }
}

const splitFixtures = new URL('../fixtures/split/', import.meta.url);
const splitTypes = { json: 'json', ics: 'text/calendar', atom: 'application/atom+xml', txt: 'text' };

/**
 * A split feed built by the CLI (test/fixtures/split/: `out/` is `build source.json`), served
 * as `/api/split/<key>/<file>` so that each test counts its own requests per file. With a key
 * that starts with `missing`, the first request for each archive part answers 404.
 */
function splitFeed(ctx, count) {
  const [key, ...rest] = ctx.path.slice('/api/split/'.length).split('/');
  const file = rest.join('/');
  // The test runner marks every path with an extension as cacheable for a year (after the
  // routes ran): without one, the browser asks again, as it must for a retry.
  ctx.path = '/api/split';
  const type = splitTypes[file.split('.').pop()];
  if (!type || !/^[\w-]+(\/[\w-]+)*\.\w+$/.test(file)) {
    ctx.status = 404;
    return;
  }
  if (key.startsWith('missing') && file.includes('archive/') && count === 1) {
    ctx.status = 404;
    ctx.body = 'not found';
    return;
  }
  try {
    ctx.body = readFileSync(new URL(file, splitFixtures));
    ctx.type = type;
  } catch {
    ctx.status = 404;
  }
}

export const testServerMiddleware = [feedRoutes, embedRoutes];
