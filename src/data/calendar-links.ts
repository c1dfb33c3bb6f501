/**
 * "Add to calendar" for one event: what a calendar entry holds (shared by the `.ics` writer and
 * the provider links), the links that open Google Calendar, Outlook.com and Microsoft 365 with
 * the event filled in, and the subscription links of the feed's calendars. Whether an event may
 * be offered at all, and the browser facts the menu needs, are in calendar-offer.ts (the card
 * needs them before any click; this module loads with the menu). Plain TypeScript, no DOM.
 *
 * Times go to the providers as UTC instants (`…Z`), so the viewer's own time zone can never
 * shift them (the classic "Outlook is off by hours" bug); all-day events as plain dates with an
 * exclusive end day, as iCalendar does. Nothing here is requested from any provider: the links
 * are only followed when the visitor clicks one.
 */
import { addDays, addMonths, dayKeyOf, monthKeyOf, periodEnd, type FeedDateValue } from './dates.js';
import type { EventFilter } from './filter.js';
import { isSafeUrl, type ParsedEvent } from './parse.js';
import type { SubscriptionCalendar } from './types.js';

/** What a calendar entry of an event holds, in the form every provider understands. */
export interface CalendarEntry {
  title: string;
  /** A whole-day entry: `startDay`/`endDay` are set; else `start`/`end` (epoch ms). */
  allDay: boolean;
  /** Timed: the start instant (epoch ms). */
  start: number;
  /** Timed: the end instant; the start again when the feed gives no end (as the `.ics`: no invented length). */
  end: number;
  /** All-day: the first day, `YYYY-MM-DD`. */
  startDay: string;
  /** All-day: the day after the last day, `YYYY-MM-DD` (exclusive, as iCalendar and Google count). */
  endDay: string;
  /** Name, street, postcode and city, and the online link of an online or mixed event. */
  location: string;
  /** Summary and description, then the event's own page. */
  details: string;
  /** The event's own page, when it has a safe one. */
  url?: string;
}

/** The day after a value's last day (a month-only value: the first of the next month). */
function dayAfter(d: FeedDateValue): string {
  return d.precision === 'month' ? `${addMonths(monthKeyOf(d), 1)}-01` : addDays(dayKeyOf(d), 1);
}

/** Longest summary + description given to a provider link: URLs of several kB break some of them. */
const MAX_LINK_DETAILS = 1000;

/**
 * The calendar entry of an event, or undefined for a month-only date (no day, no entry).
 * `maxDetails` shortens summary and description (with "…"); the page URL is always kept.
 */
export function calendarEntry(
  event: ParsedEvent,
  timeZone: string,
  maxDetails = Infinity,
): CalendarEntry | undefined {
  const start = event.startValue;
  const end = event.endValue;
  if (start.precision === 'month') return undefined;
  const loc = event.location;
  const online = event.attendance === 'online' || event.attendance === 'mixed';
  const location = [
    loc?.name,
    loc?.street,
    [loc?.postalCode, loc?.city].filter(Boolean).join(' '),
    online && isSafeUrl(loc?.onlineUrl) && loc.onlineUrl,
  ]
    .filter(Boolean)
    .join(', ');
  const url = isSafeUrl(event.url) ? new URL(event.url).href : undefined;
  let text = [event.summary, event.description].filter(Boolean).join('\n\n');
  if (text.length > maxDetails) text = `${[...text].slice(0, maxDetails).join('').trimEnd()} …`;
  return {
    title: event.title,
    allDay: start.precision === 'day',
    start: start.instant,
    end: end ? Math.max(periodEnd(end, timeZone), start.instant) : start.instant,
    startDay: dayKeyOf(start),
    endDay: dayAfter(end && end.instant > start.instant ? end : start),
    location,
    details: [text, url].filter(Boolean).join('\n\n'),
    url,
  };
}

/** "20190924T080000Z" (Google's form of an instant). */
const compactUtc = (instant: number) => new Date(instant).toISOString().replace(/[-:]|\.\d+/g, '');
/** "2019-09-24T08:00:00Z" (Outlook's form of an instant). */
const isoUtc = (instant: number) => new Date(instant).toISOString().replace(/\.\d+Z$/, 'Z');

/** A query string with every value percent-encoded (spaces as `%20`, never `+`, which Outlook shows). */
const query = (params: Record<string, string>) =>
  Object.entries(params)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');

/** The hosts the provider links open: nothing is requested from them before a click. */
export const PROVIDER_HOSTS = ['calendar.google.com', 'outlook.live.com', 'outlook.office.com'] as const;

/**
 * Google Calendar's "new event" page with the event filled in:
 * `dates=20190924T080000Z/20190924T140000Z` (UTC) or `dates=20210614/20210616` (all-day,
 * exclusive end); `ctz` only names the zone Google shows the entry in (the feed's).
 */
export function googleCalendarUrl(entry: CalendarEntry, timeZone: string): string {
  const dates = entry.allDay
    ? `${entry.startDay.replace(/-/g, '')}/${entry.endDay.replace(/-/g, '')}`
    : `${compactUtc(entry.start)}/${compactUtc(entry.end)}`;
  return `https://calendar.google.com/calendar/render?${query({
    action: 'TEMPLATE',
    text: entry.title,
    dates,
    details: entry.details,
    location: entry.location,
    ...(entry.allDay ? {} : { ctz: timeZone }),
  })}`;
}

/**
 * Outlook's "new event" form, on Outlook.com (`live`) or Microsoft 365 (`office`): UTC instants
 * with `Z`, or for an all-day entry the plain first day and the day after the last one with
 * `allday=true`.
 */
export function outlookCalendarUrl(entry: CalendarEntry, service: 'live' | 'office'): string {
  return `https://outlook.${service}.com/calendar/0/action/compose?${query({
    subject: entry.title,
    startdt: entry.allDay ? entry.startDay : isoUtc(entry.start),
    enddt: entry.allDay ? entry.endDay : isoUtc(entry.end),
    allday: String(entry.allDay),
    body: entry.details,
    location: entry.location,
    path: '/calendar/action/compose',
    rru: 'addevent',
  })}`;
}

/** The three provider links of an event (details shortened for the URL), or undefined for a month-only date. */
export function providerLinks(
  event: ParsedEvent,
  timeZone: string,
): { google: string; outlook: string; office: string } | undefined {
  const entry = calendarEntry(event, timeZone, MAX_LINK_DETAILS);
  if (!entry) return undefined;
  return {
    google: googleCalendarUrl(entry, timeZone),
    outlook: outlookCalendarUrl(entry, 'live'),
    office: outlookCalendarUrl(entry, 'office'),
  };
}

// ---------------------------------------------------------------------------------------------
// Subscriptions: calendars of the feed (`calendars`) that stay up to date in the visitor's app.

/** The links that subscribe to a calendar (an `.ics` over https) in each app. */
export interface SubscriptionLinks {
  /** `webcal://…`: Apple Calendar, Outlook for Windows/Mac, Thunderbird and most other apps. */
  webcal: string;
  /** Google Calendar's "add by URL" (`cid=webcal://…`). */
  google: string;
  /** Outlook.com's "add from web". */
  outlook: string;
  /** Microsoft 365's "add from web". */
  office: string;
  /** The calendar's https address, to copy into any other app. */
  url: string;
}

export function subscriptionLinks(calendar: SubscriptionCalendar): SubscriptionLinks {
  const url = new URL(calendar.url).href;
  const webcal = url.replace(/^https?:/, 'webcal:');
  const fromWeb = (service: 'live' | 'office') =>
    `https://outlook.${service}.com/calendar/0/addfromweb?${query({ url, name: calendar.title })}`;
  return {
    webcal,
    google: `https://calendar.google.com/calendar/r?${query({ cid: webcal })}`,
    outlook: fromWeb('live'),
    office: fromWeb('office'),
    url,
  };
}

/**
 * How well a calendar fits the filters in force (attributes and the visitor's choice): for
 * each kind chosen (state, network, topic) that the calendar narrows down, +2 when it covers
 * a chosen value, −1 when it covers others only; a calendar that does not narrow a kind down
 * (e.g. "all events") counts 0 for it.
 */
function fit(calendar: SubscriptionCalendar, filters: readonly EventFilter[]): number {
  let score = 0;
  const kinds: [readonly string[] | undefined, keyof EventFilter][] = [
    [calendar.states, 'states'],
    [calendar.network ? [calendar.network] : undefined, 'networks'],
    [calendar.topics, 'topics'],
  ];
  for (const filter of filters)
    for (const [covers, key] of kinds) {
      const chosen = filter[key];
      if (!chosen?.length || !covers?.length) continue;
      score += covers.some((value) => chosen.includes(value)) ? 2 : -1;
    }
  return score;
}

/** The calendars with a safe URL, those that fit the filters best first (ties keep the feed's order). */
export function rankCalendars(
  calendars: readonly SubscriptionCalendar[],
  filters: readonly EventFilter[],
): { calendar: SubscriptionCalendar; matches: boolean }[] {
  return calendars
    .filter((calendar) => /^https?:/i.test(calendar.url) && isSafeUrl(calendar.url))
    .map((calendar, index) => ({ calendar, index, score: fit(calendar, filters) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ calendar, score }) => ({ calendar, matches: score > 0 }));
}
