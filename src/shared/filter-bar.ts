import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import {
  countText,
  FILTER_KEYS,
  filterOptions,
  indexFeed,
  parseFilter,
  selectEvents,
  type EventFilter,
  type FilterKey,
  type FilterOptions,
  type When,
} from '../data/filter.js';
import type { ParsedEvent, ValidFeed } from '../data/parse.js';
import { strings } from './filter-bar.strings.js';
import type { Locale } from './i18n.js';
import { readUrlChoice, writeUrlChoice } from './url-state.js';

/** No choice: every kind on "all". */
const NONE: Readonly<Record<FilterKey, string>> = {
  types: '',
  topics: '',
  networks: '',
  states: '',
  features: '',
};

/** The order of the bar's fields. */
const FIELDS: readonly FilterKey[] = ['types', 'topics', 'states', 'networks', 'features'];

/** An element with a filter bar: the four filter attributes, `today` and `filters`. */
export interface FilterHost extends ReactiveControllerHost {
  readonly renderRoot: ParentNode;
  type?: string;
  topic?: string;
  network?: string;
  state?: string;
  accessible?: string;
  today?: string;
  /** Whether the bar is shown (and the visitor's choice applies). */
  filters: boolean;
  /** Whether the visitor's choice is kept in the page's address (see url-state.ts). */
  syncUrl?: boolean;
  /** The element's id: names its parameters in the address, so several elements do not clash. */
  readonly id: string;
}

/** The events of the host's scope (the filter attributes and `when`), once per feed and attributes. */
interface Scope {
  key: string;
  feed: ValidFeed;
  filter: EventFilter;
  now: number;
  events: ParsedEvent[];
  /** The bar's choices from these events, per locale. */
  options: Partial<Record<Locale, FilterOptions>>;
  /** The visitor's choice in force (`NONE` while nothing is chosen or the bar is off)… */
  choice: object;
  /** …and the events of the scope that match it. */
  selected: ParsedEvent[];
}

/**
 * The visitor's filter bar, for any element that shows many events (`<event-list>`,
 * `<meeting-calendar>`): native `<select>`s with visible labels for type, topic, state and
 * network, a reset button and a polite live region with the result count. It keeps the
 * visitor's choice, selects the events the host shows (the filter attributes, then the
 * visitor's choice), asks its host to update on every change and renders into the host's own
 * shadow root (add `filterBarStyles` from filter-bar.styles.ts to the host's styles).
 *
 * With `sync-url` on the host, the choice is kept in the page's address and taken from it when
 * the element first renders (see url-state.ts), so a link shares it.
 *
 * Parts: `filters` (the form), `filter-field`, `filter-label`, `filter-select`, `filter-reset`,
 * `filter-status` (the result count).
 */
export class FilterBar implements ReactiveController {
  /** The visitor's choice per kind; `''` means all. */
  #choice = NONE;
  #scope?: Scope;
  /**
   * The text node of the live region: a new one after every change of the visitor's, so the
   * count is announced again even when it stays the same.
   */
  #status = new Text();
  /** Whether the choice was taken from the page's address (once, with `sync-url`). */
  #fromUrl = false;

  constructor(private readonly host: FilterHost) {
    host.addController(this);
  }

  /** The visitor's choice as a filter. */
  get filter(): EventFilter {
    const filter: EventFilter = {};
    for (const key of FILTER_KEYS) if (this.#choice[key]) filter[key] = [this.#choice[key]];
    return filter;
  }

  /** Whether the visitor has chosen anything. */
  get active(): boolean {
    return FILTER_KEYS.some((key) => this.#choice[key] !== '');
  }

  /**
   * The events the host shows, in the order of `when`: those its filter attributes let through
   * (computed again only when the feed, `today` or an attribute changed), then, while the bar
   * is shown, those of the visitor's choice. `now` gives the reference instant.
   */
  select(feed: ValidFeed, when: When, now: () => number): ParsedEvent[] {
    const host = this.host;
    const key = [when, host.today, host.type, host.topic, host.network, host.state, host.accessible].join(
      '\u0000',
    );
    let scope = this.#scope;
    if (scope?.feed !== feed || scope.key !== key) {
      const filter = parseFilter(host);
      const at = now();
      const events = selectEvents(indexFeed(feed), { when, now: at, filters: [filter] });
      scope = this.#scope = {
        key,
        feed,
        filter,
        now: at,
        events,
        options: {},
        choice: NONE,
        selected: events,
      };
    }
    const choice = host.filters && this.active ? this.#choice : NONE;
    if (scope.choice !== choice) {
      scope.choice = choice;
      scope.selected =
        choice === NONE
          ? scope.events
          : selectEvents(indexFeed(feed), { when, now: scope.now, filters: [scope.filter, this.filter] });
    }
    return scope.selected;
  }

  /** The filters in force after {@link select}: the attributes' and, while the bar is shown, the visitor's. */
  get filters(): EventFilter[] {
    return [this.#scope!.filter, this.host.filters ? this.filter : {}];
  }

  /** Chooses a value (`''`: all) as if the visitor had. */
  set(key: FilterKey, value: string): void {
    if (this.#choice[key] === value) return;
    this.#choice = { ...this.#choice, [key]: value };
    this.#changed();
  }

  /** Clears every choice. */
  reset(): void {
    if (!this.active) return;
    this.#choice = NONE;
    this.#changed();
  }

  #changed() {
    this.#status = new Text();
    if (this.host.syncUrl) writeUrlChoice(this.host.id, this.#choice);
    this.host.requestUpdate();
  }

  /** With `sync-url`, before the first render that has it: the choice a shared link carries. */
  hostUpdate(): void {
    if (!this.host.syncUrl || this.#fromUrl) return;
    this.#fromUrl = true;
    const choice = readUrlChoice(this.host.id);
    if (FILTER_KEYS.some((key) => choice[key])) this.#choice = choice;
  }

  /**
   * Keeps each select on the visitor's choice after every render of the host, also when its
   * options changed under it.
   */
  hostUpdated(): void {
    for (const key of FIELDS) {
      const select = this.host.renderRoot.querySelector<HTMLSelectElement>(`#bn-filter-${key}`);
      if (select && select.value !== this.#choice[key]) select.value = this.#choice[key];
    }
  }

  /**
   * The bar, after {@link select}: choices from the events of the host's scope, and the number
   * of events selected. Nothing without `filters`, or when the events in the scope offer
   * nothing to choose from. `count` replaces the default count ("38 Termine gefunden"), e.g. with
   * what a calendar month shows.
   */
  render(locale: Locale, count?: string): TemplateResult | typeof nothing {
    const scope = this.#scope;
    if (!this.host.filters || !scope) return nothing;
    const options = (scope.options[locale] ??= filterOptions(scope.feed, scope.events, locale));
    const text = strings[locale];
    // Nothing to choose from (no events in view, and no choice made): no bar.
    if (!this.active && FIELDS.every((key) => !options[key].length)) return nothing;
    const status = count ?? countText(scope.selected.length, locale);
    if (this.#status.data !== status) this.#status.data = status;
    return html`<form
      part="filters"
      class="filters"
      role="search"
      aria-label=${text.legend}
      @submit=${prevent}
    >
      <div class="filter-fields">${FIELDS.map((key) => this.#field(key, options, locale))}</div>
      <button
        type="button"
        part="filter-reset"
        class="filter-reset secondary"
        aria-disabled=${this.active ? 'false' : 'true'}
        @click=${() => this.reset()}
      >
        ${text.reset}
      </button>
      <p part="filter-status" class="filter-status" role="status">${this.#status}</p>
    </form>`;
  }

  // The select shows the choice through hostUpdated(), after its options are in place.
  #field(key: FilterKey, options: FilterOptions, locale: Locale) {
    const [label, all] = strings[locale][key];
    const chosen = this.#choice[key];
    const list = options[key];
    // A kind the events do not have is left out, unless something is chosen in it.
    if (!list.length && !chosen) return nothing;
    const known = !chosen || list.some((o) => o.value === chosen);
    const id = `bn-filter-${key}`;
    return html`<div part="filter-field" class="filter-field">
      <label part="filter-label" for=${id}>${label}</label>
      <select
        part="filter-select"
        id=${id}
        @change=${(e: Event) => this.set(key, (e.target as HTMLSelectElement).value)}
      >
        <option value="">${all}</option>
        ${list.map((o) => html`<option value=${o.value}>${o.label}</option>`)}
        ${known ? nothing : html`<option value=${chosen}>${chosen}</option>`}
      </select>
    </div>`;
  }
}

const prevent = (e: Event) => e.preventDefault();
