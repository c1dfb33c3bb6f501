/**
 * A first look at a long feed (issue 14): a calendar shows the month on screen before every
 * event of the feed is validated. Of the feed's JSON, only the events that may touch the months
 * around that month are validated, at once; everything else in the feed (header, networks,
 * topics, offices …) is read as usual. The element shows the result until the whole feed is
 * validated (in slices, as always), then the whole feed: the first look is never the outcome.
 *
 * Which events may touch a month is told from the text of `start` and `end` alone, without
 * validating them: every date form of feed-v1 begins with `YYYY-MM` or `YYYY-MM-DD`. The choice
 * leans towards keeping an event: one whose dates do not begin that way is kept (the validation
 * decides), and the window is a few days wider on each side, so that an instant with an offset
 * (`…T23:30-10:00` is the next day in the feed's zone) is covered. So every event of the month
 * is in the first look, and the month looks as it will (the grid shows no events on the days
 * of the neighbouring months).
 *
 * Known difference, on broken feeds only: two events with one id, one inside the window and one
 * before it in the feed, show the later one until the whole feed is read, then the first one
 * (as always, the first of a repeated id is kept).
 */
import { addMonths, DEFAULT_TIME_ZONE, isValidTimeZone } from './dates.js';
import { parseFeed, type ValidFeed } from './parse.js';

/**
 * Below this many events, a feed is validated within a slice or two: a first look would only
 * render the month twice.
 */
export const FIRST_LOOK_MIN_EVENTS = 500;

/** The date a date text begins with (`2026-12-02` of `2026-12-02T10:00`; `2026-12` of a month), or undefined. */
const dateOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? /^\s*(\d{4}-\d{2}(?:-\d{2})?)/.exec(value)?.[1] : undefined;

/**
 * Whether an event, read from its JSON, may touch the days from `from` to `to` (`YYYY-MM-DD`).
 * Compared as text, where a month (`2026-12`) sorts just before its first day: as a start it
 * begins with the month, which is right; as an end it sorts before `from` when `from` lies in
 * that month, which is right too, since `from` is days before the month shown. An item that
 * is no object, or has no start in a date form, is kept: the validation decides.
 */
function mayTouch(raw: unknown, from: string, to: string): boolean {
  const event = raw as { start?: unknown; end?: unknown } | null | undefined;
  const start = dateOf(event?.start);
  if (start === undefined) return true;
  const end = dateOf(event?.end);
  return start <= to && (end !== undefined && end > start ? end : start) >= from;
}

/**
 * The feed with only the events that may touch `month` (a `YYYY-MM` key, which `monthIn` gives
 * for the feed's time zone), validated; undefined when a first look would not help: a feed of
 * fewer than {@link FIRST_LOOK_MIN_EVENTS} events, a split feed (its archive parts decide what
 * a month shows), or JSON that is no feed (the whole validation says why).
 */
export function firstLook(json: unknown, monthIn: (timeZone: string) => string): ValidFeed | undefined {
  const feed = json as { events?: unknown; archive?: unknown; timeZone?: unknown } | null | undefined;
  const events = feed?.events;
  if (!Array.isArray(events) || events.length < FIRST_LOOK_MIN_EVENTS) return undefined;
  if (Array.isArray(feed!.archive) && feed!.archive.length) return undefined;
  const zone = feed!.timeZone;
  const month = monthIn(typeof zone === 'string' && isValidTimeZone(zone) ? zone : DEFAULT_TIME_ZONE);
  // From the 27th of the month before to the 2nd of the month after: the date of a time with an
  // offset (−12:00 to +14:00) may lie up to two days away in the feed's zone, and the 27th is
  // at least two days before the month shown.
  const from = `${addMonths(month, -1)}-27`;
  const to = `${addMonths(month, 1)}-02`;
  const result = parseFeed({ ...feed, events: events.filter((raw) => mayTouch(raw, from, to)) });
  return result.ok ? result.feed : undefined;
}
