/**
 * An Atom feed (RFC 4287) of upcoming events, for newsletters and feed readers. Every text is
 * XML-escaped; nothing from the feed becomes markup.
 */
import { formatEventDate } from '../data/dates.js';
import type { ParsedEvent } from '../data/parse.js';
import { isSafeUrl } from '../data/parse.js';
import type { Locale } from './io.js';

/** `&`, `<`, `>`, `"` and `'` as entities; characters XML 1.0 forbids dropped. */
export function escapeXml(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex -- XML 1.0 allows no other control characters
      .replace(/[\0-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

export interface AtomOptions {
  title: string;
  /** A stable id for the whole feed: the Atom file's URL, or a tag: URI. */
  id: string;
  /** The Atom file's own absolute URL (`rel="self"`), when known. */
  self?: string;
  /** The publisher's web site (`rel="alternate"`). */
  site?: string;
  author: string;
  /** RFC 3339 date-time of the newest change. */
  updated: string;
  /** Entry ids are this plus the event id. */
  entryIdPrefix: string;
  locale: Locale;
}

/** The Atom document of the given events (already selected and ordered). */
export function atomFeed(events: readonly ParsedEvent[], options: AtomOptions): string {
  const x = escapeXml;
  const entries = events.map((event) => {
    const when = formatEventDate(event.startValue, event.endValue, options.locale, event.tentative);
    const place = [event.location?.name, event.location?.city].filter(Boolean).join(', ');
    const status =
      event.status === 'cancelled'
        ? options.locale === 'de'
          ? 'Abgesagt: '
          : 'Cancelled: '
        : event.status === 'postponed'
          ? options.locale === 'de'
            ? 'Verschoben: '
            : 'Postponed: '
          : '';
    const summary = [`${status}${when}`, place, event.summary].filter(Boolean).join(' · ');
    const updated = (event as { updated?: string }).updated ?? options.updated;
    return [
      '  <entry>',
      `    <id>${x(options.entryIdPrefix + event.id)}</id>`,
      `    <title>${x(status + event.title)}</title>`,
      `    <updated>${x(updated)}</updated>`,
      isSafeUrl(event.url) && /^https?:/.test(event.url)
        ? `    <link rel="alternate" href="${x(event.url)}"/>`
        : '',
      event.type ? `    <category term="${x(event.type)}"/>` : '',
      `    <summary>${x(summary)}</summary>`,
      event.description ? `    <content type="text">${x(event.description)}</content>` : '',
      '  </entry>',
    ]
      .filter(Boolean)
      .join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${options.locale === 'de' ? 'de-DE' : 'en'}">`,
    `  <id>${x(options.id)}</id>`,
    `  <title>${x(options.title)}</title>`,
    `  <updated>${x(options.updated)}</updated>`,
    `  <author><name>${x(options.author)}</name></author>`,
    options.self ? `  <link rel="self" type="application/atom+xml" href="${x(options.self)}"/>` : '',
    options.site ? `  <link rel="alternate" type="text/html" href="${x(options.site)}"/>` : '',
    `  <generator>bildungsnetz-widgets</generator>`,
    ...entries,
    '</feed>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}
