/**
 * An `<event-card event-id>` whose event a split feed keeps in an archive part (issue 18): the
 * card loads this module only then (src/shared/lazy.ts), so that a card of an upcoming event
 * carries no archive code.
 */
import { loadPart, partUrl } from '../../data/archive.js';
import type { ParsedEvent, ValidFeed } from '../../data/parse.js';

/**
 * The event with `id` from the feed's archive parts (`<event-card event-id>` of an old event):
 * the parts are read newest first, one at a time, until one holds it; undefined when none does.
 * A part that cannot be loaded is a `FeedError`, as in {@link loadPart}.
 */
export async function findInParts(
  feed: ValidFeed,
  id: string,
  pageUrl: string,
  signal?: AbortSignal,
): Promise<ParsedEvent | undefined> {
  const newestFirst = [...(feed.archive ?? [])].sort((a, b) => (a.to < b.to ? 1 : -1));
  for (const part of newestFirst) {
    const url = partUrl(feed, part, pageUrl);
    const event = url && (await loadPart(feed, url, signal)).find((e) => e.id === id);
    if (event) return event;
  }
  return undefined;
}
