/**
 * The feed-v1 "Additions" the CLI writes (`archive`, `calendars`, an event's `revision`,
 * `updated`, `price`), declared here until src/data/types.ts has them. Every one is optional,
 * so a feed with them is still a valid version-1 feed for widgets that do not know them.
 */
import type { Feed, FeedEvent, Topic } from '../data/types.js';

/** One archive part: a feed document with every event whose `start` lies in `from`–`to`. */
export interface ArchivePart {
  url: string;
  /** `YYYY-MM-DD`, inclusive. */
  from: string;
  /** `YYYY-MM-DD`, inclusive. */
  to: string;
}

/** One subscription calendar (`.ics`) and what it covers. */
export interface CalendarEntry {
  id: string;
  title: string;
  url: string;
  states?: string[];
  network?: string;
  topics?: string[];
}

/** An event with the additions an import can fill. */
export interface ImportedEvent extends FeedEvent {
  /** The `.ics` `SEQUENCE`. */
  revision?: number;
  /** The `.ics` `LAST-MODIFIED`, a date-time. */
  updated?: string;
  /** Price in euros; 0 means free. */
  price?: number;
}

/** A feed document as the CLI reads and writes it: every key kept, even unknown ones. */
export interface FeedDocument extends Omit<Feed, 'events' | 'topics'> {
  events?: ImportedEvent[];
  topics?: Topic[];
  archive?: ArchivePart[];
  calendars?: CalendarEntry[];
  [key: string]: unknown;
}
