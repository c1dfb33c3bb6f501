import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  indexEventsInSlices,
  indexMonth,
  isCalendarDay,
  isMonthKey,
  isoWeek,
  monthWeeks,
  moveDay,
  type CalendarIndex,
  type DayEntry,
} from '../../data/calendar.js';
import {
  dayKey,
  formatDayLong,
  formatMonthYear,
  formatTime,
  isoWeekday,
  weekdayNames,
} from '../../data/dates.js';
import { describeEmptyAs } from '../../data/filter.js';
import { easyText, type EasyList } from '../../data/easy.js';
import { fill, intlLocale } from '../../data/messages.js';
import { firstLook } from '../../data/first-look.js';
import { isSafeUrl, type ParsedEvent, type ValidFeed } from '../../data/parse.js';
import { ArchiveController } from '../../shared/archive-controller.js';
import { defineElement } from '../../shared/define.js';
import { EventFilters } from '../../shared/event-filters.js';
import { FeedElement } from '../../shared/feed-element.js';
import { copyFieldStyles } from '../../shared/copy-field.styles.js';
import { FilterBar } from '../../shared/filter-bar.js';
import { PrintController } from '../../shared/print.js';
import { filterBarStyles } from '../../shared/filter-bar.styles.js';
import { subscriptions } from '../../shared/subscriptions.js';
import { subscriptionStyles } from '../../shared/subscriptions.styles.js';
import { heading, headingLevel } from '../../shared/heading.js';
import type { Locale } from '../../shared/i18n.js';
import '../event-card/event-card.js';
import { statusLabel } from '../event-card/compact.js';
import { strings } from './meeting-calendar.strings.js';
import { styles } from './meeting-calendar.styles.js';

export interface EventSelectDetail {
  /** The selected event, its dates resolved (`startValue`, `endValue`). */
  event: ParsedEvent;
}

export interface MonthChangeDetail {
  /** The month now shown, `YYYY-MM`. */
  month: string;
}

declare global {
  interface HTMLElementEventMap {
    'event-select': CustomEvent<EventSelectDetail>;
    'month-change': CustomEvent<MonthChangeDetail>;
  }
  interface HTMLElementTagNameMap {
    'meeting-calendar': MeetingCalendar;
  }
}

/** Chips a day cell shows; with more events, one fewer and a "+N" button. */
const CHIPS = 3;

const monthName = (month: string, locale: Locale) =>
  formatMonthYear(+month.slice(0, 4), +month.slice(5, 7), locale);

/** Text seen short (`KW`, `Mo.`) and read out in full (`Kalenderwoche`, `Montag`). */
const shortLong = (short: unknown, long: unknown) =>
  html`<span aria-hidden="true">${short}</span><span class="visually-hidden">${long}</span>`;

/**
 * A month of events.
 *
 * @summary A month grid of the feed's events with a full keyboard model (WAI-ARIA APG grid),
 * multi-day spans and month-only events apart; a list in narrow containers.
 *
 * Keyboard: one day of the grid is in the tab order. Arrow keys move by day and week, Home/End to
 * the start/end of the week, PageUp/PageDown by month, Shift+PageUp/PageDown by year; Enter or
 * Space opens the day's events below the grid, Escape closes them and returns to the day.
 * Below a container width of 48em (the element's own font size; or with `view="list"`) the month is shown as a list: in a
 * narrower grid the chips could not carry their titles.
 *
 * The filter attributes (`type`, `topic`, `network`, `state`, `filters`) are those of
 * `EventFilters` (src/shared/event-filters.ts), shared with `<event-list>`.
 *
 * A long feed (500 events or more) shows its month before every event is validated: the
 * events that may touch the month are validated first (src/data/first-look.ts). The month
 * buttons and keys answer once the whole feed is read, and `feed-load` fires then, once.
 *
 * @csspart header - The bar with the month heading and the navigation buttons.
 * @csspart heading - The month heading.
 * @csspart nav - The previous/next month buttons.
 * @csspart today-button - The "Heute" button: back to today's month.
 * @csspart month-only - The "im Laufe des Monats" row of events without a day.
 * @csspart during-heading - The heading of that row.
 * @csspart grid - The month grid (a table).
 * @csspart day - A day cell of the grid.
 * @csspart today - The day cell of today (with `day`).
 * @csspart open - The day cell whose events are open below the grid (with `day`).
 * @csspart chip - An event on a day of the grid.
 * @csspart more - The "+N" button of a day with more events than fit.
 * @csspart panel - The events of the opened day, below the grid.
 * @csspart panel-heading - The date heading of the panel.
 * @csspart close - The close button of the panel.
 * @csspart list - The list view.
 * @csspart day-heading - A date heading of the list view.
 * @csspart event - A button that shows or hides one event's card.
 * @csspart note - The sentence shown when the month has no events, or the notice of an archive part.
 * @csspart archive-notice - A month of a split feed's archive: that its events are loading, or that they cannot be loaded now.
 * @csspart archive-retry - The retry button of an archive part that failed to load (other months stay).
 * @csspart subscriptions - "Kalender abonnieren" (a `<details>`), when the feed lists `calendars`.
 * @csspart subscriptions-summary - Its summary line.
 * @csspart subscription - One subscription calendar with its links.
 * @csspart subscription-link - A link that subscribes (webcal, Google, Outlook.com, Microsoft 365).
 * @csspart copy-field - A calendar's address to copy, with its button.
 * @csspart copy-button - The button that copies the address.
 *
 * @cssprop [--bn-day-height=6.5em] - Minimum height of a day cell.
 *
 * @fires event-select - An event's card was opened. `detail: { event }` (a ParsedEvent).
 * @fires month-change - The visitor moved to another month. `detail: { month }` (`YYYY-MM`).
 */
export class MeetingCalendar extends EventFilters(FeedElement) {
  static override styles = [
    ...FeedElement.styles,
    filterBarStyles,
    subscriptionStyles,
    copyFieldStyles,
    styles,
  ];

  /** `YYYY-MM`: the month shown first. Default: the month of `today`. */
  @property() month?: string;

  /** `month` (default: a grid where it fits, a list in narrow containers) or `list` (always the list). */
  @property() view: 'month' | 'list' = 'month';

  /** Level of the month heading, 2–6; day and event headings are one and two below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  // What the visitor did (not reactive properties: only the handlers change them, through #focus).
  /** The day of the grid in the tab order, once the visitor moved; its month is the month shown. */
  #focusDay?: string;
  /** The day whose events are open below the grid. */
  #openDay?: string;
  /** `context|event id` of the event whose card is open. */
  #selected?: string;
  /** A selector to focus after the next render. */
  #focusNext?: string;
  /**
   * The calendar index of the events after all filters, once per selection of events: built in
   * slices after the first render (`index`); until then each month shown is indexed alone.
   */
  #cache?: { events: ParsedEvent[]; index?: CalendarIndex; months: Map<string, CalendarIndex> };

  /**
   * Whether the host is narrower than the grid needs (48em), once a ResizeObserver has said so.
   * The container query alone decides what shows; this only spares rendering the hidden view.
   * In `em` of the element, as the query's units (the container's font size): a page's
   * `html { font-size: 62.5% }` must not bring the grid into a column too narrow for its titles.
   */
  @state() private narrow?: boolean;

  protected override easyLists: readonly EasyList[] = ['events'];

  // --- Controllers --------------------------------------------------------------------------------

  readonly #bar = new FilterBar(this);
  /** Printing: the month prints as the list (with each event's address), not as the grid. */
  readonly #print = new PrintController(this);

  /** The archive parts of a split feed, asked for when the month shown lies in one. */
  readonly #archive = new ArchiveController(this);

  /**
   * A zero-height probe as wide as the host, rendered first with the feed (one element for the
   * element's life): its size changes with the width only, so rendering the other view cannot
   * feed back into the observer (no "ResizeObserver loop" error on the host page). The observer
   * reports it once it is rendered, and again whenever it is inserted or removed: a width of 0
   * (not rendered, e.g. while the feed loads again) changes nothing.
   */
  readonly #probe = document.createElement('div');
  readonly #resizeObserver = new ResizeObserver(([entry]) => {
    const width = entry!.contentRect.width;
    const em = parseFloat(getComputedStyle(this).fontSize) || 16;
    if (width) this.narrow = width < 48 * em;
  });

  // --- Lifecycle ----------------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resizeObserver.observe(this.#probe);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('month')) this.#focusDay = this.#openDay = this.#selected = undefined;
    super.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusNext) {
      this.renderRoot.querySelector<HTMLElement>(this.#focusNext)?.focus();
      this.#focusNext = undefined;
    }
  }

  // --- Handlers -----------------------------------------------------------------------------------

  /**
   * Moves the tab stop as a key of the grid does (see `moveDay`), from `day` or else from the day
   * in the tab order, showing its month; focuses the new day's cell when moved from a cell.
   * Returns whether the key is a move.
   */
  #go(key: string, day?: string): boolean {
    const feed = this.loaded?.feed;
    if (!feed) return false;
    const { month, focus } = this.#where(feed);
    const next = moveDay(day ?? focus, key);
    if (!next) return false;
    this.#focusDay = next;
    if (!next.startsWith(month)) {
      this.#openDay = this.#selected = undefined;
      this.emit('month-change', { month: next.slice(0, 7) });
    }
    this.#focus(day && `td[data-day="${next}"]`);
    return true;
  }

  /** A click into the grid moves the tab stop to that day. */
  #onGridFocus = (e: FocusEvent) => {
    const day = (e.target as HTMLElement).closest('td')?.dataset.day;
    if (day && day !== this.#focusDay && isCalendarDay(day)) {
      this.#focusDay = day;
      this.requestUpdate();
    }
  };

  /** Opens a day's events below the grid and focuses the i-th (or the close button). */
  #openPanel(day: string, i: number, select = false) {
    this.#focusDay = this.#openDay = day;
    const feed = this.loaded?.feed;
    const entry = feed && this.#index(feed, day.slice(0, 7)).days.get(day)?.[i];
    if (select && entry) this.#select(`p${day}`, entry.event);
    else this.#selected = undefined;
    this.#focus(entry ? `[data-ev="p${day}-${i}"]` : '.close');
  }

  /** "Heute": back to today's month, today in the tab order (focus stays on the button). */
  #goToday = () => {
    const feed = this.loaded?.feed;
    if (!feed) return;
    const { today, month } = this.#where(feed);
    this.#focusDay = today;
    if (!today.startsWith(month)) {
      this.#openDay = this.#selected = undefined;
      this.emit('month-change', { month: today.slice(0, 7) });
    }
    this.#focus();
  };

  #closePanel = () => {
    const day = this.#openDay;
    this.#openDay = this.#selected = undefined;
    this.#focus(`td[data-day="${day}"]`);
  };

  /**
   * The keys of the calendar. Escape closes the open day (back to its cell) or, in another list of
   * events, the open card (back to its button). On a day cell of the grid (only those have
   * `data-day`, not the chips in them): Enter or Space opens the day, the moves of `moveDay`.
   */
  #onKey = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    const day = target.dataset.day;
    if (e.key === 'Escape') {
      const button = target.closest('.events > li')?.querySelector<HTMLElement>('[data-ev]');
      if (this.#openDay && target.closest('.panel')) this.#closePanel();
      else if (this.#selected && button) {
        this.#selected = undefined;
        this.#focus(`[data-ev="${button.dataset.ev}"]`);
      } else return;
      e.stopPropagation();
    } else if (!day || e.altKey || e.ctrlKey || e.metaKey) return;
    else if (e.key === 'Enter' || e.key === ' ') this.#openPanel(day, 0);
    else if (!this.#go((e.shiftKey ? 'Shift+' : '') + e.key, day)) return;
    e.preventDefault();
  };

  #select(ctx: string, event: ParsedEvent) {
    this.#selected = `${ctx}|${event.id}`;
    this.emit('event-select', { event });
  }

  #toggle(ctx: string, event: ParsedEvent, id: string) {
    if (this.#selected === `${ctx}|${event.id}`) this.#selected = undefined;
    else this.#select(ctx, event);
    this.#focus(`[data-ev="${id}"]`);
  }

  /** Renders again after a change of the visitor's state, then focuses `selector` (if any). */
  #focus(selector?: string) {
    this.#focusNext = selector;
    this.requestUpdate();
  }

  // --- Render -------------------------------------------------------------------------------------

  /** Today, the month shown and the day in the tab order, in the feed's zone. */
  #where(feed: Pick<ValidFeed, 'timeZone'>) {
    const today = dayKey(this.referenceNow(feed), feed.timeZone);
    const month = this.#focusDay?.slice(0, 7) ?? (isMonthKey(this.month) ? this.month : today.slice(0, 7));
    const focus = this.#focusDay ?? (today.startsWith(month) ? today : `${month}-01`);
    return { today, month, focus };
  }

  /**
   * The filtered events by day and month, for `month`: indexed once per feed and filters, so
   * that a month change only looks days up. The month on screen does not wait for the whole
   * index (issue 14): it is indexed alone, and the whole index is built in slices after it.
   */
  #index(feed: ValidFeed, month: string): CalendarIndex {
    const events = this.#bar.select(feed, 'all', () => 0);
    let cache = this.#cache;
    if (cache?.events !== events) {
      const fresh: NonNullable<typeof cache> = { events, months: new Map() };
      cache = this.#cache = fresh;
      void indexEventsInSlices(events).then((index) => {
        fresh.index = index;
        fresh.months.clear();
      });
    }
    if (cache.index) return cache.index;
    let index = cache.months.get(month);
    if (!index) cache.months.set(month, (index = indexMonth(events, month)));
    return index;
  }

  /**
   * A long feed's month on screen before the whole feed is validated (issue 14): the events
   * that may touch it, validated at once (src/data/first-look.ts).
   */
  protected override firstLookAt(json: unknown): ValidFeed | undefined {
    return firstLook(json, (timeZone) => this.#where({ timeZone }).month);
  }

  /** A heading level `n` below the month heading (at most 6). */
  #sub(n: number): number {
    return Math.min(headingLevel(this.headingLevel) + n, 6);
  }

  protected renderFeed(loaded: ValidFeed): TemplateResult {
    const t = strings[this.lang_];
    if (!loaded.events.length && !loaded.archive?.length) return this.renderEmpty(t.emptyFeed);
    const { today, month, focus } = this.#where(loaded);
    // A month an archive part covers: its events once the part is here, a notice until then.
    const missing = this.#archive.need(loaded, `${month}-01`, `${month}-31`);
    const feed = this.#archive.feed(loaded);
    const index = this.#index(feed, month);
    const count = index.counts.get(month) ?? 0;
    // A first look at an empty month waits for the whole feed: what the month says then
    // ("Keine Termine im Juli; nächster Termin …") needs every event.
    if (this.isFirstLook && !count) return this.renderLoading();
    const monthOnly = index.months.get(month) ?? [];
    const list = this.view === 'list';
    // The bar's count says what the month shows and how many the filters let through in all
    // (with none at all, the bar's own "Keine Termine gefunden"); a first look does not know
    // the total yet, so it says nothing.
    const total = this.#cache!.events.length;
    const status = this.isFirstLook
      ? ''
      : total
        ? fill([t.countNone, t.countOne, t.countMany][Math.min(count, 2)]!, {
            n: count,
            month: new Intl.DateTimeFormat(intlLocale(this.lang_), { month: 'long', timeZone: 'UTC' }).format(
              Date.UTC(+month.slice(0, 4), +month.slice(5, 7) - 1, 15),
            ),
            total,
          })
        : undefined;
    return html`${this.#probe} ${this.#bar.render(this.lang_, status)}
      ${subscriptions(feed.calendars, this.#bar.filters, this.lang_)}
      <div class="cal ${list ? 'list-only' : ''}" @keydown=${this.#onKey}>
        <div class="head" part="header">
          ${this.#navButton(t.prev, '‹', 'PageUp')}
          <div class="title" aria-live="polite" aria-atomic="true">
            ${heading(this.#sub(0), monthName(month, this.lang_), 'heading', 'title')}
            <span class="visually-hidden">${this.#countText(count)}</span>
          </div>
          ${this.#navButton(t.next, '›', 'PageDown')}
          <button type="button" class="today-button secondary" part="today-button" @click=${this.#goToday}>
            ${t.todayButton}
          </button>
        </div>
        ${
          monthOnly.length
            ? html`<section class="month-only" part="month-only" aria-labelledby="during">
                ${heading(this.#sub(1), t.during, 'during-heading', 'during')}
                ${this.#renderEvents(
                  'm',
                  monthOnly.map((event) => ({ event, day: 1, days: 1 })),
                )}
              </section>`
            : nothing
        }
        ${
          // Always in place (empty when the month has events), so the grid does not jump when it appears.
          html`<p class="note" part="note">
            ${
              missing.length
                ? missing.map((part) => this.#archive.notice(part, this.lang_))
                : count
                  ? nothing
                  : this.#emptyMonth(feed, month)
            }
          </p>`
        }
        ${list || this.narrow ? nothing : this.#renderGrid(index, month, focus, today)}
        ${this.narrow === false && !list && !this.#print.active ? nothing : this.#renderList(index, month, today)}
      </div>`;
  }

  /** A month button: moves the tab stop as its key (`PageUp`/`PageDown`) would, focus staying on the button. */
  #navButton(label: string, arrow: string, key: string): TemplateResult {
    return html`<button
      type="button"
      class="nav secondary"
      part="nav"
      aria-label=${label}
      @click=${() => this.#go(key)}
    >
      <span aria-hidden="true">${arrow}</span>
    </button>`;
  }

  #countText(n: number): string {
    const t = strings[this.lang_];
    return fill([t.none, t.one, t.many][Math.min(n, 2)]!, { n });
  }

  #renderGrid(index: CalendarIndex, month: string, focus: string, today: string): TemplateResult {
    const locale = this.lang_;
    const t = strings[locale];
    const long = weekdayNames(locale, 'long');
    return html`<div class="gridview">
      <table role="grid" class="grid" part="grid" aria-labelledby="title" @focusin=${this.#onGridFocus}>
        <thead>
          <tr>
            <th scope="col" class="wk">${shortLong(t.weekShort, t.week)}</th>
            ${weekdayNames(locale, 'short').map(
              (short, i) => html`<th scope="col" abbr=${long[i]!}>${shortLong(short, long[i])}</th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${monthWeeks(month).map((week) => {
            const n = isoWeek(week[0]!);
            return html`<tr>
              <th scope="row" class="wk">${shortLong(n, `${t.week} ${n}`)}</th>
              ${week.map((key) =>
                key.startsWith(month)
                  ? this.#renderDay(key, index.days.get(key) ?? [], key === focus, key === today)
                  : html`<td class="out"><span class="num" aria-hidden="true">${+key.slice(8)}</span></td>`,
              )}
            </tr>`;
          })}
        </tbody>
      </table>
      ${this.#openDay ? this.#renderPanel(this.#openDay, index.days.get(this.#openDay) ?? []) : nothing}
    </div>`;
  }

  #renderDay(key: string, entries: DayEntry[], focus: boolean, today: boolean): TemplateResult {
    const t = strings[this.lang_];
    const n = entries.length;
    const shown = n > CHIPS ? CHIPS - 1 : n;
    // The cell's name (from its content): full date, today, number of events, then the chips.
    const label = `${formatDayLong(key, this.lang_)}${today ? `, ${t.today}` : ''}, ${this.#countText(n)}${n ? ':' : ''}`;
    const open = key === this.#openDay;
    return html`<td
      part=${['day', today && 'today', open && 'open'].filter(Boolean).join(' ')}
      class=${open ? 'open' : nothing}
      tabindex=${focus ? 0 : -1}
      data-day=${key}
      aria-current=${today ? 'date' : nothing}
    >
      <span class="num" aria-hidden="true">${+key.slice(8)}</span
      ><span class="visually-hidden">${label}</span>
      ${entries.slice(0, shown).map((x, i) => {
        // The start time, the title, and for assistive technology the status and day i of n.
        const { status, time, dayOf } = this.#facts(x);
        // A day after the first that does not start a week row continues the bar: its text is
        // there for assistive technology and the tooltip, but drawn only where the row starts.
        const cont = x.day > 1 && isoWeekday(key) !== 1;
        return html`<button
          type="button"
          tabindex="-1"
          part="chip"
          title=${`${time ? `${time} ` : ''}${status ? `${status}: ` : ''}${x.event.title}${dayOf ? ` (${dayOf})` : ''}`}
          class="chip ${x.day > 1 ? 'from' : ''} ${x.day < x.days ? 'on' : ''} ${cont ? 'cont' : ''} ${x.event.tentative ? 'tentative' : ''} ${x.event.status ?? ''}"
          @click=${() => this.#openPanel(key, i, true)}
        >
          ${time ? html`<span class="time">${time}</span> ` : nothing}${
            status ? html`<span class="visually-hidden">${status}: </span>` : nothing
          }<span class="what">${easyText(x.event, 'title', this.easy_)}</span>${
            dayOf ? html`<span class="visually-hidden"> (${dayOf})</span>` : nothing
          }
        </button>`;
      })}
      ${
        n > shown
          ? html`<button
              type="button"
              tabindex="-1"
              part="more"
              class="more"
              @click=${() => this.#openPanel(key, shown)}
            >
              +${n - shown}<span class="visually-hidden"> ${t.more}</span>
            </button>`
          : nothing
      }
    </td>`;
  }

  #renderPanel(day: string, entries: DayEntry[]): TemplateResult {
    const t = strings[this.lang_];
    return html`<section class="panel" part="panel" aria-labelledby="panel-title">
      <div class="panel-head">
        ${heading(this.#sub(1), formatDayLong(day, this.lang_), 'panel-heading', 'panel-title')}
        <button type="button" class="secondary close" part="close" @click=${this.#closePanel}>
          ${t.close}
        </button>
      </div>
      ${entries.length ? this.#renderEvents(`p${day}`, entries) : html`<p>${t.emptyDay}</p>`}
    </section>`;
  }

  #renderList(index: CalendarIndex, month: string, today: string): TemplateResult {
    const t = strings[this.lang_];
    const days = monthWeeks(month)
      .flat()
      .filter((key) => key.startsWith(month) && index.days.has(key));
    return html`<ul class="list" part="list">
      ${days.map(
        (key) =>
          html`<li>
            ${heading(
              this.#sub(1),
              formatDayLong(key, this.lang_) + (key === today ? ` (${t.today})` : ''),
              'day-heading',
            )}
            ${this.#renderEvents(`l${key}`, index.days.get(key)!)}
          </li>`,
      )}
    </ul>`;
  }

  /** Events as disclosure buttons, each revealing the event's compact card. */
  #renderEvents(ctx: string, entries: DayEntry[]): TemplateResult {
    const level = this.#sub(2);
    return html`<ul class="events">
      ${entries.map((x, i) => {
        const id = `${ctx}-${i}`;
        const open = this.#selected === `${ctx}|${x.event.id}`;
        const { when } = this.#facts(x);
        return html`<li>
          <button
            type="button"
            class="ev secondary ${x.event.status ?? ''}"
            part="event"
            data-ev=${id}
            aria-expanded=${open}
            aria-controls=${open ? id : nothing}
            @click=${() => this.#toggle(ctx, x.event, id)}
          >
            ${when ? html`<span class="when">${when}</span> ` : nothing}<span class="what"
              >${easyText(x.event, 'title', this.easy_)}</span
            >
          </button>
          ${
            this.#print.active && isSafeUrl(x.event.url)
              ? html`<a class="print-link" href=${x.event.url.trim()}>${x.event.url.trim()}</a>`
              : nothing
          }
          ${
            open
              ? html`<div id=${id} class="card">
                  <event-card
                    ?easy-language=${this.easy_}
                    variant="compact"
                    .event=${x.event}
                    locale=${this.lang_}
                    today=${this.today ?? nothing}
                    heading-level=${level}
                  ></event-card>
                </div>`
              : nothing
          }
        </li>`;
      })}
    </ul>`;
  }

  /**
   * What a chip and an event button say besides the title: the status, the start time, day i of
   * n, and for the button the short "when" (status, tentative, day i of n, time or all day).
   */
  #facts({ event, day, days }: DayEntry) {
    const locale = this.lang_;
    const t = strings[locale];
    const { startValue: s, endValue: e } = event;
    const status = statusLabel(event, locale);
    const time = day === 1 && s.precision === 'time' ? formatTime(s, locale) : '';
    const dayOf = days > 1 ? fill(t.dayOf, { i: day, n: days }) : '';
    const oneDay = days === 1;
    const end =
      oneDay && time && e?.precision === 'time' && e.instant > s.instant ? `–${formatTime(e, locale)}` : '';
    const allDay = oneDay && s.precision === 'day' ? t.allDay : '';
    const when = [status, event.tentative ? t.tentative : '', dayOf, time + end || allDay]
      .filter(Boolean)
      .join(' · ');
    return { status, time, dayOf, when };
  }

  /** "Keine Termine im Dezember 2026 in Schleswig-Holstein." (the filters named as event-list does). */
  #emptyMonth(feed: ValidFeed, month: string): string {
    const locale = this.lang_;
    const lead = fill(strings[locale].emptyMonth, { month: monthName(month, locale) });
    return describeEmptyAs(lead, feed, this.#bar.filters, locale);
  }
}

defineElement('meeting-calendar', MeetingCalendar);
