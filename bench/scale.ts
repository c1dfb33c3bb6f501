/**
 * The publisher's side at scale (issue 18): `build` of a feed with 20 years × 2,000 events
 * (40,000 events with every field), timed and measured in its own Node process, and the bytes a
 * visitor downloads, with 1 year of archive against 20 years.
 *
 * Not a timed test: a benchmark. Run alone: `node --import tsx bench/scale.ts` (prints the
 * table and writes it into bench/report.md between `<!-- scale:start -->` and
 * `<!-- scale:end -->`); bench/run.ts can call {@link runScale} and {@link writeScaleSection}.
 *
 * The events are bench/generate.ts's (seeded, every field), moved into the years wanted, keeping
 * their month, day and time. A "year" is 12 months ending with the publication horizon: an
 * agency publishes its dates some months ahead, not a full year, so the newest year ends
 * {@link HORIZON_MONTHS} months after TODAY's month (TODAY 2026-11-23: the last year runs from
 * March 2026 to February 2027, 20 years from March 2007). Event i lies in year
 * `floor(i / 2000)`; each year has the same 2,000 events per 12 months, whatever the horizon.
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
/**
 * The publication horizon (an assumption, stated in the report): the last generated events lie in
 * the third month after TODAY's month, e.g. up to 28 February 2027 for TODAY 2026-11-23.
 */
export const HORIZON_MONTHS = 3;
/** Months counted from year 0: `YYYY-MM` ↔ index. */
const monthIndex = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
const monthKey = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
/** The index of the newest generated month. */
const LAST_MONTH = monthIndex(TODAY) + HORIZON_MONTHS;
/** The first month of the oldest of `years` years. */
const firstMonth = (years: number) => LAST_MONTH - 12 * years + 1;

export interface ScaleRow {
  scenario: string;
  years: string;
  /** The start day of the newest event. */
  lastStart: string;
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
  const byYears = (value: string) => `${Number(value.slice(0, 4)) + shift}${value.slice(4)}`;
  if (event.start.length === 7)
    return {
      ...event,
      start: byYears(event.start),
      ...(event.registration?.until
        ? { registration: { ...event.registration, until: byYears(event.registration.until) } }
        : {}),
    };
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

/** `years` × 2,000 rich events, the newest in the month {@link HORIZON_MONTHS} after TODAY's. */
export function scaleFeed(years: number): FeedDocument {
  const count = years * EVENTS_PER_YEAR;
  const feed = JSON.parse(generateFeed({ count, rich: true, seed: SEED + 18 })) as FeedDocument;
  feed.events = feed.events!.map((event: ImportedEvent, i) => {
    // Year k's 12 months start at `first`; the event keeps its month of the year.
    const first = firstMonth(years) + 12 * Math.floor(i / EVENTS_PER_YEAR);
    const month = first + ((Number(event.start.slice(5, 7)) - 1 - (first % 12) + 12) % 12);
    return moveEvent(event, Math.floor(month / 12) - Number(event.start.slice(0, 4)));
  });
  return feed;
}

const gzip = (text: string | Buffer) => gzipSync(text).length;

/** Runs the built CLI's `build` in a fresh Node process: wall time and peak resident memory. */
function timedBuild(
  feedFile: string,
  outDir: string,
  extra: string[] = [],
): { ms: number; cpuMs: number; peakRssMb: number } {
  const script = `
    const { main } = await import(${JSON.stringify(join(root, 'dist/cli.js'))});
    const started = performance.now();
    const code = await main(${JSON.stringify(['build', feedFile, '--out', outDir, '--today', TODAY, '--base-url', 'https://bench.example.org/', '--max-bytes', String(2 ** 30), ...extra])}, { out() {}, err: (l) => { if (!l.startsWith('Warnung')) process.stderr.write(l + '\\n'); } });
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

function measure(scenario: string, years: number, extra: string[] = [], times = 3): ScaleRow {
  const dir = join(tmp, `${years}y${extra.join('')}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const feed = scaleFeed(years);
  const source = JSON.stringify(feed);
  const feedFile = join(dir, 'source.json');
  writeFileSync(feedFile, source);
  const out = join(dir, 'public');
  // Best of three: the machine is shared.
  const runs = Array.from({ length: times }, () => timedBuild(feedFile, out, extra));
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
  // June of the oldest year: a month of the oldest archived calendar year.
  const archivedMonth = `${monthKey(firstMonth(years)).slice(0, 4)}-06`;
  const archivedParts = monthParts(archivedMonth);
  return {
    scenario,
    years: `${monthKey(firstMonth(years))} – ${monthKey(LAST_MONTH)}`,
    lastStart: feed.events!.reduce((a, e) => (e.start > a ? e.start : a), '').slice(0, 10),
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
  const rows = [
    measure('1 Jahr', 1),
    measure('20 Jahre', 20),
    // The same 20 years split at the first of this month: what the smallest main feed costs.
    measure('20 Jahre, --keep-months 0', 20, ['--keep-months', '0'], 1),
  ];
  return {
    date: new Date().toISOString().slice(0, 10),
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.versions.node}`,
    today: TODAY,
    load: loadavg()[0]!.toFixed(1),
    rows,
  };
}

/** Kilobytes of 1,000 bytes, as the budgets are written (60 KB = 60,000 B). */
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
/** The issue's budget for what a visitor downloads, bytes gzip. */
export const VISITOR_BUDGET = 60_000;

/** The report's section, Markdown. */
export function renderScaleSection(report: ScaleReport): string {
  const [one, twenty, zero] = report.rows as [ScaleRow, ScaleRow, ScaleRow | undefined];
  const row = (r: ScaleRow) =>
    `| ${r.scenario} (${r.years}) | ${r.events.toLocaleString('en')} | ${mb(r.sourceBytes)} | ${r.archiveParts} | ${r.mainEvents.toLocaleString('en')} | ${mb(r.mainBytes)} / **${kb(r.mainGzip)}** | ${kb(r.largestPartGzip)} | ${kb(r.upcomingGzip)} | ${kb(r.monthGzip)} | ${r.visitorRequests} / **${kb(r.visitorGzip)}** | ${r.archivedMonth}: ${r.archivedMonthRequests} / ${kb(r.archivedMonthGzip)} | ${r.calendars} (alle.ics ${kb(r.allIcsGzip)}) | **${(r.buildMs / 1000).toFixed(2)} s** (CPU ${(r.buildCpuMs / 1000).toFixed(2)} s) | **${r.peakRssMb.toFixed(0)} MB** |`;
  const over = (r: ScaleRow) => r.visitorGzip - VISITOR_BUDGET;
  const verdict = (r: ScaleRow) =>
    over(r) <= 0
      ? `met (${kb(r.visitorGzip)})`
      : `**missed** by ${kb(over(r))} (${kb(r.visitorGzip)}, ${((over(r) / VISITOR_BUDGET) * 100).toFixed(0)}% over)`;
  const buildMet = twenty.buildMs < 10_000 && twenty.peakRssMb < 500;
  return `<!-- scale:start -->
## 7. The publisher's \`build\` at scale (issue 18)

${report.date}, ${report.machine}; today ${report.today}. \`node --import tsx bench/scale.ts\`.
Every year has ${EVENTS_PER_YEAR.toLocaleString('en')} events with every field (bench/generate.ts, rich).
**Assumption: a publication horizon of ${HORIZON_MONTHS} months.** An agency publishes its dates
some months ahead, not a year: the newest generated events lie in the month ${HORIZON_MONTHS} months after
today's, and a "year" is the 12 months ending there (20 years: ${twenty.years}). \`build\` runs
from the built \`dist/cli.js\` in its own Node process with its default split (\`--keep-months 1\`:
events that ended before the first of the previous month go into per-year parts), best of three;
peak RSS of the process (\`process.resourceUsage().maxRSS\`). gzip: Node's zlib, default level;
KB = 1,000 bytes.

| scenario | events | source feed | archive parts | events in feed.json | feed.json raw / gzip | largest part gzip | upcoming only, gzip | current month only, gzip | visitor: requests / gzip | archived month: requests / gzip | calendars | build | peak memory |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${report.rows.map(row).join('\n')}

- **Archive size does not reach the visitor:** feed.json is ${kb(one.mainGzip)} gzip with 1 year
  and ${kb(twenty.mainGzip)} with 20 (${one.mainEvents.toLocaleString('en')} and ${twenty.mainEvents.toLocaleString('en')} events: from the first of the previous month to the horizon;
  only the \`archive\` list grows, by one line per year). An upcoming \`<event-list>\` and the current
  month of \`<meeting-calendar>\` on one page make ${twenty.visitorRequests} request${twenty.visitorRequests === 1 ? '' : 's'} (the two share feed.json),
  no archive part. Navigating the calendar back to ${twenty.archivedMonth} costs ${twenty.archivedMonthRequests} request${twenty.archivedMonthRequests === 1 ? '' : 's'} (${kb(twenty.archivedMonthGzip)} gzip), every other month
  of that year none. (Files chosen as the widgets choose them, src/data/archive.ts; the requests
  themselves are counted in a real browser by test/split-feed/.)
- **Budget 60 KB gzip for an upcoming list + the current month:** 1 year ${verdict(one)}, 20 years
  ${verdict(twenty)}. Why: the upcoming events alone are ${kb(twenty.upcomingGzip)} gzip (every upcoming event
  up to the horizon, with every field: the list needs all of them to sort and count), the current
  month alone ${kb(twenty.monthGzip)}; the main feed also keeps the previous month and this month's past days.${
    zero
      ? `
  Split at the first of this month (\`--keep-months 0\`, ${zero.mainEvents.toLocaleString('en')} events) the visitor gets ${verdict(zero)}.`
      : ''
  }
  Not shrunk to pass: the density (2,000 fully described events a year) and the horizon are the
  scenario's; below the budget would need a feed without the long texts (e.g. descriptions in the
  parts, loaded when a card opens) — a change of the contract, not made here.
- **Budget \`build\` < 10 s and < 500 MB** for 40,000 events, ${buildMet ? 'met' : '**missed**'}: ${(twenty.buildMs / 1000).toFixed(2)} s wall clock
  (${(twenty.buildCpuMs / 1000).toFixed(2)} s of CPU; the wall clock depends on what else the shared machine runs, load
  average ${report.load}) and ${twenty.peakRssMb.toFixed(0)} MB. The feed's bytes are parsed value by value
  (src/cli/read-json.ts), never as one 186 MB string; the feed is parsed and validated once.
<!-- scale:end -->`;
}

const START = '<!-- scale:start -->';
const END = '<!-- scale:end -->';

/** The section in a Markdown report, markers included; undefined without one. */
export function scaleSection(text: string): string | undefined {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  return start !== -1 && end > start ? text.slice(start, end + END.length) : undefined;
}

/** Puts a section into a Markdown report: replaces the old one, or appends it. */
export function putScaleSection(section: string, file = join(root, 'bench/report.md')): void {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const old = scaleSection(text);
  writeFileSync(file, old ? text.replace(old, () => section) : `${text.trimEnd()}\n\n${section}\n`);
}

/** Puts the measured section into a Markdown report (bench/report.md by default). */
export function writeScaleSection(report: ScaleReport, file = join(root, 'bench/report.md')): void {
  putScaleSection(renderScaleSection(report), file);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const report = runScale();
  console.log(renderScaleSection(report));
  writeFileSync(join(tmp, 'scale.json'), JSON.stringify(report, null, 2));
  writeScaleSection(report);
}
