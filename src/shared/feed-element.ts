import { TaskStatus } from '@lit/task';
import {
  LitElement,
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';

import { startOfDay } from '../data/dates.js';
import { EASY_LISTS, hasEasyTexts, type EasyList } from '../data/easy.js';
import { FeedError, errorMessage } from '../data/errors.js';
import type { LoadedFeed } from '../data/load.js';
import type { FeedIssue, ValidFeed } from '../data/parse.js';
import { DayController } from './day-controller.js';
import { EasyLanguage } from './easy-language.js';
import { easyLanguageStyles } from './easy-language.styles.js';
import { ContentLang } from './content-lang.js';
import { FeedController } from './feed-controller.js';
import { keepFocusThroughRetry } from './retry-focus.js';
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
 * @csspart easy - The row of the switch "Leichte Sprache" (only when the feed has such texts).
 * @csspart easy-toggle - The switch "Leichte Sprache" (a toggle button with `aria-pressed`).
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
  static override styles = [baseStyles, easyLanguageStyles];

  static override properties: PropertyDeclarations = {
    src: {},
    locale: {},
    today: {},
    feed: { attribute: false },
    loading: {},
    easyLanguage: { attribute: 'easy-language', type: Boolean },
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
   * Shows the feed's texts in Leichte Sprache where it has them (for pages in Leichte Sprache);
   * each text without one stays the standard text. A visitor's choice with the switch
   * "Leichte Sprache" wins for the rest of the page view.
   */
  easyLanguage = false;

  /**
   * For editors: an error state also says what went wrong and how to fix it (visitors see one
   * sentence and the element's fallback content). The page parameter `?bn-debug` does the same
   * for every element of a page without editing it. The advice always goes to the console.
   */
  debug = false;

  /** Where the feed comes from and how it loads. */
  readonly #feed = new FeedController(this, (json) => this.firstLookAt(json));

  /** Renders again when the day changes in the feed's zone (unless `today` fixes the date). */
  protected readonly dayTimer = new DayController(this, () =>
    this.today ? undefined : this.#feed.task.value?.feed.timeZone,
  );

  /** Whether the latest renderFeed showed an empty state. */
  #empty = false;

  /** The switch "Leichte Sprache" and the page view's choice. */
  readonly #easy = new EasyLanguage(this);

  /** The feed's lists whose easy texts this element shows: the switch appears when one has some. */
  protected easyLists: readonly EasyList[] = EASY_LISTS;

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

  /** Whether texts in Leichte Sprache are shown (the visitor's choice, else `easy-language`). */
  protected get easy_(): boolean {
    return this.#easy.on;
  }

  /** The reference instant: 00:00 of `today` in the feed's zone, or now (also for a day that does not exist). */
  protected referenceNow(feed: Pick<ValidFeed, 'timeZone'>): number {
    const start = this.today ? startOfDay(this.today, feed.timeZone) : NaN;
    return Number.isNaN(start) ? Date.now() : start;
  }

  /** Loads the feed again (after a network error); focus on the retry button stays in the element. */
  retry(): void {
    const fromButton =
      this.renderRoot instanceof ShadowRoot && this.renderRoot.activeElement?.part.contains('retry');
    const done = this.#feed.task.run();
    if (fromButton) void keepFocusThroughRetry(this, done);
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
      // A long feed's first look (firstLookAt) while the whole feed is validated.
      pending: () => (this.#feed.firstLook ? this.#renderFeed(this.#feed.firstLook) : loading()),
      complete: ({ feed }) => this.#renderFeed(feed),
      error: (error) => this.renderError(error),
    });
  }

  #renderFeed(feed: ValidFeed): TemplateResult {
    this.#empty = false;
    const content = this.renderFeed(feed);
    // An empty state has nothing to show in Leichte Sprache: no switch. One template either
    // way, so the content's DOM stays when the switch comes or goes (a visitor's filter that
    // empties a list keeps the focus on its select).
    const offers = !this.#empty && this.offersEasyLanguage(feed);
    return html`${offers ? this.#easy.render(this.lang_) : nothing}${content}`;
  }

  /**
   * What the element can show of a long feed before the whole feed is validated: by default
   * nothing (it shows its loading state). An element whose view needs few of the feed's events
   * returns them here (src/data/first-look.ts); `<meeting-calendar>` does, for its month.
   */
  protected firstLookAt(_json: unknown): ValidFeed | undefined {
    return undefined;
  }

  /**
   * Whether the element renders a first look at a long feed ({@link firstLookAt}): only part of
   * the feed's events, while the whole feed is validated. Its handlers wait for the whole feed
   * (`loaded` is undefined until then), and `feed-load` fires for the whole feed.
   */
  protected get isFirstLook(): boolean {
    return this.#feed.task.status === TaskStatus.PENDING && this.#feed.firstLook !== undefined;
  }

  /**
   * Whether what the element shows has texts in Leichte Sprache (then it offers the switch):
   * by default, whether the feed's lists of {@link easyLists} have some; an element showing one
   * item asks that item.
   */
  protected offersEasyLanguage(feed: ValidFeed): boolean {
    return hasEasyTexts(feed, this.easyLists);
  }

  /** What the element shows for a loaded feed. */
  protected abstract renderFeed(feed: ValidFeed): TemplateResult;

  /**
   * The loading placeholder: grey bars and a sentence for screen readers. It reserves about the
   * space the element will take (a height per element in styles.ts; a list with `limit` one
   * card-sized block per event), so the page below does not jump when the data arrives.
   */
  protected renderLoading(): TemplateResult {
    const cards = Math.min(Math.max(Math.floor(Number(this.getAttribute('limit'))) || 0, 0), 20);
    return html`<div class="state loading ${cards ? 'cards' : ''}" part="loading" role="status">
      <span class="visually-hidden">${common[this.lang_].loading}</span>
      ${
        cards
          ? Array.from({ length: cards }, () => html`<span class="card" aria-hidden="true"></span>`)
          : html`<span class="bar" aria-hidden="true"></span><span class="bar" aria-hidden="true"></span
              ><span class="bar" aria-hidden="true"></span>`
      }
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
    this.#empty = true;
    return html`<div class="state empty" part="empty"><p>${message}</p></div>`;
  }
}
