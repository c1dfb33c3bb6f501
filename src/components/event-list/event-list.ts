import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { describeEmpty, groupByMonth, type When } from '../../data/filter.js';
import type { ParsedEvent, ValidFeed } from '../../data/parse.js';
import { defineElement } from '../../shared/define.js';
import { FeedElement } from '../../shared/feed-element.js';
import { FilterBar, filterBarStyles } from '../../shared/filter-bar.js';
import { heading, headingLevel } from '../../shared/heading.js';
import type { Locale, Strings } from '../../shared/i18n.js';
import { compactCard, compactCardStyles } from '../event-card/compact.js';
import { styles } from './event-list.styles.js';

const strings: Strings<'more' | 'remaining'> = {
  de: { more: 'Weitere Termine anzeigen', remaining: '(noch {n})' },
  en: { more: 'Show more events', remaining: '({n} more)' },
};

/** Events rendered per task while a long list fills in, so no task blocks the page for long. */
const CHUNK = 100;
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
 * Several values of one filter attribute are separated by spaces and any of them matches;
 * different attributes must all match. `type` is compared case-insensitively and may name
 * types with spaces as they are (`type="Digitale Fachtagung Netzwerktreffen"`).
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
 * @csspart more - The "show more" button.
 * @csspart filters - The filter bar (a search form).
 * @csspart filter-field - One field of the filter bar (label and select).
 * @csspart filter-label - The label of a filter.
 * @csspart filter-select - The select of a filter.
 * @csspart filter-reset - The button that resets the filter bar.
 * @csspart filter-status - The result count of the filter bar (a polite live region).
 * @csspart loading - The loading placeholder.
 * @csspart error - The error box.
 * @csspart retry - The retry button in the error box.
 * @csspart empty - The empty state, naming what was filtered.
 *
 * @cssprop [--bn-accent=#0b5cad] - Accent colour: buttons.
 * @cssprop [--bn-accent-contrast=#ffffff] - Text on the accent colour.
 * @cssprop [--bn-text=inherit] - Text colour (inherited from the page by default).
 * @cssprop [--bn-muted] - Secondary text colour.
 * @cssprop [--bn-border] - Border colour of the cards.
 * @cssprop [--bn-surface=transparent] - Card background.
 * @cssprop [--bn-danger=#b3261e] - Colour of the cancelled/postponed status.
 * @cssprop [--bn-radius=0.5rem] - Corner radius.
 * @cssprop [--bn-space=1rem] - Spacing unit.
 * @cssprop [--bn-font=inherit] - Font family (inherited from the page by default).
 * @cssprop [--bn-focus=#1a73e8] - Focus ring colour.
 *
 * @fires feed-load - The feed was loaded and rendered. `detail: { feed, issues, source }`.
 * @fires feed-error - The feed could not be loaded. `detail: { error, message, source }`.
 */
export class EventList extends FeedElement {
  static override styles = [...FeedElement.styles, compactCardStyles, filterBarStyles, styles];

  static override properties = {
    type: {},
    topic: {},
    network: {},
    state: {},
    when: {},
    limit: { type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
    filters: { type: Boolean },
  };

  /** Event types to show, separated by spaces (any of them), e.g. `Netzwerktreffen Fachtagung`. */
  type?: string;

  /** Topic ids to show, separated by spaces (events with any of them). */
  topic?: string;

  /** Network ids to show, separated by spaces. */
  network?: string;

  /** State codes to show, separated by spaces, e.g. `SH MV`. */
  state?: string;

  /** `upcoming` (default, soonest first), `past` (newest first) or `all` (oldest first), relative to `today`. */
  when: When = 'upcoming';

  /** How many events to show at first and with each "show more"; without it, all. */
  limit?: number;

  /** Level of the month headings, 2–6 (default 3); event titles are one level below. */
  headingLevel = 3;

  /** Shows a filter bar with which visitors choose type, topic, state and network. */
  filters = false;

  readonly #bar = new FilterBar(this);
  #result?: Result;
  /** The index of the event to focus after the next render ("show more"). */
  #focusIndex?: number;
  #fillTimer?: ReturnType<typeof setTimeout>;

  get #batch(): number | undefined {
    const limit = Math.floor(Number(this.limit));
    return limit > 0 ? limit : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('limit') && this.#result) this.#result.shown = this.#batch ?? Infinity;
  }

  protected renderFeed(feed: ValidFeed): TemplateResult {
    const locale = this.lang_;
    const when = WHEN.includes(this.when) ? this.when : 'upcoming';
    const events = this.#bar.select(feed, when, () => this.referenceNow(feed));
    if (this.#result?.events !== events)
      this.#result = { events, shown: this.#batch ?? Infinity, rendered: FIRST_CHUNK };
    const result = this.#result;
    const total = events.length;
    const visible = Math.min(total, result.shown);
    // One template for both outcomes, so the filter bar (and the focus in it) stays.
    return html`${this.#bar.render(locale)}${
      total
        ? this.#renderList(result, Math.min(visible, result.rendered), total - visible)
        : this.renderEmpty(describeEmpty(feed, when, this.#bar.filters, locale))
    }`;
  }

  /** Cards already built, per event: a list filling in over several tasks builds each once. */
  #cards = new WeakMap<ParsedEvent, [key: string, card: TemplateResult]>();

  #card(event: ParsedEvent, i: number, locale: Locale, level: number, focusable: boolean): TemplateResult {
    const key = `${locale} ${level} ${focusable} ${i}`;
    const cached = this.#cards.get(event);
    if (cached?.[0] === key) return cached[1];
    const card = html`<li data-index=${i}>
      ${compactCard(event, locale, { headingLevel: Math.min(level + 1, 6), titleId: `e${i}`, focusable })}
    </li>`;
    this.#cards.set(event, [key, card]);
    return card;
  }

  #renderList(result: Result, count: number, remaining: number): TemplateResult {
    const locale = this.lang_;
    const text = strings[locale];
    const level = headingLevel(this.headingLevel);
    const focusable = this.#batch !== undefined;
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
              ${text.more} <span class="remaining">${text.remaining.replace('{n}', String(remaining))}</span>
            </button>`
          : nothing
      }`;
  }

  /** Reveals the next `limit` events and moves focus to the first of them. */
  showMore(): void {
    const result = this.#result;
    if (!result || result.shown >= result.events.length) return;
    this.#focusIndex = result.shown;
    result.shown += this.#batch ?? Infinity;
    result.rendered = Math.max(result.rendered, this.#focusIndex + CHUNK);
    this.requestUpdate();
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

  override connectedCallback(): void {
    super.connectedCallback();
    // Goes on filling in a long list that was moved in the page while it filled in.
    if (this.#result) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#fillTimer);
  }
}

defineElement('event-list', EventList);

declare global {
  interface HTMLElementTagNameMap {
    'event-list': EventList;
  }
}
