/**
 * iCalendar (RFC 5545) for one event: what "add to calendar" downloads. Plain TypeScript, no
 * DOM. The entry's fields come from `calendarEntry` (calendar-links.ts), as the provider links'
 * do. Timed events are written as UTC instants, all-day events as `VALUE=DATE` with an
 * exclusive `DTEND`; text is escaped, lines end in CRLF and are folded at 75 octets (UTF-8,
 * never inside a character). A month-only date gives no calendar entry.
 */
import { calendarEntry } from './calendar-links.js';
import { parseFeedDate, utcStamp } from './dates.js';
import type { ParsedEvent } from './parse.js';

/** `\`, `;`, `,` and newlines escaped (RFC 5545 §3.3.11); other control characters dropped. */
export function escapeText(value: string): string {
  return (
    value
      .replace(/[\\;,]/g, '\\$&')
      .replace(/\r\n?|\n/g, '\\n')
      // eslint-disable-next-line no-control-regex -- dropping control characters is the point
      .replace(/[\0-\x08\x0b-\x1f\x7f]/g, '')
  );
}

const utf8 = new TextEncoder();

/** Folds one content line at 75 octets of UTF-8; continuation lines start with a space. */
export function foldLine(line: string): string {
  let out = '';
  let octets = 0;
  for (const char of line) {
    // A lone surrogate counts as the 3 octets of U+FFFD, which it becomes in the UTF-8 file.
    const size = utf8.encode(char).length;
    if (octets + size > 75) {
      out += '\r\n ';
      octets = 1;
    }
    out += char;
    octets += size;
  }
  return out;
}

/** The file name of an event's calendar file: its id, made safe for file systems. */
export const icsFileName = (id: string): string => `${id.replace(/[^\w.-]+/g, '-')}.ics`;

/** Whether a calendar entry can be made: not for a month-only start. */
export const hasCalendarDate = (event: ParsedEvent): boolean => event.startValue.precision !== 'month';

export interface IcsOptions {
  /** The feed's time zone (used for the end of an all-day end value and for `updated`). */
  timeZone: string;
  /** DTSTAMP; default now. */
  now?: number;
  /** The publisher's URL: its host names the UID's domain. */
  publisherUrl?: string;
}

/**
 * A VCALENDAR (`METHOD:PUBLISH`) with one VEVENT, or undefined for a month-only date.
 *
 * Importing the file again updates the visitor's copy instead of adding a second one: the
 * `UID` is the event's id at the publisher's host (the same in every file of the event), its
 * `SEQUENCE` is the feed's `revision` (0 without one; the publisher raises it with each change)
 * and `LAST-MODIFIED` the feed's `updated`. A cancelled event says `STATUS:CANCELLED`, so the
 * same import marks the copy as cancelled.
 */
export function eventToIcs(event: ParsedEvent, { timeZone, now = Date.now(), publisherUrl }: IcsOptions) {
  const entry = calendarEntry(event, timeZone);
  if (!entry) return undefined;
  let host = 'bildungsnetz-widgets';
  try {
    host = new URL(publisherUrl!).hostname || host;
  } catch {
    // no publisher URL: the default host
  }
  const updated = event.updated ? parseFeedDate(event.updated, timeZone) : undefined;
  // All-day: VALUE=DATE with the exclusive day after the end; timed: UTC instants.
  const day = (key: string) => `;VALUE=DATE:${key.replace(/-/g, '')}`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//bildungsnetz-widgets//event-card//DE',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(`${event.id}@${host}`)}`,
    `DTSTAMP:${utcStamp(now)}`,
    `SEQUENCE:${event.revision ?? 0}`,
    updated && `LAST-MODIFIED:${utcStamp(updated.instant)}`,
    entry.allDay ? `DTSTART${day(entry.startDay)}` : `DTSTART:${utcStamp(entry.start)}`,
    entry.allDay ? `DTEND${day(entry.endDay)}` : event.endValue && `DTEND:${utcStamp(entry.end)}`,
    `SUMMARY:${escapeText(entry.title)}`,
    `STATUS:${
      event.status === 'cancelled'
        ? 'CANCELLED'
        : event.tentative || event.status === 'postponed'
          ? 'TENTATIVE'
          : 'CONFIRMED'
    }`,
    entry.location && `LOCATION:${escapeText(entry.location)}`,
    entry.details && `DESCRIPTION:${escapeText(entry.details)}`,
    entry.url && `URL:${entry.url}`,
    event.type && `CATEGORIES:${escapeText(event.type)}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  // The optional lines left out (false, undefined or empty).
  return (lines.filter(Boolean) as string[]).map(foldLine).join('\r\n') + '\r\n';
}
