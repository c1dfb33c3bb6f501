/**
 * Views of networks and programmes: filtering networks, members by state, periods and the
 * participation series of the chart. Plain TypeScript, no DOM.
 */
import { formatMonthYear, formatShortDate, parseYearOrDate } from './dates.js';
import { fill, type Locale } from './messages.js';
import type { ValidFeed } from './parse.js';
import type { Member, Network, Participation } from './types.js';

/** The filters of `<network-list>`: each a list of accepted values; empty or absent accepts all. */
export interface NetworkFilter {
  /** State codes (`BB`); a network matches when one of its states is listed. */
  states?: readonly string[];
  /** Topic ids; a network matches when one of its topics is listed. */
  topics?: readonly string[];
  /** Office ids; a network matches when its responsible office is listed. */
  offices?: readonly string[];
}

/**
 * Splits a space-separated attribute value into its values. Set from JavaScript, a list of
 * texts counts as those texts (`state = ['SH', 'MV']`); any other value as none.
 */
export const words = (value: unknown): string[] =>
  typeof value === 'string'
    ? value.split(/\s+/).filter(Boolean)
    : Array.isArray(value)
      ? value.flatMap(words)
      : [];

const accepts = (wanted: readonly string[] | undefined, have: readonly (string | undefined)[]) =>
  !wanted?.length || have.some((v) => v !== undefined && wanted.includes(v));

/** The networks that pass every filter (values within one filter are alternatives), in feed order. */
export function filterNetworks(networks: readonly Network[], filter: NetworkFilter): Network[] {
  const states = filter.states?.map((s) => s.toUpperCase());
  return networks.filter(
    (n) =>
      accepts(states, n.states ?? []) &&
      accepts(filter.topics, n.topics ?? []) &&
      accepts(filter.offices, [n.office]),
  );
}

export interface MemberGroup {
  /** The state code; undefined for members without a state. */
  state?: string;
  members: Member[];
}

/**
 * Members grouped by state: the network's own states first, in its order, then any other
 * state in order of appearance, then members without a state. Feed order within a group.
 */
export function membersByState(network: Network): MemberGroup[] {
  const groups = new Map<string | undefined, Member[]>((network.states ?? []).map((s) => [s, []]));
  for (const member of network.members ?? []) {
    if (!groups.has(member.state)) groups.set(member.state, []);
    groups.get(member.state)!.push(member);
  }
  const list = [...groups]
    .filter(([, members]) => members.length)
    .map(([state, members]) => ({ state, members }));
  return [...list.filter((g) => g.state), ...list.filter((g) => !g.state)];
}

/** A year or date of a network or programme period as text: "2016", "September 2016", "Mo., 26.09.2016". */
export function formatYearOrDate(value: string, timeZone: string, locale: Locale): string {
  const d = parseYearOrDate(value, timeZone);
  if (!d) return value;
  // formatShortDate writes a month-only value as "September 2016".
  return d.precision === 'year' ? String(d.year) : formatShortDate(d, locale);
}

const periodTexts: Record<Locale, Record<'range' | 'since' | 'until', string>> = {
  de: { range: '{from}–{to}', since: 'seit {from}', until: 'bis {to}' },
  en: { range: '{from}–{to}', since: 'since {from}', until: 'until {to}' },
};

/** A period: "2014–2020", "seit 2016" / "since 2016", "bis 2017" / "until 2017"; undefined when empty. */
export function formatPeriod(
  from: string | undefined,
  to: string | undefined,
  timeZone: string,
  locale: Locale,
): string | undefined {
  const texts = periodTexts[locale];
  const f = from && formatYearOrDate(from, timeZone, locale);
  const t = to && formatYearOrDate(to, timeZone, locale);
  if (f && t) return f === t ? f : fill(texts.range, { from: f, to: t });
  if (f) return fill(texts.since, { from: f });
  return t ? fill(texts.until, { to: t }) : undefined;
}

export type Metric = 'municipalities' | 'people';

export interface ParticipationPoint {
  label: string;
  /** The meeting's date as text ("Mo., 26.09.2016"), when the feed has one. */
  date?: string;
  /** The meeting's month ("September 2016") and year, when the feed has a date. */
  month?: string;
  year?: number;
  /** The value of the chosen metric. */
  value: number;
  /** The whole entry, for the table. */
  entry: Participation;
}

/** The entries of a network's participation that have a value for the metric, in feed order. */
export function participationSeries(network: Network, metric: Metric, timeZone: string, locale: Locale) {
  return (network.participation ?? []).flatMap((entry): ParticipationPoint[] => {
    const value = entry[metric];
    const d = entry.date ? parseYearOrDate(entry.date, timeZone) : undefined;
    return value === undefined
      ? []
      : [
          {
            label: entry.label,
            date: entry.date && formatYearOrDate(entry.date, timeZone, locale),
            month:
              d && d.precision !== 'year' ? formatMonthYear(d.year, d.month, locale) : d && String(d.year),
            year: d?.year,
            value,
            entry,
          },
        ];
  });
}

/** The year the participation data begins: the earliest dated entry, else the network's `since`. */
export function participationSince(network: Network, timeZone: string): number | undefined {
  const years = [...(network.participation ?? []).map((p) => p.date), network.since]
    .map((v) => v && parseYearOrDate(v, timeZone)?.year)
    .filter((y): y is number => typeof y === 'number');
  return years.length ? Math.min(...years) : undefined;
}

/** The network a chart shows: the one with the id, else the first with participation data. */
export function chartNetwork(feed: ValidFeed, id: string | undefined): Network | undefined {
  return id ? feed.networks.find((n) => n.id === id) : feed.networks.find((n) => n.participation?.length);
}
