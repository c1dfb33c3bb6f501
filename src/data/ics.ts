/**
 * iCalendar (RFC 5545) for one event: what "add to calendar" downloads. Plain TypeScript, no
 * DOM. The entry's fields come from `calendarEntry` (calendar-links.ts), as the provider links'
 * do. Timed events are written as UTC instants, all-day events as `VALUE=DATE` with an
 * exclusive `DTEND`; text is escaped, lines end in CRLF and are folded at 75 octets (UTF-8,
 * never inside a character). A month-only date gives no calendar entry.
 */
import { calendarEntry } from './calendar-links.js';
import { parseFeedDate, utcStamp } from './dates.js';
import { hasCalendarDate } from './views.js';
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

/**
 * Octets of one code point in UTF-8. A lone surrogate counts as the 3 octets of U+FFFD, which
 * it becomes in the UTF-8 file. (Counted, not encoded: a subscription calendar folds millions
 * of characters, and a TextEncoder call per character made that the slowest part of `build`.)
 */
const utf8Size = (codePoint: number) =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/** Folds one content line at 75 octets of UTF-8; continuation lines start with a space. */
export function foldLine(line: string): string {
  // Most lines are short ASCII: nothing to fold.
  // eslint-disable-next-line no-control-regex -- the ASCII range is the point
  if (line.length <= 75 && /^[\x00-\x7f]*$/.test(line)) return line;
  // Whole slices, not a string grown character by character (which a large calendar pays for
  // in garbage collection).
  const parts: string[] = [];
  let from = 0;
  let at = 0;
  let octets = 0;
  for (const char of line) {
    const size = utf8Size(char.codePointAt(0)!);
    if (octets + size > 75) {
      parts.push(line.slice(from, at));
      from = at;
      // The continuation line's leading space.
      octets = 1;
    }
    octets += size;
    at += char.length;
  }
  parts.push(line.slice(from));
  return parts.join('\r\n ');
}

/** The file name of an event's calendar file: its id, made safe for file systems. */
export function icsFileName(id: string): string {
  // Letters, digits, `_`, `-`, `.` only; no leading or trailing dot or dash; at most 60 characters.
  let name = id
    .replace(/[^\w.-]+/g, '-')
    .slice(0, 60)
    .replace(/^[.-]+|[.-]+$/g, '');
  // Names Windows keeps for devices (CON, NUL, COM1 …) are no file names there, with any extension.
  if (/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(name)) name = `event-${name}`;
  return `${name || 'event'}.ics`;
}

export { hasCalendarDate };

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
export function eventToIcs(event: ParsedEvent, options: IcsOptions): string | undefined {
  const vevent = eventLines(event, options);
  return vevent && calendarText([veventText(vevent)]);
}

/**
 * One VEVENT as it stands in a file: its lines (from {@link eventLines}) folded and joined with
 * CRLF. Made once per event, also when the event goes into many calendars (the publisher's
 * `build`).
 */
export function veventText(lines: readonly string[]): string {
  return lines.map(foldLine).join('\r\n');
}

/**
 * A VCALENDAR around VEVENTs (each from {@link veventText}), with extra calendar properties (a
 * subscription's `X-WR-CALNAME`, `REFRESH-INTERVAL` …) after the header.
 */
export function calendarText(vevents: readonly string[], properties: readonly string[] = []): string {
  const head = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//bildungsnetz-widgets//event-card//DE',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...properties,
  ].map(foldLine);
  return [...head, ...vevents, 'END:VCALENDAR'].join('\r\n') + '\r\n';
}

/** The unfolded lines of one VEVENT, or undefined for a month-only date. */
export function eventLines(event: ParsedEvent, { timeZone, now = Date.now(), publisherUrl }: IcsOptions) {
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
  ];
  // The optional lines left out (false, undefined or empty).
  return lines.filter(Boolean) as string[];
}
