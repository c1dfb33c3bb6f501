/**
 * Filtering the feed's events for the list and calendar views: the filter attributes (`type`,
 * `topic`, `network`, `state`, several values each), `when` (upcoming / past / all), the
 * options a filter bar offers, grouping by month and the sentence an empty result shows.
 * Plain TypeScript, no DOM.
 *
 * Matching rules (documented for CMS editors in the README):
 * - Values of one attribute are separated by spaces and any of them matches ("or");
 *   different attributes must all match ("and").
 * - `type` is compared case-insensitively. A type that itself has spaces ("Digitale
 *   Fachtagung") is written as it is: words are joined greedily to the longest type the feed
 *   has, so `type="Digitale Fachtagung Netzwerktreffen"` means those two types. `_` may stand
 *   for a space (`Digitale_Fachtagung`).
 * - `topic` and `network` take ids (case-insensitive), `state` takes state codes (`SH`).
 *   An event without its own `states` is in the states of its network.
 * - `accessible` takes features of the venue (`step-free`, `accessible-toilet`, `hearing-loop`,
 *   `sign-language`, `easy-language`, `parking`) and, unlike the others, needs *all* of them:
 *   a visitor who needs step-free access and a hearing loop needs both. Only what the publisher
 *   states as `true` matches (an absent fact is unknown, not "yes").
 *
 * Everything derived from a feed is computed once per feed ({@link indexFeed}) so that
 * filtering 5,000 events costs one pass over an array.
 */
import {
  featureKeys,
  featureName,
  featureValue,
  ACCESSIBILITY_FEATURES,
  type AccessibilityFeature,
} from './accessibility.js';
import { formatMonthYear, monthKeyOf, periodEnd, type FeedDateValue } from './dates.js';
import { fill, listOf, plural, quote, type Locale, type PluralForms } from './messages.js';
import { words } from './networks.js';
import type { ParsedEvent, ValidFeed } from './parse.js';
import { stateName } from './states.js';

export type When = 'upcoming' | 'past' | 'all';

/** One set of filters; an empty or missing list does not filter. */
export interface EventFilter {
  types?: readonly string[];
  topics?: readonly string[];
  networks?: readonly string[];
  states?: readonly string[];
  /** Venue features that must all be stated (feed keys `stepFree` or filter values `step-free`). */
  features?: readonly string[];
}

export type FilterKey = keyof EventFilter;
export const FILTER_KEYS: readonly FilterKey[] = ['types', 'topics', 'networks', 'states', 'features'];

/** A choice of a filter bar: the value to filter by and its visible label. */
export interface FilterOption {
  value: string;
  label: string;
}

export type FilterOptions = Record<FilterKey, FilterOption[]>;

/** Events of one month, in the order of the list. */
export interface MonthGroup {
  /** `YYYY-MM` of the events' start in the feed's zone. */
  key: string;
  /** "Dezember 2026" / "December 2026". */
  label: string;
  events: ParsedEvent[];
}

/** What is known about one event for filtering, computed once per feed. */
interface Entry {
  event: ParsedEvent;
  type?: string;
  topics: readonly string[];
  network?: string;
  states: readonly string[];
  /** The venue's features stated as present (feed keys). */
  features: ReadonlySet<string>;
  /** End of the event's last period: upcoming while `now` is before it (as views.ts). */
  until: number;
}

export interface FeedIndex {
  feed: ValidFeed;
  /** Soonest first; events starting at the same instant keep the feed's order. */
  ascending: readonly Entry[];
  /** Newest first; ties keep the feed's order (as `pastEvents` of views.ts). */
  descending: readonly Entry[];
  /** Type keys of the feed → the type as the feed writes it (first occurrence). */
  types: ReadonlyMap<string, string>;
  /** The most words a type of the feed has (for the greedy match). */
  maxTypeWords: number;
}

/** Splits an attribute value into its values, separated by whitespace. */
export const splitValues = words;

/** The filter of the attributes `type`, `topic`, `network`, `state` and `accessible`. */
export function parseFilter(attributes: {
  type?: string | null;
  topic?: string | null;
  network?: string | null;
  state?: string | null;
  accessible?: string | null;
}): EventFilter {
  return {
    types: splitValues(attributes.type),
    topics: splitValues(attributes.topic),
    networks: splitValues(attributes.network),
    states: splitValues(attributes.state),
    features: featureKeys(splitValues(attributes.accessible)),
  };
}

/** The features an event's venue states as present. */
const presentFeatures = (event: ParsedEvent): Set<string> => {
  const a = event.location?.accessibility;
  return new Set(a ? ACCESSIBILITY_FEATURES.filter((key) => a[key] === true) : []);
};

/** The comparison form of a type: lower case, runs of spaces or `_` as one `_`. */
export const typeKey = (type: string): string =>
  type
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '_');

const indexes = new WeakMap<ValidFeed, FeedIndex>();

/** The feed's index (computed on first use, then cached for the feed object). */
export function indexFeed(feed: ValidFeed): FeedIndex {
  let index = indexes.get(feed);
  if (index) return index;
  const networkStates = new Map(feed.networks.map((n) => [n.id, n.states ?? []]));
  const types = new Map<string, string>();
  let maxTypeWords = 1;
  // periodEnd of an all-day or month value needs time-zone lookups; many events share a day.
  const ends = new Map<string, number>();
  const end = (value: FeedDateValue) => {
    if (value.precision === 'time') return value.instant;
    const k = `${value.precision}${value.year}-${value.month}-${value.day}`;
    let t = ends.get(k);
    if (t === undefined) ends.set(k, (t = periodEnd(value, feed.timeZone)));
    return t;
  };
  const entries = feed.events.map((event): Entry => {
    const type = event.type === undefined ? undefined : typeKey(event.type);
    if (type !== undefined && !types.has(type)) {
      types.set(type, event.type!.trim());
      maxTypeWords = Math.max(maxTypeWords, type.split('_').length);
    }
    return {
      event,
      type,
      topics: (event.topics ?? []).map((t) => t.toLowerCase()),
      network: event.network?.toLowerCase(),
      states: event.states ?? (event.network ? (networkStates.get(event.network) ?? []) : []),
      features: presentFeatures(event),
      until: Math.max(end(event.startValue), event.endValue ? end(event.endValue) : -Infinity),
    };
  });
  const start = (e: Entry) => e.event.startValue.instant;
  index = {
    feed,
    ascending: entries.slice().sort((a, b) => start(a) - start(b)),
    descending: entries.slice().sort((a, b) => start(b) - start(a)),
    types,
    maxTypeWords,
  };
  indexes.set(feed, index);
  return index;
}

/**
 * The type keys a `types` list means: adjacent words are joined to the longest type the feed
 * has ("Digitale", "Fachtagung" → `digitale_fachtagung`); other words stand for themselves.
 */
export function resolveTypes(index: FeedIndex, values: readonly string[]): string[] {
  const words = values.flatMap((v) => typeKey(v).split('_')).filter(Boolean);
  const keys: string[] = [];
  for (let i = 0; i < words.length;) {
    let n = Math.min(index.maxTypeWords, words.length - i);
    while (n > 1 && !index.types.has(words.slice(i, i + n).join('_'))) n--;
    keys.push(words.slice(i, i + n).join('_'));
    i += n;
  }
  return keys;
}

type Test = (entry: Entry) => boolean;

/** One predicate for a filter; undefined when it does not filter at all. */
function compile(index: FeedIndex, filter: EventFilter): Test[] {
  const tests: Test[] = [];
  const set = (values: readonly string[] | undefined, map: (v: string) => string) =>
    values && values.length ? new Set(values.map(map)) : undefined;
  const types = filter.types?.length ? new Set(resolveTypes(index, filter.types)) : undefined;
  const topics = set(filter.topics, (v) => v.toLowerCase());
  const networks = set(filter.networks, (v) => v.toLowerCase());
  const states = set(filter.states, (v) => v.toUpperCase());
  if (types) tests.push((e) => e.type !== undefined && types.has(e.type));
  if (topics) tests.push((e) => e.topics.some((t) => topics.has(t)));
  if (networks) tests.push((e) => e.network !== undefined && networks.has(e.network));
  if (states) tests.push((e) => e.states.some((s) => states.has(s)));
  const features = filter.features?.length ? featureKeys(filter.features) : undefined;
  if (features) tests.push((e) => features.every((f) => e.features.has(f)));
  return tests;
}

export interface Selection {
  /** Default `upcoming`. */
  when?: When;
  /** The reference instant (epoch ms) for `upcoming` and `past`. */
  now: number;
  /** Filters that must all match (e.g. the element's attributes and the visitor's choice). */
  filters?: readonly EventFilter[];
}

/**
 * The events a view shows, in its order: upcoming soonest first, past newest first (the
 * rules of `upcomingEvents` / `pastEvents` in views.ts), all soonest first.
 */
export function selectEvents(
  index: FeedIndex,
  { when = 'upcoming', now, filters = [] }: Selection,
): ParsedEvent[] {
  const tests = filters.flatMap((f) => compile(index, f));
  if (when === 'upcoming') tests.push((e) => now < e.until);
  if (when === 'past') tests.push((e) => !(now < e.until));
  const result: ParsedEvent[] = [];
  for (const entry of when === 'past' ? index.descending : index.ascending) {
    if (tests.every((test) => test(entry))) result.push(entry.event);
  }
  return result;
}

/**
 * The choices a filter bar offers for a set of events: the types, topics (with labels),
 * networks (short name, else name) and states (full names) that occur in them, by label.
 */
export function filterOptions(
  feed: ValidFeed,
  events: readonly ParsedEvent[],
  locale: Locale,
): FilterOptions {
  const types = new Map<string, string>();
  const topics = new Set<string>();
  const networks = new Set<string>();
  const states = new Set<string>();
  const features = new Set<AccessibilityFeature>();
  const networkStates = new Map(feed.networks.map((n) => [n.id, n.states]));
  for (const event of events) {
    const type = event.type === undefined ? undefined : typeKey(event.type);
    if (type !== undefined && !types.has(type)) types.set(type, event.type!.trim());
    event.topics?.forEach((t) => topics.add(t));
    if (event.network !== undefined) networks.add(event.network);
    (event.states ?? (event.network ? networkStates.get(event.network) : undefined))?.forEach((s) =>
      states.add(s),
    );
    presentFeatures(event).forEach((f) => features.add(f as AccessibilityFeature));
  }
  const compare = new Intl.Collator(locale).compare;
  const sorted = (options: FilterOption[]) => options.sort((a, b) => compare(a.label, b.label));
  return {
    types: sorted([...types.values()].map((t) => ({ value: t, label: t }))),
    topics: sorted([...topics].map((id) => ({ value: id, label: topicLabel(feed, id) }))),
    networks: sorted([...networks].map((id) => ({ value: id, label: networkLabel(feed, id) }))),
    states: sorted([...states].map((code) => ({ value: code, label: stateName(code, locale) }))),
    // In the order of the card's list, not by label.
    features: ACCESSIBILITY_FEATURES.filter((f) => features.has(f)).map((f) => ({
      value: featureValue(f),
      label: featureName(f, locale),
    })),
  };
}

const topicLabel = (feed: ValidFeed, id: string) =>
  feed.topics.find((t) => t.id.toLowerCase() === id.toLowerCase())?.label ?? id;

const networkLabel = (feed: ValidFeed, id: string) => {
  const network = feed.networks.find((n) => n.id.toLowerCase() === id.toLowerCase());
  return network ? (network.shortName ?? network.name) : id;
};

/** Consecutive events of one month (of their start, in the feed's zone) under a heading. */
export function groupByMonth(events: readonly ParsedEvent[], locale: Locale): MonthGroup[] {
  const groups: MonthGroup[] = [];
  let current: MonthGroup | undefined;
  for (const event of events) {
    const key = monthKeyOf(event.startValue);
    if (current?.key !== key) {
      current = {
        key,
        label: formatMonthYear(event.startValue.year, event.startValue.month, locale),
        events: [],
      };
      groups.push(current);
    }
    current.events.push(event);
  }
  return groups;
}

/** The texts of empty results and counts; `{list}` is the filtered values, `{lead}` the "none" part. */
const texts: Record<
  Locale,
  {
    none: Record<When, string>;
    sentence: string;
    filters: Record<FilterKey, PluralForms>;
    found: PluralForms;
  }
> = {
  de: {
    none: { upcoming: 'Keine kommenden Termine', past: 'Keine vergangenen Termine', all: 'Keine Termine' },
    sentence: '{lead}{filters}.',
    filters: {
      types: { one: ' der Art {list}', other: ' der Arten {list}' },
      topics: { one: ' zum Thema {list}', other: ' zu den Themen {list}' },
      networks: { one: ' im Netzwerk {list}', other: ' in den Netzwerken {list}' },
      states: { one: ' in {list}', other: ' in {list}' },
      features: { one: ' mit {list}', other: ' mit {list}' },
    },
    found: { zero: 'Keine Termine gefunden', one: '{n} Termin gefunden', other: '{n} Termine gefunden' },
  },
  en: {
    none: { upcoming: 'No upcoming events', past: 'No past events', all: 'No events' },
    sentence: '{lead}{filters}.',
    filters: {
      types: { one: ' of the type {list}', other: ' of the types {list}' },
      topics: { one: ' on the topic {list}', other: ' on the topics {list}' },
      networks: { one: ' in the network {list}', other: ' in the networks {list}' },
      states: { one: ' in {list}', other: ' in {list}' },
      features: { one: ' with {list}', other: ' with {list}' },
    },
    found: { zero: 'No events found', one: '{n} event found', other: '{n} events found' },
  },
};

/**
 * The sentence for an empty result that names what was filtered:
 * "Keine kommenden Termine in Schleswig-Holstein." /
 * "No upcoming events of the type “Fachtagung” in Brandenburg or Schleswig-Holstein."
 */
export function describeEmpty(
  feed: ValidFeed,
  when: When,
  filters: readonly EventFilter[],
  locale: Locale,
): string {
  return describeEmptyAs(texts[locale].none[when], feed, filters, locale);
}

/**
 * The same sentence with another beginning than "Keine Termine" (`lead`, without a full stop):
 * "Keine Termine im Dezember 2026 in Schleswig-Holstein." for `lead` "Keine Termine im Dezember 2026".
 */
export function describeEmptyAs(
  lead: string,
  feed: ValidFeed,
  filters: readonly EventFilter[],
  locale: Locale,
): string {
  const t = texts[locale];
  const index = indexFeed(feed);
  const label: Record<FilterKey, (value: string) => string> = {
    types: (key) => quote(index.types.get(key) ?? key.replace(/_/g, ' '), locale),
    topics: (id) => quote(topicLabel(feed, id), locale),
    networks: (id) => quote(networkLabel(feed, id), locale),
    states: (code) => stateName(code.toUpperCase(), locale),
    features: (key) =>
      (ACCESSIBILITY_FEATURES as string[]).includes(key)
        ? featureName(key as AccessibilityFeature, locale)
        : key,
  };
  let named = '';
  for (const key of FILTER_KEYS) {
    // The values of one kind from all filters, each once.
    let values = [...new Set(filters.flatMap((f) => f[key] ?? []))];
    if (key === 'types') values = [...new Set(resolveTypes(index, values))];
    if (key === 'features') values = [...new Set(featureKeys(values))];
    if (values.length)
      named += plural(values.length, locale, t.filters[key], {
        list: listOf(values.map(label[key]), locale, key === 'features' ? 'conjunction' : 'disjunction'),
      });
  }
  return fill(t.sentence, { lead, filters: named });
}

/** "12 Termine gefunden" / "1 event found" / "Keine Termine gefunden". */
export function countText(count: number, locale: Locale): string {
  return plural(count, locale, texts[locale].found);
}
