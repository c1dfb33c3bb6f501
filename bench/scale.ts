/**
 * The publisher's side at scale (issue 18): `build` of a feed with 20 years × 2,000 events
 * (40,000 events with every field), timed and measured in its own Node process, and the bytes a
 * visitor downloads, with 1 year of archive against 20 years.
 *
 * Not a timed test: a benchmark. Run alone: `node --import tsx bench/scale.ts` (prints the
 * table and writes it into bench/report.md between `<!-- scale:start -->` and
 * `<!-- scale:end -->`); bench/run.ts can call {@link runScale} and {@link writeScaleSection}.
 *
 * The events are bench/generate.ts's (seeded, every field), moved into the years wanted: event
 * i gets year `first + floor(i / 2000)`, keeping its month, day and time.
 *
 * The widgets' side: which of the built files a visitor's page requests, as the widgets decide
 * it (src/data/archive.ts `partsBetween`, the calendar's choice of parts for a month; an
 * upcoming `<event-list>` never asks for a part), summed as gzip bytes of those files. That the
 * widgets make exactly these requests is proven in a real browser by test/split-feed/.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { generateFeed, SEED, TODAY } from './generate.ts';
import type { FeedDocument, ImportedEvent } from '../src/cli/feed-types.ts';
import { addDays, dayDiff, isUpcoming, parseFeedDate, startOfDay } from '../src/data/dates.ts';
import { partsBetween } from '../src/data/archive.ts';
import type { ValidFeed } from '../src/data/parse.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tmp = join(root, 'bench/tmp/scale');
export const EVENTS_PER_YEAR = 2000;
/** The last generated year: the main feed holds last year, this year and the next. */
const LAST_YEAR = Number(TODAY.slice(0, 4)) + 1;

export interface ScaleRow {
  scenario: string;
  years: string;
  events: number;
  sourceBytes: number;
  archiveParts: number;
  mainEvents: number;
  mainBytes: number;
  mainGzip: number;
  largestPartGzip: number;
  /** Only the upcoming events of the main feed, as if it held nothing else. */
  upcomingGzip: number;
  /** Only the events of today's month. */
  monthGzip: number;
  calendars: number;
  allIcsGzip: number;
  /** What a visitor's page downloads for an upcoming `<event-list>` and today's calendar month. */
  visitorRequests: number;
  visitorGzip: number;
  /** A month of the oldest archived year in the calendar: its requests and their gzip bytes. */
  archivedMonth: string;
  archivedMonthRequests: number;
  archivedMonthGzip: number;
  buildMs: number;
  /** CPU time of the build process (user + system, including start-up): the machine is shared. */
  buildCpuMs: number;
  peakRssMb: number;
}

export interface ScaleReport {
  date: string;
  machine: string;
  /** 1-minute load average when the run ended. */
  load: string;
  today: string;
  rows: ScaleRow[];
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * Moves an event's dates by whole years, keeping their distances: the start's day moves to
 * the same day `shift` years on (29 February to the 28th in a common year), and every other
 * date by the same number of days. A month-only start moves by its year.
 */
function moveEvent(event: ImportedEvent, shift: number): ImportedEvent {
  if (event.start.length === 7)
    return { ...event, start: `${Number(event.start.slice(0, 4)) + shift}${event.start.slice(4)}` };
  const day = event.start.slice(0, 10);
  const year = Number(day.slice(0, 4)) + shift;
  const monthDay = day.slice(4) === '-02-29' && !isLeap(year) ? '-02-28' : day.slice(4);
  const days = dayDiff(day, `${year}${monthDay}`);
  const move = (value: string) => addDays(value.slice(0, 10), days) + value.slice(10);
  const moved: ImportedEvent = { ...event, start: move(event.start) };
  if (event.end) moved.end = move(event.end);
  if (event.registration?.until)
    moved.registration = { ...event.registration, until: move(event.registration.until) };
  return moved;
}

/** `years` × 2,000 rich events ending with LAST_YEAR. */
export function scaleFeed(years: number): FeedDocument {
  const count = years * EVENTS_PER_YEAR;
  const feed = JSON.parse(generateFeed({ count, rich: true, seed: SEED + 18 })) as FeedDocument;
  const first = LAST_YEAR - years + 1;
  feed.events = feed.events!.map((event: ImportedEvent, i) =>
    moveEvent(event, first + Math.floor(i / EVENTS_PER_YEAR) - Number(event.start.slice(0, 4))),
  );
  return feed;
}

const gzip = (text: string | Buffer) => gzipSync(text).length;

/** Runs the built CLI's `build` in a fresh Node process: wall time and peak resident memory. */
function timedBuild(feedFile: string, outDir: string): { ms: number; cpuMs: number; peakRssMb: number } {
  const script = `
    const { main } = await import(${JSON.stringify(join(root, 'dist/cli.js'))});
    const started = performance.now();
    const code = await main(${JSON.stringify(['build', feedFile, '--out', outDir, '--today', TODAY, '--base-url', 'https://bench.example.org/', '--max-bytes', String(2 ** 30)])}, { out() {}, err: (l) => { if (!l.startsWith('Warnung')) process.stderr.write(l + '\\n'); } });
    const ms = performance.now() - started;
    const cpu = process.cpuUsage();
    process.stdout.write(JSON.stringify({ code, ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRss: process.resourceUsage().maxRSS }));`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`build failed: ${result.stderr}`);
  const { code, ms, cpuMs, maxRss } = JSON.parse(result.stdout) as {
    code: number;
    ms: number;
    cpuMs: number;
    maxRss: number;
  };
  if (code !== 0) throw new Error(`build exit code ${code}: ${result.stderr}`);
  return { ms, cpuMs, peakRssMb: maxRss / 1024 };
}

function measure(scenario: string, years: number): ScaleRow {
  const dir = join(tmp, `${years}y`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const feed = scaleFeed(years);
  const source = JSON.stringify(feed);
  const feedFile = join(dir, 'source.json');
  writeFileSync(feedFile, source);
  const out = join(dir, 'public');
  // Best of three: the machine is shared.
  const runs = [0, 1, 2].map(() => timedBuild(feedFile, out));
  const best = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
  const mainText = readFileSync(join(out, 'feed.json'), 'utf8');
  const main = JSON.parse(mainText) as FeedDocument;
  const parts = existsSync(join(out, 'archive')) ? readdirSync(join(out, 'archive')) : [];
  const tz = 'Europe/Berlin';
  const now = startOfDay(TODAY, tz);
  const only = (keep: (e: ImportedEvent) => boolean) =>
    gzip(JSON.stringify({ ...main, archive: main.archive, events: main.events!.filter(keep) }));
  const upcoming = (e: ImportedEvent) => {
    const start = parseFeedDate(e.start, tz)!;
    return isUpcoming(start, e.end ? parseFeedDate(e.end, tz) : undefined, now, tz);
  };
  // The parts the calendar asks for to show a month (none for today's month).
  const monthParts = (month: string) =>
    partsBetween({ archive: main.archive } as ValidFeed, `${month}-01`, `${month}-31`).map((part) =>
      gzip(readFileSync(join(out, part.url))),
    );
  const todayParts = monthParts(TODAY.slice(0, 7));
  const archivedMonth = `${LAST_YEAR - years + 1}-06`;
  const archivedParts = monthParts(archivedMonth);
  return {
    scenario,
    years: `${LAST_YEAR - years + 1}–${LAST_YEAR}`,
    events: feed.events!.length,
    sourceBytes: Buffer.byteLength(source),
    archiveParts: parts.length,
    mainEvents: main.events!.length,
    mainBytes: Buffer.byteLength(mainText),
    mainGzip: gzip(mainText),
    largestPartGzip: Math.max(0, ...parts.map((p) => gzip(readFileSync(join(out, 'archive', p))))),
    upcomingGzip: only(upcoming),
    monthGzip: only((e) => e.start.startsWith(TODAY.slice(0, 7))),
    calendars: main.calendars?.length ?? 0,
    allIcsGzip: gzip(readFileSync(join(out, 'calendars/alle.ics'))),
    // The list and the calendar share the one request for feed.json.
    visitorRequests: 1 + todayParts.length,
    visitorGzip: gzip(mainText) + todayParts.reduce((a, b) => a + b, 0),
    archivedMonth,
    archivedMonthRequests: archivedParts.length,
    archivedMonthGzip: archivedParts.reduce((a, b) => a + b, 0),
    buildMs: best.ms,
    buildCpuMs: best.cpuMs,
    peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
  };
}

/** Builds the CLI, then measures 1 and 20 years of archive. */
export function runScale(): ScaleReport {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '-c', 'vite.cli.config.ts', '--logLevel', 'error'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  const rows = [measure('1 Jahr Archiv', 4), measure('20 Jahre', 20)];
  return {
    date: new Date().toISOString().slice(0, 10),
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.versions.node}`,
    today: TODAY,
    load: loadavg()[0]!.toFixed(1),
    rows,
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MB`;

/** The report's section, Markdown. */
export function renderScaleSection(report: ScaleReport): string {
  const [one, twenty] = report.rows;
  const row = (r: ScaleRow) =>
    `| ${r.scenario} (${r.years}) | ${r.events.toLocaleString('en')} | ${mb(r.sourceBytes)} | ${r.archiveParts} | ${r.mainEvents.toLocaleString('en')} | ${mb(r.mainBytes)} / **${kb(r.mainGzip)}** | ${kb(r.largestPartGzip)} | ${kb(r.upcomingGzip)} | ${kb(r.monthGzip)} | ${r.calendars} (alle.ics ${kb(r.allIcsGzip)}) | **${(r.buildMs / 1000).toFixed(2)} s** (CPU ${(r.buildCpuMs / 1000).toFixed(2)} s) | **${r.peakRssMb.toFixed(0)} MB** |`;
  return `<!-- scale:start -->
## 6. The publisher's \`build\` at scale (issue 18)

${report.date}, ${report.machine}; today ${report.today}. \`node --import tsx bench/scale.ts\`.
Every year has ${EVENTS_PER_YEAR.toLocaleString('en')} events with every field (bench/generate.ts, rich). \`build\` runs
from the built \`dist/cli.js\` in its own Node process (best of three; peak RSS of the process,
\`process.resourceUsage().maxRSS\`). gzip: Node's zlib, default level.

| scenario | events | source feed | archive parts | events in feed.json | feed.json raw / gzip | largest part gzip | upcoming only, gzip | current month only, gzip | calendars | build | peak memory |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${report.rows.map(row).join('\n')}

- **Archive size does not reach the visitor:** feed.json is ${kb(one!.mainGzip)} gzip with 1 year
  of archive and ${kb(twenty!.mainGzip)} with 20 (only the \`archive\` list grows, by one line per year);
  each archived year is one request of about ${kb(twenty!.largestPartGzip)} gzip, made only when a
  view needs that year.
- **What a visitor downloads (the widgets' side):** an upcoming \`<event-list>\` and the current
  month of \`<meeting-calendar>\` on one page make ${one!.visitorRequests} request${one!.visitorRequests === 1 ? '' : 's'} with 1 year of archive
  (${kb(one!.visitorGzip)} gzip) and ${twenty!.visitorRequests} with 20 years (${kb(twenty!.visitorGzip)} gzip): no archive part. Navigating
  the calendar back to ${twenty!.archivedMonth} costs ${twenty!.archivedMonthRequests} request${twenty!.archivedMonthRequests === 1 ? '' : 's'} (${kb(twenty!.archivedMonthGzip)} gzip), every other month of
  that year none. (Files chosen as the widgets choose them, src/data/archive.ts; the requests
  themselves are counted in a real browser by test/split-feed/.)
- **Budget \`build\` < 10 s and < 500 MB** for 40,000 events, ${twenty!.buildMs < 10_000 && twenty!.peakRssMb < 500 ? 'met' : '**missed**'}: ${(twenty!.buildMs / 1000).toFixed(2)} s wall clock
  (${(twenty!.buildCpuMs / 1000).toFixed(2)} s of CPU; the wall clock depends on what else the shared machine runs, load
  average ${report.load}) and ${twenty!.peakRssMb.toFixed(0)} MB.
- **Budget 60 KB gzip for an upcoming list / the current month: missed at this density.** The
  main feed holds last year, this year and next (${twenty!.mainEvents.toLocaleString('en')} events
  with every field). Even the upcoming events alone are ${kb(twenty!.upcomingGzip)} gzip and one
  month alone ${kb(twenty!.monthGzip)}: at 2,000 fully described events a year the budget needs
  finer parts than years (e.g. a main feed of the next few weeks and monthly parts), a change of
  the split and of the widgets' loading that this build does not make by itself.
<!-- scale:end -->`;
}

/** Puts the section into a Markdown report: replaces the old one, or appends it. */
export function writeScaleSection(report: ScaleReport, file = join(root, 'bench/report.md')): void {
  const section = renderScaleSection(report);
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const start = text.indexOf('<!-- scale:start -->');
  const end = text.indexOf('<!-- scale:end -->');
  const next =
    start !== -1 && end > start
      ? text.slice(0, start) + section + text.slice(end + '<!-- scale:end -->'.length)
      : `${text.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const report = runScale();
  console.log(renderScaleSection(report));
  writeFileSync(join(tmp, 'scale.json'), JSON.stringify(report, null, 2));
  writeScaleSection(report);
}
