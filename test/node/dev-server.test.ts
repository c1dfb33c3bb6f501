// `npm start` serves the demo page and the sample feed it renders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'vite';

test('the dev server (npm start) serves the demo page, its script and the sample feed', async () => {
  const server = await createServer({
    configFile: 'vite.config.ts',
    server: { port: 0, host: '127.0.0.1' },
    logLevel: 'silent',
  });
  await server.listen();
  try {
    const address = server.httpServer!.address();
    assert.ok(address && typeof address === 'object');
    const base = `http://127.0.0.1:${address.port}`;
    const page = await (await fetch(`${base}/`)).text();
    assert.match(page, /<event-card event-id="kiel-2019-09-24"/);
    assert.match(page, /data-feed="\/src\/data\/sample-feed.json"/);
    const script = await fetch(`${base}/src/bundle.ts`);
    assert.equal(script.status, 200);
    const feed = (await (await fetch(`${base}/src/data/sample-feed.json`)).json()) as { version: number };
    assert.equal(feed.version, 1);
  } finally {
    await server.close();
  }
});
