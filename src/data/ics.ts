/**
 * iCalendar (RFC 5545) for one event: what "add to calendar" downloads. Plain TypeScript, no
 * DOM. Timed events are written as UTC instants, all-day events as `VALUE=DATE` with an
 * exclusive `DTEND`; text is escaped, lines end in CRLF and are folded at 75 octets (UTF-8,
 * never inside a character). A month-only date gives no calendar entry.
 */
import {
  addDays,
  addMonths,
  dayKeyOf,
  monthKeyOf,
  periodEnd,
  toIcsDate,
  utcStamp,
  type FeedDateValue,
} from './dates.js';
import { isSafeUrl, type ParsedEvent } from './parse.js';

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

/** "20190925" of the day after a value's last day (month: the first of the next month). */
function dayAfter(d: FeedDateValue): string {
  const key = d.precision === 'month' ? `${addMonths(monthKeyOf(d), 1)}-01` : addDays(dayKeyOf(d), 1);
  return key.replace(/-/g, '');
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

/** Whether a calendar entry can be made: not for a month-only start. */
export const hasCalendarDate = (event: ParsedEvent): boolean => event.startValue.precision !== 'month';

export interface IcsOptions {
  /** The feed's time zone (used for the end of an all-day end value). */
  timeZone: string;
  /** DTSTAMP; default now. */
  now?: number;
  /** The publisher's URL: its host names the UID's domain. */
  publisherUrl?: string;
}

/** A VCALENDAR with one VEVENT, or undefined for a month-only date. */
export function eventToIcs(event: ParsedEvent, { timeZone, now = Date.now(), publisherUrl }: IcsOptions) {
  const start = event.startValue;
  const end = event.endValue;
  if (!hasCalendarDate(event)) return undefined;
  let host = 'bildungsnetz-widgets';
  try {
    host = new URL(publisherUrl!).hostname || host;
  } catch {
    // no publisher URL: the default host
  }
  const loc = event.location;
  const where = [
    loc?.name,
    loc?.street,
    [loc?.postalCode, loc?.city].filter(Boolean).join(' '),
    (event.attendance === 'online' || event.attendance === 'mixed') && loc?.onlineUrl,
  ]
    .filter(Boolean)
    .join(', ');
  const about = [event.summary, event.description, event.url].filter(Boolean).join('\n\n');
  // All-day: VALUE=DATE with the exclusive day after the end; timed: UTC instants.
  const allDay = start.precision === 'day';
  const date = allDay ? ';VALUE=DATE:' : ':';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//bildungsnetz-widgets//event-card//DE',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(`${event.id}@${host}`)}`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART${date}${toIcsDate(start)}`,
    allDay
      ? `DTEND${date}${dayAfter(end ?? start)}`
      : end && `DTEND${date}${utcStamp(periodEnd(end, timeZone))}`,
    `SUMMARY:${escapeText(event.title)}`,
    `STATUS:${
      event.status === 'cancelled'
        ? 'CANCELLED'
        : event.tentative || event.status === 'postponed'
          ? 'TENTATIVE'
          : 'CONFIRMED'
    }`,
    where && `LOCATION:${escapeText(where)}`,
    about && `DESCRIPTION:${escapeText(about)}`,
    isSafeUrl(event.url) && `URL:${new URL(event.url).href}`,
    event.type && `CATEGORIES:${escapeText(event.type)}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  // The optional lines left out (false, undefined or empty).
  return (lines.filter(Boolean) as string[]).map(foldLine).join('\r\n') + '\r\n';
}
