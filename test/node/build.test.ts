// `bildungsnetz-widgets build feed.json --out public/`: the split feed, the archive parts, the
// subscription calendars (parsed back with ical.js), the Atom feed and the server README.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { checkFeedText } from '../../src/data/check.ts';
import type { FeedDocument, ImportedEvent } from '../../src/cli/feed-types.ts';
import { cli, fixture, sample, tempDir } from './cli-helpers.ts';

const today = ['--today', '2026-11-23'];
const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');
const json = (dir: string, path: string) => JSON.parse(read(dir, path)) as FeedDocument;

test('the sample feed: old events into per-year archive parts, every event exactly once, every file valid', async () => {
  const out = tempDir();
  const { code, out: lines } = await cli(
    'build',
    sample,
    '--out',
    out,
    ...today,
    '--base-url',
    'https://www.example.org/termine/',
  );
  assert.equal(code, 0);
  assert.match(lines[0]!, /feed\.json mit 10 Terminen, 7 Archivteile mit 28 Terminen, 14 Kalender-Abos/);
  const main = json(out, 'feed.json');
  const source = JSON.parse(readFileSync(sample, 'utf8')) as FeedDocument;

  // "Old": ended before the first of the previous month (2026-10-01 for 23 November 2026); the
  // sample has nothing between 2022 and December 2026, so every old year is a whole part.
  assert.deepEqual(
    main.archive!.map((a) => [a.url, a.from, a.to]),
    [2016, 2017, 2018, 2019, 2020, 2021, 2022].map((y) => [`archive/${y}.json`, `${y}-01-01`, `${y}-12-31`]),
  );
  const all: ImportedEvent[] = [...main.events!];
  for (const part of main.archive!) {
    const text = read(out, part.url);
    const check = checkFeedText(text, { today: '2026-11-23' });
    assert.equal(check.errors, 0, part.url);
    const doc = JSON.parse(text) as FeedDocument;
    assert.deepEqual(Object.keys(doc), ['version', 'timeZone', 'events']);
    for (const e of doc.events!)
      assert.ok(e.start.slice(0, 10) >= part.from && e.start.slice(0, 10) <= part.to, e.id);
    all.push(...doc.events!);
  }
  // Every event once, unchanged; no main event starts inside a part's range.
  assert.deepEqual(all.map((e) => e.id).sort(), source.events!.map((e) => e.id).sort());
  for (const e of all)
    assert.deepEqual(
      e,
      source.events!.find((s) => s.id === e.id),
    );
  for (const e of main.events!)
    assert.ok(
      main.archive!.every((a) => e.start.slice(0, 10) < a.from || e.start.slice(0, 10) > a.to),
      e.id,
    );
  // The rest of the feed as the editors wrote it.
  for (const key of ['publisher', 'offices', 'topics', 'networks', 'programmes', 'updated'] as const)
    assert.deepEqual(main[key], source[key], key);
  const check = checkFeedText(read(out, 'feed.json'), { today: '2026-11-23' });
  assert.equal(check.errors + check.warnings, 0, JSON.stringify(check.problems));
});

test('subscription calendars: all, per state, network and topic with events; they parse with ical.js', async () => {
  const out = tempDir();
  await cli('build', sample, '--out', out, ...today, '--base-url', 'https://www.example.org/termine');
  const main = json(out, 'feed.json');
  const ids = main.calendars!.map((c) => c.id);
  assert.deepEqual(ids.slice(0, 4), ['alle', 'land-bb', 'land-mv', 'land-sh']);
  assert.ok(ids.includes('netzwerk-wissen-was-zaehlt'));
  assert.ok(ids.includes('thema-gremienarbeit'));
  // A network without an upcoming or recent event gets no empty calendar.
  assert.ok(!ids.includes('netzwerk-uebergaenge-gestalten'));
  assert.deepEqual(
    main.calendars!.find((c) => c.id === 'land-bb'),
    {
      id: 'land-bb',
      title: 'Termine in Brandenburg',
      url: 'https://www.example.org/termine/calendars/land-bb.ics',
      states: ['BB'],
    },
  );
  assert.deepEqual(readdirSync(join(out, 'calendars')).sort(), ids.map((id) => `${id}.ics`).sort());

  for (const entry of main.calendars!) {
    const text = read(out, new URL(entry.url).pathname.replace('/termine/', ''));
    assert.ok(
      text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75),
      'folded at 75 octets',
    );
    const calendar = new ICAL.Component(ICAL.parse(text));
    // ical.js leaves X- and RFC 7986 properties as written; their TEXT escapes (RFC 5545 §3.3.11) undone here.
    const unescape = (value: unknown) => String(value).replace(/\\([\\;,])/g, '$1');
    assert.equal(
      unescape(calendar.getFirstPropertyValue('x-wr-calname')),
      `Transferagentur Nord-Ost – ${entry.title}`,
    );
    assert.equal(
      unescape(calendar.getFirstPropertyValue('name')),
      `Transferagentur Nord-Ost – ${entry.title}`,
    );
    assert.equal(calendar.getFirstProperty('refresh-interval')!.getFirstValue()!.toString(), 'PT6H');
    assert.equal(calendar.getFirstPropertyValue('x-published-ttl'), 'PT6H');
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    assert.ok(events.length > 0, entry.id);
    const covered = main.events!.filter(
      (e) =>
        e.start.length > 7 &&
        (entry.states ? e.states?.includes(entry.states[0]!) : true) &&
        (entry.network ? e.network === entry.network : true) &&
        (entry.topics ? e.topics?.includes(entry.topics[0]!) : true),
    );
    assert.deepEqual(
      events.map((e) => e.uid.split('@')[0]).sort(),
      covered.map((e) => e.id).sort(),
      entry.id,
    );
  }
  // Without --base-url the calendars are listed relative to the feed, as the archive parts are.
  const unlisted = tempDir();
  const result = await cli('build', sample, '--out', unlisted, ...today);
  assert.equal(json(unlisted, 'feed.json').calendars![0]!.url, 'calendars/alle.ics');
  assert.ok(existsSync(join(unlisted, 'calendars/alle.ics')));
  assert.deepEqual(result.err, []);
  assert.equal(
    json(unlisted, 'feed.json').archive![0]!.url,
    'archive/2016.json',
    'archive parts stay relative',
  );
});

test('the Atom feed: upcoming events, soonest first, every text escaped', async () => {
  const dir = tempDir();
  const feed = JSON.parse(readFileSync(sample, 'utf8')) as FeedDocument;
  feed.events!.push({
    id: 'xml-test',
    title: 'Tom & Jerry <script>alert("x")</script>',
    start: '2026-11-30T10:00',
    summary: "Ein 'Zitat' & <b>fett</b>",
    location: { name: 'Saal <1>', city: 'Kiel' },
  });
  const file = join(dir, 'feed.json');
  writeFileSync(file, JSON.stringify(feed));
  const out = join(dir, 'public');
  assert.equal((await cli('build', file, '--out', out, ...today, '--atom-limit', '3')).code, 0);
  const atom = read(out, 'events.atom');
  assert.match(
    atom,
    /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="de-DE">/,
  );
  assert.equal(atom.match(/<entry>/g)!.length, 3);
  assert.ok(!atom.includes('<script>') && !atom.includes('<b>'));
  assert.ok(
    atom.includes('<title>Tom &amp; Jerry &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</title>'),
  );
  assert.ok(
    atom.includes(
      '<summary>Montag, 30. November 2026, 10:00 Uhr · Saal &lt;1&gt;, Kiel · Ein &apos;Zitat&apos; &amp; &lt;b&gt;fett&lt;/b&gt;</summary>',
    ),
  );
  // Soonest first: the test event of 30 November, then December's.
  const titles = [...atom.matchAll(/<entry>\n {4}<id>[^<]*<\/id>\n {4}<title>([^<]*)/g)].map((m) => m[1]);
  assert.equal(titles[0], 'Tom &amp; Jerry &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  assert.equal(titles.length, 3);
});

test('README.txt: caching, ETag and CORS for Apache, nginx and a CDN, in German and English', async () => {
  const out = tempDir();
  await cli(
    'build',
    sample,
    '--out',
    out,
    ...today,
    '--cors-origins',
    'https://www.partner.de,https://kommune.example',
  );
  const readme = read(out, 'README.txt');
  for (const needle of [
    'DEUTSCH',
    'ENGLISH',
    'stale-while-revalidate=86400',
    'FileETag MTime Size',
    'etag on;',
    'SetEnvIf Origin "^(https:\\/\\/www\\.partner\\.de|https:\\/\\/kommune\\.example)$"',
    'Vary: Origin',
    'archive/2019.json',
    'calendars/alle.ics',
    'CDN',
  ])
    assert.ok(readme.includes(needle), needle);
  // Without partner origins: any origin, the feed is public.
  const open = tempDir();
  await cli('build', sample, '--out', open, ...today);
  assert.ok(read(open, 'README.txt').includes('Header set Access-Control-Allow-Origin "*"'));
  assert.ok(!read(open, 'README.txt').includes('SetEnvIf Origin'));
});

test("an event running into the kept months stays in the main feed, and its year's part ends before it", async () => {
  const dir = tempDir();
  const feed: FeedDocument = {
    version: 1,
    events: [
      { id: 'monat-2024', title: 'Irgendwann im Mai', start: '2024-05' },
      { id: 'fruehjahr-2025', title: 'Frühjahr', start: '2025-03-05T10:00' },
      { id: 'jahreswechsel', title: 'Über den Jahreswechsel', start: '2025-12-20', end: '2026-01-03' },
      { id: 'silvester', title: 'Silvester', start: '2025-12-31' },
      { id: 'januar-2026', title: 'Januar', start: '2026-01-15T10:00' },
      { id: 'april-2026', title: 'April', start: '2026-04-10T10:00', end: '2026-04-10T16:00' },
      { id: 'monatswechsel', title: 'Über den Monatswechsel', start: '2026-04-28', end: '2026-05-02' },
      { id: 'ende-april', title: 'Ende April', start: '2026-04-30T10:00' },
      { id: 'mai-2026', title: 'Mai', start: '2026-05-20' },
      { id: 'juni-2026', title: 'Juni', start: '2026-06-20' },
    ],
  };
  const file = join(dir, 'feed.json');
  writeFileSync(file, JSON.stringify(feed));
  const build = async (name: string, ...args: string[]) => {
    const out = join(dir, name);
    assert.equal((await cli('build', file, '--out', out, ...args)).code, 0);
    const main = json(out, 'feed.json');
    return {
      archive: main.archive?.map((a) => [a.url, a.from, a.to]),
      main: main.events!.map((e) => e.id),
      part: (year: number) => json(out, `archive/${year}.json`).events!.map((e) => e.id),
    };
  };

  // 10 February 2026, default --keep-months 1: what ended before 1 January 2026 is old.
  const february = await build('februar', '--today', '2026-02-10');
  assert.deepEqual(february.archive, [
    ['archive/2024.json', '2024-01-01', '2024-12-31'],
    // 2025's part ends the day before the event that runs into January starts.
    ['archive/2025.json', '2025-01-01', '2025-12-19'],
  ]);
  assert.deepEqual(february.main.slice(0, 3), ['jahreswechsel', 'silvester', 'januar-2026']);
  assert.deepEqual(february.part(2025), ['fruehjahr-2025']);
  assert.deepEqual(february.part(2024), ['monat-2024']);

  // 15 June 2026: what ended before 1 May is old; the part of the current year ends in April,
  // the day before the event that runs into May starts, and May and June are in no part.
  const june = await build('juni', '--today', '2026-06-15');
  assert.deepEqual(june.archive, [
    ['archive/2024.json', '2024-01-01', '2024-12-31'],
    ['archive/2025.json', '2025-01-01', '2025-12-31'],
    ['archive/2026.json', '2026-01-01', '2026-04-27'],
  ]);
  assert.deepEqual(june.main, ['monatswechsel', 'ende-april', 'mai-2026', 'juni-2026']);
  assert.deepEqual(june.part(2026), ['januar-2026', 'april-2026']);

  // --keep-months 0: only from the first of this month; the part ends the day before it.
  const zero = await build('null', '--today', '2026-06-15', '--keep-months', '0');
  assert.deepEqual(zero.archive!.at(-1), ['archive/2026.json', '2026-01-01', '2026-05-31']);
  assert.deepEqual(zero.main, ['juni-2026']);
  // Across a year: 15 January 2026 with 13 months keeps everything since 1 December 2024.
  const thirteen = await build('dreizehn', '--today', '2026-01-15', '--keep-months', '13');
  assert.deepEqual(thirteen.archive, [['archive/2024.json', '2024-01-01', '2024-11-30']]);
});

test('a feed with errors is refused: nothing written, the reasons on standard error', async () => {
  const out = join(tempDir(), 'public');
  const broken = new URL('../fixtures/broken-feed.json', import.meta.url).pathname;
  const { code, err, out: lines } = await cli('build', broken, '--out', out, ...today);
  assert.equal(code, 1);
  assert.deepEqual(lines, []);
  assert.equal(existsSync(out), false);
  assert.ok(err.some((l) => l.startsWith('Fehler: events[2].url: ')));
  assert.match(err.at(-1)!, /^build schreibt nichts, solange der Feed Fehler hat/);
  // A text that is no JSON: the check's words, with line and column, as validate gives them.
  const notJson = join(tempDir(), 'feed.json');
  writeFileSync(notJson, '{"version": 1,\n "events": [}');
  const bad = await cli('build', notJson, '--out', out, ...today);
  assert.equal(bad.code, 1);
  assert.ok(
    bad.err.some((l) => l.includes('keine gültige JSON-Datei') && l.includes('(Zeile 2, Spalte 13)')),
  );
  assert.equal(existsSync(out), false);
  const usage = await cli('build', sample);
  assert.equal(usage.code, 2, '--out is required');
  assert.equal((await cli('build', sample, '--out', out, '--keep-months', 'zwei')).code, 2);
  assert.equal((await cli('build', sample, '--out', out, '--keep-months', '-1')).code, 2);
  // The year option of earlier drafts is gone: an unknown option is a usage error.
  assert.equal((await cli('build', sample, '--out', out, '--keep-years', '1')).code, 2);
});

test('imported calendars go through build: outputs validate, calendars parse', async () => {
  const dir = tempDir();
  const feed = join(dir, 'feed.json');
  for (const name of ['outlook-export.ics', 'nextcloud-export.ics', 'google-export.ics'])
    assert.equal(
      (
        await cli(
          'import',
          fixture(name),
          '--into',
          existsSync(feed) ? feed : sample,
          '--out',
          feed,
          ...today,
        )
      ).code,
      0,
    );
  assert.equal((await cli('import', fixture('libreoffice-utf8.csv'), '--into', feed, ...today)).code, 0);
  const out = join(dir, 'public');
  assert.equal(
    (await cli('build', feed, '--out', out, ...today, '--base-url', 'https://www.example.org/')).code,
    0,
  );
  assert.equal(checkFeedText(read(out, 'feed.json'), { today: '2026-11-23' }).errors, 0);
  const all = new ICAL.Component(ICAL.parse(read(out, 'calendars/alle.ics')));
  const uids = all.getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('uid')));
  assert.ok(uids.some((u) => u.startsWith('7c1e7b0a-5d36-4c2e-9f0b-2f4d8f1b6a31@')));
  // The calendar's SEQUENCE and LAST-MODIFIED, carried through the feed (revision, updated).
  const visit = all
    .getAllSubcomponents('vevent')
    .find((v) => String(v.getFirstPropertyValue('uid')).startsWith('7c1e7b0a-'))!;
  assert.equal(visit.getFirstPropertyValue('sequence'), 4);
  assert.equal(String(visit.getFirstPropertyValue('last-modified')), '2026-10-20T14:30:02Z');
  assert.equal(uids.length, json(out, 'feed.json').events!.filter((e) => e.start.length > 7).length);
});
