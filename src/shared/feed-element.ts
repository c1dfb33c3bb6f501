import { LitElement, html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';

import { startOfDay } from '../data/dates.js';
import { FeedError, errorMessage } from '../data/errors.js';
import { feedLoader, parseText, warnIssues, type LoadedFeed } from '../data/load.js';
import { parseFeed, type FeedIssue, type ValidFeed } from '../data/parse.js';
import { common, resolveLocale, type Locale } from './i18n.js';
import { baseStyles } from './styles.js';

export interface FeedLoadDetail {
  feed: ValidFeed;
  /** Items and fields the feed had that could not be used. */
  issues: FeedIssue[];
  /** The feed's URL, `inline` or `property`. */
  source: string;
}

export interface FeedErrorDetail {
  error: FeedError;
  /** The message shown, in the element's locale. */
  message: string;
  source: string;
}

declare global {
  interface HTMLElementEventMap {
    'feed-load': CustomEvent<FeedLoadDetail>;
    'feed-error': CustomEvent<FeedErrorDetail>;
  }
}

/** What a load starts from: compared value by value, a change loads again. */
type LoadArgs = [feed: unknown, url: string | undefined, inline: string | undefined, waiting: boolean];

/** The abort reason when an element leaves the page mid-load (not an error to show). */
const DISCONNECTED = Symbol('disconnected');

const domReady = () =>
  new Promise((resolve) =>
    document.readyState === 'loading'
      ? document.addEventListener('DOMContentLoaded', resolve, { once: true })
      : resolve(0),
  );

/** The page's default feed: `data-feed` of the first script tag that has one. */
export function pageFeedUrl(): string | undefined {
  return document.querySelector<HTMLScriptElement>('script[data-feed]')?.dataset.feed || undefined;
}

/**
 * What every element shares: where its feed comes from (`feed` property, inline JSON child,
 * `src`, the page's `data-feed`), loading it through the page's shared loader, the loading,
 * error and empty states, `feed-load` / `feed-error`, locale and reference date.
 * Subclasses implement {@link renderFeed}.
 */
export abstract class FeedElement extends LitElement {
  static override styles = [baseStyles];

  static override properties: PropertyDeclarations = {
    src: {},
    locale: {},
    today: {},
    feed: { attribute: false },
    loading: {},
  };

  /** Feed URL. Wins over the page's `data-feed` and an inline feed. */
  src?: string;

  /** `de` (default) or `en`; without it, the nearest `lang` attribute decides. */
  locale?: string;

  /** `YYYY-MM-DD`: the reference date for upcoming/past; default: the real date in the feed's time zone. */
  today?: string;

  /** A feed object (parsed JSON) set from JavaScript: rendered without any fetch. */
  feed?: unknown;

  /**
   * `lazy`: load the feed only when the element comes near the viewport (within 400 px), so
   * widgets far down a page do not compete with its first paint. Default `eager`: at once.
   */
  loading?: 'eager' | 'lazy';

  /** A lazy element has come near the viewport. */
  #near = false;
  #observer?: IntersectionObserver;

  /**
   * Where loading stands: undefined while there is nothing to do yet (a lazy element far from
   * the viewport) or the load runs, then true (loaded: `#loadResult`) or false (failed: `#loadError`).
   */
  #loadOk?: boolean;
  #loadResult?: LoadedFeed;
  #loadError?: unknown;
  /** What the last load started from, and its abort switch. */
  #loadArgs?: LoadArgs;
  #loadController?: AbortController;

  /**
   * While false, a changed source starts no load (`<event-card>` given an `event` from
   * JavaScript needs no feed).
   */
  protected autoLoad = true;

  #waiting(): boolean {
    if (this.loading !== 'lazy' || this.#near) return false;
    if (!this.#observer && this.isConnected) {
      this.#observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) {
            this.#near = true;
            this.#stopObserving();
            this.requestUpdate();
          }
        },
        // The element's own document as root: the margin also works inside an iframe.
        { root: this.ownerDocument, rootMargin: '400px' },
      );
      this.#observer.observe(this);
    }
    return true;
  }

  #stopObserving(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-attached while still waiting: observe again.
    if (this.hasUpdated && this.loading === 'lazy' && !this.#near) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopObserving();
  }

  /** The feed URL in force: `src`, else the page's `data-feed`; absolute. */
  #feedUrl(): string | undefined {
    const url = this.src || (this.#inlineFeed() === undefined ? pageFeedUrl() : undefined);
    return url ? new URL(url, document.baseURI).href : undefined;
  }

  /** The text of an inline `<script type="application/json">` child. */
  #inlineFeed(): string | undefined {
    return this.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
  }

  /**
   * Loads the feed from the source in force: the `feed` property wins, then `src` (or the page's
   * feed), then an inline feed.
   */
  async #loadFeed(
    feed: unknown,
    url: string | undefined,
    inline: string | undefined,
    signal: AbortSignal,
  ): Promise<LoadedFeed> {
    if (feed === undefined && !url && inline === undefined) {
      // A parser-inserted element may upgrade before its children and the page's scripts exist.
      await domReady();
      [feed, url, inline] = [this.feed, this.#feedUrl(), this.#inlineFeed()];
      if (feed === undefined && !url && inline === undefined) throw new FeedError('no-source');
    }
    if (feed === undefined && url) {
      this.#currentSource = url;
      return feedLoader.load(url, signal);
    }
    this.#currentSource = feed === undefined ? 'inline' : 'property';
    const result = feed === undefined ? parseText(inline!) : parseFeed(feed);
    if ('error' in result) throw result.error; // a `feed` property that is no valid feed
    warnIssues(result.issues, feed === undefined ? 'inline feed' : 'feed property');
    return result;
  }

  /**
   * Loads from `loadArgs` (what `@lit/task` would do: abort the previous run, ignore an outdated
   * one). A failure other than a FeedError or an abort becomes a network error.
   */
  async #load(): Promise<void> {
    this.#loadController?.abort();
    const controller = (this.#loadController = new AbortController());
    const [feed, url, inline, waiting] = this.#loadArgs!;
    this.#loadOk = undefined;
    this.requestUpdate();
    if (waiting) return;
    try {
      const result = await this.#loadFeed(feed, url, inline, controller.signal);
      if (controller !== this.#loadController) return;
      this.#loadResult = result;
      this.#loadOk = true;
    } catch (error) {
      if (controller !== this.#loadController) return;
      this.#loadError =
        controller.signal.aborted || error instanceof FeedError ? error : new FeedError('network');
      this.#loadOk = false;
    }
    this.requestUpdate();
  }

  #currentSource = '';
  #reported: unknown;

  constructor() {
    super();
    // A controller rather than connected/disconnectedCallback overrides: subclasses and the
    // base class keep those free. A move (removed and inserted in one go) keeps its request; a
    // real removal cancels it, and the loader aborts the fetch when no other element waits for
    // the same feed. Back on the page after that, the element loads again (a loaded feed needs
    // no request).
    this.addController({
      // Before each render (after willUpdate): a changed source loads again.
      hostUpdate: () => {
        if (!this.autoLoad) return;
        // Primitives (or the same object), so it loads again only when the source really changes.
        const args: LoadArgs = [this.feed, this.#feedUrl(), this.#inlineFeed(), this.#waiting()];
        if (this.#loadArgs?.every((value, i) => value === args[i])) return;
        this.#loadArgs = args;
        void this.#load();
      },
      hostConnected: () => {
        if (this.#loadOk === false && this.#loadError === DISCONNECTED) void this.#load();
      },
      hostDisconnected: () =>
        queueMicrotask(() => {
          if (!this.isConnected) this.#loadController?.abort(DISCONNECTED);
        }),
    });
  }

  /** `feed-load` / `feed-error` fire once per outcome, after it has been rendered. */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const ok = this.#loadOk,
      value = this.#loadResult,
      error = this.#loadError;
    if (ok && this.#reported !== value) {
      this.#reported = value;
      this.emit('feed-load', { feed: value!.feed, issues: value!.issues, source: this.#currentSource });
    } else if (ok === false && this.#reported !== error && error !== DISCONNECTED) {
      this.#reported = error;
      const feedError = error as FeedError;
      this.emit('feed-error', {
        error: feedError,
        message: errorMessage(feedError, this.lang_),
        source: this.#currentSource,
      });
    }
  }

  /** Fires one of the elements' events (typed in `HTMLElementEventMap`): bubbling and composed. */
  protected emit<K extends keyof HTMLElementEventMap>(
    type: K,
    detail: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never,
  ): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /** The locale in force: `de` or `en`. */
  protected get lang_(): Locale {
    return resolveLocale(this, this.locale);
  }

  /** The reference instant: 00:00 of `today` in the feed's zone, or now (also for a day that does not exist). */
  protected referenceNow(feed: ValidFeed): number {
    const start = this.today ? startOfDay(this.today, feed.timeZone) : NaN;
    return Number.isNaN(start) ? Date.now() : start;
  }

  /** The loaded feed, once there is one. */
  protected get loaded(): LoadedFeed | undefined {
    return this.#loadResult;
  }

  override render(): TemplateResult {
    const ok = this.#loadOk,
      error = this.#loadError;
    return ok
      ? this.renderFeed(this.#loadResult!.feed)
      : ok === false && error !== DISCONNECTED
        ? this.renderError(error)
        : this.renderLoading();
  }

  /** What the element shows for a loaded feed. */
  protected abstract renderFeed(feed: ValidFeed): TemplateResult;

  protected renderLoading(): TemplateResult {
    return html`<div class="state loading" part="loading" role="status">
      <span class="visually-hidden">${common[this.lang_].loading}</span>
      <span class="bar" aria-hidden="true"></span><span class="bar" aria-hidden="true"></span
      ><span class="bar" aria-hidden="true"></span>
    </div>`;
  }

  protected renderError(error: unknown): TemplateResult {
    const locale = this.lang_;
    const retryable = error instanceof FeedError && error.retryable;
    return html`<div class="state error" part="error" role="alert">
      <p><strong>${common[locale].errorTitle}</strong></p>
      <p>${errorMessage(error, locale)}</p>
      ${
        retryable
          ? html`<button type="button" part="retry" @click=${this.retry}>${common[locale].retry}</button>`
          : ''
      }
    </div>`;
  }

  /** The empty state: one sentence saying what there is none of. */
  protected renderEmpty(message: string): TemplateResult {
    return html`<div class="state empty" part="empty"><p>${message}</p></div>`;
  }

  /** Loads the feed again (after a network error): the next update finds no load to compare with. */
  retry(): void {
    this.#loadArgs = undefined;
    this.requestUpdate();
  }
}
