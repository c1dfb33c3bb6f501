/**
 * Events from iCalendar (RFC 5545): an export of Outlook, Nextcloud or Google Calendar, or a
 * public calendar URL. Parsing, time zones and recurrence are ical.js's (the library Mozilla's
 * calendar uses); this file only maps its events onto feed events:
 *
 * - times: a `TZID` with its `VTIMEZONE` block in the file (Outlook's "W. Europe Standard
 *   Time") is converted with that block; a `TZID` without one but with an IANA name with the
 *   platform's time-zone data; UTC (`Z`) as an instant; a floating time as the same wall clock
 *   in the feed's zone. Every time is written as a wall-clock time in the feed's zone
 *   (`2019-09-24T10:00`), the form the feed contract shows as it is.
 * - all-day (`VALUE=DATE`): `2019-09-24`; the exclusive `DTEND` becomes the inclusive last day.
 * - series (`RRULE`, `RDATE`): expanded into single events inside the window, without the
 *   `EXDATE`s, with moved or changed occurrences (`RECURRENCE-ID`) as their override says.
 * - ids: from the `UID` (+ the occurrence's original date for a series), so a re-import finds
 *   the same events again, and a moved occurrence keeps its id.
 */
import ICAL from 'ical.js';
import { addDays, isValidTimeZone, parseFeedDate, toIsoString, pad } from '../data/dates.js';
import type { Location, Topic } from '../data/types.js';
import type { ImportedEvent } from './feed-types.js';
import { idFromUid, slug } from './ids.js';
import type { Incoming } from './merge.js';
import type { Locale } from './io.js';

export interface IcsImportOptions {
  /** The feed's zone: every time is written as its wall clock there. */
  timeZone: string;
  /** First and last day of the window (`YYYY-MM-DD`, inclusive): series are expanded inside it. */
  from: string;
  to: string;
  /** `CATEGORIES` become the event's `type` (the first one) or its topics. */
  categories: 'type' | 'topics';
  /** The feed's topics, matched by id or label before new ones are made. */
  topics: readonly Topic[];
  locale: Locale;
}

export interface IcsImport {
  incoming: Incoming[];
  /** Topics made from categories that the feed does not have yet. */
  topics: Topic[];
  /** `X-WR-CALNAME`, when the file has one. */
  calendarName?: string;
  /** Events (or occurrences) outside the window, left out. */
  outside: number;
  /** Events that could not be read, one sentence each. */
  problems: string[];
}

/** Fields a calendar decides: a re-import replaces them (and removes them when gone there). */
const OWNED = new Set(['title', 'start', 'end', 'tentative', 'status', 'revision', 'updated']);

/** Summary prefixes Outlook and others add to a cancelled meeting. */
const CANCELLED_PREFIX = /^(abgesagt|storniert|canceled|cancelled)\s*:\s*/i;

/**
 * More occurrences than this in one series are not expanded: a guard against a series without
 * end, not a limit met in practice (a daily series begun 100 years before the window has 36,500).
 */
const MAX_OCCURRENCES = 100_000;

type Time = ICAL.Time;

/** `YYYY-MM-DDTHH:MM` (with `:SS` when not 0) of a time's own fields. */
const wallText = (t: Time) =>
  `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}${t.second ? `:${pad(t.second)}` : ''}`;
const dayText = (t: Time) => `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`;

/**
 * The instant of a date-time (epoch ms), or undefined for a floating time. `tzid` is the
 * `TZID` parameter of the property the time came from.
 */
function instantOf(time: Time, tzid: string | undefined): number | undefined {
  if (time.zone === ICAL.Timezone.utcTimezone) return time.toUnixTime() * 1000;
  if (time.zone && time.zone !== ICAL.Timezone.localTimezone) return time.toUnixTime() * 1000;
  // A TZID without its VTIMEZONE block: an IANA name is known to the platform.
  if (tzid && isValidTimeZone(tzid)) return parseFeedDate(wallText(time), tzid)!.instant;
  return undefined;
}

/**
 * The feed date of an ICAL.Time: an all-day `YYYY-MM-DD`, or the wall clock in the feed's zone,
 * `YYYY-MM-DDTHH:MM`. A time that the wall clock cannot name exactly (the repeated hour when
 * the clocks go back) keeps its offset, `2026-10-25T02:30:00+01:00`.
 */
function feedDate(time: Time, tzid: string | undefined, timeZone: string): string {
  if (time.isDate) return dayText(time);
  const instant = instantOf(time, tzid);
  if (instant === undefined) return wallText(time);
  const value = parseFeedDate(new Date(instant).toISOString(), timeZone)!;
  const wall = `${pad(value.year, 4)}-${pad(value.month)}-${pad(value.day)}T${pad(value.hour)}:${pad(value.minute)}`;
  return parseFeedDate(wall, timeZone)!.instant === instant ? wall : toIsoString(value, timeZone);
}

/** A calendar's one-line LOCATION as a feed location: "Name, Straße 1, 12345 Stadt". */
export function parseLocation(text: string): { location?: Location; online?: boolean } {
  const value = text.trim();
  if (!value) return {};
  if (/^https?:\/\/\S+$/i.test(value)) return { location: { onlineUrl: value }, online: true };
  const parts = value.split(/\s*[,;]\s*|\s*\n\s*/).filter(Boolean);
  // Google adds the country: "…, 24105 Kiel, Deutschland".
  if (parts.length > 1 && /^(deutschland|germany|de)$/i.test(parts.at(-1)!)) parts.pop();
  let postalCode: string | undefined;
  let city: string | undefined;
  let street: string | undefined;
  const place = /^(\d{5})\s+(.+)$/.exec(parts.at(-1) ?? '');
  if (place) {
    parts.pop();
    [, postalCode, city] = place;
    if (parts.length && /\s\d+\s*[a-z]?(\s*[-–]\s*\d+\s*[a-z]?)?$/i.test(parts.at(-1)!)) street = parts.pop();
  }
  const name = parts.join(', ') || undefined;
  // "Microsoft Teams-Besprechung", "Zoom", "Webex", "Online": a meeting without a place.
  const online = !place && ONLINE_PLACE.test(value);
  const location: Location = JSON.parse(JSON.stringify({ name, street, postalCode, city }));
  return { location, online };
}

const ONLINE_PLACE =
  /\b(teams|zoom|webex|jitsi|big\s*blue\s*button|bbb|online|videokonferenz|web-?konferenz)\b/i;

/** The join link of an online meeting: Outlook's Teams property, else the first meeting link in the text. */
function meetingUrl(component: ICAL.Component, description: string | undefined): string | undefined {
  const teams = component.getFirstPropertyValue('x-microsoft-skypeteamsmeetingurl');
  if (isWebUrl(teams)) return teams;
  const link = /https:\/\/[^\s<>"]*(teams\.microsoft\.com|zoom\.us|webex\.com|jitsi|meet\.)[^\s<>"]*/i.exec(
    description ?? '',
  )?.[0];
  return link && isWebUrl(link) ? link : undefined;
}

const isWebUrl = (value: unknown): value is string => {
  if (typeof value !== 'string') return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

const text = (component: ICAL.Component, name: string): string | undefined => {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' && value.trim() ? value.trim().replace(/\r\n?/g, '\n') : undefined;
};

const tzidOf = (component: ICAL.Component, name: string): string | undefined => {
  const value = component.getFirstProperty(name)?.getParameter('tzid');
  return typeof value === 'string' ? value : undefined;
};

/** Reads a calendar's text into events for the feed. Throws nothing: problems are listed. */
export function importIcs(source: string, options: IcsImportOptions): IcsImport {
  const result: IcsImport = { incoming: [], topics: [], outside: 0, problems: [] };
  const de = options.locale === 'de';
  let calendars: ICAL.Component[];
  try {
    const jcal = ICAL.parse(source);
    // One VCALENDAR, or several one after the other.
    const list = (Array.isArray(jcal[0]) ? jcal : [jcal]) as unknown[];
    calendars = list.map((j) => new ICAL.Component(j as never)).filter((c) => c.name === 'vcalendar');
    if (!calendars.length) throw new Error('no VCALENDAR');
  } catch (error) {
    result.problems.push(
      de
        ? `Die Datei ist kein lesbarer iCalendar-Kalender (.ics): ${(error as Error).message}`
        : `The file is not a readable iCalendar calendar (.ics): ${(error as Error).message}`,
    );
    return result;
  }

  const windowStart = parseFeedDate(options.from, options.timeZone)!.instant;
  const windowEnd = parseFeedDate(addDays(options.to, 1), options.timeZone)!.instant;
  const topicsByKey = new Map<string, string>();
  for (const t of options.topics) {
    topicsByKey.set(t.id.toLowerCase(), t.id);
    topicsByKey.set(t.label.toLowerCase(), t.id);
  }

  for (const calendar of calendars) {
    result.calendarName ??= text(calendar, 'x-wr-calname');
    // The file's own VTIMEZONE blocks, under their TZIDs ("W. Europe Standard Time").
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);

    const masters = new Map<string, ICAL.Event>();
    const overrides: ICAL.Event[] = [];
    for (const component of calendar.getAllSubcomponents('vevent')) {
      const event = new ICAL.Event(component);
      if (!event.uid || !component.getFirstProperty('dtstart')) {
        result.problems.push(
          de
            ? `Ein Termin ohne UID oder Beginn wurde übersprungen („${event.summary ?? ''}“).`
            : `An event without UID or start was skipped ("${event.summary ?? ''}").`,
        );
        continue;
      }
      if (event.isRecurrenceException()) overrides.push(event);
      else masters.set(event.uid, event);
    }
    for (const override of overrides) {
      const master = masters.get(override.uid);
      if (master?.isRecurring()) master.relateException(override);
      // A moved occurrence without its series in the file is an event of its own.
      else add(override, override.startDate, override.endDate, override.recurrenceId);
    }
    for (const master of masters.values()) {
      if (!master.isRecurring()) {
        add(master, master.startDate, master.endDate);
        continue;
      }
      const iterator = master.iterator();
      const tzid = tzidOf(master.component, 'dtstart');
      let count = 0;
      for (let next = iterator.next(); next && count < MAX_OCCURRENCES; next = iterator.next(), count++) {
        const original = instantOf(next, tzid) ?? parseFeedDate(wallText(next), options.timeZone)!.instant;
        // Past the window by the series' own dates: done (a moved occurrence counts by its original date).
        if (original >= windowEnd) break;
        const details = master.getOccurrenceDetails(next);
        add(details.item, details.startDate, details.endDate, next, master);
      }
    }
  }

  /** One feed event from an event (or an occurrence of a series). */
  function add(
    item: ICAL.Event,
    startTime: Time,
    endTime: Time | undefined,
    occurrence?: Time,
    series?: ICAL.Event,
  ) {
    const component = item.component;
    const startTzid = tzidOf(component, 'dtstart') ?? (series && tzidOf(series.component, 'dtstart'));
    const endTzid = tzidOf(component, 'dtend') ?? startTzid;
    const startInstant =
      instantOf(startTime, startTzid) ?? parseFeedDate(wallText(startTime), options.timeZone)!.instant;
    let endInstant = startInstant;
    if (endTime && endTime.compare(startTime) > 0)
      endInstant = instantOf(endTime, endTzid) ?? parseFeedDate(wallText(endTime), options.timeZone)!.instant;
    if (
      startInstant >= windowEnd ||
      Math.max(endInstant, startInstant + (startTime.isDate ? 1 : 0)) < windowStart
    ) {
      result.outside++;
      return;
    }

    const status = String(component.getFirstPropertyValue('status') ?? '').toUpperCase();
    const cancelled = status === 'CANCELLED';
    const title = (item.summary ?? '').trim().replace(cancelled ? CANCELLED_PREFIX : /^$/, '');
    // An occurrence: the UID's id and its original date (and time, for series more often than daily).
    const freq = (series?.component.getFirstPropertyValue('rrule') as ICAL.Recur | null)?.freq;
    const subDaily = freq === 'HOURLY' || freq === 'MINUTELY' || freq === 'SECONDLY';
    const id =
      idFromUid(item.uid) +
      (occurrence
        ? `-${dayText(occurrence)}${subDaily ? `t${pad(occurrence.hour)}${pad(occurrence.minute)}` : ''}`
        : '');
    const start = feedDate(startTime, startTzid, options.timeZone);
    let end: string | undefined;
    if (endTime && endTime.compare(startTime) > 0) {
      if (startTime.isDate) {
        // DTEND of an all-day event is the day after its last day.
        const last = addDays(dayText(endTime), -1);
        if (last !== start) end = last;
      } else {
        end = feedDate(endTime, endTzid, options.timeZone);
      }
    }

    const event: ImportedEvent = {
      id,
      title: title || (options.locale === 'de' ? 'Termin' : 'Event'),
      start,
    };
    if (end) event.end = end;
    if (status === 'TENTATIVE') event.tentative = true;
    if (cancelled) event.status = 'cancelled';
    const rawDescription = text(component, 'description');
    const { location, online } = parseLocation(item.location ?? '');
    const joinUrl = meetingUrl(component, rawDescription);
    if (online || (joinUrl && !location)) {
      event.attendance = 'online';
      event.location = joinUrl ? { onlineUrl: joinUrl } : {};
    } else if (location) {
      event.location = location;
      if (joinUrl) {
        event.attendance = 'mixed';
        event.location.onlineUrl = joinUrl;
      }
    }
    // Outlook appends the dial-in block of an online meeting after a line of underscores.
    const description = rawDescription?.split(/\n_{20,}\n/)[0]!.trim();
    if (description) event.description = description;
    const url = component.getFirstPropertyValue('url');
    if (isWebUrl(url)) event.url = url;
    const categories = component
      .getAllProperties('categories')
      .flatMap((p) => p.getValues())
      .map((v) => String(v).trim())
      .filter(Boolean);
    if (categories.length && options.categories === 'type') event.type = categories[0];
    if (categories.length && options.categories === 'topics') {
      event.topics = [
        ...new Set(
          categories.map((label) => {
            const known = topicsByKey.get(label.toLowerCase());
            if (known) return known;
            const topic = { id: slug(label) || 'thema', label };
            topicsByKey.set(label.toLowerCase(), topic.id);
            topicsByKey.set(topic.id, topic.id);
            result.topics.push(topic);
            return topic.id;
          }),
        ),
      ];
    }
    const sequence = component.getFirstPropertyValue('sequence');
    if (typeof sequence === 'number' && sequence > 0) event.revision = sequence;
    const modified = component.getFirstPropertyValue('last-modified');
    if (modified instanceof ICAL.Time)
      event.updated = new Date(modified.toUnixTime() * 1000).toISOString().replace('.000Z', 'Z');
    result.incoming.push({ event, owned: OWNED, origin: `UID ${item.uid}` });
  }

  return result;
}
