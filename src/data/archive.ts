/**
 * The archive parts of a split feed (feed-v1, "Additions": `archive`, written by the
 * publisher's `build`): each part is a feed document holding every event whose start day lies
 * in its `from`–`to`; the main feed holds every other event. A view fetches a part only when it
 * shows days the part covers (a calendar month before the main feed's range, a list of past
 * events). One request per part per page, shared by every element: the page's loader
 * ({@link feedLoader}, its fetch seam, time limit and retry) keeps each part's JSON by its
 * absolute URL; the events are read by the feed's own parser, in the context of the feed that
 * lists the part (its networks, topics and offices), once per feed.
 */
import { dayKeyOf } from './dates.js';
import { FeedError } from './errors.js';
import { feedLoader, feedUrl, warnIssues } from './load.js';
import { parseFeed, type ParsedEvent, type ValidFeed } from './parse.js';
import type { ArchivePart } from './types.js';

/**
 * The absolute URL of a part: a relative `url` resolves against the URL the feed was loaded
 * from, and for a feed given inline or from JavaScript against the page's (`pageUrl`, the
 * caller's `document.baseURI`: this module knows no DOM). Undefined when it cannot be made
 * absolute.
 */
export function partUrl(feed: ValidFeed, part: ArchivePart, pageUrl: string): string | undefined {
  try {
    return new URL(part.url, feedUrl(feed) ?? pageUrl).href;
  } catch {
    return undefined;
  }
}

/** The feed's parts whose days meet `from`–`to` (days `YYYY-MM-DD`), in the feed's order. */
export function partsBetween(feed: ValidFeed, from: string, to: string): ArchivePart[] {
  return (feed.archive ?? []).filter((part) => part.from <= to && part.to >= from);
}

/** The years a part covers, for messages: "2019", or "2016–2019". */
export function partLabel(part: ArchivePart): string {
  const first = part.from.slice(0, 4);
  const last = part.to.slice(0, 4);
  return first === last ? first : `${first}–${last}`;
}

/** Whether an event's start day lies in a part's range (then the part holds it). */
export const inPart = (event: ParsedEvent, part: ArchivePart): boolean => {
  const day = dayKeyOf(event.startValue);
  return day >= part.from && day <= part.to;
};

/** The events of each loaded part, per feed (the feed's objects are shared by its elements) and URL. */
const parsed = new WeakMap<ValidFeed, Map<string, ParsedEvent[]>>();

/** The events of a part already loaded for this feed, without waiting; undefined before. */
export function loadedPart(feed: ValidFeed, url: string): ParsedEvent[] | undefined {
  return parsed.get(feed)?.get(url);
}

/**
 * The events of the part at `url` (absolute, from {@link partUrl}). The request is the page's
 * one for that URL; a failure is a {@link FeedError} (and forgotten, so that asking again
 * fetches again); an abort of `signal` rejects with its reason.
 */
export async function loadPart(feed: ValidFeed, url: string, signal?: AbortSignal): Promise<ParsedEvent[]> {
  const known = loadedPart(feed, url);
  if (known) return known;
  let json: unknown;
  try {
    json = await feedLoader.loadJson(url, signal);
  } catch (error) {
    if (signal?.aborted) throw error;
    throw told(error instanceof FeedError ? error : new FeedError('network', { url }), url);
  }
  // Another element may have read it meanwhile: the first reading is the one everybody shows.
  const again = loadedPart(feed, url);
  if (again) return again;
  let events: ParsedEvent[];
  try {
    events = readPart(feed, json, url);
  } catch (error) {
    throw told(error as FeedError, url);
  }
  let byUrl = parsed.get(feed);
  if (!byUrl) parsed.set(feed, (byUrl = new Map()));
  byUrl.set(url, events);
  return events;
}

/** Failures already told to the console (elements waiting for one part share its failure). */
const toldErrors = new WeakSet<FeedError>();

/** Tells editors in the console, once per failure, which part failed and why; returns the error. */
function told(error: FeedError, url: string): FeedError {
  if (!toldErrors.has(error)) {
    toldErrors.add(error);
    console.warn(`bildungsnetz-widgets: archive part ${url}: ${error.message}`);
  }
  return error;
}

/**
 * A part's events, validated as the feed's own: in the feed's context, so that an event's
 * `network`, `topics` and `contact.office` may name the feed's ids. Issues go to the console as
 * the feed's do (with the part's URL); a part that is no feed document is a {@link FeedError}.
 */
function readPart(feed: ValidFeed, json: unknown, url: string): ParsedEvent[] {
  const part =
    typeof json === 'object' && json !== null && !Array.isArray(json)
      ? (json as Record<string, unknown>)
      : {};
  // Only the ids of the feed's lists matter to the events; the smallest valid items carry them.
  const context = {
    offices: feed.offices.map(({ id }) => ({ id, name: id })),
    topics: feed.topics.map(({ id }) => ({ id, label: id })),
    networks: feed.networks.map(({ id }) => ({ id, name: id })),
  };
  const result = parseFeed(
    part.version === undefined
      ? json
      : { version: part.version, timeZone: part.timeZone ?? feed.timeZone, events: part.events, ...context },
  );
  if (!result.ok) throw new FeedError(result.error.kind, { ...result.error.details, url });
  warnIssues(
    result.issues.filter((issue) => issue.path.startsWith('events') || issue.code === 'time-zone'),
    url,
  );
  return result.feed.events;
}

/**
 * The feed with the events of loaded parts added (an id the feed or an earlier part already
 * has is left out: the main feed wins). The feed itself when there are none.
 */
export function withParts(feed: ValidFeed, parts: readonly ParsedEvent[][]): ValidFeed {
  if (!parts.some((events) => events.length)) return feed;
  const ids = new Set(feed.events.map((e) => e.id));
  const events = [...feed.events];
  for (const part of parts)
    for (const event of part)
      if (!ids.has(event.id)) {
        ids.add(event.id);
        events.push(event);
      }
  return Object.freeze({ ...feed, events: Object.freeze(events) as ParsedEvent[] });
}
