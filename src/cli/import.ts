/**
 * `bildungsnetz-widgets import <calendar.ics|URL|events.csv>`: events from a calendar export,
 * a public calendar URL or a spreadsheet into a feed, new or existing (`--into`). The reading
 * is import-ics.ts or import-csv.ts (by the file's ending); this file merges, checks and writes.
 */
import { writeFile } from 'node:fs/promises';
import { checkFeedText } from '../data/check.js';
import { addDays, DEFAULT_TIME_ZONE, dayKey, isDayKey, isValidTimeZone } from '../data/dates.js';
import type { Topic } from '../data/types.js';
import type { FeedDocument } from './feed-types.js';
import { importCsv, type RowProblem } from './import-csv.js';
import { importIcs } from './import-ics.js';
import {
  EXIT,
  isUrl,
  parseOptions,
  readSource,
  readText,
  type Command,
  type Locale,
  type Output,
} from './io.js';
import { mergeEvents, type Incoming } from './merge.js';
import { severityLabel } from './validate.js';

const usage = {
  de: `Aufruf: bildungsnetz-widgets import <kalender.ics|URL|termine.csv> [Optionen]

Übernimmt Termine in einen Feed: aus einem Kalender-Export (.ics von Outlook, Nextcloud,
Google), einer Kalender-Adresse (https:// oder webcal://) oder einer Tabelle (.csv mit den
Spalten der Vorlage docs/vorlage-termine.csv).

  --into feed.json         in diesen Feed übernehmen: Netzwerke, Programme, Büros und von Hand
                           gepflegte Felder bekannter Termine bleiben erhalten
  --out feed.json          hierhin schreiben (Vorgabe: die --into-Datei, sonst Standardausgabe)
  --from JJJJ-MM-TT        Serien (RRULE) ab diesem Tag auflösen (Vorgabe: ein Jahr zurück)
  --to JJJJ-MM-TT          … bis zu diesem Tag (Vorgabe: zwei Jahre voraus)
  --today JJJJ-MM-TT       Bezugsdatum für --from/--to (Vorgabe: heute)
  --categories type|topics Kalender-Kategorien als Art (Vorgabe) oder als Themen
  --time-zone Zone         Zeitzone eines neuen Feeds (Vorgabe: Europe/Berlin)
  --lang de|en             Sprache der Meldungen

Fehlerhafte Tabellenzeilen werden mit Zeile, Spalte und Grund gemeldet und ausgelassen, die
übrigen übernommen (Exit-Code 1). Würde eine Zeile eine andere Veranstaltung mit derselben ID
überschreiben, wird nichts geschrieben.`,
  en: `Usage: bildungsnetz-widgets import <calendar.ics|URL|events.csv> [options]

Takes events into a feed: from a calendar export (.ics from Outlook, Nextcloud, Google), a
calendar address (https:// or webcal://) or a spreadsheet (.csv with the columns of the
template docs/vorlage-termine.csv).

  --into feed.json         merge into this feed: networks, programmes, offices and the fields
                           kept by hand of known events stay
  --out feed.json          write here (default: the --into file, else standard output)
  --from YYYY-MM-DD        expand series (RRULE) from this day (default: one year back)
  --to YYYY-MM-DD          … up to this day (default: two years ahead)
  --today YYYY-MM-DD       reference date of --from/--to (default: today)
  --categories type|topics calendar categories as the type (default) or as topics
  --time-zone zone         time zone of a new feed (default: Europe/Berlin)
  --lang de|en             language of the messages

Bad spreadsheet rows are reported with line, column and reason and left out, the others are
imported (exit code 1). When a row would overwrite another event with the same id, nothing is
written.`,
};

const isCsv = (source: string) => /\.(csv|tsv|txt)(\?.*)?$/i.test(source);

/** "Zeile 7, Spalte „Beginn“ (C): …" */
export function formatRowProblem(p: RowProblem, locale: Locale): string {
  const where =
    locale === 'de'
      ? `Zeile ${p.line}${p.column !== undefined ? `, Spalte „${p.column}“ (${p.letter})` : ''}`
      : `line ${p.line}${p.column !== undefined ? `, column "${p.column}" (${p.letter})` : ''}`;
  return `${where}: ${p.message}`;
}

async function run(args: string[], io: Output, locale: Locale): Promise<number> {
  const parsed = parseOptions(args, {
    lang: { type: 'string' },
    into: { type: 'string' },
    out: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    today: { type: 'string' },
    categories: { type: 'string' },
    'time-zone': { type: 'string' },
  });
  const v = parsed?.values;
  const [source, ...rest] = parsed?.positionals ?? [];
  const badDay = (d: string | undefined) => d !== undefined && !isDayKey(d);
  if (
    !v ||
    !source ||
    rest.length ||
    badDay(v.from) ||
    badDay(v.to) ||
    badDay(v.today) ||
    (v.categories !== undefined && v.categories !== 'type' && v.categories !== 'topics') ||
    (v['time-zone'] !== undefined && !isValidTimeZone(v['time-zone']))
  ) {
    io.err(usage[locale]);
    return EXIT.usage;
  }
  const de = locale === 'de';
  // Messages go to standard error when the feed itself goes to standard output.
  const note = v.out || (v.into && !isUrl(v.into)) ? io.out : io.err;

  // The feed to merge into, or a new one.
  let feed: FeedDocument = { version: 1, timeZone: v['time-zone'] ?? DEFAULT_TIME_ZONE, events: [] };
  if (v.into) {
    const text = await readText(v.into, locale);
    const checked = typeof text === 'string' ? checkFeedText(text, { locale }) : undefined;
    if (typeof text !== 'string' || !checked?.feed) {
      io.err(
        `${severityLabel[locale].error}: ${typeof text === 'string' ? checked!.problems[0]!.message : text.message}`,
      );
      return EXIT.problems;
    }
    feed = JSON.parse(text) as FeedDocument;
  }
  const timeZone =
    typeof feed.timeZone === 'string' && isValidTimeZone(feed.timeZone) ? feed.timeZone : DEFAULT_TIME_ZONE;

  const bytes = await readSource(source, locale);
  if (!(bytes instanceof Uint8Array)) {
    io.err(`${severityLabel[locale].error}: ${bytes.message}`);
    return EXIT.problems;
  }

  let incoming: Incoming[];
  let topics: Topic[];
  let badRows = 0;
  if (isCsv(source)) {
    const csv = importCsv(bytes, {
      timeZone,
      events: feed.events ?? [],
      networks: feed.networks ?? [],
      topics: feed.topics ?? [],
      locale,
    });
    for (const p of csv.problems) io.err(`${severityLabel[locale].error}: ${formatRowProblem(p, locale)}`);
    for (const p of csv.fatal) io.err(`${severityLabel[locale].error}: ${formatRowProblem(p, locale)}`);
    if (csv.ignoredColumns.length)
      io.err(
        `${severityLabel[locale].warning}: ${de ? 'Diese Spalten werden nicht übernommen' : 'These columns are not imported'}: ${csv.ignoredColumns.join(', ')}`,
      );
    if (csv.fatal.length) {
      io.err(de ? 'Es wurde nichts geschrieben.' : 'Nothing was written.');
      return EXIT.problems;
    }
    badRows = new Set(csv.problems.map((p) => p.line)).size;
    note(
      de
        ? `${source}: gelesen als ${csv.encoding}, Trennzeichen „${csv.delimiter === '\t' ? 'Tab' : csv.delimiter}“; ${csv.incoming.length} Zeilen übernommen${badRows ? `, ${badRows} fehlerhafte Zeilen ausgelassen` : ''}.`
        : `${source}: read as ${csv.encoding}, delimiter "${csv.delimiter === '\t' ? 'tab' : csv.delimiter}"; ${csv.incoming.length} rows imported${badRows ? `, ${badRows} bad rows left out` : ''}.`,
    );
    ({ incoming, topics } = csv);
  } else {
    const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
    const today = v.today ?? dayKey(Date.now(), timeZone);
    const from = v.from ?? `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
    const to = v.to ?? `${Number(today.slice(0, 4)) + 2}${today.slice(4)}`;
    // 29 February has no twin a year away: the day before it.
    const fix = (d: string) => (isDayKey(d) ? d : addDays(`${d.slice(0, 8)}28`, 0));
    const ics = importIcs(text, {
      timeZone,
      from: fix(from),
      to: fix(to),
      categories: v.categories === 'topics' ? 'topics' : 'type',
      topics: feed.topics ?? [],
      locale,
    });
    for (const p of ics.problems) io.err(`${severityLabel[locale].error}: ${p}`);
    if (!ics.incoming.length && ics.problems.length) {
      io.err(de ? 'Es wurde nichts geschrieben.' : 'Nothing was written.');
      return EXIT.problems;
    }
    note(
      de
        ? `${source}${ics.calendarName ? ` („${ics.calendarName}“)` : ''}: ${ics.incoming.length} Termine vom ${fix(from)} bis ${fix(to)}${ics.outside ? `, ${ics.outside} außerhalb dieses Zeitraums ausgelassen` : ''}.`
        : `${source}${ics.calendarName ? ` ("${ics.calendarName}")` : ''}: ${ics.incoming.length} events from ${fix(from)} to ${fix(to)}${ics.outside ? `, ${ics.outside} outside this window left out` : ''}.`,
    );
    ({ incoming, topics } = ics);
  }

  const merged = mergeEvents(feed, incoming, topics);
  const text = `${JSON.stringify(merged.feed, null, 2)}\n`;
  const check = checkFeedText(text, { locale, today: v.today });
  // A feed read from a URL cannot be written back there: without --out it goes to standard output.
  const target = v.out ?? (v.into && !isUrl(v.into) ? v.into : undefined);
  if (check.errors) {
    for (const p of check.problems.filter((p) => p.severity === 'error'))
      io.err(`${severityLabel[locale].error}: ${p.message}`);
    io.err(de ? 'Es wurde nichts geschrieben.' : 'Nothing was written.');
    return EXIT.problems;
  }
  if (target) await writeFile(target, text);
  else io.out(text.trimEnd());
  note(
    de
      ? `${target ?? 'Standardausgabe'}: ${merged.added.length} neu, ${merged.changed.length} geändert, ${merged.unchanged.length} unverändert. ${check.summary}`
      : `${target ?? 'standard output'}: ${merged.added.length} new, ${merged.changed.length} changed, ${merged.unchanged.length} unchanged. ${check.summary}`,
  );
  return badRows ? EXIT.problems : EXIT.ok;
}

export const importCommand: Command = { usage, run };
