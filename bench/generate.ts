/**
 * Seeded, reproducible feeds for the benchmarks: the same seed gives byte-identical files on
 * every machine. Written to bench/tmp/feeds/ (git-ignored) at bench time:
 *
 * - `list-100.json`, `list-1000.json`: events in the 24 months after `today` (all upcoming),
 *   compact fields (what a list shows);
 * - `calendar-5000.json`: 5,000 events over the same 24 months;
 * - `e2e-1mb.json`: events with every field of the feed brief (descriptions, agenda,
 *   speakers, downloads …), as many as make the file at least 1 MiB.
 *
 * Every event title ends in "(Nr. 00042)", unique per feed, so a page can count what a widget
 * really rendered. Each feed is validated with the project's own parser: zero issues.
 *
 * Run alone: `node --import tsx bench/generate.ts [outDir]`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFeed } from '../src/data/parse.ts';
import type { Feed, FeedEvent } from '../src/data/types.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The reference date every scenario page passes as `today`. */
export const TODAY = '2026-11-23';
/** First month of the generated events; 24 months from here. */
export const FIRST_MONTH = '2026-12';
export const MONTHS = 24;
export const SEED = 20261123;

/** mulberry32: a tiny, well-known 32-bit PRNG; deterministic across engines. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

const TYPES = [
  'Netzwerktreffen',
  'Entwicklungsworkshop',
  'Fachtagung',
  'Werkstattgespräch',
  'Online-Seminar',
  'Digitale Fachtagung',
];
const PLACES: [string, string, string, string][] = [
  ['Regionalbüro Schleswig-Holstein', 'Holstenstraße 1', '24103', 'Kiel'],
  ['Regionalbüro Mecklenburg-Vorpommern', 'Wismarsche Straße 132', '19053', 'Schwerin'],
  ['Regionalbüro Brandenburg', 'Friedrich-Ebert-Straße 4', '14467', 'Potsdam'],
  ['Kreishaus Rendsburg-Eckernförde', 'Kaiserstraße 8', '24768', 'Rendsburg'],
  ['Rathaus Neubrandenburg', 'Friedrich-Engels-Ring 53', '17033', 'Neubrandenburg'],
  ['Kulturforum Cottbus', 'Am Fließ 2', '03046', 'Cottbus'],
  ['Landeshaus', 'Düsternbrooker Weg 70', '24105', 'Kiel'],
  ['Bildungszentrum Rostock', 'Lange Straße 12', '18055', 'Rostock'],
  ['Volkshochschule Lübeck', 'Hüxstraße 118', '23552', 'Lübeck'],
  ['Tagungshaus Frankfurt (Oder)', 'Logenstraße 11', '15230', 'Frankfurt (Oder)'],
];
const STATES = ['SH', 'MV', 'BB'];
const SUMMARIES = [
  'Die teilnehmenden Kommunen stellen ihren Arbeitsstand vor und vereinbaren die nächsten Schritte.',
  'Ein Impulsvortrag aus der Wissenschaft, danach kollegiale Beratung in kleinen Gruppen.',
  'Wie eine Kommune die Akteure an den Bildungsübergängen koordiniert: Beispiele guter Praxis.',
  'Daten für Entscheidungen: Indikatoren, Berichte und ihre Nutzung in Ausschüssen.',
  'Austausch zu Steuerungsgremien, Geschäftsordnungen und der Beteiligung freier Träger.',
];
const PARAGRAPHS = [
  'Beim Treffen lernen sich die Teilnehmenden kennen, stellen die Ausgangslage ihrer Kommune vor und vereinbaren gemeinsame Arbeitsziele für das kommende Halbjahr.',
  'Ein Impulsvortrag beleuchtet den Übergang von der Kita in die Grundschule; am Nachmittag steht der Übergang Schule–Beruf im Mittelpunkt der Arbeitsgruppen.',
  'Die Netzwerktreffen sind Plattform für:\n- kontinuierliche Arbeit an den selbst gesetzten Zielen,\n- Austausch von Wissen und Erfahrungen,\n- fachliche Impulse aus Wissenschaft und Praxis,\n- kollegiale Beratung und Feedback im Arbeitsprozess.',
  'Die Ergebnisse werden dokumentiert und allen teilnehmenden Kommunen nach dem Treffen zur Verfügung gestellt. Eine Anmeldung ist bis eine Woche vor dem Termin möglich.',
  'Im Mittelpunkt steht die Frage, wie eine Kommune die vielen Akteure an den Schnittstellen des Bildungsverlaufs koordinieren und Angebote aufeinander abstimmen kann.',
];
const PEOPLE = [
  ['Dr. Anna Petersen', 'Referentin', 'Universität Kiel'],
  ['Jonas Wendt', 'Bildungsmanager', 'Landkreis Vorpommern-Greifswald'],
  ['Prof. Dr. Maria Schulte', 'Professorin', 'Universität Potsdam'],
  ['Kai Brandt', 'Bildungsmonitorer', 'Hansestadt Rostock'],
  ['Sabine Krüger', 'Leiterin', 'Regionalbüro Brandenburg'],
];

interface Shape {
  /** Topic, network and office ids the events may reference (from the sample feed). */
  topics: string[];
  networks: string[];
  offices: string[];
}

/** The sample feed's offices, topics and networks: real references for generated events. */
function baseFeed(): { base: Feed; shape: Shape } {
  const sample = JSON.parse(readFileSync(join(root, 'src/data/sample-feed.json'), 'utf8')) as Feed;
  const base: Feed = {
    version: 1,
    timeZone: 'Europe/Berlin',
    updated: '2026-11-23T07:30:00Z',
    publisher: sample.publisher,
    offices: sample.offices,
    topics: sample.topics,
    networks: (sample.networks ?? []).map(({ participation: _p, members: _m, ...n }) => n),
    programmes: [],
  };
  return {
    base,
    shape: {
      topics: (sample.topics ?? []).map((t) => t.id),
      networks: (sample.networks ?? []).map((n) => n.id),
      offices: (sample.offices ?? []).map((o) => o.id),
    },
  };
}

/** Adds n days to Y-M-D (UTC calendar arithmetic, no zones involved). */
function addDays(y: number, m: number, d: number, n: number): string {
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

function makeEvent(i: number, r: () => number, shape: Shape, rich: boolean): FeedEvent {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const [fy, fm] = FIRST_MONTH.split('-').map(Number) as [number, number];
  const monthIndex = Math.floor(r() * MONTHS);
  const y = fy + Math.floor((fm - 1 + monthIndex) / 12);
  const m = ((fm - 1 + monthIndex) % 12) + 1;
  const daysIn = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const d = 1 + Math.floor(r() * daysIn);
  const day = `${y}-${pad(m)}-${pad(d)}`;
  const hour = 8 + Math.floor(r() * 9);
  const minute = pick([0, 0, 0, 15, 30, 45]);

  // The four date forms of the brief, in realistic proportions.
  let start: string;
  let end: string | undefined;
  let tentative: boolean | undefined;
  const form = r();
  if (form < 0.62) {
    start = `${day}T${pad(hour)}:${pad(minute)}`;
    end = `${day}T${pad(Math.min(hour + 1 + Math.floor(r() * 6), 23))}:${pad(minute)}`;
  } else if (form < 0.74) {
    start = day;
  } else if (form < 0.84) {
    // Multi-day: all-day or timed, 1–3 days long.
    const len = 1 + Math.floor(r() * 3);
    if (r() < 0.5) {
      start = day;
      end = addDays(y, m, d, len);
    } else {
      start = `${day}T${pad(hour)}:00`;
      end = `${addDays(y, m, d, len)}T15:00`;
    }
  } else if (form < 0.9) {
    start = `${y}-${pad(m)}`;
    tentative = true;
  } else {
    // An instant in UTC (winter: +1 h, summer: +2 h in Berlin).
    start = `${day}T${pad(hour - 2)}:${pad(minute)}:00Z`;
    end = `${day}T${pad(hour)}:${pad(minute)}:00Z`;
  }

  const type = pick(TYPES);
  const network = r() < 0.8 ? pick(shape.networks) : undefined;
  const sequence = network ? 1 + Math.floor(r() * 12) : undefined;
  const topics = [pick(shape.topics)];
  if (r() < 0.4) {
    const second = pick(shape.topics);
    if (second !== topics[0]) topics.push(second);
  }
  const states = [pick(STATES)];
  if (r() < 0.25) {
    const second = pick(STATES);
    if (second !== states[0]) states.push(second);
  }
  const attendanceRoll = r();
  const attendance = attendanceRoll < 0.7 ? 'offline' : attendanceRoll < 0.9 ? 'online' : 'mixed';
  const [name, street, postalCode, city] = pick(PLACES);
  const statusRoll = r();
  const status =
    statusRoll < 0.04
      ? 'cancelled'
      : statusRoll < 0.06
        ? 'postponed'
        : statusRoll < 0.08
          ? 'rescheduled'
          : undefined;
  const no = `(Nr. ${pad(i, 5)})`;
  const id = `bench-${pad(i, 5)}`;

  const event: FeedEvent = {
    id,
    title: `${sequence ? `${sequence}. ` : ''}${type}: ${pick(SUMMARIES).split(':')[0]!.slice(0, 48).trim()} ${no}`,
    start,
    ...(end ? { end } : {}),
    ...(tentative ? { tentative } : {}),
    type,
    ...(status ? { status } : {}),
    attendance,
    location:
      attendance === 'online'
        ? { onlineUrl: `https://meet.example.org/${id}` }
        : {
            name,
            street,
            postalCode,
            city,
            ...(attendance === 'mixed' ? { onlineUrl: `https://meet.example.org/${id}` } : {}),
          },
    ...(network ? { network, sequence } : {}),
    summary: pick(SUMMARIES),
    topics,
    states,
    url: `https://www.transferagentur-nordost.example.org/veranstaltungen/${id}`,
  };
  if (!rich) return event;

  const paragraphs = 2 + Math.floor(r() * 3);
  const speakers = 1 + Math.floor(r() * 3);
  Object.assign(event, {
    description: Array.from({ length: paragraphs }, () => pick(PARAGRAPHS)).join('\n\n'),
    agenda: [
      { start: '10:00', end: '10:30', title: 'Ankommen und Begrüßung' },
      {
        start: '10:30',
        end: '12:00',
        title: 'Impulsvortrag',
        description: 'Mit anschließender Diskussion im Plenum.',
      },
      { start: '12:00', end: '13:00', title: 'Mittagspause' },
      { start: '13:00', end: '15:00', title: 'Arbeitsgruppen und kollegiale Beratung' },
      { start: '15:00', title: 'Ergebnisse und Ausblick' },
    ],
    speakers: Array.from({ length: speakers }, () => {
      const [n, role, organisation] = pick(PEOPLE);
      return { name: n, role, organisation };
    }),
    contact: {
      name: pick(PEOPLE)[0],
      email: 'kontakt@transferagentur-nordost.example.org',
      office: pick(shape.offices),
    },
    downloads: [
      {
        title: 'Tagesordnung',
        url: `https://www.transferagentur-nordost.example.org/downloads/${id}-tagesordnung.pdf`,
        mediaType: 'application/pdf',
        bytes: 80_000 + Math.floor(r() * 400_000),
      },
    ],
    audience: 'Kommunen, die mit der Transferagentur Nord-Ost zusammenarbeiten',
    requirements: 'Verbindliche Zielvereinbarung mit der Transferagentur Nord-Ost',
    cost: 'kostenfrei',
    registration: {
      url: `https://www.transferagentur-nordost.example.org/anmeldung/${id}`,
      until: `${y}-${pad(m)}-01`,
    },
  });
  return event;
}

/** A feed of `count` events (or, with `minBytes`, as many as reach that size). */
export function generateFeed(options: {
  count?: number;
  minBytes?: number;
  rich?: boolean;
  seed?: number;
}): string {
  const { base, shape } = baseFeed();
  const r = rng(options.seed ?? SEED);
  const events: FeedEvent[] = [];
  if (options.minBytes) {
    const baseBytes = Buffer.byteLength(JSON.stringify(base));
    let bytes = baseBytes;
    while (bytes < options.minBytes) {
      const e = makeEvent(events.length + 1, r, shape, !!options.rich);
      events.push(e);
      bytes += Buffer.byteLength(JSON.stringify(e)) + 1;
    }
  } else {
    for (let i = 1; i <= (options.count ?? 0); i++) events.push(makeEvent(i, r, shape, !!options.rich));
  }
  return JSON.stringify({ ...base, events });
}

export interface GeneratedFeed {
  file: string;
  events: number;
  bytes: number;
}

/** The feeds of every scenario, validated with the project's parser. */
export function generateAll(outDir = join(root, 'bench/tmp/feeds')): Record<string, GeneratedFeed> {
  mkdirSync(outDir, { recursive: true });
  const specs: Record<string, Parameters<typeof generateFeed>[0]> = {
    'list-100': { count: 100, seed: SEED + 1 },
    'list-1000': { count: 1000, seed: SEED + 2 },
    'calendar-5000': { count: 5000, seed: SEED + 3 },
    'e2e-1mb': { minBytes: 1024 * 1024, rich: true, seed: SEED + 4 },
  };
  const out: Record<string, GeneratedFeed> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const text = generateFeed(spec);
    const parsed = parseFeed(JSON.parse(text));
    if (!parsed.ok) throw new Error(`generated feed ${name} is invalid: ${parsed.error.message}`);
    if (parsed.issues.length)
      throw new Error(`generated feed ${name} has issues: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
    const file = join(outDir, `${name}.json`);
    writeFileSync(file, text);
    out[name] = { file, events: parsed.feed.events.length, bytes: Buffer.byteLength(text) };
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = generateAll(process.argv[2]);
  for (const [name, f] of Object.entries(result))
    console.log(`${name}: ${f.events} events, ${f.bytes} bytes`);
}
