// `bildungsnetz-widgets import calendar.ics`: real-shaped exports of Outlook, Nextcloud and
// Google Calendar (VTIMEZONE blocks, RRULE with EXDATE, a moved occurrence, all-day and
// multi-day events, umlauts, folded lines, CRLF) into feeds that the feed check accepts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { checkFeedText } from '../../src/data/check.ts';
import type { FeedDocument, ImportedEvent } from '../../src/cli/feed-types.ts';
import { cli, fixture, sample, tempDir } from './cli-helpers.ts';

const today = ['--today', '2026-11-23'];

async function importTo(file: string, ...args: string[]) {
  const out = join(tempDir(), 'feed.json');
  const result = await cli('import', file, '--out', out, ...today, ...args);
  const text = readFileSync(out, 'utf8');
  return { ...result, text, feed: JSON.parse(text) as FeedDocument };
}

const byTitle = (feed: FeedDocument, title: string) => feed.events!.filter((e) => e.title === title);

test('Outlook: W. Europe Standard Time, a fortnightly series with EXDATE and a moved occurrence, all-day, cancelled', async () => {
  const { code, feed, text, out } = await importTo(fixture('outlook-export.ics'));
  assert.equal(code, 0);
  assert.match(
    out[0]!,
    /„Transferagentur Nord-Ost – Termine“\): 13 Termine vom 2025-11-23 bis 2028-11-23, 1 außerhalb/,
  );
  const check = checkFeedText(text, { today: '2026-11-23' });
  assert.equal(check.errors, 0, JSON.stringify(check.problems));

  const series = feed.events!.filter((e) => e.title.startsWith('Online-Sprechstunde Verstetigung'));
  // Before and after the change to winter time (25 October) the wall clock stays 10:00.
  assert.deepEqual(
    series.map((e) => e.start),
    [
      '2026-10-20T10:00',
      '2026-11-03T10:00',
      '2026-11-17T10:00',
      '2026-12-01T10:00',
      '2026-12-15T10:00',
      // 29 December is an EXDATE; 12 January moved to Thursday the 14th, 14:00.
      '2027-01-14T14:00',
      '2027-01-26T10:00',
      '2027-02-09T10:00',
      '2027-02-23T10:00',
    ],
  );
  const moved = series[5]!;
  // The moved occurrence keeps the id of its original date, so a re-import finds it.
  assert.match(moved.id, /^ics-[0-9a-f]{16}-2027-01-12$/);
  assert.equal(moved.title, 'Online-Sprechstunde Verstetigung (vor Ort in Schwerin)');
  assert.deepEqual(moved.location, {
    name: 'Regionalbüro Mecklenburg-Vorpommern',
    street: 'Wismarsche Straße 132',
    postalCode: '19053',
    city: 'Schwerin',
  });
  assert.equal(moved.end, '2027-01-14T15:30');
  // The Teams meeting: online, with its join link; the dial-in block is cut from the text.
  assert.equal(series[0]!.attendance, 'online');
  assert.match(series[0]!.location!.onlineUrl!, /^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
  assert.ok(!series[0]!.description!.includes('Passcode'));
  assert.equal(series[0]!.revision, 2);

  const [fachtag] = byTitle(feed, 'Fachtag „Übergänge gestalten“ – Kita, Schule, Beruf');
  assert.equal(fachtag!.start, '2026-12-08T09:30');
  // The DESCRIPTION is folded over several lines in the file: whole again, escapes undone.
  assert.match(
    fachtag!.description!,
    /Prof\. Dr\. Maria Schulte über Übergänge von der Kita in die Grundschule; am Nachmittag/,
  );
  assert.deepEqual(fachtag!.location, {
    name: 'Schloss Schwerin',
    street: 'Lennéstraße 1',
    postalCode: '19053',
    city: 'Schwerin',
  });

  const [deadline] = byTitle(feed, 'Redaktionsschluss Newsletter Dezember');
  assert.equal(deadline!.start, '2026-12-01');
  assert.equal(deadline!.end, undefined, 'one all-day day: no end');
  const [retreat] = byTitle(feed, 'Klausurtagung Transferagentur');
  assert.deepEqual(
    [retreat!.start, retreat!.end],
    ['2027-03-10', '2027-03-12'],
    'DTEND 13 March is exclusive',
  );

  // "Abgesagt: " is Outlook's prefix, the status says it.
  const [cancelled] = byTitle(feed, '8. Netzwerktreffen Bildungsmonitoring');
  assert.equal(cancelled!.status, 'cancelled');
  assert.equal(byTitle(feed, '5. Netzwerktreffen Übergänge').length, 0, '2024 lies outside the window');
});

test('Nextcloud: Europe/Berlin VTIMEZONE, floating time, two-day event, TENTATIVE, a cancelled occurrence, URL, CATEGORIES as type', async () => {
  const { code, feed, text, out } = await importTo(fixture('nextcloud-export.ics'));
  assert.equal(code, 0);
  assert.match(out[0]!, /„Regionalbüro Brandenburg“/);
  assert.equal(checkFeedText(text, { today: '2026-11-23' }).errors, 0);
  const [visit] = byTitle(feed, 'Hospitation im Landkreis Potsdam-Mittelmark');
  assert.equal(visit!.id, '7c1e7b0a-5d36-4c2e-9f0b-2f4d8f1b6a31');
  assert.deepEqual([visit!.start, visit!.end], ['2026-12-15T13:00', '2026-12-15T17:00']);
  assert.equal(
    visit!.url,
    'https://www.transferagentur-nordost.example.org/veranstaltungen/hospitation-potsdam-mittelmark',
  );
  assert.equal(visit!.type, 'Hospitation');
  const [evening] = byTitle(feed, 'Abendgespräch: Bildung im ländlichen Raum');
  assert.equal(evening!.start, '2027-01-20T18:00', 'a floating time is the same wall clock in the feed zone');
  const [workshop] = byTitle(feed, 'Zweitägige Werkstatt Bildungsmonitoring');
  assert.deepEqual(
    [workshop!.start, workshop!.end, workshop!.tentative],
    ['2027-03-04T09:00', '2027-03-05T16:00', true],
  );
  const jourFixe = byTitle(feed, 'Jour fixe Bildungsbüros Brandenburg');
  assert.deepEqual(
    jourFixe.map((e) => [e.start, e.status]),
    [
      ['2027-01-05T10:00', undefined],
      ['2027-02-02T10:00', 'cancelled'],
      ['2027-03-02T10:00', undefined],
      ['2027-04-06T10:00', undefined],
    ],
  );
  assert.deepEqual(
    jourFixe.map((e) => e.id.slice(-10)),
    ['2027-01-05', '2027-02-02', '2027-03-02', '2027-04-06'],
  );
});

test('Google: UTC instants, TZID without VTIMEZONE, EXDATE, all-day, CATEGORIES as topics', async () => {
  const { code, feed, text } = await importTo(fixture('google-export.ics'), '--categories', 'topics');
  assert.equal(code, 0);
  assert.equal(checkFeedText(text, { today: '2026-11-23' }).errors, 0);
  const [meeting] = byTitle(feed, '4. Netzwerktreffen „Gemeinsam steuern“');
  // 09:00Z in December is 10:00 in Berlin.
  assert.deepEqual([meeting!.start, meeting!.end], ['2026-12-09T10:00', '2026-12-09T16:00']);
  assert.equal(meeting!.id, '3qk1v8m2s9d0f7h6j5l4p3o2n1-google-com');
  assert.deepEqual(meeting!.topics, ['netzwerktreffen', 'steuerung']);
  assert.deepEqual(meeting!.location, {
    name: 'Landeshaus',
    street: 'Düsternbrooker Weg 70',
    postalCode: '24105',
    city: 'Kiel',
  });
  const [fachtag] = byTitle(feed, 'Fachtag Bildungsmonitoring (ganztägig)');
  assert.equal(fachtag!.start, '2027-02-03');
  assert.deepEqual(fachtag!.topics, ['fachtagung', 'bildungsmonitoring']);
  assert.deepEqual(
    byTitle(feed, 'Sprechstunde Kommunales Bildungsmanagement').map((e) => e.start),
    ['2026-12-01T16:00', '2026-12-15T16:00'],
  );
  assert.deepEqual(
    feed.topics!.map((t) => [t.id, t.label]),
    [
      ['netzwerktreffen', 'Netzwerktreffen'],
      ['steuerung', 'Steuerung'],
      ['fachtagung', 'Fachtagung'],
      ['bildungsmonitoring', 'Bildungsmonitoring'],
      ['online-seminar', 'Online-Seminar'],
    ],
  );
});

test('--from/--to limit the window; series are expanded inside it only', async () => {
  const { feed } = await importTo(
    fixture('outlook-export.ics'),
    '--from',
    '2026-12-01',
    '--to',
    '2026-12-31',
  );
  assert.deepEqual(feed.events!.map((e) => e.start).sort(), [
    '2026-12-01',
    '2026-12-01T10:00',
    '2026-12-08T09:30',
    '2026-12-15T10:00',
  ]);
});

test('--into keeps networks, programmes, offices and the fields kept by hand; a re-import updates what the calendar says, a third changes nothing', async () => {
  const dir = tempDir();
  const feedFile = join(dir, 'feed.json');
  const base = JSON.parse(readFileSync(sample, 'utf8')) as FeedDocument;
  const first = await cli(
    'import',
    fixture('outlook-export.ics'),
    '--into',
    sample,
    '--out',
    feedFile,
    ...today,
  );
  assert.equal(first.code, 0, first.err.join('\n'));
  const imported = JSON.parse(readFileSync(feedFile, 'utf8')) as FeedDocument;
  const fachtag = imported.events!.find((e) => e.title.startsWith('Fachtag „Übergänge'))!;

  // An editor adds what a calendar cannot say, and renames the event in Outlook later.
  fachtag.network = 'uebergaenge-gestalten';
  fachtag.agenda = [{ start: '09:30', title: 'Ankommen' }];
  fachtag.registration = { url: 'https://www.transferagentur-nordost.example.org/anmeldung/fachtag' };
  fachtag.location!.url = 'https://www.schloss-schwerin.de/';
  writeFileSync(feedFile, JSON.stringify(imported));
  const ics = readFileSync(fixture('outlook-export.ics'), 'utf8').replace(
    'SUMMARY;LANGUAGE=de-de:Fachtag „Übergänge gestalten“',
    'SUMMARY;LANGUAGE=de-de:Landesfachtag „Übergänge gestalten“',
  );
  const changed = join(dir, 'outlook.ics');
  writeFileSync(changed, ics);
  const second = await cli('import', changed, '--into', feedFile, ...today);
  assert.equal(second.code, 0);
  assert.match(second.out.at(-1)!, /0 neu, 1 geändert, 12 unverändert/);
  const merged = JSON.parse(readFileSync(feedFile, 'utf8')) as FeedDocument;
  const again = merged.events!.find((e) => e.id === fachtag.id)!;
  assert.equal(again.title, 'Landesfachtag „Übergänge gestalten“ – Kita, Schule, Beruf');
  assert.equal(again.network, 'uebergaenge-gestalten');
  assert.deepEqual(again.agenda, [{ start: '09:30', title: 'Ankommen' }]);
  assert.deepEqual(again.registration, {
    url: 'https://www.transferagentur-nordost.example.org/anmeldung/fachtag',
  });
  assert.equal(
    again.location!.url,
    'https://www.schloss-schwerin.de/',
    'the same place with more detail stays',
  );
  for (const key of ['networks', 'programmes', 'offices', 'topics', 'publisher'] as const)
    assert.deepEqual(merged[key], base[key], key);
  // The sample's own events are all still there, unchanged.
  for (const event of base.events!)
    assert.deepEqual(
      merged.events!.find((e) => e.id === event.id),
      event as ImportedEvent,
    );

  const third = await cli('import', changed, '--into', feedFile, ...today);
  assert.match(third.out.at(-1)!, /0 neu, 0 geändert, 13 unverändert/);
  assert.deepEqual(JSON.parse(readFileSync(feedFile, 'utf8')), merged);
});

test('a public calendar URL (webcal:// is fetched over http(s) as given) is imported like a file', async () => {
  const server = createServer((request, response) => {
    if (request.url === '/kalender.ics') response.end(readFileSync(fixture('google-export.ics')));
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const ok = await cli('import', `${base}/kalender.ics`, ...today);
    assert.equal(ok.code, 0);
    assert.equal((JSON.parse(ok.out.join('\n')) as FeedDocument).events!.length, 4);
    const missing = await cli('import', `${base}/weg.ics`, ...today);
    assert.equal(missing.code, 1);
    assert.match(missing.err[0]!, /Fehler 404/);
  } finally {
    server.close();
  }
});

test('a file that is no calendar: one clear error, nothing written, exit code 1', async () => {
  const out = join(tempDir(), 'feed.json');
  const result = await cli('import', sample.replace('.json', '.ics'), '--out', out);
  assert.equal(result.code, 1);
  const notIcs = join(tempDir(), 'x.ics');
  writeFileSync(notIcs, 'Hallo');
  const bad = await cli('import', notIcs, '--out', out, '--lang', 'en');
  assert.equal(bad.code, 1);
  assert.match(bad.err[0]!, /^error: The file is not a readable iCalendar calendar/);
  assert.match(bad.err.at(-1)!, /Nothing was written/);
  assert.equal((await cli('import', notIcs, '--categories', 'colours')).code, 2);
});
