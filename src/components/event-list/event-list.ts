import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { EasyList } from '../../data/easy.js';
import { describeEmpty, groupByMonth, type When } from '../../data/filter.js';
import { fill } from '../../data/messages.js';
import type { ParsedEvent, ValidFeed } from '../../data/parse.js';
import { ArchiveController } from '../../shared/archive-controller.js';
import { defineElement } from '../../shared/define.js';
import { EventFilters } from '../../shared/event-filters.js';
import { FeedElement } from '../../shared/feed-element.js';
import { copyFieldStyles } from '../../shared/copy-field.styles.js';
import { FilterBar } from '../../shared/filter-bar.js';
import { filterBarStyles } from '../../shared/filter-bar.styles.js';
import { subscriptions } from '../../shared/subscriptions.js';
import { subscriptionStyles } from '../../shared/subscriptions.styles.js';
import { heading, headingLevel } from '../../shared/heading.js';
import type { Locale } from '../../shared/i18n.js';
import { compactCardStyles } from '../event-card/compact.styles.js';
import { compactCard } from '../event-card/compact.js';
import { strings } from './event-list.strings.js';
import { styles } from './event-list.styles.js';

/** Events rendered per task while a long list fills in, so no task blocks the page for long. */
const CHUNK = 100;
/** Events shown at first and with each "show more" without `limit`: no page gets thousands of cards at once. */
const DEFAULT_LIMIT = 20;
/** The first task renders about a screenful, so the first paint comes soon. */
const FIRST_CHUNK = 25;

const WHEN: readonly When[] = ['upcoming', 'past', 'all'];

/** The events shown, and how many of them are on the page. */
interface Result {
  events: ParsedEvent[];
  /** How many the visitor has asked to see (`limit`, then `limit` more each time). */
  shown: number;
  /** How many are rendered so far (a long list fills in over a few tasks). */
  rendered: number;
}

/**
 * The feed's events as a list of compact cards, grouped by month, filtered by attributes and,
 * optionally, by the visitor.
 *
 * @summary Events as compact cards under month headings: upcoming, past or all; filtered by
 * type, topic, network and state; with "show more" and an optional filter bar.
 *
 * The filter attributes (`type`, `topic`, `network`, `state`, `filters`) are those of
 * `EventFilters` (src/shared/event-filters.ts), shared with `<meeting-calendar>`.
 *
 * @csspart month - One month: its heading and its list.
 * @csspart month-heading - The month heading ("Dezember 2026").
 * @csspart events - The list of one month's events.
 * @csspart card - One event's compact card.
 * @csspart heading - An event's title.
 * @csspart link - The link of an event's title to the event's own page.
 * @csspart status - An event's status badge (cancelled, postponed, rescheduled).
 * @csspart date - An event's date line.
 * @csspart location - An event's place.
 * @csspart type - An event's type.
 * @csspart changes - What changed about an event, in words ("Geändert am …: vorher …").
 * @csspart more - The "show more" button.
 * @csspart archive-notice - In a past list of a split feed: that the events of an archive part are loading ("Die Termine für 2019 werden geladen …"), or that they cannot be loaded now.
 * @csspart archive-retry - The retry button of an archive part that failed to load (the rest of the list stays).
 * @csspart subscriptions - "Kalender abonnieren" (a `<details>`), when the feed lists `calendars`.
 * @csspart subscriptions-summary - Its summary line.
 * @csspart subscription - One subscription calendar with its links.
 * @csspart subscription-link - A link that subscribes (webcal, Google, Outlook.com, Microsoft 365).
 * @csspart copy-field - A calendar's address to copy, with its button.
 * @csspart copy-button - The button that copies the address.
 */
export class EventList extends EventFilters(FeedElement) {
  static override styles = [
    ...FeedElement.styles,
    compactCardStyles,
    filterBarStyles,
    subscriptionStyles,
    copyFieldStyles,
    styles,
  ];

  /** `upcoming` (default, soonest first), `past` (newest first) or `all` (oldest first), relative to `today`. */
  @property() when: When = 'upcoming';

  /** How many events to show at first and with each "Weitere Termine anzeigen"; without it, 20. */
  @property({ type: Number }) limit?: number;

  /** Level of the month headings, 2–6 (default 3); event titles are one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  protected override easyLists: readonly EasyList[] = ['events'];

  #result?: Result;
  /** The index of the event to focus after the next render ("show more"). */
  #focusIndex?: number;
  #fillTimer?: ReturnType<typeof setTimeout>;
  /** Cards already built, per event: a list filling in over several tasks builds each once. */
  #cards = new WeakMap<ParsedEvent, [key: string, card: TemplateResult]>();

  readonly #bar = new FilterBar(this);

  /** The archive parts of a split feed, asked for one at a time while a past list needs more. */
  readonly #archive = new ArchiveController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    // Goes on filling in a long list that was moved in the page while it filled in.
    if (this.#result) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#fillTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('limit') && this.#result) this.#result.shown = this.#batch;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusIndex !== undefined) {
      const card = this.renderRoot.querySelector<HTMLElement>(
        `li[data-index="${this.#focusIndex}"] > article`,
      );
      this.#focusIndex = undefined;
      card?.focus();
    }
    // A long list fills in over several tasks: the first screenful at once, the rest after.
    const result = this.#result;
    clearTimeout(this.#fillTimer);
    if (result && result.rendered < Math.min(result.shown, result.events.length)) {
      this.#fillTimer = setTimeout(() => {
        result.rendered += CHUNK;
        this.requestUpdate();
      });
    }
  }

  /** Reveals the next `limit` events and moves focus to the first of them. */
  showMore(): void {
    const result = this.#result;
    if (!result || result.shown >= result.events.length) return;
    this.#focusIndex = result.shown;
    result.shown += this.#batch;
    result.rendered = Math.max(result.rendered, this.#focusIndex + CHUNK);
    this.requestUpdate();
  }

  get #batch(): number {
    const limit = Math.floor(Number(this.limit));
    return limit > 0 ? limit : DEFAULT_LIMIT;
  }

  protected renderFeed(feed: ValidFeed): TemplateResult {
    const locale = this.lang_;
    const when = WHEN.includes(this.when) ? this.when : 'upcoming';
    const select = (from: ValidFeed) => this.#bar.select(from, when, () => this.referenceNow(feed));
    // Upcoming events are all in the main feed; past ones may be in archive parts (a split feed).
    const { events, complete, missing } =
      when === 'upcoming' || !feed.archive?.length
        ? { events: select(feed), complete: true, missing: undefined }
        : this.#archive.list(feed, select, when === 'past', (this.#result?.shown ?? this.#batch) + 1);
    const previous = this.#result;
    if (previous?.events !== events)
      this.#result =
        // Events from an archive part continue the list: what the visitor asked to see stays.
        feed.archive?.length && previous?.events.length && previous.events.every((e, i) => events[i] === e)
          ? { ...previous, events }
          : { events, shown: this.#batch, rendered: FIRST_CHUNK };
    const result = this.#result!;
    const total = events.length;
    const visible = Math.min(total, result.shown);
    // One template for both outcomes, so the filter bar (and the focus in it) stays.
    return html`${this.#bar.render(locale)}${subscriptions(feed.calendars, this.#bar.filters, locale)}${
      total
        ? this.#renderList(result, Math.min(visible, result.rendered), total - visible, complete)
        : complete
          ? this.renderEmpty(describeEmpty(feed, when, this.#bar.filters, locale))
          : nothing
    }${missing ? html`<p class="archive">${this.#archive.notice(missing, locale)}</p>` : nothing}`;
  }

  #card(event: ParsedEvent, i: number, locale: Locale, level: number, focusable: boolean): TemplateResult {
    const easy = this.easy_;
    const key = `${locale} ${level} ${focusable} ${i} ${easy}`;
    const cached = this.#cards.get(event);
    if (cached?.[0] === key) return cached[1];
    const card = html`<li data-index=${i}>
      ${compactCard(event, locale, {
        headingLevel: Math.min(level + 1, 6),
        titleId: `e${i}`,
        focusable,
        easy,
        timeZone: this.loaded?.feed.timeZone,
      })}
    </li>`;
    this.#cards.set(event, [key, card]);
    return card;
  }

  /** `complete`: false while archive parts may hold more events (then "more" gives no count). */
  #renderList(result: Result, count: number, remaining: number, complete: boolean): TemplateResult {
    const locale = this.lang_;
    const text = strings[locale];
    const level = headingLevel(this.headingLevel);
    const focusable = true;
    let index = 0;
    return html`<div class="months">
        ${groupByMonth(result.events.slice(0, count), locale).map(
          (group) =>
            html`<div part="month" class="month">
              ${heading(level, group.label, 'month-heading')}
              <ul part="events" class="events">
                ${group.events.map((event) => this.#card(event, index++, locale, level, focusable))}
              </ul>
            </div>`,
        )}
      </div>
      ${
        remaining > 0
          ? html`<button type="button" part="more" class="more" @click=${this.showMore}>
              ${text.more}${
                complete
                  ? html` <span class="remaining">${fill(text.remaining, { n: remaining })}</span>`
                  : nothing
              }
            </button>`
          : nothing
      }`;
  }
}

defineElement('event-list', EventList);

declare global {
  interface HTMLElementTagNameMap {
    'event-list': EventList;
  }
}
