/**
 * Merging imported events into a feed (`import … --into feed.json`). The feed's networks,
 * programmes, offices, topics and every other key are kept as they are; a known event (same
 * id) takes the fields the source owns and keeps everything kept by hand (network, agenda,
 * speakers, contact, downloads, registration, image …); new events are appended.
 */
import type { Topic } from '../data/types.js';
import type { FeedDocument, ImportedEvent } from './feed-types.js';

/** One event from a source, and the fields that source decides (absent there: removed here). */
export interface Incoming {
  event: ImportedEvent;
  /** Fields set from the source and removed when the source has no value for them. */
  owned: ReadonlySet<string>;
  /** Where it came from, for messages: "Zeile 7" / "line 7", a UID. */
  origin: string;
}

export interface MergeResult {
  feed: FeedDocument;
  added: string[];
  changed: string[];
  unchanged: string[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The location's words, for comparing a calendar's one-line LOCATION with a kept location. */
const placeText = (location: ImportedEvent['location']) =>
  [location?.name, location?.street, location?.postalCode, location?.city]
    .filter(Boolean)
    .join(' ')
    .toLowerCase()
    .replace(/[\s,]+/g, ' ')
    .trim();

/** The merged event: owned fields from the source, everything else kept. */
function mergeEvent(kept: ImportedEvent, { event, owned }: Incoming): ImportedEvent {
  const merged: Record<string, unknown> = { ...kept };
  for (const key of owned) {
    const value = (event as unknown as Record<string, unknown>)[key];
    if (value === undefined) delete merged[key];
    else merged[key] = value;
  }
  for (const [key, value] of Object.entries(event)) {
    if (owned.has(key) || value === undefined) continue;
    if (key === 'topics') {
      // Topics given by hand stay; the source's are added.
      merged.topics = [...new Set([...(kept.topics ?? []), ...(value as string[])])];
    } else if (key === 'registration' && kept.registration) {
      // A deadline from the source; a registration link or note kept by hand stays.
      merged.registration = { ...kept.registration, ...(value as object) };
    } else if (key === 'location' && kept.location) {
      // A calendar has one line of text; a location kept by hand with the same words (and
      // perhaps more: street, postal code, online link) stays.
      const incoming = placeText(value as ImportedEvent['location']);
      const known = placeText(kept.location);
      if (!known.includes(incoming) && !incoming.includes(known)) merged.location = value;
    } else {
      merged[key] = value;
    }
  }
  // A new start from a source without an end (a sheet without "Ende"): a kept end on an
  // earlier day belonged to the old date.
  const end = merged.end as string | undefined;
  if (owned.has('start') && !owned.has('end') && end && end.slice(0, 10) < String(merged.start).slice(0, 10))
    delete merged.end;
  return merged as unknown as ImportedEvent;
}

/** Merges events into a feed (a copy; the input is not changed). */
export function mergeEvents(
  feed: FeedDocument,
  incoming: readonly Incoming[],
  newTopics: Topic[] = [],
): MergeResult {
  const events = [...(feed.events ?? [])];
  const index = new Map(events.map((e, i) => [e.id, i]));
  const result: MergeResult = { feed: { ...feed }, added: [], changed: [], unchanged: [] };
  const appended: ImportedEvent[] = [];
  for (const item of incoming) {
    const at = index.get(item.event.id);
    if (at === undefined) {
      appended.push(item.event);
      result.added.push(item.event.id);
      continue;
    }
    const merged = mergeEvent(events[at]!, item);
    if (same(merged, events[at])) result.unchanged.push(item.event.id);
    else result.changed.push(item.event.id);
    events[at] = merged;
  }
  appended.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  result.feed.events = [...events, ...appended];
  const known = new Set((feed.topics ?? []).map((t) => t.id));
  const topics = newTopics.filter((t) => !known.has(t.id));
  if (topics.length) result.feed.topics = [...(feed.topics ?? []), ...topics];
  return result;
}
