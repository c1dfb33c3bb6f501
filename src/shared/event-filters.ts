import { property } from 'lit/decorators.js';
import type { FeedElement } from './feed-element.js';
import type { FilterHost } from './filter-bar.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the mixin pattern needs `any[]`
type AbstractClass<T> = abstract new (...args: any[]) => T;

/** The attributes the mixin adds: those the filter bar reads from its host. */
type EventFilterAttributes = Pick<
  FilterHost,
  'type' | 'topic' | 'network' | 'state' | 'accessible' | 'filters' | 'syncUrl'
>;

/**
 * The filter attributes that `<event-list>` and `<meeting-calendar>` share, declared once.
 * Several values of one attribute are separated by spaces and any of them matches; different
 * attributes must all match. `type` is compared case-insensitively and may name types with
 * spaces as they are (`type="Digitale Fachtagung Netzwerktreffen"`). `filters` adds a filter
 * bar (see `FilterBar` in filter-bar.ts) with which visitors narrow the events further.
 */
export const EventFilters = <T extends AbstractClass<FeedElement>>(Base: T) => {
  /**
   * The filter attributes, and the parts of the filter bar that `filters` shows.
   *
   * @csspart filters - The visitor's filter bar (a search form), with `filters`.
   * @csspart filter-field - One field of the filter bar (label and select).
   * @csspart filter-label - The label of a filter.
   * @csspart filter-select - The select of a filter.
   * @csspart filter-reset - The button that resets the filter bar.
   * @csspart filter-status - The number of events found (a polite live region).
   */
  // Named like the mixin: the manifest analyzer reads the tags above (@csspart) by that name.
  abstract class EventFilters extends Base {
    /** Event types to show, separated by spaces (any of them), e.g. `Netzwerktreffen Fachtagung`. */
    @property() type?: string;

    /** Topic ids to show, separated by spaces (events with any of them). */
    @property() topic?: string;

    /** Network ids to show, separated by spaces. */
    @property() network?: string;

    /** State codes to show, separated by spaces, e.g. `SH MV`. */
    @property() state?: string;

    /**
     * Only events whose venue has all of these features, separated by spaces: `step-free`,
     * `accessible-toilet`, `hearing-loop`, `sign-language`, `easy-language`, `parking`. Only
     * what the feed states as present counts (an unstated fact is unknown, not "yes").
     */
    @property() accessible?: string;

    /** Shows a filter bar with which visitors choose type, topic, state and network. */
    @property({ type: Boolean }) filters = false;

    /**
     * With `filters`: keeps the visitor's choice in the page's address (`?bn-type=Fortbildung`,
     * with the element's `id` if it has one: `?bn-termine-type=…`), so a link shares it; the
     * choice in the address is restored when the page opens.
     */
    @property({ attribute: 'sync-url', type: Boolean }) syncUrl = false;
  }
  // Typed by the attributes it adds: the `.d.ts` files cannot name the class inside a function.
  return EventFilters as AbstractClass<EventFilterAttributes> & T;
};
