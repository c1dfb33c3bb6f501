import { expect } from '@open-wc/testing';
import { FeedLoader, type FetchLike } from '../../src/data/load.js';
import { FeedError } from '../../src/data/errors.js';

let run = 0;
/** A fresh key per test, so the test server counts each test's requests apart. */
const key = () => `load-${Date.now()}-${run++}`;
const count = async (path: string, k: string) =>
  ((await (await fetch(`/api/count?path=${path}&key=${k}`)).json()) as { count: number }).count;
const quiet = { warn: () => {} };

async function failure(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected the load to fail');
}

describe('FeedLoader', () => {
  it('loads and validates a feed served over HTTP', async () => {
    const { feed, issues } = await new FeedLoader(quiet).load('/src/data/sample-feed.json');
    expect(issues).to.deep.equal([]);
    expect(feed.events.some((e) => e.id === 'kiel-2019-09-24')).to.equal(true);
  });

  it('reports a 404 as an HTTP error and does not retry it', async () => {
    const k = key();
    const error = await failure(
      new FeedLoader({ ...quiet, retryDelay: 10 }).load(`/api/status?code=404&key=${k}`),
    );
    expect(error.kind).to.equal('http');
    expect(error.details.status).to.equal(404);
    expect(error.retryable).to.equal(false);
    expect(error.localizedMessage('de')).to.contain('Fehler 404');
    expect(await count('/api/status', k)).to.equal(1);
  });

  it('retries a 5xx once and succeeds when the server recovers', async () => {
    const k = key();
    const { feed } = await new FeedLoader({ ...quiet, retryDelay: 10 }).load(`/api/flaky?key=${k}`);
    expect(feed.events[0].title).to.equal('Nach dem Fehler');
    expect(await count('/api/flaky', k)).to.equal(2);
  });

  it('gives up after one retry of a 500 and says the error is worth retrying later', async () => {
    const k = key();
    const error = await failure(
      new FeedLoader({ ...quiet, retryDelay: 10 }).load(`/api/status?code=500&key=${k}`),
    );
    expect(error.kind).to.equal('http');
    expect(error.retryable).to.equal(true);
    expect(await count('/api/status', k)).to.equal(2);
  });

  it('reports an unreachable server as a network error, after one retry', async () => {
    const calls: string[] = [];
    const failing: FetchLike = (url) => {
      calls.push(url);
      return Promise.reject(new TypeError('Failed to fetch'));
    };
    const error = await failure(
      new FeedLoader({ ...quiet, fetch: failing, retryDelay: 10 }).load('https://feed.example/feed.json'),
    );
    expect(error.kind).to.equal('network');
    expect(error.localizedMessage('de')).to.contain('nicht erreichbar');
    expect(calls).to.deep.equal(['https://feed.example/feed.json', 'https://feed.example/feed.json']);
  });

  it('reports a real refused connection as a network error', async () => {
    const error = await failure(
      new FeedLoader({ ...quiet, retryDelay: 10 }).load('http://127.0.0.1:9/feed.json'),
    );
    expect(error.kind).to.equal('network');
  });

  it('ends a feed that never answers with a timeout error, without retrying', async () => {
    const k = key();
    const started = performance.now();
    const error = await failure(
      new FeedLoader({ ...quiet, timeout: 300, retryDelay: 10 }).load(`/api/hang?key=${k}`),
    );
    expect(error.kind).to.equal('timeout');
    expect(performance.now() - started).to.be.lessThan(3000);
    expect(await count('/api/hang', k)).to.equal(1);
  });

  it('uses 15 seconds as the default time limit', () => {
    expect(new FeedError('timeout', { seconds: 15 }).localizedMessage('de')).to.contain('15 Sekunden');
    // The default is read from the loader's options.
    expect((new FeedLoader() as unknown as { options: { timeout: number } }).options.timeout).to.equal(
      15_000,
    );
  });

  for (const [name, body, kind] of [
    ['an empty body', '', 'empty'],
    ['invalid JSON', '{"version": 1,', 'syntax'],
    ['a JSON array', '[1,2]', 'not-object'],
    ['version 2', '{"version":2}', 'version'],
  ] as const) {
    it(`reports ${name} as "${kind}" without retrying`, async () => {
      const k = key();
      const error = await failure(
        new FeedLoader({ ...quiet, retryDelay: 10 }).load(
          `/api/text?key=${k}&body=${encodeURIComponent(body)}`,
        ),
      );
      expect(error.kind).to.equal(kind);
      expect(error.retryable).to.equal(false);
      expect(await count('/api/text', k)).to.equal(1);
    });
  }

  it('sends one request per URL however many consumers ask, and keeps the answer', async () => {
    const k = key();
    const loader = new FeedLoader(quiet);
    const url = `/api/slow?ms=200&key=${k}`;
    const results = await Promise.all([
      loader.load(url),
      loader.load(url, new AbortController().signal),
      loader.load(url),
    ]);
    expect(results[0]).to.equal(results[1]);
    expect(results[0]).to.equal(results[2]);
    await loader.load(url);
    expect(await count('/api/slow', k)).to.equal(1);
  });

  it('cancels the request when every consumer is gone', async () => {
    let seen: AbortSignal | undefined;
    const slow: FetchLike = (_url, init) => {
      seen = init.signal;
      return new Promise((_, reject) =>
        init.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    };
    const loader = new FeedLoader({ ...quiet, fetch: slow });
    const a = new AbortController();
    const b = new AbortController();
    const first = loader.load('https://feed.example/a.json', a.signal).catch((e) => e);
    const second = loader.load('https://feed.example/a.json', b.signal).catch((e) => e);
    a.abort();
    await Promise.resolve();
    expect(seen?.aborted).to.equal(false);
    b.abort();
    await first;
    await second;
    expect(seen?.aborted).to.equal(true);
  });

  it('keeps loading for the consumers that remain', async () => {
    const k = key();
    const loader = new FeedLoader(quiet);
    const url = `/api/slow?ms=150&key=${k}`;
    const leaving = new AbortController();
    const gone = loader.load(url, leaving.signal).catch((e) => e);
    const staying = loader.load(url);
    leaving.abort();
    expect((await staying).feed.events[0].title).to.equal('Langsam');
    expect(await gone).to.be.instanceOf(DOMException);
  });

  it('forgets a failure, so that a retry fetches again', async () => {
    const k = key();
    const loader = new FeedLoader({ ...quiet, retryDelay: 10 });
    await failure(loader.load(`/api/status?code=404&key=${k}`));
    await failure(loader.load(`/api/status?code=404&key=${k}`));
    expect(await count('/api/status', k)).to.equal(2);
  });

  it('passes the request through the injected fetch without credentials', async () => {
    const seen: { url: string; credentials?: RequestCredentials }[] = [];
    const injected: FetchLike = async (url, init) => {
      seen.push({ url, credentials: init.credentials });
      return new Response('{"version":1}', { status: 200 });
    };
    const loader = new FeedLoader({ ...quiet, fetch: injected });
    await loader.load('https://feed.example/b.json');
    expect(seen).to.deep.equal([{ url: 'https://feed.example/b.json', credentials: 'omit' }]);
  });

  it('reports the issues of a loaded feed once per URL', async () => {
    const reports: string[] = [];
    const loader = new FeedLoader({
      warn: (issues, url) => reports.push(`${url}: ${issues.map((i) => `${i.id} ${i.field}`).join(', ')}`),
      fetch: async () =>
        new Response(JSON.stringify({ version: 1, events: [{ id: 'x', start: '2020-01-01' }] })),
    });
    await loader.load('https://feed.example/c.json');
    await loader.load('https://feed.example/c.json');
    expect(reports).to.deep.equal(['https://feed.example/c.json: x title']);
  });
});
