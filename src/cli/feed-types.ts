/**
 * The feed as the CLI reads and writes it: the types of src/data/types.ts (the feed-v1
 * "Additions" included), plus every unknown key kept as it is, so that a round trip through
 * `import --into` or `build` loses nothing the publisher wrote.
 */
import type { ArchivePart, Feed, FeedEvent, SubscriptionCalendar } from '../data/types.js';

export type { ArchivePart };

/** One subscription calendar (`.ics`) and what it covers. */
export type CalendarEntry = SubscriptionCalendar;

/** An event as an import writes it. */
export type ImportedEvent = FeedEvent;

/** A feed document as the CLI reads and writes it: every key kept, even unknown ones. */
export interface FeedDocument extends Feed {
  [key: string]: unknown;
}
