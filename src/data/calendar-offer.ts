/**
 * Whether "add to calendar" is offered for an event, and how the visitor's browser takes a
 * calendar file. The card decides this when it renders; everything else about calendar entries
 * (src/data/calendar-links.ts, src/data/ics.ts) loads on the first click. Plain TypeScript, no DOM.
 */
import type { ParsedEvent } from './parse.js';
import { isPastEvent } from './views.js';

/**
 * What "add to calendar" may offer for an event at `now`:
 * - `all`: every provider and the `.ics`;
 * - `cancelled`: only the `.ics` (with `STATUS:CANCELLED`), so a visitor who added the event
 *   earlier can take the cancellation into their calendar;
 * - `month`: nothing, the exact day is not known yet (say so);
 * - `postponed`: nothing, the new date is not known yet (say so);
 * - `past`: nothing (and nothing to say), also for a cancelled event.
 */
export type CalendarOffer = 'all' | 'cancelled' | 'month' | 'postponed' | 'past';

export function calendarOffer(event: ParsedEvent, now: number, timeZone: string): CalendarOffer {
  if (event.startValue.precision === 'month') return 'month';
  if (event.status === 'postponed') return 'postponed';
  if (isPastEvent(event, now, timeZone)) return 'past';
  return event.status === 'cancelled' ? 'cancelled' : 'all';
}

/**
 * How the browser handles a calendar file, from its user agent (and touch points, for iPads
 * that say "Macintosh"):
 * - `in-app`: the browser inside Instagram, Facebook (and Messenger) or LinkedIn, which drops
 *   downloads silently: the menu shows a hint and the page's link to copy instead;
 * - `ios`: iOS and iPadOS, where Safari hands a `text/calendar` page to the calendar sheet but
 *   files a `download` into "Files": the `.ics` is opened as a `data:text/calendar` URL;
 * - `default`: a download of `<id>.ics`.
 */
export type CalendarPlatform = 'in-app' | 'ios' | 'default';

export function calendarPlatform(userAgent: string, maxTouchPoints = 0): CalendarPlatform {
  if (/\b(Instagram|FBAN|FBAV|FB_IAB|FBIOS|LinkedInApp)\b/i.test(userAgent)) return 'in-app';
  if (/\b(iPhone|iPad|iPod)\b/.test(userAgent) || (/\bMacintosh\b/.test(userAgent) && maxTouchPoints > 1))
    return 'ios';
  return 'default';
}
