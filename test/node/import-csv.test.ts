// `bildungsnetz-widgets import events.csv`: spreadsheets as LibreOffice (UTF-8, ",") and a
// German Excel (Windows-1252, ";") save them, and one with bad rows: every bad cell named by
// line and column, the good rows imported, nothing written when ids would collide.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkFeedText } from '../../src/data/check.ts';
import type { FeedDocument } from '../../src/cli/feed-types.ts';
import { decodeCsv } from '../../src/cli/import-csv.ts';
import { cli, fixture, sample, tempDir } from './cli-helpers.ts';

async function importCsv(file: string, ...args: string[]) {
  const target = join(tempDir(), 'feed.json');
  const result = await cli('import', file, '--into', sample, '--out', target, ...args);
  const text = existsSync(target) ? readFileSync(target, 'utf8') : '';
  return { ...result, text, feed: text ? (JSON.parse(text) as FeedDocument) : undefined, target };
}

const sampleIds = new Set(
  (JSON.parse(readFileSync(sample, 'utf8')) as FeedDocument).events!.map((e) => e.id),
);
const added = (feed: FeedDocument) => feed.events!.filter((e) => !sampleIds.has(e.id));

test('LibreOffice, UTF-8 with ",": quoted cells with commas and line breaks, ISO and German dates, names resolved', async () => {
  const { code, out, feed, text } = await importCsv(fixture('libreoffice-utf8.csv'));
  assert.equal(code, 0);
  assert.match(out[0]!, /gelesen als utf-8, Trennzeichen „,“; 3 Zeilen übernommen\./);
  assert.equal(checkFeedText(text, { today: '2026-11-23' }).errors, 0);
  const [meeting, talk, fachtag] = added(feed!);
  assert.deepEqual(meeting, {
    id: '9-netzwerktreffen-bildungsmonitoring-2027-02-17',
    title: '9. Netzwerktreffen Bildungsmonitoring',
    start: '2027-02-17T10:00',
    end: '2027-02-17T16:00',
    type: 'Netzwerktreffen',
    location: {
      name: 'Rathaus Neubrandenburg, Sitzungssaal',
      street: 'Friedrich-Engels-Ring 53',
      postalCode: '17033',
      city: 'Neubrandenburg',
    },
    states: ['MV', 'BB'],
    topics: ['bildungsmonitoring'],
    network: 'wissen-was-zaehlt',
    summary: 'Die Kommunen stellen ihre Berichte vor.',
    description: 'Vormittag: Berichte aus den Kommunen.\n\nNachmittag: kollegiale Beratung in Gruppen.',
    url: 'https://www.transferagentur-nordost.example.org/veranstaltungen/netzwerktreffen-9',
    registration: { until: '2027-02-03' },
    cost: 'kostenfrei',
    price: 0,
  });
  // A state by name, topics by their labels, a bare www. link, a price, "vorläufig".
  assert.deepEqual(talk!.states, ['SH']);
  assert.deepEqual(talk!.topics, ['uebergang-schule-beruf', 'fruehkindliche-bildung']);
  assert.equal(talk!.url, 'https://www.transferagentur-nordost.example.org/werkstatt');
  assert.deepEqual([talk!.cost, talk!.price, talk!.tentative], ['25,00 €', 25, true]);
  assert.deepEqual(
    [fachtag!.start, fachtag!.end, fachtag!.status],
    ['2027-05-06', '2027-05-07', 'cancelled'],
  );
});

test('Excel, Windows-1252 with ";" and CRLF: umlauts, „quotes“ and € intact; a dropped leading zero restored; an end time alone', async () => {
  const bytes = readFileSync(fixture('excel-windows-1252.csv'));
  // The fixture really is Windows-1252: „ is 0x84, € is 0x80, ä is 0xE4; not valid UTF-8.
  assert.ok(bytes.includes(0x84) && bytes.includes(0x80) && bytes.includes(0xe4));
  assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  assert.equal(decodeCsv(bytes).encoding, 'windows-1252');

  const { code, out, feed, text } = await importCsv(fixture('excel-windows-1252.csv'));
  assert.equal(code, 0);
  assert.match(out[0]!, /gelesen als windows-1252, Trennzeichen „;“; 3 Zeilen übernommen\./);
  assert.equal(checkFeedText(text, { today: '2026-11-23' }).errors, 0);
  const events = added(feed!);
  const qualification = events.find((e) => e.title === 'Qualifizierung Bildungsmanagement Modul 3')!;
  assert.equal(qualification.location!.postalCode, '03046');
  assert.deepEqual([qualification.cost, qualification.price], ['25 €', 25]);
  const meeting = events.find((e) => e.title === 'Netzwerktreffen „Gemeinsam steuern“')!;
  assert.deepEqual([meeting.start, meeting.end], ['2026-12-09T10:00', '2026-12-09T16:00']);
  assert.equal(meeting.network, 'bildungsmanagement-sh', 'found by its short name');
  const talk = events.find((e) => e.title === 'Sprechstunde Frühkindliche Bildung')!;
  assert.deepEqual(talk.location!.street, 'Friedrich-Ebert-Straße 4');
  assert.deepEqual(talk.topics, ['fruehkindliche-bildung']);
});

test('UTF-8 with and without BOM, Windows-1252: the same text', () => {
  const text = 'Titel;Beginn\nÜbergänge „gestalten“ – 5 €;24.09.2027\n';
  const utf8 = Buffer.from(text, 'utf8');
  assert.deepEqual(decodeCsv(utf8), { text, encoding: 'utf-8' });
  assert.deepEqual(decodeCsv(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8])), {
    text,
    encoding: 'utf-8 (BOM)',
  });
  const cp1252 = Buffer.from(
    [...text].map(
      (c) => ({ Ü: 0xdc, ä: 0xe4, '„': 0x84, '“': 0x93, '–': 0x96, '€': 0x80 })[c] ?? c.charCodeAt(0),
    ),
  );
  assert.deepEqual(decodeCsv(cp1252), { text, encoding: 'windows-1252' });
});

test('bad rows: each bad cell with line, column and reason (German and English); the good rows are imported', async () => {
  const { code, err, feed } = await importCsv(fixture('bad-rows.csv'));
  assert.equal(code, 1, 'bad rows are a problem, even though the good ones were written');
  assert.deepEqual(err, [
    'Fehler: Zeile 3, Spalte „Beginn“ (B): „31.09.2027 10:00“ ist kein gültiges Datum. Erwartet wird TT.MM.JJJJ, TT.MM.JJJJ HH:MM oder JJJJ-MM-TT (auch mit HH:MM).',
    'Fehler: Zeile 4, Spalte „Ende“ (C): Das Ende (12.03.2027 10:00) liegt vor dem Beginn (12.03.2027 14:00).',
    'Fehler: Zeile 4, Spalte „Bundesländer“ (I): „Bayern-Nord“ ist kein Bundesland (erwartet: Kürzel wie BB, MV, SH oder den Namen).',
    'Fehler: Zeile 4, Spalte „Link“ (N): „htp:/kein-link“ ist keine Web-Adresse (erwartet: https://…).',
    'Fehler: Zeile 4, Spalte „Status“ (Q): „vielleicht“ ist kein Status (erlaubt: geplant, abgesagt, verschoben, verlegt, vorläufig).',
    'Fehler: Zeile 5, Spalte „Titel“ (A): Der Titel fehlt.',
    'Fehler: Zeile 6, Spalte „PLZ“ (G): „1234x“ ist keine Postleitzahl (fünf Ziffern).',
    'Fehler: Zeile 6, Spalte „Netzwerk“ (K): Das Netzwerk „Netzwerk Atlantis“ gibt es im Feed nicht (erwartet: ID, Name oder Kurzname eines Netzwerks: uebergaenge-gestalten, wissen-was-zaehlt, gemeinsam-steuern, bildungsmanagement-sh, bildungsmanagement-mv).',
  ]);
  assert.deepEqual(
    added(feed!).map((e) => e.id),
    ['netzwerktreffen-uebergaenge-2027-02-17', 'hospitation-potsdam-mittelmark-2027-04-15'],
  );

  const en = await importCsv(fixture('bad-rows.csv'), '--lang', 'en');
  assert.equal(
    en.err[0],
    'error: line 3, column "Beginn" (B): "31.09.2027 10:00" is not a valid date. Expected DD.MM.YYYY, DD.MM.YYYY HH:MM or YYYY-MM-DD (also with HH:MM).',
  );
  assert.match(en.out[0]!, /4 bad rows left out/);
});

test('a cell with a line break: the line named is where its row starts', async () => {
  const file = join(tempDir(), 'mehrzeilig.csv');
  writeFileSync(file, 'Titel;Beginn;Beschreibung\nA;01.02.2027;"eins\nzwei\ndrei"\nB;31.02.2027;x\n');
  const { err } = await importCsv(file);
  assert.match(err[0]!, /^Fehler: Zeile 5, Spalte „Beginn“ \(B\)/);
});

test('nothing is written when two rows give the same id, or a row would overwrite another event', async () => {
  const dir = tempDir();
  const twice = join(dir, 'doppelt.csv');
  writeFileSync(
    twice,
    'Titel;Beginn;Ort\nNetzwerktreffen;24.09.2027 10:00;Kiel\nNetzwerktreffen;24.09.2027 14:00;Rostock\n',
  );
  const first = await importCsv(twice);
  assert.equal(first.code, 1);
  assert.equal(existsSync(first.target), false);
  assert.match(first.err[0]!, /Zeile 3: Die Zeilen 2 und 3 ergeben dieselbe ID „netzwerktreffen-2027-09-24“/);
  assert.equal(first.err.at(-1), 'Es wurde nichts geschrieben.');

  const other = join(dir, 'andere.csv');
  writeFileSync(other, 'ID;Titel;Beginn\nfortbildung-gremienarbeit-2026-12-08;Sommerfest;01.07.2027\n');
  const second = await importCsv(other);
  assert.equal(second.code, 1);
  assert.equal(existsSync(second.target), false);
  assert.match(
    second.err[0]!,
    /Die ID „fortbildung-gremienarbeit-2026-12-08“ gehört im Feed zu einer anderen Veranstaltung/,
  );

  // The same id with a new date (the same title): an update, not a collision.
  const moved = join(dir, 'verschoben.csv');
  writeFileSync(
    moved,
    'ID;Titel;Beginn;Status\nfortbildung-gremienarbeit-2026-12-08;Fortbildung: Gremienarbeit wirksam gestalten;15.12.2026 09:30;verlegt\n',
  );
  const third = await importCsv(moved);
  assert.equal(third.code, 0, third.err.join('\n'));
  const event = third.feed!.events!.find((e) => e.id === 'fortbildung-gremienarbeit-2026-12-08')!;
  // The sheet has no "Ende": the kept end of 8 December no longer fits the new day and goes.
  assert.deepEqual([event.start, event.end, event.status], ['2026-12-15T09:30', undefined, 'rescheduled']);
  assert.ok(event.speakers?.length, 'speakers kept by hand stay');
});

test('the template docs/vorlage-termine.csv imports without problems', async () => {
  const template = new URL('../../docs/vorlage-termine.csv', import.meta.url).pathname;
  const { code, err, feed } = await importCsv(template);
  assert.equal(code, 0, err.join('\n'));
  assert.deepEqual(err, []);
  assert.ok(
    feed!.events!.length >= (JSON.parse(readFileSync(sample, 'utf8')) as FeedDocument).events!.length + 2,
  );
});

test('a sheet without the Titel or Beginn column is refused before any row is read', async () => {
  const file = join(tempDir(), 'falsch.csv');
  writeFileSync(file, 'Name der Veranstaltung,Wann\nA,B\n');
  const { code, err, target } = await importCsv(file);
  assert.equal(code, 1);
  assert.equal(existsSync(target), false);
  assert.match(err.join('\n'), /Die Spalte „Beginn“ fehlt in der Kopfzeile/);
});
