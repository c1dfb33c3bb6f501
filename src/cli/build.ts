/**
 * `bildungsnetz-widgets build <feed.json> --out <folder>`: everything a web server or CDN
 * serves, from the one feed the editors keep.
 *
 * - `feed.json`: the feed without its old events, plus `archive` (the parts) and `calendars`;
 * - `archive/YYYY.json`: one part per year of old events ({version, timeZone, events});
 * - `calendars/*.ics`: subscription calendars, all events and one per state, network and
 *   topic that has events (the event writer of src/data/ics.ts, the one "add to calendar" uses),
 *   since 1 January of the previous year whatever the split;
 * - `events.atom`: the next upcoming events for newsletters and feed readers;
 * - `README.txt`: caching, ETag, CORS and types for Apache, nginx and a CDN.
 *
 * "Old": the event ended before the first day of the previous month (`--keep-months 1`),
 * counted in the feed's zone from `--today`. The main feed then holds what the views a visitor
 * sees first need (every upcoming event, the calendar's current month: its grid shows no events
 * on the days of other months) and a month of recent past; every older year is one part. The
 * feed check runs first; a feed with errors is refused.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkFeedJson, checkFeedText, type CheckResult } from '../data/check.js';
import {
  addDays,
  dayKey,
  dayKeyOf,
  isDayKey,
  isUpcoming,
  parseFeedDate,
  periodEnd,
  startOfDay,
} from '../data/dates.js';
import {
  calendarText,
  escapeText,
  eventLines,
  hasCalendarDate,
  icsFileName,
  veventText,
} from '../data/ics.js';
import type { ParsedEvent, ValidFeed } from '../data/parse.js';
import { atomFeed } from './atom.js';
import type { ArchivePart, CalendarEntry, FeedDocument, ImportedEvent } from './feed-types.js';
import { EXIT, MAX_BYTES, parseOptions, readSource, type Command, type Locale, type Output } from './io.js';
import { parseJsonBytes } from './read-json.js';
import { serverReadme } from './server-readme.js';
import { stateNames } from '../data/states.js';
import { printResult, severityLabel } from './validate.js';

const usage = {
  de: `Aufruf: bildungsnetz-widgets build <feed.json> --out <Ordner> [Optionen]

Schreibt, was der Webserver ausliefert: feed.json ohne alte Termine, archive/JJJJ.json (ein
Teil je Jahr), Kalender-Abos (calendars/*.ics: alle Termine, je Bundesland, Netzwerk, Thema),
events.atom (die nächsten Termine) und README.txt (Einstellungen für Apache, nginx, CDN).
Der Feed wird zuerst geprüft; mit Fehlern wird nichts geschrieben.

  --out Ordner            Zielordner (wird angelegt)
  --today JJJJ-MM-TT      Bezugsdatum (Vorgabe: heute)
  --keep-months N         Termine, die vor dem Ersten des Monats vor N Monaten endeten, kommen
                          ins Archiv (Vorgabe: 1, also alles vor dem Ersten des Vormonats;
                          0: vor dem Ersten dieses Monats)
  --base-url URL          öffentliche Adresse des Ordners: die Kalender-Abos stehen dann mit
                          absoluter Adresse im Feed (sonst relativ zum Feed)
  --cors-origins A,B      Partner-Adressen für die CORS-Beispiele im README (Vorgabe: alle)
  --atom-limit N          so viele kommende Termine im Atom-Feed (Vorgabe: 100)
  --max-bytes N           größte Quelle in Bytes (Vorgabe: 50000000), wie bei validate
  --lang de|en            Sprache der Meldungen`,
  en: `Usage: bildungsnetz-widgets build <feed.json> --out <folder> [options]

Writes what the web server serves: feed.json without old events, archive/YYYY.json (one part
per year), calendar subscriptions (calendars/*.ics: all events, per state, network, topic),
events.atom (the next events) and README.txt (settings for Apache, nginx, a CDN). The feed is
checked first; with errors nothing is written.

  --out folder            target folder (created)
  --today YYYY-MM-DD      reference date (default: today)
  --keep-months N         events that ended before the first day of the month N months ago
                          go to the archive (default: 1, i.e. everything before the first of
                          the previous month; 0: before the first of this month)
  --base-url URL          the folder's public address: the calendar subscriptions are then
                          listed by absolute address (otherwise relative to the feed)
  --cors-origins A,B      partner origins for the CORS examples in the README (default: any)
  --atom-limit N          this many upcoming events in the Atom feed (default: 100)
  --max-bytes N           largest source in bytes (default: 50000000), as for validate
  --lang de|en            language of the messages`,
};

/** Refresh hint of the subscription calendars (RFC 7986 REFRESH-INTERVAL, X-PUBLISHED-TTL). */
const REFRESH = 'PT6H';

export interface BuildOptions {
  today: string;
  /** Events that ended before the first day of the month this many months before `today`'s are archived. */
  keepMonths: number;
  baseUrl?: string;
  atomLimit: number;
  corsOrigins: string[];
  locale: Locale;
}

/** The files of a build, by path relative to the output folder. */
export interface BuildOutput {
  /** The files by path, unless they were handed to `emit`. */
  files: Map<string, string>;
  /** Events per archive part, by its URL. */
  archived: Map<string, number>;
  main: FeedDocument;
  archive: ArchivePart[];
  calendars: CalendarEntry[];
}

/** The first day of the month `months` months before `today`'s month (`YYYY-MM-DD`). */
export function cutoffDay(today: string, months: number): string {
  const index = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1 - months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** Whether an event is over at `time` (its end, or without one its start's period, has passed). */
const endsBy = (e: ParsedEvent, time: number, timeZone: string) =>
  Math.max(periodEnd(e.startValue, timeZone), e.endValue ? periodEnd(e.endValue, timeZone) : -Infinity) <=
  time;

/**
 * Splits the events at `cutoff` (a day): an event that ended before it is old and goes into the
 * part of the year it starts in; every other event stays in the main feed. A part ends the day
 * before the first start of a kept event in its year (at the latest the day before `cutoff`),
 * and an old event starting from that day on stays in the main feed too: every event whose
 * start lies in a part's range is in that part (the contract), and a month from `cutoff` on is
 * in no part.
 */
export function splitEvents(
  rawEvents: readonly ImportedEvent[],
  parsed: ReadonlyMap<string, ParsedEvent>,
  timeZone: string,
  cutoff: string,
): { main: ImportedEvent[]; parts: Map<number, ImportedEvent[]>; lastDay: Map<number, string> } {
  const cutoffTime = startOfDay(cutoff, timeZone);
  const isOld = (e: ParsedEvent) => endsBy(e, cutoffTime, timeZone);
  // Per year, the first start day of an event that is not old (one that runs into the kept
  // time), and the cutoff itself: the year's part ends the day before.
  const firstKept = new Map<number, string>([[Number(cutoff.slice(0, 4)), cutoff]]);
  const old = new Set<ParsedEvent>();
  for (const raw of rawEvents) {
    const e = parsed.get(raw.id);
    if (!e) continue;
    if (isOld(e)) {
      old.add(e);
      continue;
    }
    const day = dayKeyOf(e.startValue);
    const known = firstKept.get(e.startValue.year);
    if (!known || day < known) firstKept.set(e.startValue.year, day);
  }
  const main: ImportedEvent[] = [];
  const parts = new Map<number, ImportedEvent[]>();
  for (const raw of rawEvents) {
    const e = parsed.get(raw.id);
    const year = e?.startValue.year;
    const limit = year === undefined ? undefined : firstKept.get(year);
    if (!e || !old.has(e) || (limit !== undefined && dayKeyOf(e.startValue) >= limit)) main.push(raw);
    else if (parts.has(year!)) parts.get(year!)!.push(raw);
    else parts.set(year!, [raw]);
  }
  const lastDay = new Map<number, string>();
  for (const year of parts.keys())
    lastDay.set(year, firstKept.has(year) ? addDays(firstKept.get(year)!, -1) : `${year}-12-31`);
  return { main, parts, lastDay };
}

/**
 * Everything `build` writes. Each file is handed to `emit` as soon as it is made (the command
 * writes it at once, so a large feed's files are never all in memory together); without
 * `emit` they are collected in `files`.
 */
export function buildFiles(
  raw: FeedDocument,
  feed: ValidFeed,
  options: BuildOptions,
  emit?: (path: string, content: string) => void,
): BuildOutput {
  const { timeZone } = feed;
  // The files speak German, like the feed's content; --lang changes only the messages.
  const de = true;
  const files = new Map<string, string>();
  const write = emit ?? ((path: string, content: string) => files.set(path, content));
  const now = startOfDay(options.today, timeZone);
  // The parsed events by id: the first of a duplicated id is the one the widgets show.
  const parsed = new Map<string, ParsedEvent>();
  for (const e of feed.events) if (!parsed.has(e.id)) parsed.set(e.id, e);
  // A repeated id: only the first is shown by the widgets, only the first is published.
  const seen = new Set<unknown>();
  const rawEvents = (raw.events ?? []).filter((e) => {
    const id = (e as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  const cutoff = cutoffDay(options.today, options.keepMonths);
  const { main, parts, lastDay } = splitEvents(rawEvents, parsed, timeZone, cutoff);

  const archive: ArchivePart[] = [];
  const archived = new Map<string, number>();
  for (const year of [...parts.keys()].sort((a, b) => a - b)) {
    const url = `archive/${year}.json`;
    archive.push({ url, from: `${year}-01-01`, to: lastDay.get(year)! });
    archived.set(url, parts.get(year)!.length);
    write(url, JSON.stringify({ version: 1, timeZone, events: parts.get(year) }));
  }

  // Subscription calendars: the events that ended since 1 January of the previous year (or since
  // the feed's cutoff, if that is earlier), whatever part of the split feed holds them. A
  // subscriber's calendar app drops an event that leaves the file, so the calendars keep more
  // past than the feed needs for its views; older years are history, not for calendars.
  const calendarSince = startOfDay(
    [`${Number(options.today.slice(0, 4)) - 1}-01-01`, cutoff].sort()[0]!,
    timeZone,
  );
  const kept: ParsedEvent[] = [];
  for (const raw of rawEvents) {
    const e = parsed.get(raw.id);
    if (e && hasCalendarDate(e) && !endsBy(e, calendarSince, timeZone)) kept.push(e);
  }
  const publisher = feed.publisher?.name;
  const stamp = feed.updated ? parseFeedDate(feed.updated, timeZone)?.instant : undefined;
  const icsOptions = { timeZone, now: stamp ?? Date.now(), publisherUrl: feed.publisher?.url };
  // Each event folded once: it goes into the calendar of all, of its states, network and topics.
  const vevents = new Map(kept.map((e) => [e.id, veventText(eventLines(e, icsOptions)!)]));
  const absolute = (path: string) => (options.baseUrl ? new URL(path, options.baseUrl).href : path);
  const calendars: CalendarEntry[] = [];
  const addCalendar = (
    id: string,
    title: string,
    events: ParsedEvent[],
    covers: Pick<CalendarEntry, 'states' | 'network' | 'topics'> = {},
  ) => {
    if (!events.length) return;
    const path = `calendars/${icsFileName(id)}`;
    const name = publisher ? `${publisher} – ${title}` : title;
    const properties = [
      `NAME:${escapeText(name)}`,
      `X-WR-CALNAME:${escapeText(name)}`,
      `X-WR-TIMEZONE:${timeZone}`,
      `REFRESH-INTERVAL;VALUE=DURATION:${REFRESH}`,
      `X-PUBLISHED-TTL:${REFRESH}`,
      ...(options.baseUrl ? [`SOURCE;VALUE=URI:${absolute(path)}`] : []),
    ];
    write(
      path,
      calendarText(
        events.map((e) => vevents.get(e.id)!),
        properties,
      ),
    );
    calendars.push({ id, title, url: absolute(path), ...covers });
  };
  addCalendar(de ? 'alle' : 'all', de ? 'Alle Termine' : 'All events', kept);
  const states = [...new Set(kept.flatMap((e) => e.states ?? []))].sort();
  for (const state of states)
    addCalendar(
      `${de ? 'land' : 'state'}-${state.toLowerCase()}`,
      de ? `Termine in ${stateNames.de[state] ?? state}` : `Events in ${stateNames.de[state] ?? state}`,
      kept.filter((e) => e.states?.includes(state)),
      { states: [state] },
    );
  for (const network of feed.networks)
    addCalendar(
      `${de ? 'netzwerk' : 'network'}-${network.id}`,
      network.name,
      kept.filter((e) => e.network === network.id),
      { network: network.id },
    );
  for (const topic of feed.topics)
    addCalendar(
      `${de ? 'thema' : 'topic'}-${topic.id}`,
      de ? `Thema: ${topic.label}` : `Topic: ${topic.label}`,
      kept.filter((e) => e.topics?.includes(topic.id)),
      { topics: [topic.id] },
    );

  // The Atom feed: the next upcoming events, soonest first.
  const upcoming = feed.events
    .filter((e) => isUpcoming(e.startValue, e.endValue, now, timeZone))
    .sort((a, b) => a.startValue.instant - b.startValue.instant)
    .slice(0, options.atomLimit);
  const host = (() => {
    try {
      return new URL(options.baseUrl ?? feed.publisher?.url ?? '').hostname;
    } catch {
      return 'bildungsnetz-widgets.invalid';
    }
  })();
  const updated = new Date(stamp ?? Date.now()).toISOString().replace(/\.\d+Z$/, 'Z');
  write(
    'events.atom',
    atomFeed(upcoming, {
      title: publisher
        ? `${publisher}: ${de ? 'kommende Termine' : 'upcoming events'}`
        : de
          ? 'Kommende Termine'
          : 'Upcoming events',
      id: options.baseUrl ? absolute('events.atom') : `tag:${host},2019:events`,
      self: options.baseUrl ? absolute('events.atom') : undefined,
      site: feed.publisher?.url,
      author: publisher ?? host,
      updated,
      entryIdPrefix: `tag:${host},2019:event/`,
      locale: 'de',
    }),
  );

  // The main feed: every key as the editors wrote it, the events that are not archived.
  const mainFeed: FeedDocument = { ...raw, events: main };
  delete mainFeed.archive;
  delete mainFeed.calendars;
  if (archive.length) mainFeed.archive = archive;
  // Relative addresses resolve against the feed's URL (the widgets make webcal:// links from
  // the resolved address); with --base-url they are absolute.
  if (calendars.length) mainFeed.calendars = calendars;
  write('feed.json', JSON.stringify(mainFeed));
  write(
    'README.txt',
    serverReadme({
      files: [
        'feed.json',
        ...archive.map((a) => a.url),
        'events.atom',
        ...calendars.map((c) => `calendars/${icsFileName(c.id)}`),
        'README.txt',
      ],
      origins: options.corsOrigins,
      baseUrl: options.baseUrl,
    }),
  );
  return { files, archived, main: mainFeed, archive, calendars };
}

async function run(args: string[], io: Output, locale: Locale): Promise<number> {
  const parsed = parseOptions(args, {
    lang: { type: 'string' },
    out: { type: 'string' },
    today: { type: 'string' },
    'keep-months': { type: 'string' },
    'base-url': { type: 'string' },
    'cors-origins': { type: 'string' },
    'atom-limit': { type: 'string' },
    'max-bytes': { type: 'string' },
  });
  const v = parsed?.values;
  const [source, ...rest] = parsed?.positionals ?? [];
  const keepMonths = Number(v?.['keep-months'] ?? 1);
  const atomLimit = Number(v?.['atom-limit'] ?? 100);
  const maxBytes = Number(v?.['max-bytes'] ?? MAX_BYTES);
  let baseUrl = v?.['base-url'];
  if (baseUrl !== undefined) {
    try {
      baseUrl = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).href;
      if (!/^https?:$/.test(new URL(baseUrl).protocol)) baseUrl = '';
    } catch {
      baseUrl = '';
    }
  }
  if (
    !v ||
    !source ||
    rest.length ||
    !v.out ||
    (v.today !== undefined && !isDayKey(v.today)) ||
    !Number.isInteger(keepMonths) ||
    keepMonths < 0 ||
    keepMonths > 12_000 ||
    !Number.isInteger(atomLimit) ||
    atomLimit < 0 ||
    !(Number.isSafeInteger(maxBytes) && maxBytes > 0) ||
    baseUrl === ''
  ) {
    io.err(usage[locale]);
    return EXIT.usage;
  }
  const de = locale === 'de';
  const refuse = () => {
    io.err(
      de
        ? 'build schreibt nichts, solange der Feed Fehler hat: bitte die genannten Stellen korrigieren (bildungsnetz-widgets validate zeigt sie ebenso).'
        : 'build writes nothing while the feed has errors: please correct the places named (bildungsnetz-widgets validate shows them too).',
    );
    return EXIT.problems;
  };
  // The feed is parsed once (and its text let go): checked, split and written from the same objects.
  const raw = await readFeed(source, locale, maxBytes);
  if (raw instanceof Error) {
    io.err(`${severityLabel[locale].error}: ${raw.message}`);
    return refuse();
  }
  if (raw instanceof NotJson) {
    printResult(raw.result, source, locale, io.err);
    return refuse();
  }
  const check = checkFeedJson(raw, { locale, today: v.today });
  if (check.errors || !check.feed) {
    printResult(check, source, locale, io.err);
    return refuse();
  }
  const today = v.today ?? dayKey(Date.now(), check.feed.timeZone);
  const out = v.out;
  const made = new Set<string>();
  const output = buildFiles(
    raw as FeedDocument,
    check.feed,
    {
      today,
      keepMonths,
      baseUrl,
      atomLimit,
      corsOrigins: (v['cors-origins'] ?? '')
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
      locale,
    },
    (path, content) => {
      const dir = dirname(join(out, path));
      if (!made.has(dir)) mkdirSync(dir, { recursive: true });
      made.add(dir);
      writeFileSync(join(out, path), content);
    },
  );
  const archived = [...output.archived.values()].reduce((a, b) => a + b, 0);
  io.out(
    de
      ? `${out}: feed.json mit ${output.main.events!.length} Terminen, ${output.archive.length} Archivteile mit ${archived} Terminen, ${output.calendars.length} Kalender-Abos, events.atom, README.txt. ${check.summary}`
      : `${out}: feed.json with ${output.main.events!.length} events, ${output.archive.length} archive parts with ${archived} events, ${output.calendars.length} calendar subscriptions, events.atom, README.txt. ${check.summary}`,
  );
  return EXIT.ok;
}

/** A text that is not JSON, with the check's words for why. */
class NotJson {
  constructor(readonly result: CheckResult) {}
}

/**
 * The parsed feed; the check's result when it is not JSON; an Error when it cannot be read. The
 * bytes are parsed without making the whole text one string (src/cli/read-json.ts); only when
 * they are no JSON object is the text decoded, for the check's words.
 */
async function readFeed(source: string, locale: Locale, maxBytes = MAX_BYTES): Promise<unknown> {
  const bytes = await readSource(source, locale, maxBytes);
  if (!(bytes instanceof Uint8Array)) return new Error(bytes.message);
  try {
    return parseJsonBytes(bytes);
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    try {
      return JSON.parse(text);
    } catch {
      return new NotJson(checkFeedText(text, { locale }));
    }
  }
}

export const build: Command = { usage, run };
