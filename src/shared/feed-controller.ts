import { Task, TaskStatus, initialState } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

import { FeedError } from '../data/errors.js';
import { feedLoader, parseTextInPage, warnIssues, type LoadedFeed } from '../data/load.js';
import { parseFeedInSlices, type ValidFeed } from '../data/parse.js';
import { yieldToPage } from '../data/slices.js';
import { LazyController } from './lazy-controller.js';

/** What a feed controller reads from its element: the places a feed can come from. */
export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  /** Feed URL. */
  src?: string;
  /** A feed object set from JavaScript. */
  feed?: unknown;
  /** `lazy`: wait until the element comes near the viewport. */
  loading?: 'eager' | 'lazy';
}

/**
 * What a host can show of a long feed from its JSON before the whole feed is validated
 * (src/data/first-look.ts), or undefined to wait for the whole feed.
 */
export type FirstLook = (json: unknown) => ValidFeed | undefined;

/**
 * What a load starts from, compared value by value: a change loads again. `waiting`: a lazy
 * element that is not yet near the viewport.
 */
type FeedArgs = [feed: unknown, url: Url, inline: string | undefined, waiting: boolean];

/** The absolute feed URL, or none, or the reason there can be none. */
type Url = string | InvalidUrl | undefined;

/**
 * The script tag that loaded this code, when it was a classic script (the bundle): its
 * `data-feed` is the page's feed even when another vendor's `script[data-feed]` comes first.
 * Read once, at load: later `document.currentScript` is whatever script runs then.
 */
const ownScript =
  typeof document === 'undefined' ? null : (document.currentScript as HTMLScriptElement | null);

/**
 * The page's default feed: the `data-feed` of the script tag that loaded us, else of the first
 * script tag that has one.
 */
export function pageFeedUrl(): string | undefined {
  return (
    ownScript?.dataset.feed ||
    document.querySelector<HTMLScriptElement>('script[data-feed]')?.dataset.feed ||
    undefined
  );
}

/** A feed URL the page's base cannot make absolute (`"http://"`, a port that is no number). */
export class InvalidUrl {
  constructor(readonly url: string) {}
}

/** Args of two loads are the same when each pair is `Object.is`-equal (`NaN` equals `NaN`). */
const sameArgs = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((value, i) => Object.is(value, b[i]));

const domReady = () =>
  new Promise((resolve) =>
    document.readyState === 'loading'
      ? document.addEventListener('DOMContentLoaded', resolve, { once: true })
      : resolve(0),
  );

/**
 * Where an element's feed comes from and how it loads, as a `Task` of `@lit/task`.
 *
 * The sources, strongest first: the `feed` property, `src`, an inline
 * `<script type="application/json">` child, the page's `data-feed`. A change of source loads
 * again and aborts the load before it (its `AbortSignal` reaches `fetch` through the page's
 * shared loader). With `loading="lazy"` the load waits for a {@link LazyController}.
 *
 * Leaving the page cancels a running load (the loader aborts the fetch when no other element
 * waits for the same feed); a move (removed and inserted in one go) keeps it. Back on the page
 * after that, the element loads again; a loaded feed needs no request.
 */
export class FeedController implements ReactiveController {
  /**
   * The load: its status, value (a {@link LoadedFeed}) and error. Its status is `INITIAL` before
   * the first load, while a lazy host waits for the viewport and after a load was cancelled;
   * set its `autoRun` to false to start no load when a source changes.
   */
  readonly task: Task<FeedArgs, LoadedFeed>;

  /** Where the feed of the latest load comes from: its URL, `inline` or `property`. */
  source = '';

  /**
   * While a long feed is validated: the host's first look at it (see {@link FirstLook}),
   * if it has one. Shown only while the task is pending (kept after, so that no render between
   * the end of the load and the task's outcome falls back to the loading state); never the
   * outcome of a load: the task's value is the whole feed.
   */
  firstLook?: ValidFeed;

  readonly #host: FeedHost;
  readonly #lazy: LazyController;
  /** The host left the page while loading, so the load was cancelled: load again when it is back. */
  #cancelled = false;

  /** The host's first look, if it has one (see {@link FirstLook}). */
  readonly #firstLook?: FirstLook;

  constructor(host: FeedHost, firstLook?: FirstLook) {
    this.#host = host;
    this.#firstLook = firstLook;
    host.addController(this);
    this.#lazy = new LazyController(host, () => host.loading === 'lazy');
    this.task = new Task(host, {
      args: (): FeedArgs => [...this.#sources(), this.#lazy.waiting],
      // An invalid URL is made anew on each update: equal by its text, so it loads once.
      argsEqual: (a, b) => sameArgs(a.map(urlKey), b.map(urlKey)),
      task: (args, { signal }) => this.#load(args, signal),
    });
  }

  hostConnected(): void {
    if (!this.#cancelled) return;
    this.#cancelled = false;
    void this.task.run();
  }

  hostDisconnected(): void {
    // Waits a microtask: a moved element is back on the page by then.
    queueMicrotask(() => {
      if (this.#host.isConnected || this.task.status !== TaskStatus.PENDING) return;
      this.#cancelled = true;
      this.task.abort();
    });
  }

  /**
   * The host's sources: `feed` property, absolute feed URL (`src`, else the page's), inline
   * feed. `null` (a framework's state before data arrives) means no property, as does a `src`
   * that is no string.
   */
  #sources(): [feed: unknown, url: Url, inline: string | undefined] {
    const host = this.#host;
    const inline = host.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
    const src = typeof host.src === 'string' ? host.src : undefined;
    const url = src || (inline === undefined ? pageFeedUrl() : undefined);
    return [host.feed ?? undefined, url ? absolute(url) : undefined, inline];
  }

  /**
   * The task: loads the feed from the strongest source there is, or goes back to the initial
   * state when there is nothing to do yet (a lazy host far from the viewport) or the load was
   * cancelled. A failure other than a {@link FeedError} becomes a network error.
   */
  async #load(
    [feed, url, inline, waiting]: FeedArgs,
    signal: AbortSignal,
  ): Promise<LoadedFeed | typeof initialState> {
    this.firstLook = undefined;
    if (waiting) return initialState;
    const look = (json: unknown) => this.#look(json, signal);
    try {
      if (feed === undefined && !url && inline === undefined) {
        // A parser-inserted element may upgrade before its children and the page's scripts exist.
        await domReady();
        signal.throwIfAborted();
        [feed, url, inline] = this.#sources();
        if (feed === undefined && !url && inline === undefined) throw new FeedError('no-source');
      }
      if (feed === undefined && url) {
        if (url instanceof InvalidUrl) {
          this.source = url.url;
          throw new FeedError('url', { url: url.url });
        }
        this.source = url;
        return await feedLoader.load(url, signal, look);
      }
      // A `feed` property is parsed as it is; an inline feed is text (empty, not JSON, or a feed).
      // Both in slices (issue 14): a long feed does not block the page while it is validated.
      this.source = feed === undefined ? 'inline' : 'property';
      if (feed !== undefined) look(feed);
      const result =
        feed === undefined ? await parseTextInPage(inline!, look) : await parseFeedInSlices(feed);
      if ('error' in result) throw result.error; // a `feed` property that is no valid feed
      warnIssues(result.issues, feed === undefined ? 'inline feed' : 'feed property');
      return result;
    } catch (error) {
      // Cancelled: the host left the page, or a newer load replaced this one. Nothing to show.
      if (signal.aborted) return initialState;
      throw error instanceof FeedError ? error : new FeedError('network');
    }
  }

  /** The host's first look at a feed's JSON, shown while the whole feed is validated. */
  #look(json: unknown, signal: AbortSignal): void {
    const look = this.#firstLook;
    if (!look) return;
    // In a task of its own, not in the one that read the JSON: each stays short (issue 14). A
    // look that comes after the whole feed is never shown (it is shown only while pending).
    void yieldToPage().then(() => {
      if (signal.aborted) return;
      try {
        this.firstLook = look(json);
      } catch {
        // A first look is a courtesy: without one, the element waits for the whole feed as before.
        this.firstLook = undefined;
      }
      if (this.firstLook) this.#host.requestUpdate();
    });
  }
}

/** A feed URL made absolute against the page, or an {@link InvalidUrl} when it cannot be. */
function absolute(url: string): string | InvalidUrl {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return new InvalidUrl(url);
  }
}

/** What an argument is compared by: an invalid URL by its text. */
const urlKey = (value: unknown) => (value instanceof InvalidUrl ? `invalid:${value.url}` : value);
