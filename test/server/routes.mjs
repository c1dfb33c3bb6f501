// Test-server routes (Koa middleware of the Web Test Runner's dev server): real HTTP responses
// for the loader and the elements to fetch. Static fixture feeds in test/fixtures/ and the
// sample feed are served as files; these routes produce what a static file cannot (errors,
// hangs, a first failure then success) and count their requests per `key`.

import { embedRoutes } from '../embed/server.mjs';

const attempts = new Map();
const feedWith = (title) =>
  JSON.stringify({ version: 1, events: [{ id: 'e1', title, start: '2030-01-01' }] });

/** @type {import('koa').Middleware} */
async function feedRoutes(ctx, next) {
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
  switch (ctx.path) {
    case '/api/status':
      ctx.status = Number(ctx.query.code ?? 500);
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
    case '/api/text':
      ctx.type = ctx.query.type ?? 'json';
      ctx.body = ctx.query.body ?? '';
      return;
    default:
      return next();
  }
}

export const testServerMiddleware = [feedRoutes, embedRoutes];
