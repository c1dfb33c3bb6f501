/**
 * The feed as the CLI reads and writes it: the contract's types (src/data/types.ts, with the
 * 2026-12 additions `archive`, `calendars`, an event's `revision`, `updated`, `price`), every
 * other key kept as it is.
 */
import type { ArchivePart, Feed, FeedEvent, SubscriptionCalendar } from '../data/types.js';

export type { ArchivePart };
/** One subscription calendar (`.ics`) and what it covers. */
export type CalendarEntry = SubscriptionCalendar;
/** An event as an import makes it (the additions included). */
export type ImportedEvent = FeedEvent;

/** A feed document: the contract's keys, and any other key kept. */
export interface FeedDocument extends Feed {
  [key: string]: unknown;
}
