/**
 * The rows of the bad-input matrix: what a feed or a network can do to a widget, and what the
 * visitor must see then. Plain data (Node reads it to keep docs/reliability.md in sync);
 * test/robust/matrix.test.ts runs every row against every element of ./elements.ts.
 */
import type { FeedErrorKind } from '../../src/data/errors.js';

/** Archived events /api/robust/huge adds to the matrix feed (HUGE_EVENTS in test/server/routes.mjs). */
export const HUGE_EVENTS = 50_000;

export interface MatrixRow {
  id: string;
  /** What is tried. */
  tried: string;
  /** What the visitor sees (the row asserts it). */
  sees: string;
  /** The feed URL for a fresh request `key`; `other` is this server under another origin. */
  src: (key: string, other: string) => string;
  /** A feed the widget cannot show: the error kind, a phrase of the German message, a retry button? */
  error?: { kind: FeedErrorKind; says: string; retry: boolean };
  /** The first answers fail, the retry button then brings the feed. */
  recovers?: boolean;
  /** The fixture whose `ok-` items must all be shown (test/fixtures/matrix/). */
  items?: string;
  /** Texts that must not appear (left-out duplicates and invalid items). */
  absent?: string[];
  /** Texts a given element must show besides the items (dates, times). */
  see?: Record<string, string[]>;
  /** Events the loaded feed must hold (nothing lost on the way). */
  loadedEvents?: number;
  /** Titles are right-to-left: their headings must be laid out right to left. */
  rtl?: boolean;
  /** Every link and resource address must be absolute: the same against any base. */
  absolute?: boolean;
  /** The issue code the feed's console warning must name. */
  warns?: string;
  /** Headings must all have visible text (none empty). */
  noEmptyHeadings?: boolean;
}

const fixture = (name: string) => () => `/test/fixtures/matrix/${name}.json`;

export const rows: MatrixRow[] = [
  {
    id: 'network-error',
    tried: 'the connection breaks before any answer',
    sees: 'error box "server nicht erreichbar" with a retry button',
    src: (key) => `/api/robust/reset?key=${key}`,
    error: { kind: 'network', says: 'weil der Server nicht erreichbar ist', retry: true },
  },
  {
    id: 'dns-failure',
    tried: 'the feed host does not exist (DNS)',
    sees: 'error box "server nicht erreichbar" with a retry button',
    src: () => 'http://bildungsnetz-feed.invalid/feed.json',
    error: { kind: 'network', says: 'weil der Server nicht erreichbar ist', retry: true },
  },
  {
    id: 'cors-failure',
    tried: 'the feed is on another origin without CORS headers',
    sees: 'error box "server nicht erreichbar" with a retry button',
    src: (_key, other) => `${other}/test/fixtures/matrix/base.json`,
    error: { kind: 'network', says: 'weil der Server nicht erreichbar ist', retry: true },
  },
  {
    id: 'http-404',
    tried: 'HTTP 404',
    sees: 'error box naming "Fehler 404", no retry button',
    src: (key) => `/api/status?code=404&key=${key}`,
    error: { kind: 'http', says: '(Fehler 404)', retry: false },
  },
  {
    id: 'http-408',
    tried: 'HTTP 408 (request time-out)',
    sees: 'error box "Fehler 408" with a retry button',
    src: (key) => `/api/status?code=408&key=${key}`,
    error: { kind: 'http', says: '(Fehler 408)', retry: true },
  },
  {
    id: 'http-429',
    tried: 'HTTP 429 (too many requests) with `Retry-After: 30`',
    sees: 'error box "Fehler 429" with a retry button (no automatic retry)',
    src: (key) => `/api/status?code=429&retryAfter=30&key=${key}`,
    error: { kind: 'http', says: '(Fehler 429)', retry: true },
  },
  {
    id: 'invalid-src',
    tried: "an editor's typo in `src`: `http://[::1/feed.json` (an unclosed IPv6 host)",
    sees: 'error box "Die Adresse des Feeds ist ungültig", no retry button',
    src: () => 'http://[::1/feed.json',
    error: { kind: 'url', says: 'Die Adresse des Feeds ist ungültig', retry: false },
  },
  {
    id: 'http-500-then-ok',
    tried: 'HTTP 500 (twice: the automatic retry fails too), then the server recovers',
    sees: 'error box "Fehler 500" with a retry button; after a click every item',
    src: (key) => `/api/robust/recover?key=${key}`,
    error: { kind: 'http', says: '(Fehler 500)', retry: true },
    recovers: true,
    items: 'base',
  },
  {
    id: 'timeout',
    tried: 'an answer that starts and never ends (time limit 2 s here, 15 s by default)',
    sees: 'error box "nicht innerhalb von 2 Sekunden" with a retry button',
    src: (key) => `/api/robust/endless?key=${key}`,
    error: { kind: 'timeout', says: 'nicht innerhalb von 2 Sekunden geantwortet', retry: true },
  },
  {
    id: 'empty-body',
    tried: 'an empty body (200)',
    sees: 'error box "Die Datenquelle ist leer."',
    src: (key) => `/api/text?body=&key=${key}`,
    error: { kind: 'empty', says: 'Die Datenquelle ist leer.', retry: false },
  },
  {
    id: 'invalid-json',
    tried: 'truncated JSON',
    sees: 'error box "keine gültige JSON-Datei"',
    src: fixture('invalid'),
    error: { kind: 'syntax', says: 'keine gültige JSON-Datei', retry: false },
  },
  {
    id: 'json-array',
    tried: 'a JSON array holding a feed',
    sees: 'error box "erwartet wird ein JSON-Objekt mit „version“: 1"',
    src: fixture('array'),
    error: { kind: 'not-object', says: 'erwartet wird ein JSON-Objekt', retry: false },
  },
  {
    id: 'version-2',
    tried: '"version": 2',
    sees: 'error box "„version“: 2; dieses Widget versteht nur Version 1"',
    src: fixture('version-2'),
    error: {
      kind: 'version',
      says: 'das Format „version“: 2; dieses Widget versteht nur Version 1',
      retry: false,
    },
  },
  {
    id: 'version-string',
    tried: '"version": "1" (a string)',
    sees: 'error box "„version“: "1""',
    src: fixture('version-string'),
    error: { kind: 'version', says: 'das Format „version“: "1"', retry: false },
  },
  {
    id: 'huge-feed',
    tried: `a 21 MB feed (${HUGE_EVENTS.toLocaleString('en')} archived events, generated by the test server)`,
    sees: 'every item; the feed loaded in full',
    src: (key) => `/api/robust/huge?key=${key}`,
    items: 'base',
    loadedEvents: HUGE_EVENTS + 3,
  },
  {
    id: 'duplicate-ids',
    tried: 'duplicated ids of events, networks, programmes, offices',
    sees: 'every first item; no duplicate',
    src: fixture('duplicate-ids'),
    items: 'duplicate-ids',
    absent: ['darf nicht erscheinen'],
  },
  {
    id: 'other-time-zone',
    tried: 'event times with offsets of other zones (-05:00, +09:00, Z)',
    sees: 'every item, times converted to the feed zone (10:00–16:00 Uhr)',
    src: fixture('other-time-zone'),
    items: 'other-time-zone',
    see: { 'event-card': ['Dienstag, 8. Dezember 2026', '10:00', '16:00'] },
  },
  {
    id: 'unknown-time-zone',
    tried: '"timeZone": "Europe/Atlantis"',
    sees: 'every item, in Europe/Berlin time',
    src: fixture('unknown-time-zone'),
    items: 'unknown-time-zone',
    see: { 'event-card': ['Dienstag, 8. Dezember 2026', '10:00', '16:00'] },
  },
  {
    id: 'bad-additions',
    tried:
      'bad values in easy, location.accessibility, changes, revision, price and a post chart; a post without a date',
    sees: 'every valid item; the bad values dropped with a warning, the undated post left out',
    src: fixture('bad-additions'),
    items: 'bad-additions',
    absent: ['Ohne Datum – darf nicht erscheinen'],
  },
  {
    id: 'impossible-dates',
    tried: 'dates like 2019-02-30, 2026-13-01, T24:00, 08.12.2026',
    sees: 'every valid item; events with impossible starts left out',
    src: fixture('impossible-dates'),
    items: 'impossible-dates',
    absent: ['darf nicht erscheinen'],
  },
  {
    id: 'strings-for-numbers',
    tried: 'strings where numbers belong ("3", "2048", "vier"), a number as a title',
    sees: 'every valid item; the bad fields left out',
    src: fixture('strings-for-numbers'),
    items: 'strings-for-numbers',
  },
  {
    id: 'javascript-urls',
    tried: 'javascript: URLs in every URL field (also upper case, with tabs and newlines)',
    sees: 'every item; no such link, nothing runs',
    src: fixture('javascript-urls'),
    items: 'javascript-urls',
  },
  {
    id: 'data-urls',
    tried: 'data: URLs in every URL field',
    sees: 'every item; no such link or image, nothing runs',
    src: fixture('data-urls'),
    items: 'data-urls',
  },
  {
    id: 'vbscript-urls',
    tried: 'vbscript: URLs in every URL field',
    sees: 'every item; no such link',
    src: fixture('vbscript-urls'),
    items: 'vbscript-urls',
  },
  {
    id: 'pseudo-absolute-urls',
    tried: '`http:publisher.example/pfad` (parses on its own, a relative path in a link) in every URL field',
    sees: 'every item; no such link',
    src: fixture('pseudo-absolute-urls'),
    items: 'pseudo-absolute-urls',
    absolute: true,
  },
  {
    id: 'markup',
    tried: 'HTML, script, event handlers, template syntax in every text field',
    sees: 'every item with the markup as plain text; nothing runs, no element injected',
    src: fixture('markup'),
    items: 'markup',
  },
  {
    id: 'long-titles',
    tried: '10,000-character titles and names (with a 300-character word)',
    sees: 'every item, wrapped inside the widget; the page does not scroll sideways',
    src: fixture('long-titles'),
    items: 'long-titles',
  },
  {
    id: 'invisible-titles',
    tried:
      'titles and names made only of invisible characters (zero-width space, soft hyphen, word joiner, BOM)',
    sees: 'every valid item; those items left out as having no title, no empty heading',
    src: fixture('invisible-titles'),
    items: 'invisible-titles',
    loadedEvents: 3,
    noEmptyHeadings: true,
  },
  {
    id: 'latin-1',
    tried: 'the feed saved as Latin-1 instead of UTF-8 ("Regionalbüro" becomes "Regionalb\uFFFDro")',
    sees: 'every item; a console warning names the encoding (`validate` reports it as an error)',
    src: fixture('latin-1'),
    items: 'base',
    warns: 'encoding',
  },
  {
    id: 'rtl',
    tried: 'Arabic and Hebrew titles with bidi override characters',
    sees: 'every item; right-to-left headings laid out right to left',
    src: fixture('rtl'),
    items: 'rtl',
    rtl: true,
  },
];
