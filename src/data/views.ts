/**
 * Derived views of the feed that several elements share: upcoming and past events in order,
 * events by month, a network's next meeting. Plain TypeScript, no DOM.
 */
import { isUpcoming } from './dates.js';
import type { ParsedEvent, ValidFeed } from './parse.js';

const byStart = (a: ParsedEvent, b: ParsedEvent) => a.startValue.instant - b.startValue.instant;

/** Events that have not ended at `now`, soonest first. */
export function upcomingEvents(
  events: readonly ParsedEvent[],
  now: number,
  timeZone = 'Europe/Berlin',
): ParsedEvent[] {
  return events.filter((e) => isUpcoming(e.startValue, e.endValue, now, timeZone)).sort(byStart);
}

/**
 * Whether an event has ended at `now` (the rule of `when="past"`): the full card then says
 * "Vergangene Veranstaltung" and offers neither registration nor a calendar entry.
 */
export const isPastEvent = (event: ParsedEvent, now: number, timeZone: string): boolean =>
  !isUpcoming(event.startValue, event.endValue, now, timeZone);

/** Events that have ended at `now`, newest first. */
export function pastEvents(
  events: readonly ParsedEvent[],
  now: number,
  timeZone = 'Europe/Berlin',
): ParsedEvent[] {
  return events.filter((e) => isPastEvent(e, now, timeZone)).sort((a, b) => byStart(b, a));
}

/** The next meeting of a network (its first upcoming event), if any. */
export function nextMeeting(feed: ValidFeed, networkId: string, now: number): ParsedEvent | undefined {
  return upcomingEvents(
    feed.events.filter((e) => e.network === networkId),
    now,
    feed.timeZone,
  )[0];
}

/**
 * Whether a calendar entry (`.ics`) can be made: not for a month-only start. Here rather than in
 * ics.ts, so an element can decide whether to offer one without loading the writer.
 */
export const hasCalendarDate = (event: ParsedEvent): boolean => event.startValue.precision !== 'month';
