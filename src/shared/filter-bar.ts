import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import {
  countText,
  FILTER_KEYS,
  type EventFilter,
  type FilterKey,
  type FilterOptions,
} from '../data/filter.js';
import type { Locale } from './i18n.js';

/** Per field: its label and its "all" option. */
const strings: Record<Locale, Record<FilterKey, [string, string]> & { legend: string; reset: string }> = {
  de: {
    legend: 'Termine filtern',
    types: ['Art', 'Alle Arten'],
    topics: ['Thema', 'Alle Themen'],
    states: ['Bundesland', 'Alle Bundesländer'],
    networks: ['Netzwerk', 'Alle Netzwerke'],
    reset: 'Filter zurücksetzen',
  },
  en: {
    legend: 'Filter events',
    types: ['Type', 'All types'],
    topics: ['Topic', 'All topics'],
    states: ['State', 'All states'],
    networks: ['Network', 'All networks'],
    reset: 'Reset filters',
  },
};

/** No choice: every kind on "all". */
const NONE: Readonly<Record<FilterKey, string>> = { types: '', topics: '', networks: '', states: '' };

/** The order of the bar's fields. */
const FIELDS: readonly FilterKey[] = ['types', 'topics', 'states', 'networks'];

export interface FilterBarRenderOptions {
  /** The choices, usually `filterOptions()` of the events in the view's scope. */
  options: FilterOptions;
  /** The number of results, announced politely after every change. */
  count: number;
  locale: Locale;
  /** Replaces the default count sentence ("12 Termine gefunden"). */
  status?: string;
}

/**
 * The visitor's filter bar, for any element that shows many events (`<event-list>`,
 * `<meeting-calendar>`): native `<select>`s with visible labels for type, topic, state and
 * network, a reset button and a polite live region with the result count. It keeps the
 * visitor's choice, asks its host to update on every change and renders into the host's own
 * shadow root (add {@link filterBarStyles} to the host's styles).
 *
 * Parts: `filters` (the form), `filter-field`, `filter-label`, `filter-select`, `filter-reset`,
 * `filter-status` (the result count).
 */
export class FilterBar {
  /** The visitor's choice per kind; `''` means all. */
  private choice = NONE;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Called after the visitor changed or reset the filters (before the host re-renders). */
    private readonly onChange?: () => void,
  ) {}

  /** The visitor's choice as a filter. */
  get filter(): EventFilter {
    const filter: EventFilter = {};
    for (const key of FILTER_KEYS) if (this.choice[key]) filter[key] = [this.choice[key]];
    return filter;
  }

  /** Whether the visitor has chosen anything. */
  get active(): boolean {
    return FILTER_KEYS.some((key) => this.choice[key] !== '');
  }

  /** The chosen value of one kind (`''`: all). */
  value(key: FilterKey): string {
    return this.choice[key];
  }

  /** Chooses a value (`''`: all) as if the visitor had. */
  set(key: FilterKey, value: string): void {
    if (this.choice[key] === value) return;
    this.choice = { ...this.choice, [key]: value };
    this.changed();
  }

  /** Clears every choice. */
  reset(): void {
    if (!this.active) return;
    this.choice = NONE;
    this.changed();
  }

  /** Counts the visitor's changes: the count is announced again even when it stays the same. */
  private changes = 0;

  private changed() {
    this.changes++;
    this.onChange?.();
    this.host.requestUpdate();
  }

  /** The bar; empty when the events in view offer nothing to choose. */
  render({ options, count, locale, status }: FilterBarRenderOptions): TemplateResult {
    const text = strings[locale];
    // Nothing to choose from (no events in view, and no choice made): no bar.
    if (!this.active && FIELDS.every((key) => !options[key].length)) return html``;
    return html`<form
      part="filters"
      class="filters"
      role="search"
      aria-label=${text.legend}
      @submit=${prevent}
    >
      <div class="filter-fields">${FIELDS.map((key) => this.field(key, options, locale))}</div>
      <button type="button" part="filter-reset" class="filter-reset secondary" @click=${() => this.reset()}>
        ${text.reset}
      </button>
      <p part="filter-status" class="filter-status" role="status">
        ${keyed(this.changes, status ?? countText(count, locale))}
      </p>
    </form>`;
  }

  // `selected` marks the choice on the first render; `.value` after the visitor has changed
  // the select (then the attribute no longer moves the selection).
  private field(key: FilterKey, options: FilterOptions, locale: Locale) {
    const [label, all] = strings[locale][key];
    const chosen = this.choice[key];
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
        .value=${live(chosen)}
        @change=${(e: Event) => this.set(key, (e.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${!chosen}>${all}</option>
        ${list.map((o) => html`<option value=${o.value} ?selected=${o.value === chosen}>${o.label}</option>`)}
        ${known ? nothing : html`<option value=${chosen} selected>${chosen}</option>`}
      </select>
    </div>`;
  }
}

const prevent = (e: Event) => e.preventDefault();

/** Styles of the filter bar: fields side by side, stacked in a narrow column. */
export const filterBarStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: calc(var(--bn-space) * 0.75);
    margin: 0 0 var(--bn-space);
  }
  .filter-fields {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--bn-space) * 0.75);
    flex: 1 1 100%;
  }
  .filter-field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    flex: 1 1 12em;
    min-width: 0;
  }
  .filter-field label {
    font-weight: 600;
  }
  .filter-field select {
    font: inherit;
    color: inherit;
    background: var(--bn-surface, transparent);
    width: 100%;
    min-height: 2.75em;
    padding: 0.4em 0.5em;
    border: 1px solid color-mix(in srgb, currentColor 60%, transparent);
    border-radius: var(--bn-radius);
  }
  .filter-field select option {
    color: initial;
    background: initial;
  }
  .filter-status {
    flex: 1 1 12em;
    margin: 0;
    align-self: center;
  }
`;
