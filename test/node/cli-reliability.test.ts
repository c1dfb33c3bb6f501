// The feed check against hostile input (issue 20): a URL with credentials, an answer without
// end, a feed saved as Latin-1. `main` of src/cli/main.ts runs for real against a real local server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { main } from '../../src/cli/main.ts';

const latin1 = new URL('../fixtures/matrix/latin-1.json', import.meta.url).pathname;
const utf8 = new URL('../fixtures/matrix/base.json', import.meta.url).pathname;

async function check(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A local server; `requests` counts what reached it. */
async function serve(handler: Parameters<typeof createServer>[1]) {
  let requests = 0;
  const server: Server = createServer((req, res) => {
    requests++;
    handler!(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => requests,
    close: () => new Promise((resolve) => server.closeAllConnections() ?? server.close(resolve)),
  };
}

test('a URL with user and password: says so, sends nothing', async () => {
  const server = await serve((_req, res) => res.end('{}'));
  try {
    const url = server.url.replace('http://', 'http://redaktion:geheim@');
    const { code, out } = await check('validate', `${url}/feed.json`);
    assert.equal(code, 1);
    assert.match(out, /Die Adresse enthält Benutzername oder Passwort \(„redaktion@…“\)/);
    assert.doesNotMatch(out, /geheim/, 'the password is not repeated');
    assert.doesNotMatch(out, /nicht erreichbar/);
    assert.equal(server.requests(), 0);
    const en = await check('validate', `${url}/feed.json`, '--lang', 'en');
    assert.match(en.out, /The address holds a user name or password/);
  } finally {
    await server.close();
  }
});

test('an answer without end stops at --max-bytes, long before the time-out', async () => {
  const server = await serve((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"version":1,"events":[');
    const chunk = `${'{"id":"x","title":"x","start":"2026-12-01"},'.repeat(1000)}`;
    const pump = () => {
      if (res.destroyed) return;
      res.write(chunk);
      setTimeout(pump, 1);
    };
    pump();
  });
  try {
    const started = Date.now();
    const { code, out } = await check('validate', `${server.url}/endless.json`, '--max-bytes', '200000');
    assert.equal(code, 1);
    assert.match(out, /Die Quelle ist größer als 200000 Bytes/);
    assert.match(out, /--max-bytes/);
    assert.ok(Date.now() - started < 10_000, 'stopped at the limit, not at the 15 s time-out');
  } finally {
    await server.close();
  }
});

test('a declared size over the default limit (50 MB) is refused before reading', async () => {
  const server = await serve((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(60_000_000) });
    res.write('{');
  });
  try {
    const { code, out } = await check('validate', `${server.url}/huge.json`);
    assert.equal(code, 1);
    assert.match(out, /größer als 50000000 Bytes/);
  } finally {
    await server.close();
  }
});

test('a file over --max-bytes is not read; a bad --max-bytes is a usage error', async () => {
  const { code, out } = await check('validate', utf8, '--max-bytes', '100');
  assert.equal(code, 1);
  assert.match(out, /größer als 100 Bytes/);
  for (const bad of ['0', '-5', 'viel', '1.5']) {
    const usage = await check('validate', utf8, '--max-bytes', bad);
    assert.equal(usage.code, 2, bad);
  }
});

test('an invalid URL is named as such, not as a server that cannot be reached', async () => {
  const { code, out } = await check('validate', 'http://[::1/feed.json');
  assert.equal(code, 1);
  assert.match(out, /Die Adresse ist ungültig: http:\/\/\[::1\/feed\.json/);
});

test('a feed saved as Latin-1 is reported, from a file and over HTTP', async () => {
  const file = await check('validate', latin1, '--today', '2026-11-23');
  assert.equal(file.code, 1);
  assert.match(file.out, /nicht als UTF-8 gelesen werden konnten/);
  const server = await serve((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(Buffer.from('{"version":1,"publisher":{"name":"Münster"}}', 'latin1'));
  });
  try {
    const http = await check('validate', `${server.url}/feed.json`, '--lang', 'en');
    assert.equal(http.code, 1);
    assert.match(http.out, /could not be read as UTF-8/);
  } finally {
    await server.close();
  }
  // The same feed as UTF-8 has no such problem.
  assert.doesNotMatch((await check('validate', utf8, '--today', '2026-11-23')).out, /UTF-8/);
});
