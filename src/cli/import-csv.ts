/**
 * Events from a spreadsheet saved as CSV (Excel, LibreOffice, Numbers), with the German
 * column headers of the template `docs/vorlage-termine.csv`. Parsing is csv-parse's (quotes,
 * line breaks in cells, `""`); this file detects the encoding and the delimiter, maps the
 * columns, checks every cell and says for each bad one its line, column and what is wrong.
 *
 * Encoding: a file that starts with a byte-order mark is UTF-8 (or UTF-16). Without one, the
 * bytes are decoded as strict UTF-8; if that fails, the file is Windows-1252, what Excel saves
 * as "CSV (Trennzeichen-getrennt)" on a German Windows. The test is reliable because UTF-8 is
 * self-checking: every byte from 0x80 up must be part of a well-formed multi-byte sequence (a
 * lead byte 0xC2–0xF4 followed by the right number of 0x80–0xBF bytes). German text in
 * Windows-1252 puts an umlaut (ä = 0xE4, ü = 0xFC, ß = 0xDF) between ASCII letters, which is
 * never such a sequence; and a file of plain ASCII reads the same either way.
 *
 * Windows-1252 is decoded by iconv-lite, not by `TextDecoder('windows-1252')`: Node 20's
 * TextDecoder reads that label as ISO-8859-1, so the bytes 0x80–0x9F (€ „ “ ” – …, all common
 * in German office text) come out as invisible control characters.
 */
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { parseFeedDate, pad } from '../data/dates.js';
import type { EventStatus, Location, Network, Topic } from '../data/types.js';
import type { ImportedEvent } from './feed-types.js';
import { slug } from './ids.js';
import { stateNames } from '../data/states.js';
import type { Incoming } from './merge.js';
import type { Locale } from './io.js';

export type Encoding = 'utf-8' | 'utf-8 (BOM)' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/** The text of a CSV file and the encoding it was read with. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8 (BOM)' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: 'windows-1252' };
  }
}

/** `;` (German Excel), `,` (LibreOffice, English Excel) or a tab: whichever the header line has most of. */
export function detectDelimiter(headerLine: string): ';' | ',' | '\t' {
  const unquoted = headerLine.replace(/"[^"]*"/g, '');
  const counts = ([';', ',', '\t'] as const).map((d) => [d, unquoted.split(d).length - 1] as const);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best![1] > 0 ? best![0] : ';';
}

/** The fields a column fills. */
type Field =
  | 'id'
  | 'title'
  | 'start'
  | 'end'
  | 'type'
  | 'name'
  | 'street'
  | 'postalCode'
  | 'city'
  | 'onlineUrl'
  | 'states'
  | 'topics'
  | 'network'
  | 'summary'
  | 'description'
  | 'url'
  | 'registrationUntil'
  | 'cost'
  | 'status';

/** The template's headers (first) and the other spellings accepted, compared without case, spaces or hyphens. */
export const COLUMNS: Record<Field, string[]> = {
  id: ['ID', 'Kennung'],
  title: ['Titel', 'Title', 'Veranstaltung', 'Name'],
  start: ['Beginn', 'Start', 'Datum', 'Date', 'Von'],
  end: ['Ende', 'End', 'Bis'],
  type: ['Art', 'Typ', 'Type', 'Veranstaltungsart', 'Format'],
  name: ['Ort', 'Veranstaltungsort', 'Venue', 'Location'],
  street: ['Straße', 'Strasse', 'Street', 'Adresse', 'Address'],
  postalCode: ['PLZ', 'Postleitzahl', 'Postal code', 'Postcode', 'ZIP'],
  city: ['Stadt', 'City', 'Town'],
  onlineUrl: ['Online-Link', 'Onlinelink', 'Zugangslink', 'Online link', 'Online URL'],
  states: ['Bundesländer', 'Bundesland', 'Länder', 'Land', 'States', 'State'],
  topics: ['Themen', 'Thema', 'Topics', 'Topic'],
  network: ['Netzwerk', 'Network'],
  summary: ['Kurzbeschreibung', 'Teaser', 'Summary'],
  description: ['Beschreibung', 'Description', 'Text'],
  url: ['Link', 'URL', 'Webseite', 'Website'],
  registrationUntil: [
    'Anmeldung bis',
    'Anmeldeschluss',
    'Anmeldefrist',
    'Registration until',
    'Registration deadline',
  ],
  cost: ['Kosten', 'Preis', 'Cost', 'Price'],
  status: ['Status'],
};

const headerKey = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[\s_.:-]+/g, '');
const FIELD_BY_HEADER = new Map<string, Field>(
  Object.entries(COLUMNS).flatMap(([field, names]) => names.map((n) => [headerKey(n), field as Field])),
);

const STATE_BY_NAME = new Map<string, string>([
  ...Object.entries(stateNames.de).flatMap(([code, name]) => [
    [code.toLowerCase(), code] as const,
    [headerKey(name), code] as const,
  ]),
  ['nrw', 'NW'],
  ['thueringen', 'TH'],
  ['badenwuerttemberg', 'BW'],
]);

const STATUS: Record<string, { status?: EventStatus; tentative?: true }> = {
  geplant: {},
  findetstatt: {},
  planmaessig: {},
  planmässig: {},
  scheduled: {},
  bestaetigt: {},
  bestätigt: {},
  abgesagt: { status: 'cancelled' },
  entfaellt: { status: 'cancelled' },
  entfällt: { status: 'cancelled' },
  faelltaus: { status: 'cancelled' },
  fälltaus: { status: 'cancelled' },
  cancelled: { status: 'cancelled' },
  canceled: { status: 'cancelled' },
  verschoben: { status: 'postponed' },
  postponed: { status: 'postponed' },
  verlegt: { status: 'rescheduled' },
  neuertermin: { status: 'rescheduled' },
  neuterminiert: { status: 'rescheduled' },
  rescheduled: { status: 'rescheduled' },
  vorlaeufig: { tentative: true },
  vorläufig: { tentative: true },
  voraussichtlich: { tentative: true },
  untervorbehalt: { tentative: true },
  tentative: { tentative: true },
};

/** One bad cell (or row): where and what. */
export interface RowProblem {
  /** Line in the file, counting from 1 (the header is line 1). */
  line: number;
  /** The column's header as written in the file, and its letter (A, B, … AA). */
  column?: string;
  letter?: string;
  message: string;
}

export interface CsvImport {
  incoming: Incoming[];
  topics: Topic[];
  encoding?: Encoding;
  delimiter?: string;
  /** Bad rows: reported, left out; the good rows are imported. */
  problems: RowProblem[];
  /** Problems that stop the import: nothing may be written. */
  fatal: RowProblem[];
  /** Headers that fill no field. */
  ignoredColumns: string[];
}

export interface CsvImportOptions {
  timeZone: string;
  /** The feed's existing events, networks and topics: references and id conflicts. */
  events: readonly ImportedEvent[];
  networks: readonly Network[];
  topics: readonly Topic[];
  locale: Locale;
}

const letterOf = (index: number): string => {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

type Result<T> = { value: T } | { error: { de: string; en: string } };
const fail = (de: string, en: string): { error: { de: string; en: string } } => ({ error: { de, en } });

const DATE_FORMS = {
  de: 'Erwartet wird TT.MM.JJJJ, TT.MM.JJJJ HH:MM oder JJJJ-MM-TT (auch mit HH:MM).',
  en: 'Expected DD.MM.YYYY, DD.MM.YYYY HH:MM or YYYY-MM-DD (also with HH:MM).',
};

/**
 * A spreadsheet date as a feed date: `24.09.2019 10:00`, `24.09.2019`, `24.9.19`, ISO
 * (`2019-09-24`, `2019-09-24T10:00`, `2019-09-24 10:00`, with offset or `Z`), a month only
 * (`09/2019`, `09.2019`, `2019-09`); for the end also a time alone (`16:00`, on the start's day).
 */
export function parseCsvDate(raw: string, timeZone: string, startDay?: string): Result<string> {
  const value = raw.trim().replace(/\s*Uhr$/i, '');
  let out: string | undefined;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?:,?\s+(\d{1,2})[:.](\d{2})(?::\d{2})?)?$/.exec(value))) {
    const year = m[3]!.length === 2 ? `20${m[3]}` : m[3]!;
    out = `${year}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`;
    if (m[4] !== undefined) out += `T${pad(Number(m[4]))}:${m[5]}`;
  } else if ((m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})(?::\d{2})?$/.exec(value))) {
    out = `${m[1]}-${m[2]}-${m[3]}T${pad(Number(m[4]))}:${m[5]}`;
  } else if ((m = /^(\d{1,2})[./](\d{4})$/.exec(value))) {
    out = `${m[2]}-${pad(Number(m[1]))}`;
  } else if (startDay && (m = /^(\d{1,2})[:.](\d{2})$/.exec(value))) {
    out = `${startDay}T${pad(Number(m[1]))}:${m[2]}`;
  } else {
    out = value;
  }
  if (parseFeedDate(out, timeZone)) return { value: out };
  return fail(
    `„${raw}“ ist kein gültiges Datum. ${DATE_FORMS.de}`,
    `"${raw}" is not a valid date. ${DATE_FORMS.en}`,
  );
}

const splitList = (value: string) =>
  value
    .split(/\s*[,;/|]\s*|\s+und\s+|\s+and\s+/)
    .map((s) => s.trim())
    .filter(Boolean);

function parseUrl(raw: string): Result<string> {
  const value = /^www\./i.test(raw) ? `https://${raw}` : raw;
  try {
    if (['http:', 'https:'].includes(new URL(value).protocol)) return { value: new URL(value).href };
  } catch {
    // not a URL: the message below
  }
  return fail(
    `„${raw}“ ist keine Web-Adresse (erwartet: https://…).`,
    `"${raw}" is not a web address (expected: https://…).`,
  );
}

/** "kostenfrei" → 0, "25 €" / "25,00 EUR" → 25; anything else has no price (the text stays `cost`). */
function priceOf(cost: string): number | undefined {
  if (/^(kostenfrei|kostenlos|gebührenfrei|frei|gratis|free|0([.,]00?)?\s*(€|eur|euro)?)$/i.test(cost))
    return 0;
  const m = /^(\d+(?:[.,]\d{1,2})?)\s*(€|eur|euro)$/i.exec(cost);
  return m ? Number(m[1]!.replace(',', '.')) : undefined;
}

/** Reads a CSV file's bytes into events for the feed. */
export function importCsv(bytes: Uint8Array, options: CsvImportOptions): CsvImport {
  const { locale, timeZone } = options;
  const say = (message: { de: string; en: string }) => message[locale];
  const result: CsvImport = { incoming: [], topics: [], problems: [], fatal: [], ignoredColumns: [] };
  const { text, encoding } = decodeCsv(bytes);
  result.encoding = encoding;

  // Excel's "sep=;" first line names the delimiter.
  let body = text;
  let lineOffset = 0;
  let delimiter: string | undefined;
  const sep = /^sep=(.)\r?\n/i.exec(body);
  if (sep) {
    delimiter = sep[1];
    body = body.slice(sep[0].length);
    lineOffset = 1;
  }
  delimiter ??= detectDelimiter(body.split(/\r?\n/, 1)[0] ?? '');
  result.delimiter = delimiter;

  let rows: { record: string[]; info: { lines: number; raw?: string } }[];
  try {
    rows = parse(body, {
      delimiter,
      relax_column_count: true,
      info: true,
      raw: true,
      skip_empty_lines: true,
    }) as unknown as typeof rows;
  } catch (error) {
    const line = ((error as { lines?: number }).lines ?? 0) + lineOffset;
    result.fatal.push({
      line,
      message:
        locale === 'de'
          ? `Die Datei ist als CSV nicht lesbar (${(error as Error).message}). Oft ist es ein Anführungszeichen ohne Gegenstück.`
          : `The file cannot be read as CSV (${(error as Error).message}). Often it is a quotation mark without its pair.`,
    });
    return result;
  }
  if (!rows.length) {
    result.fatal.push({ line: 1, message: say({ de: 'Die Datei ist leer.', en: 'The file is empty.' }) });
    return result;
  }

  // The header row: which column fills which field.
  const header = rows[0]!.record.map((h) => h.replace(/^\uFEFF/, '').trim());
  const fieldAt: (Field | undefined)[] = header.map((h) => FIELD_BY_HEADER.get(headerKey(h)));
  header.forEach((h, i) => {
    if (h && !fieldAt[i]) result.ignoredColumns.push(h);
  });
  const present = new Set(fieldAt.filter(Boolean) as Field[]);
  for (const required of ['title', 'start'] as const) {
    if (!present.has(required))
      result.fatal.push({
        line: 1 + lineOffset,
        message:
          locale === 'de'
            ? `Die Spalte „${COLUMNS[required][0]}“ fehlt in der Kopfzeile (gefunden: ${header.join(', ')}).`
            : `The column "${COLUMNS[required][0]}" is missing from the header row (found: ${header.join(', ')}).`,
      });
  }
  if (result.fatal.length) return result;

  // The fields the sheet decides: a column that is there replaces the feed's value, even with an empty cell.
  const owned = new Set<string>();
  const own = (field: Field, key: string) => present.has(field) && owned.add(key);
  own('title', 'title');
  own('start', 'start');
  own('end', 'end');
  own('type', 'type');
  own('states', 'states');
  own('topics', 'topics');
  own('network', 'network');
  own('summary', 'summary');
  own('description', 'description');
  own('url', 'url');
  own('cost', 'cost');
  own('cost', 'price');
  own('status', 'status');
  own('status', 'tentative');
  // The whole location only when every part of it has a column; else a sheet's part joins a kept location.
  if ((['name', 'street', 'postalCode', 'city', 'onlineUrl'] as const).every((f) => present.has(f)))
    owned.add('location');

  const topicIds = new Map<string, string>();
  for (const t of options.topics) {
    topicIds.set(t.id.toLowerCase(), t.id);
    topicIds.set(t.label.toLowerCase(), t.id);
  }
  const networkIds = new Map<string, string>();
  for (const n of options.networks)
    for (const key of [n.id, n.name, n.shortName]) if (key) networkIds.set(key.toLowerCase(), n.id);
  const existing = new Map(options.events.map((e) => [e.id, e]));
  const seen = new Map<string, number>();

  for (const { record, info } of rows.slice(1)) {
    // csv-parse counts the line a record ends on; a cell with line breaks starts it earlier.
    const line = info.lines - ((info.raw ?? '').replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0) + lineOffset;
    if (record.every((cell) => !cell.trim())) continue;
    const cells = new Map<Field, { value: string; index: number }>();
    record.forEach((cell, index) => {
      const field = fieldAt[index];
      if (field && !cells.has(field)) cells.set(field, { value: cell.trim(), index });
    });
    const rowProblems: RowProblem[] = [];
    const problem = (field: Field, message: { de: string; en: string }) => {
      const index = cells.get(field)?.index ?? fieldAt.indexOf(field);
      rowProblems.push({ line, column: header[index], letter: letterOf(index), message: say(message) });
    };
    const cell = (field: Field) => cells.get(field)?.value ?? '';
    const check = <T>(field: Field, parsed: Result<T>): T | undefined => {
      if ('error' in parsed) {
        problem(field, parsed.error);
        return undefined;
      }
      return parsed.value;
    };

    const event: Partial<ImportedEvent> = {};
    const title = cell('title');
    if (!title) problem('title', { de: 'Der Titel fehlt.', en: 'The title is missing.' });
    else event.title = title;
    if (!cell('start')) problem('start', { de: 'Der Beginn fehlt.', en: 'The start is missing.' });
    else event.start = check('start', parseCsvDate(cell('start'), timeZone));
    const startDay = event.start?.slice(0, 10);
    if (cell('end')) {
      const end = check(
        'end',
        parseCsvDate(cell('end'), timeZone, startDay?.length === 10 ? startDay : undefined),
      );
      const startValue = event.start && parseFeedDate(event.start, timeZone);
      const endValue = end && parseFeedDate(end, timeZone);
      if (startValue && endValue && endValue.instant < startValue.instant)
        problem('end', {
          de: `Das Ende (${cell('end')}) liegt vor dem Beginn (${cell('start')}).`,
          en: `The end (${cell('end')}) lies before the start (${cell('start')}).`,
        });
      else if (end && end !== event.start) event.end = end;
    }
    if (cell('type')) event.type = cell('type');

    const location: Location = {};
    if (cell('name')) location.name = cell('name');
    if (cell('street')) location.street = cell('street');
    if (cell('postalCode')) {
      // Excel drops the leading zero of 01067 Dresden or 03046 Cottbus when it reads a number.
      const code = /^\d{4}$/.test(cell('postalCode')) ? `0${cell('postalCode')}` : cell('postalCode');
      if (/^\d{5}$/.test(code)) location.postalCode = code;
      else
        problem('postalCode', {
          de: `„${cell('postalCode')}“ ist keine Postleitzahl (fünf Ziffern).`,
          en: `"${cell('postalCode')}" is not a postal code (five digits).`,
        });
    }
    if (cell('city')) location.city = cell('city');
    if (cell('onlineUrl')) {
      const onlineUrl = check('onlineUrl', parseUrl(cell('onlineUrl')));
      if (onlineUrl) location.onlineUrl = onlineUrl;
    }
    if (Object.keys(location).length) event.location = location;
    if (location.onlineUrl)
      event.attendance = location.name || location.street || location.city ? 'mixed' : 'online';

    if (cell('states')) {
      const codes: string[] = [];
      for (const name of splitList(cell('states'))) {
        const code = STATE_BY_NAME.get(headerKey(name).replace(/ü/g, 'ue').replace(/ä/g, 'ae'));
        if (code) codes.push(code);
        else
          problem('states', {
            de: `„${name}“ ist kein Bundesland (erwartet: Kürzel wie BB, MV, SH oder den Namen).`,
            en: `"${name}" is not a German state (expected a code such as BB, MV, SH, or the name).`,
          });
      }
      if (codes.length) event.states = [...new Set(codes)];
    }
    if (cell('topics')) {
      event.topics = [
        ...new Set(
          splitList(cell('topics')).map((label) => {
            const known = topicIds.get(label.toLowerCase());
            if (known) return known;
            const topic = { id: slug(label) || 'thema', label };
            topicIds.set(label.toLowerCase(), topic.id);
            topicIds.set(topic.id, topic.id);
            result.topics.push(topic);
            return topic.id;
          }),
        ),
      ];
    }
    if (cell('network')) {
      const network = networkIds.get(cell('network').toLowerCase());
      if (network) event.network = network;
      else
        problem('network', {
          de: `Das Netzwerk „${cell('network')}“ gibt es im Feed nicht (erwartet: ID, Name oder Kurzname eines Netzwerks${options.networks.length ? `: ${options.networks.map((n) => n.id).join(', ')}` : '; Feed mit --into angeben'}).`,
          en: `The feed has no network "${cell('network')}" (expected the id, name or short name of a network${options.networks.length ? `: ${options.networks.map((n) => n.id).join(', ')}` : '; give the feed with --into'}).`,
        });
    }
    if (cell('summary')) event.summary = cell('summary');
    if (cell('description')) event.description = cell('description').replace(/\r\n?/g, '\n');
    if (cell('url')) event.url = check('url', parseUrl(cell('url')));
    if (cell('registrationUntil')) {
      const until = check('registrationUntil', parseCsvDate(cell('registrationUntil'), timeZone));
      if (until) event.registration = { until };
    }
    if (cell('cost')) {
      event.cost = cell('cost');
      const price = priceOf(cell('cost'));
      if (price !== undefined) event.price = price;
    }
    if (cell('status')) {
      const status = STATUS[headerKey(cell('status'))];
      if (status) Object.assign(event, status);
      else
        problem('status', {
          de: `„${cell('status')}“ ist kein Status (erlaubt: geplant, abgesagt, verschoben, verlegt, vorläufig).`,
          en: `"${cell('status')}" is not a status (allowed: geplant, abgesagt, verschoben, verlegt, vorläufig).`,
        });
    }

    // The id: the sheet's own, or the title's words and the start day ("netzwerktreffen-2026-12-08").
    if (cell('id')) {
      if (/^[\w.:-]+$/.test(cell('id'))) event.id = cell('id');
      else
        problem('id', {
          de: `„${cell('id')}“ ist als ID nicht geeignet (nur Buchstaben, Ziffern, „-“, „_“, „.“ und „:“).`,
          en: `"${cell('id')}" cannot be an id (only letters, digits, "-", "_", "." and ":").`,
        });
    } else if (event.title && event.start) {
      event.id = `${slug(event.title).slice(0, 60).replace(/-+$/, '') || 'termin'}-${event.start.slice(0, 10)}`;
    }

    if (rowProblems.length) {
      result.problems.push(...rowProblems);
      continue;
    }
    const id = event.id!;
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      result.fatal.push({
        line,
        message:
          locale === 'de'
            ? `Die Zeilen ${earlier} und ${line} ergeben dieselbe ID „${id}“. Bitte eine Spalte „ID“ mit eindeutigen Werten anlegen oder die Titel unterscheiden.`
            : `Lines ${earlier} and ${line} give the same id "${id}". Please add an "ID" column with unique values or tell the titles apart.`,
      });
      continue;
    }
    seen.set(id, line);
    // The same id in the feed for another event (another title and another day): a typo, not an update.
    const known = existing.get(id);
    if (known && known.title !== event.title && known.start.slice(0, 10) !== event.start!.slice(0, 10)) {
      result.fatal.push({
        line,
        message:
          locale === 'de'
            ? `Die ID „${id}“ gehört im Feed zu einer anderen Veranstaltung („${known.title}“, ${known.start}); die Zeile würde sie überschreiben.`
            : `The id "${id}" belongs to another event in the feed ("${known.title}", ${known.start}); the line would overwrite it.`,
      });
      continue;
    }
    // The id first, as in hand-written feeds.
    result.incoming.push({
      event: Object.assign({ id }, event) as ImportedEvent,
      owned,
      origin: locale === 'de' ? `Zeile ${line}` : `line ${line}`,
    });
  }
  return result;
}
