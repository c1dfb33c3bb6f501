// Test-server routes for the embedding tests (test/embed): what static files cannot do.
// Mounted after the feed routes of test/server/routes.mjs, which count every /api/ request
// per `key` (ask /api/count?path=/api/sample&key=…).
import { build } from 'esbuild';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

/** The strict policy of the CSP pages: a locked-down CMS that shows the feed's pictures. */
export const CSP = "default-src 'self'; img-src 'self' https://www.transferagentur-nordost.example.org";

const root = new URL('../../', import.meta.url);

/** Pages served with a strict Content-Security-Policy header, as a locked-down CMS would. */
const strictCsp = new Set([
  '/demo/csp.html',
  '/test/embed/pages/csp-esm.html',
  '/test/autoload/pages/csp.html',
]);

/** Requests per key of /api/autoload/<key>/chunks/event-card.js (the first ones fail). */
const chunkRequests = new Map();

let react;

/** @type {import('koa').Middleware} */
export async function embedRoutes(ctx, next) {
  if (strictCsp.has(ctx.path)) {
    // Scripts, styles and connections from this origin only; pictures also from the feed's host.
    ctx.set('Content-Security-Policy', CSP);
    return next();
  }
  // The built autoloader and its chunks under /api/autoload/<key>/: with a key starting with
  // `fail`, the request for the event card's chunk fails (503) until the test has seen the error
  // state (the first two requests), then succeeds, so a retry can be tested.
  const autoload = /^\/api\/autoload\/([\w-]+)\/((?:chunks\/)?[\w.-]+\.js)$/.exec(ctx.path);
  if (autoload) {
    const [, key, file] = autoload;
    if (key.startsWith('fail') && file === 'chunks/event-card.js') {
      const n = (chunkRequests.get(key) ?? 0) + 1;
      chunkRequests.set(key, n);
      if (n <= 2) {
        ctx.status = 503;
        ctx.body = 'unavailable';
        return;
      }
    }
    const url = new URL(`dist/${file}`, root);
    if (!existsSync(url)) return next();
    ctx.type = 'js';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = readFileSync(url);
    return;
  }
  switch (ctx.path) {
    // Every element folder: tests run over every element without a list to keep up to date.
    case '/api/components':
      ctx.type = 'json';
      ctx.body = JSON.stringify(
        readdirSync(new URL('src/components/', root), { withFileTypes: true })
          .filter(
            (d) => d.isDirectory() && existsSync(new URL(`src/components/${d.name}/${d.name}.ts`, root)),
          )
          .map((d) => d.name)
          .sort(),
      );
      return;
    // The sample feed under a counted URL (the count is kept by the feed routes).
    case '/api/sample':
      ctx.type = 'json';
      ctx.set('Cache-Control', 'no-store');
      ctx.body = readFileSync(new URL('src/data/sample-feed.json', root));
      return;
    // React 19 ships CommonJS only: one ES module with React and react-dom/client, built once.
    case '/test/embed/react.js':
      react ??= build({
        stdin: {
          contents:
            "export { createElement } from 'react'; export { flushSync } from 'react-dom'; export { createRoot } from 'react-dom/client';",
          resolveDir: new URL('.', root).pathname,
        },
        bundle: true,
        format: 'esm',
        write: false,
        minify: true,
        define: { 'process.env.NODE_ENV': '"production"' },
        logLevel: 'silent',
      }).then((result) => result.outputFiles[0].text);
      ctx.type = 'js';
      ctx.body = await react;
      return;
    default:
      return next();
  }
}
