/**
 * Loading feeds: one request per URL per page however many elements ask, a time limit, one
 * retry for network trouble, and cancellation when nobody needs the answer any more.
 */
import { FeedError } from './errors.js';
import { parseText, parseTextInPage, type FeedIssue, type ParsedFeed, type ValidFeed } from './parse.js';

/** Re-exported: `parseText` lives with `parseFeed` in parse.ts (both return a ParseResult). */
export { parseText, parseTextInPage };

/** The network seam: anything with `fetch`'s signature (tests, hosts that add auth headers). */
export type FetchLike = (
  url: string,
  init: { signal: AbortSignal; credentials?: RequestCredentials },
) => Promise<Response>;

export interface LoaderOptions {
  fetch?: FetchLike;
  /** A feed that has not fully answered after this many ms is an error. Default 15 000. */
  timeout?: number;
  /** Wait before the one retry after a network error or a 5xx answer. Default 800 ms. */
  retryDelay?: number;
  /** Where issues of a loaded feed are reported (once per URL). Default: console.warn. */
  warn?: (issues: FeedIssue[], url: string) => void;
  /**
   * Loaded feeds kept for elements that ask again, the most recently asked for. Default 8: a
   * page that changes `src` to cache-busting URLs does not keep every old feed in memory.
   */
  keep?: number;
}

/** A loaded feed: the parser's successful verdict. */
export type LoadedFeed = ParsedFeed;

/** The URL each feed was loaded from (its archive parts' relative URLs resolve against it). */
const loadedFrom = new WeakMap<ValidFeed, string>();

/** The URL a feed was loaded from by a loader; undefined for a feed given inline or from JavaScript. */
export const feedUrl = (feed: ValidFeed): string | undefined => loadedFrom.get(feed);

interface Entry<T = LoadedFeed> {
  promise: Promise<T>;
  controller: AbortController;
  consumers: number;
  settled: boolean;
}

/**
 * Reports feed issues to the console, one line each, naming the JSON path, the item's id and
 * what happened (the issue's code, e.g. `item-invalid`: left out; `url-scheme`: field ignored).
 * The full sentences are the feed check's: `npx bildungsnetz-widgets validate <feed>`.
 */
export function warnIssues(issues: FeedIssue[], source: string): void {
  for (const { path, id, field, code } of issues)
    console.warn(
      `bildungsnetz-widgets (${source}): ${path}${id === undefined ? '' : ` (id "${id}")`}, field "${field}": ${code}`,
    );
}

const wait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });

export class FeedLoader {
  readonly #entries = new Map<string, Entry>();
  /** Archive parts and other JSON documents ({@link loadJson}), by URL. */
  readonly #documents = new Map<string, Entry<unknown>>();
  private readonly options: Required<LoaderOptions>;

  constructor(options: LoaderOptions = {}) {
    this.options = {
      fetch: (url, init) => fetch(url, init),
      timeout: 15_000,
      retryDelay: 800,
      warn: warnIssues,
      keep: 8,
      ...options,
    };
  }

  /**
   * Changes options for every later request: a shorter time limit or retry delay (tests,
   * impatient hosts), another fetch, another warning sink. The defaults stay as documented.
   */
  configure(options: LoaderOptions): void {
    Object.assign(this.options, options);
  }

  /** Replaces the fetch function for every later request (e.g. to add an auth header). */
  setFetch(fetchLike: FetchLike): void {
    this.options.fetch = fetchLike;
  }

  /**
   * The feed at `url`. Consumers share one request; when every consumer's `signal` has
   * aborted before the answer came, the request is cancelled. A loaded feed is kept for the
   * page's lifetime; a failed one is forgotten so that a retry fetches again. `onJson` gets the
   * feed's JSON before it is validated (a first look: src/data/first-look.ts), when this call
   * starts the request; a consumer that joins a request under way waits for the whole feed.
   */
  load(url: string, signal?: AbortSignal, onJson?: (json: unknown) => void): Promise<LoadedFeed> {
    const options = this.options;
    return this.#share(
      this.#entries,
      url,
      signal,
      (abort) => fetchWithRetry(url, abort, options, (text) => parseFeedText(text, onJson)),
      (result) => {
        loadedFrom.set(result.feed, url);
        options.warn(result.issues, url);
        this.#release();
      },
    );
  }

  /**
   * The JSON document at `url` (an archive part of a split feed: src/data/archive.ts parses it
   * in its feed's context). The same fetch, time limit, retry and sharing as {@link load}; a
   * loaded document is kept for the page's lifetime (not counted in {@link size}), a failed one
   * is forgotten so that a retry fetches again.
   */
  loadJson(url: string, signal?: AbortSignal): Promise<unknown> {
    return this.#share(this.#documents, url, signal, (abort) =>
      fetchWithRetry(url, abort, this.options, readJson),
    );
  }

  /**
   * One shared request per key of `entries`, cancelled when every consumer's signal aborted;
   * `loaded` runs once when it succeeded.
   */
  #share<T>(
    entries: Map<string, Entry<T>>,
    url: string,
    signal: AbortSignal | undefined,
    start: (signal: AbortSignal) => Promise<T>,
    loaded?: (result: T) => void,
  ): Promise<T> {
    let entry = entries.get(url);
    if (entry) {
      // The most recently asked for last: the first ones are released first.
      entries.delete(url);
      entries.set(url, entry);
    } else {
      const controller = new AbortController();
      const created: Entry<T> = {
        controller,
        consumers: 0,
        settled: false,
        promise: start(controller.signal).then(
          (result) => {
            created.settled = true;
            loaded?.(result);
            return result;
          },
          (error: unknown) => {
            created.settled = true;
            if (entries.get(url) === created) entries.delete(url);
            throw error;
          },
        ),
      };
      entries.set(url, (entry = created));
    }
    if (signal?.aborted) return Promise.reject(signal.reason);
    // A consumer without a signal never leaves, so the request is never cancelled for it.
    entry.consumers++;
    if (!signal) return entry.promise;
    const shared = entry;
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => {
        reject(signal.reason);
        if (--shared.consumers === 0 && !shared.settled) {
          shared.controller.abort();
          if (entries.get(url) === shared) entries.delete(url);
        }
      };
      signal.addEventListener('abort', onAbort, { once: true });
      /** Passes the shared answer on, and stops listening for this consumer's abort. */
      const settle =
        <V>(pass: (value: V) => void) =>
        (value: V) => {
          signal.removeEventListener('abort', onAbort);
          pass(value);
        };
      shared.promise.then(settle(resolve), settle(reject));
    });
  }

  /** How many feeds the loader holds (loaded or loading). */
  get size(): number {
    return this.#entries.size;
  }

  /**
   * Keeps the `keep` loaded feeds asked for most recently and releases the others: an element
   * that shows one keeps its own reference; one that asks again loads it again.
   */
  #release(): void {
    let loaded = [...this.#entries.values()].filter((entry) => entry.settled).length;
    for (const [url, entry] of this.#entries) {
      if (loaded <= this.options.keep) break;
      if (!entry.settled) continue;
      this.#entries.delete(url);
      loaded--;
    }
  }

  /** Forgets everything loaded (for tests, and for hosts that want fresh data). */
  clear(): void {
    for (const entries of [this.#entries, this.#documents]) {
      for (const entry of entries.values()) if (!entry.settled) entry.controller.abort();
      entries.clear();
    }
  }
}

/**
 * One request and, after network trouble or a server error (5xx, 408), one more after a short
 * wait. A time-out is not tried again: the visitor has waited long enough; nor is 429 (too many
 * requests): the server asked for a pause (its `Retry-After`), the visitor's retry button waits.
 */
async function fetchWithRetry<T>(
  url: string,
  signal: AbortSignal,
  options: Required<LoaderOptions>,
  read: (text: string) => Promise<T>,
): Promise<T> {
  try {
    return await fetchOnce(url, signal, options, read);
  } catch (error) {
    if (
      signal.aborted ||
      !(error instanceof FeedError && error.retryable) ||
      error.kind === 'timeout' ||
      error.details.status === 429
    )
      throw error;
    await wait(options.retryDelay, signal);
    return fetchOnce(url, signal, options, read);
  }
}

/** One request with the time limit; every failure becomes a {@link FeedError} (or the abort reason). */
async function fetchOnce<T>(
  url: string,
  outer: AbortSignal,
  options: Required<LoaderOptions>,
  read: (text: string) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  const abort = () => controller.abort(outer.reason);
  outer.addEventListener('abort', abort);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeout);
  try {
    let text: string;
    try {
      const response = await options.fetch(url, { signal: controller.signal, credentials: 'omit' });
      if (!response.ok) throw new FeedError('http', { status: response.status, url });
      text = await response.text();
    } catch (error) {
      if (error instanceof FeedError) throw error;
      if (timedOut) throw new FeedError('timeout', { seconds: Math.round(options.timeout / 1000), url });
      if (outer.aborted) throw outer.reason;
      throw new FeedError('network', { url });
    }
    return await read(text);
  } finally {
    clearTimeout(timer);
    outer.removeEventListener('abort', abort);
  }
}

/** A feed's text as a loaded feed; a whole-feed failure is thrown as its {@link FeedError}. */
async function parseFeedText(text: string, onJson?: (json: unknown) => void): Promise<LoadedFeed> {
  const result = await parseTextInPage(text, onJson);
  if (!result.ok) throw result.error;
  return result;
}

/**
 * A JSON document's text as its value, read as {@link parseTextInPage} reads a feed (by the
 * parser behind `Response.json()`, a byte order mark dropped); empty or no JSON is a {@link FeedError}.
 */
async function readJson(text: string): Promise<unknown> {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new FeedError('empty');
  try {
    return await new Response(text).json();
  } catch {
    throw new FeedError('syntax');
  }
}

/** The page's loader: every element on a page shares it. */
export const feedLoader = new FeedLoader();
