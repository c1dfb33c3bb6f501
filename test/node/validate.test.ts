// The publisher's command `bildungsnetz-widgets validate`, run for real: plain Node (no tsx)
// starts bin/bildungsnetz-widgets.mjs, which loads the built dist/cli.js (`npm run build`
// runs before these tests in `npm test`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';

const bin = new URL('../../bin/bildungsnetz-widgets.mjs', import.meta.url).pathname;
const sample = new URL('../../src/data/sample-feed.json', import.meta.url).pathname;
const broken = new URL('../fixtures/broken-feed.json', import.meta.url).pathname;
// The reference date of the project's sample content, so the result does not change with time.
const today = ['--today', '2026-11-23'];

function run(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    // process.execPath without --import tsx: the command must run on plain Node.
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, NODE_OPTIONS: '' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

const lines = (text: string) => text.trimEnd().split('\n');

test('the sample feed is clean: no errors, exit code 0, the one honest warning, a summary', async () => {
  const { code, out, err } = await run('validate', sample, ...today);
  assert.equal(err, '');
  assert.equal(code, 0);
  assert.deepEqual(lines(out), [
    // The real content still calls a meeting of December 2020 provisional: worth telling the publisher.
    'Warnung: events[22].tentative: Die Veranstaltung „dkbm-reflexion-2020-12“ liegt in der Vergangenheit, ist aber noch als „voraussichtlich“ markiert. Bitte das Datum bestätigen („tentative“ entfernen) oder die Veranstaltung absagen.',
    `${sample}: Ergebnis: keine Fehler, 1 Warnung – angezeigt werden 38 Veranstaltungen, 5 Netzwerke, 2 Programme, 1 Beitrag.`,
  ]);
});

/** Every problem planted in test/fixtures/broken-feed.json: severity, JSON path, item id. */
const planted: [severity: 'Fehler' | 'Warnung', path: string, id: string | undefined][] = [
  ['Warnung', 'events[0].title', 'uebergaenge-2016-04-schwerin'],
  ['Warnung', 'events[1].start', 'gemeinsam-steuern-2016-06-kiel'],
  ['Fehler', 'events[2].url', 'bildungsmonitoring-2016-09-potsdam'],
  ['Fehler', 'events[3].sequence', 'bildungsmonitoring-2017-03-schwerin'],
  ['Fehler', 'events[4].end', 'uebergaenge-2017-05-neumuenster'],
  ['Warnung', 'events[5].id', 'uebergaenge-2017-05-neumuenster'],
  ['Warnung', 'events[6].network', 'bildungsmonitoring-2017-09-luebeck'],
  ['Warnung', 'events[22].tentative', 'dkbm-reflexion-2020-12'],
  ['Warnung', 'events[29].registration.until', 'fortbildung-gremienarbeit-2026-12-08'],
  ['Warnung', 'events[31].location', 'hospitation-potsdam-mittelmark-2026-12-15'],
  ['Fehler', 'events[32].location.url', 'bildungsmanagement-mv-2027-01-19'],
  ['Warnung', 'events[33].location.onlineUrl', 'online-sprechstunde-verstetigung-2027-01-26'],
  ['Fehler', 'networks[0].participation[0].people', 'uebergaenge-gestalten'],
  ['Warnung', 'offices[0].email', 'regionalbuero-brandenburg'],
  ['Fehler', 'programmes[0].image', 'transferagentur-nord-ost'],
  ['Fehler', 'timeZone', undefined],
];

test('a broken copy of the sample feed: every problem with its path and id, in German, exit code 1', async () => {
  const { code, out } = await run('validate', broken, ...today);
  assert.equal(code, 1);
  const output = lines(out);
  assert.equal(output.length, planted.length + 1, out);
  planted.forEach(([severity, path, id], i) => {
    const line = output[i]!;
    assert.ok(line.startsWith(`${severity}: ${path}: `), `line ${i}: ${line}`);
    if (id) assert.ok(line.includes(`„${id}“`), `line ${i} names ${id}: ${line}`);
  });
  assert.equal(
    output.at(-1),
    `${broken}: Ergebnis: 7 Fehler, 9 Warnungen – angezeigt werden 35 Veranstaltungen, 5 Netzwerke, 2 Programme.`,
  );
});

test('--lang en says the same in English', async () => {
  const { code, out } = await run('validate', broken, '--lang', 'en', ...today);
  assert.equal(code, 1);
  const output = lines(out);
  planted.forEach(([severity, path, id], i) => {
    const line = output[i]!;
    assert.ok(line.startsWith(`${severity === 'Fehler' ? 'error' : 'warning'}: ${path}: `), line);
    if (id) assert.ok(line.includes(`"${id}"`), line);
  });
  assert.ok(
    output.includes(
      'error: events[2].url: field "url" of "bildungsmonitoring-2016-09-potsdam" was ignored: only http:, https:, mailto: and tel: addresses are allowed.',
    ),
  );
  assert.equal(
    output.at(-1),
    `${broken}: Result: 7 errors, 9 warnings – the widgets show 35 events, 5 networks, 2 programmes.`,
  );
});

test('warnings alone do not fail, unless --strict', async () => {
  assert.equal((await run('validate', sample, ...today)).code, 0);
  assert.equal((await run('validate', sample, ...today, '--strict')).code, 1);
});

test('--json gives the same problems to machines', async () => {
  const { code, out } = await run('validate', broken, '--json', ...today);
  assert.equal(code, 1);
  const report = JSON.parse(out) as {
    errors: number;
    warnings: number;
    problems: { path: string; id?: string }[];
  };
  assert.equal(report.errors, 7);
  assert.equal(report.warnings, 9);
  assert.deepEqual(
    report.problems.map((p) => [p.path, p.id]),
    planted.map(([, path, id]) => [path, id]),
  );
});

test('a feed at a URL is fetched and checked; whole-feed failures are one error with exit code 1', async () => {
  const server = createServer((request, response) => {
    if (request.url === '/feed.json') response.end(readFileSync(sample));
    else if (request.url === '/v2.json') response.end('{"version": 2}');
    else if (request.url === '/broken.json') response.end('{"version": 1,\n  "events": [}');
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const ok = await run('validate', `${base}/feed.json`, ...today);
    assert.equal(ok.code, 0);
    assert.match(ok.out, /keine Fehler, 1 Warnung/);

    const missing = await run('validate', `${base}/nothing.json`);
    assert.equal(missing.code, 1);
    assert.match(missing.out, /^Fehler: .*\(Fehler 404\)/);

    const v2 = await run('validate', `${base}/v2.json`, '--lang', 'en');
    assert.equal(v2.code, 1);
    assert.match(v2.out, /^error: version: The data source declares "version": 2/);
    assert.match(v2.out, /Result: 1 error – the widgets cannot show this feed\.\n$/);

    const syntax = await run('validate', `${base}/broken.json`);
    assert.equal(syntax.code, 1);
    assert.match(syntax.out, /keine gültige JSON-Datei .* \(Zeile 2, Spalte 14\)/);
  } finally {
    server.close();
  }
});

test('usage errors exit with 2 and explain the command', async () => {
  const none = await run();
  assert.equal(none.code, 2);
  assert.match(none.err, /^Aufruf: bildungsnetz-widgets validate <Datei-oder-URL>/);
  assert.equal((await run('validate', sample, '--lang', 'fr')).code, 2);
  // A day that does not exist is no reference date (it used to make "now" NaN).
  assert.equal((await run('validate', sample, '--today', '2019-02-30')).code, 2);
  const help = await run('--help', '--lang', 'en');
  assert.equal(help.code, 0);
  assert.match(help.out, /^Usage: bildungsnetz-widgets validate <file-or-url>/);
});

test('the published package carries the command: bin/ and the built dist/cli.js', async () => {
  const { execFile } = await import('node:child_process');
  const root = new URL('../..', import.meta.url).pathname;
  const out = await new Promise<string>((resolve, reject) =>
    execFile('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root }, (error, stdout) =>
      error ? reject(error) : resolve(stdout),
    ),
  );
  const [pack] = JSON.parse(out) as [{ files: { path: string }[] }];
  const files = pack.files.map((f) => f.path);
  assert.ok(files.includes('bin/bildungsnetz-widgets.mjs'), 'bin/bildungsnetz-widgets.mjs');
  assert.ok(files.includes('dist/cli.js'), 'dist/cli.js');
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.equal(manifest.bin['bildungsnetz-widgets'], 'bin/bildungsnetz-widgets.mjs');
});

test('bad values in the additions of 2026-12 (posts, easy, accessibility, changes): each with its path and id, the item kept', async () => {
  const fixture = new URL('../fixtures/bad-additions.json', import.meta.url).pathname;
  const { code, out } = await run('validate', fixture, ...today);
  assert.equal(code, 1);
  const output = lines(out);
  for (const [path, id] of [
    ['events[0].changes[0].date', 'e-access'],
    ['events[0].changes[1].previousStart', 'e-access'],
    ['events[0].location.accessibility.stepFree', 'e-access'],
    ['networks[0].easy.title', 'n'],
    ['posts[0].chart.metric', 'p-ok'],
    ['posts[1].date', 'p-bad-date'],
  ])
    assert.ok(
      output.some((line) => line.includes(`${path}: `) && line.includes(`„${id}“`)),
      `${path} of ${id} is reported:\n${out}`,
    );
  // The items stay, only the bad values go; the post without a readable date is left out.
  assert.match(output.at(-1)!, /angezeigt werden 1 Veranstaltung, 1 Netzwerk, 0 Programme, 1 Beitrag\.$/);
});
