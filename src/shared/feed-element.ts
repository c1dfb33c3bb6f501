import { TaskStatus } from '@lit/task';
import { LitElement, html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';

import { startOfDay } from '../data/dates.js';
import { FeedError, errorMessage } from '../data/errors.js';
import type { LoadedFeed } from '../data/load.js';
import type { FeedIssue, ValidFeed } from '../data/parse.js';
import { ContentLang } from './content-lang.js';
import { FeedController } from './feed-controller.js';
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

/** Errors already told to the console (an error state renders more than once). */
const logged = new WeakSet<object>();

/** Tells editors in the console what went wrong, once per error. */
function logError(element: Element, error: unknown, advice: string): void {
  if (typeof error !== 'object' || error === null || logged.has(error)) return;
  logged.add(error);
  console.warn(`bildungsnetz-widgets: <${element.localName}>: ${advice}`);
}

/** Whether the page's address has `bn-debug` among its parameters (`?bn-debug`). */
const debugPage = () => new URLSearchParams(location.search).has('bn-debug');

/**
 * The base of every element: the shared attributes, the loading, error and empty states, and
 * `feed-load` / `feed-error`. Where the feed comes from and how it loads is a
 * {@link FeedController}; a subclass implements {@link renderFeed}.
 *
 * Where the feed comes from, strongest first: the `feed` property, `src`, an inline
 * `<script type="application/json">` child, the `data-feed` of the page's first script tag that
 * has one. Content placed inside the element is a fallback for visitors without JavaScript and
 * is hidden once the element runs.
 *
 * @csspart loading - The loading placeholder.
 * @csspart error - The error box.
 * @csspart retry - The retry button in the error box.
 * @csspart error-detail - What went wrong and how to fix it, for editors (with `debug` or `?bn-debug`).
 *
 * @slot - Fallback content for visitors: hidden while the element works, shown in the error box
 * (e.g. a link to all events on the agency's own site).
 * @csspart empty - The empty state: one sentence saying what there is none of.
 *
 * @cssprop [--bn-accent=#0b5cad] - Accent colour: buttons, links.
 * @cssprop [--bn-text=inherit] - Text colour (inherited from the page by default).
 * @cssprop [--bn-muted] - Secondary text colour.
 * @cssprop [--bn-border] - Border colour.
 * @cssprop [--bn-radius=0.5em] - Corner radius.
 * @cssprop [--bn-space=1em] - Spacing unit.
 * @cssprop [--bn-font=inherit] - Font family (inherited from the page by default).
 * @cssprop [--bn-focus=#1a73e8] - Focus ring colour.
 *
 * @fires feed-load - The feed was loaded and rendered. `detail: { feed, issues, source }`.
 * @fires feed-error - The feed could not be loaded. `detail: { error, message, source }`.
 */
export abstract class FeedElement extends LitElement {
  static override styles = [baseStyles];

  static override properties: PropertyDeclarations = {
    src: {},
    locale: {},
    today: {},
    feed: { attribute: false },
    loading: {},
    debug: { type: Boolean },
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

  /**
   * For editors: an error state also says what went wrong and how to fix it (visitors see one
   * sentence and the element's fallback content). The page parameter `?bn-debug` does the same
   * for every element of a page without editing it. The advice always goes to the console.
   */
  debug = false;

  /** Where the feed comes from and how it loads. */
  readonly #feed = new FeedController(this);

  /** The locale as `lang` on the rendered content (hyphenation, quotes, screen readers). */
  protected readonly contentLang = new ContentLang(this, () => this.lang_);

  /** The outcome last announced by `feed-load` / `feed-error`, so each is announced once. */
  #reported: unknown;

  /**
   * While false, a changed source starts no load (`<event-card>` given an `event` from
   * JavaScript needs no feed).
   */
  protected get autoLoad(): boolean {
    return this.#feed.task.autoRun === true;
  }
  protected set autoLoad(load: boolean) {
    this.#feed.task.autoRun = load;
  }

  /** The loaded feed, once there is one (undefined again after a failed load). */
  protected get loaded(): LoadedFeed | undefined {
    return this.#feed.task.value;
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

  /** Loads the feed again (after a network error). */
  retry(): void {
    void this.#feed.task.run();
  }

  /** `feed-load` / `feed-error` fire once per outcome, after it has been rendered. */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const { status, value, error } = this.#feed.task;
    const source = this.#feed.source;
    if (status === TaskStatus.COMPLETE && value !== this.#reported) {
      this.#reported = value;
      this.emit('feed-load', { feed: value!.feed, issues: value!.issues, source });
    } else if (status === TaskStatus.ERROR && error !== this.#reported) {
      this.#reported = error;
      this.emit('feed-error', {
        error: error as FeedError,
        message: errorMessage(error, this.lang_),
        source,
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

  override render(): TemplateResult {
    // `initial`: before the first load, while a lazy element waits, after a cancelled load.
    const loading = () => this.renderLoading();
    return this.#feed.task.render({
      initial: loading,
      pending: loading,
      complete: ({ feed }) => this.renderFeed(feed),
      error: (error) => this.renderError(error),
    });
  }

  /** What the element shows for a loaded feed. */
  protected abstract renderFeed(feed: ValidFeed): TemplateResult;

  /** The loading placeholder: three grey bars and a sentence for screen readers. */
  protected renderLoading(): TemplateResult {
    return html`<div class="state loading" part="loading" role="status">
      <span class="visually-hidden">${common[this.lang_].loading}</span>
      <span class="bar" aria-hidden="true"></span><span class="bar" aria-hidden="true"></span
      ><span class="bar" aria-hidden="true"></span>
    </div>`;
  }

  /**
   * The error box, for visitors: one sentence, a retry button when trying again can help, and
   * the fallback content the editor put inside the element (a `<slot>`: e.g. a link to all events
   * on the agency's site). What went wrong and how to fix it is for editors: in the console, and
   * in the box with `debug` or the page parameter `?bn-debug`.
   */
  protected renderError(error: unknown): TemplateResult {
    const locale = this.lang_;
    const retryable = error instanceof FeedError && error.retryable;
    const advice = errorMessage(error, locale);
    logError(this, error, advice);
    return html`<div class="state error" part="error" role="alert">
      <p><strong>${common[locale].errorTitle}</strong></p>
      ${this.debug || debugPage() ? html`<p part="error-detail" class="error-detail">${advice}</p>` : ''}
      <div class="fallback"><slot></slot></div>
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
}
