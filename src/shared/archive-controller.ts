import { html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';

import { loadPart, loadedPart, partLabel, partUrl, partsBetween, withParts } from '../data/archive.js';
import { dayKeyOf } from '../data/dates.js';
import { FeedError } from '../data/errors.js';
import { fill } from '../data/messages.js';
import type { ParsedEvent, ValidFeed } from '../data/parse.js';
import type { ArchivePart } from '../data/types.js';
import { archiveStrings } from './archive.strings.js';
import { common, type Locale } from './i18n.js';

/** A part the element needs but does not have: still loading, or failed (`error`). */
export interface MissingPart {
  part: ArchivePart;
  /** Its absolute URL (the part's own text when it cannot be made absolute). */
  url: string;
  /** The years it covers: "2019", "2016–2019". */
  label: string;
  error?: FeedError;
}

/** The events of a list as far as the parts loaded so far make them certain. */
export interface ArchiveList {
  /** The first events of the list, in its order: no part still missing could hold one before them. */
  events: ParsedEvent[];
  /** Whether the list is whole: every part that could add to it is loaded. */
  complete: boolean;
  /** The part the list waits for (loading, or failed) before it can go on. */
  missing?: MissingPart;
}

/** What the element asked for, per part URL. */
interface Asked {
  part: ArchivePart;
  events?: ParsedEvent[];
  error?: FeedError;
}

/**
 * The archive parts of a split feed for one element (see src/data/archive.ts): asks for the
 * parts a view needs, renders the host again when one arrives or fails, and merges their
 * events into the feed (the main feed's event wins over a part's with the same id). A feed
 * without `archive` needs nothing: the feed is returned as it is and no request is made.
 *
 * Upcoming views never ask: the main feed holds every event that is not old. Leaving the page
 * cancels the element's running requests (the loader keeps a request other elements still wait
 * for); back on the page, the element asks again.
 */
export class ArchiveController implements ReactiveController {
  readonly #host: ReactiveElement;
  /** The feed the parts belong to: another feed (a reload, a new `src`) starts afresh. */
  #feed?: ValidFeed;
  #asked = new Map<string, Asked>();
  #abort = new AbortController();
  #merged?: { feed: ValidFeed; parts: ParsedEvent[][]; value: ValidFeed };

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    // Running requests are dropped (asked again on the next render); loaded and failed parts stay.
    this.#abort.abort();
    this.#abort = new AbortController();
    for (const [url, asked] of this.#asked) if (!asked.events && !asked.error) this.#asked.delete(url);
  }

  hostConnected(): void {
    if (this.#feed) this.#host.requestUpdate();
  }

  /**
   * The parts covering the days `from`–`to` (`YYYY-MM-DD`), asked for if not yet; returns those
   * the element does not have yet (loading or failed). {@link feed} has the others' events.
   */
  need(feed: ValidFeed, from: string, to: string): MissingPart[] {
    this.#use(feed);
    return partsBetween(feed, from, to)
      .map((part) => this.#ask(feed, part))
      .filter((missing): missing is MissingPart => !!missing);
  }

  /**
   * The events of a list ordered by start (`newestFirst` for past events, else oldest first), as
   * `select` picks them from the feed with the parts loaded so far. While fewer than `wanted`
   * are certain, the next part in the list's order is asked for, one at a time.
   */
  list(
    feed: ValidFeed,
    select: (feed: ValidFeed) => ParsedEvent[],
    newestFirst: boolean,
    wanted: number,
  ): ArchiveList {
    this.#use(feed);
    const parts = [...(feed.archive ?? [])].sort((a, b) =>
      newestFirst ? (a.to < b.to ? 1 : -1) : a.from < b.from ? -1 : 1,
    );
    for (;;) {
      const events = select(this.feed(feed));
      const open = parts.filter((part) => !this.#has(feed, part));
      if (!open.length) return { events, complete: true };
      // No open part holds an event whose start day lies beyond its range.
      const certain = newestFirst
        ? (day: string) => open.every((part) => day > part.to)
        : (day: string) => open.every((part) => day < part.from);
      const end = events.findIndex((event) => !certain(dayKeyOf(event.startValue)));
      const sure = end < 0 ? events : events.slice(0, end);
      if (sure.length >= wanted) return { events: sure, complete: false };
      const missing = this.#ask(feed, open[0]!);
      // Loaded already (by another element): go on with it at once.
      if (!missing) continue;
      return { events: sure, complete: false, missing };
    }
  }

  /** The feed with the events of every part this element asked for and has. */
  feed(feed: ValidFeed): ValidFeed {
    this.#use(feed);
    const parts = [...this.#asked.values()].flatMap((asked) => (asked.events ? [asked.events] : []));
    const merged = this.#merged;
    if (
      merged?.feed === feed &&
      merged.parts.length === parts.length &&
      merged.parts.every((p, i) => p === parts[i])
    )
      return merged.value;
    const value = withParts(feed, parts);
    this.#merged = { feed, parts, value };
    return value;
  }

  /** Asks for a failed part again. */
  retry(url: string): void {
    if (this.#asked.get(url)?.error) this.#asked.delete(url);
    this.#host.requestUpdate();
  }

  /**
   * The notice of a missing part, for the place its events would be: "Die Termine für 2019
   * werden geladen …" (a status), or that they cannot be loaded now with a retry button (an
   * alert). After a retry, focus stays on the notice.
   */
  notice(missing: MissingPart, locale: Locale): TemplateResult {
    const texts = archiveStrings[locale];
    const range = { range: missing.label };
    const retry = () => {
      this.retry(missing.url);
      void this.#host.updateComplete.then(() =>
        (this.#host.renderRoot as ParentNode)
          .querySelector<HTMLElement>(`[data-archive="${CSS.escape(missing.url)}"]`)
          ?.focus(),
      );
    };
    return html`<span
      class="archive-notice"
      part="archive-notice"
      data-archive=${missing.url}
      tabindex="-1"
      role=${missing.error ? 'alert' : 'status'}
      >${fill(missing.error ? texts.error : texts.loading, range)}${
        missing.error
          ? html` <button type="button" part="archive-retry" class="secondary" @click=${retry}>
              ${common[locale].retry}
            </button>`
          : nothing
      }</span
    >`;
  }

  /** Starts afresh for another feed. */
  #use(feed: ValidFeed): void {
    if (feed === this.#feed) return;
    this.#feed = feed;
    this.#asked.clear();
    this.#merged = undefined;
    this.#abort.abort();
    this.#abort = new AbortController();
  }

  /** Whether the element has a part's events. */
  #has(feed: ValidFeed, part: ArchivePart): boolean {
    const url = partUrl(feed, part, document.baseURI);
    return !!url && !!this.#asked.get(url)?.events;
  }

  /** Asks for a part unless asked already; undefined when the element has its events. */
  #ask(feed: ValidFeed, part: ArchivePart): MissingPart | undefined {
    const url = partUrl(feed, part, document.baseURI);
    const label = partLabel(part);
    if (!url) return { part, url: part.url, label, error: new FeedError('url', { url: part.url }) };
    let asked = this.#asked.get(url);
    if (!asked) {
      const events = loadedPart(feed, url);
      this.#asked.set(url, (asked = { part, events }));
      if (!events) this.#load(feed, url, asked);
    }
    return asked.events ? undefined : { part, url, label, error: asked.error };
  }

  #load(feed: ValidFeed, url: string, asked: Asked): void {
    const signal = this.#abort.signal;
    loadPart(feed, url, signal).then(
      (events) => {
        asked.events = events;
        if (this.#asked.get(url) === asked) this.#host.requestUpdate();
      },
      (error: unknown) => {
        if (signal.aborted) return;
        asked.error = error instanceof FeedError ? error : new FeedError('network', { url });
        if (this.#asked.get(url) === asked) this.#host.requestUpdate();
      },
    );
  }
}
