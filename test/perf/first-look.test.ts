import { expect } from '@open-wc/testing';
import '../../src/components/meeting-calendar/meeting-calendar.js';
import type { MeetingCalendar } from '../../src/components/meeting-calendar/meeting-calendar.js';
import { indexMonth, type CalendarIndex } from '../../src/data/calendar.js';
import { addMonths } from '../../src/data/dates.js';
import { FIRST_LOOK_MIN_EVENTS, firstLook } from '../../src/data/first-look.js';
import { feedLoader } from '../../src/data/load.js';
import { parseFeed, type ValidFeed } from '../../src/data/parse.js';

// Issue 14: a calendar shows its month before every event of a long feed is validated (its
// first look, src/data/first-look.ts), and that month is the month the whole feed shows.

type Json = Record<string, unknown> & { events: Record<string, unknown>[] };

/** The bench's seeded feed: events over 24 months from 2026-12, in every date form. */
const generated: Json = await (await fetch('/api/perf/feed?n=3000&key=first-look')).json();
const FIRST = '2026-12';

/**
 * Events at the edges of a month in other forms: offsets that move a date across a month's
 * border in the feed's zone, spans over months, months alone, an end before its start, broken
 * starts, a repeated id.
 */
const edges = [
  { id: 'x1', title: 'Offset davor', start: '2027-02-28T20:00:00-10:00' }, // 1 March in Berlin
  { id: 'x2', title: 'Offset danach', start: '2027-04-01T01:00:00+14:00' }, // 31 March in Berlin
  { id: 'x3', title: 'Weit davor', start: '2027-02-25T23:00:00-12:00' }, // 26 February 12:00 in Berlin
  { id: 'x4', title: 'Über Monate', start: '2027-01-15', end: '2027-05-02' },
  { id: 'x5', title: 'Nur Monat', start: '2027-03' },
  { id: 'x6', title: 'Monat davor', start: '2027-02' },
  { id: 'x7', title: 'Monatsspanne', start: '2027-01', end: '2027-03' },
  { id: 'x8', title: 'Ende vor Beginn', start: '2027-03-10T10:00', end: '2027-01-01' },
  { id: 'x9', title: 'Kein Datum', start: 'bald' },
  { id: 'x10', title: 'Leerzeichen', start: ' 2027-03-05T10:00' },
  { id: 'x11', title: 'Zahl', start: 20270305 },
  'kein Objekt',
  { id: 'x4', title: 'Doppelt, später', start: '2027-03-20' },
];
const withEdges: Json = { ...generated, events: [...generated.events, ...(edges as Json['events'])] };

/** What a month shows, by event id: its days and its month-only events. */
function shown(index: CalendarIndex, month: string) {
  return {
    days: [...index.days]
      .filter(([day]) => day.startsWith(month))
      .map(([day, entries]) => [day, entries.map((e) => `${e.event.id}:${e.day}/${e.days}`)]),
    months: (index.months.get(month) ?? []).map((e) => e.id),
    count: index.counts.get(month),
  };
}

const whole = (json: unknown) => {
  const result = parseFeed(json);
  if (!result.ok) throw new Error('the test feed is no feed');
  return result.feed;
};

describe('first look at a long feed (issue 14)', () => {
  it('holds every event of the month, and far fewer than the feed, in every month and time zone', () => {
    for (const timeZone of ['Europe/Berlin', 'Pacific/Kiritimati', 'America/Los_Angeles']) {
      const json = { ...withEdges, timeZone };
      const feed = whole(json);
      for (let i = -1; i <= 25; i++) {
        const month = addMonths(FIRST, i);
        const look = firstLook(json, () => month) as ValidFeed;
        expect(look, `${timeZone} ${month}`).to.not.equal(undefined);
        expect(shown(indexMonth(look.events, month), month), `${timeZone} ${month}`).to.deep.equal(
          shown(indexMonth(feed.events, month), month),
        );
        expect(look.events.length, `${timeZone} ${month}: events validated`).to.be.below(
          feed.events.length / 4,
        );
      }
    }
  });

  it('keeps events of the edges: offsets, spans, months alone; a broken start is left to the validation', () => {
    const look = firstLook(withEdges, () => '2027-03')!;
    const ids = look.events.map((e) => e.id).filter((id) => id.startsWith('x'));
    expect(ids).to.include.members(['x1', 'x2', 'x4', 'x5', 'x7', 'x8']);
    // 26 February in Berlin, a month-only February: not in March.
    expect(ids).to.not.include.members(['x3', 'x6']);
    // The month's grid in Berlin: x1 on 1 March, x2 on 31 March.
    const days = indexMonth(look.events, '2027-03').days;
    expect(days.get('2027-03-01')!.map((e) => e.event.id)).to.include('x1');
    expect(days.get('2027-03-31')!.map((e) => e.event.id)).to.include('x2');
  });

  it('is the month the feed gives the time zone for', () => {
    const seen: string[] = [];
    firstLook({ ...withEdges, timeZone: 'Asia/Tokyo' }, (zone) => (seen.push(zone), FIRST));
    firstLook({ ...withEdges, timeZone: 'Mars/Olympus' }, (zone) => (seen.push(zone), FIRST));
    expect(seen).to.deep.equal(['Asia/Tokyo', 'Europe/Berlin']);
  });

  it('is none for a short feed, a split feed or JSON that is no feed', () => {
    const month = () => FIRST;
    const short = { ...generated, events: generated.events.slice(0, FIRST_LOOK_MIN_EVENTS - 1) };
    expect(firstLook(short, month)).to.equal(undefined);
    expect(firstLook({ ...generated, events: generated.events.slice(0, FIRST_LOOK_MIN_EVENTS) }, month)).to
      .not.be.undefined;
    const split = {
      ...generated,
      archive: [{ url: 'archiv-2025.json', from: '2025-01-01', to: '2025-12-31' }],
    };
    expect(firstLook(split, month)).to.equal(undefined);
    for (const json of [null, 'feed', [], { ...generated, version: 2 }, { version: 1, events: {} }])
      expect(firstLook(json, month)).to.equal(undefined);
  });
});

/** Watches a calendar from its insertion: when the month's events first show, and `feed-load`. */
function watch(el: MeetingCalendar) {
  const seen = {
    eventsBeforeLoad: 0,
    loadingAfterEvents: false,
    loads: 0,
    emptyNoteBeforeLoad: false,
    /** The grid as the first look last showed it. */
    lookGrid: [] as string[],
  };
  let shownEvents = false;
  const observer = new MutationObserver(() => {
    const root = el.shadowRoot!;
    const chips = root.querySelectorAll('[part~="chip"]').length;
    if (chips && !seen.loads) {
      shownEvents = true;
      seen.eventsBeforeLoad = Math.max(seen.eventsBeforeLoad, chips);
      seen.lookGrid = gridText(el);
    }
    if (shownEvents && !seen.loads && root.querySelector('[part="loading"]')) seen.loadingAfterEvents = true;
    if (!seen.loads && root.querySelector('[part="note"]')?.textContent?.trim())
      seen.emptyNoteBeforeLoad = true;
  });
  el.addEventListener('feed-load', () => seen.loads++);
  const loaded = new Promise((resolve) => el.addEventListener('feed-load', resolve, { once: true }));
  return { seen, loaded, start: () => observer.observe(el.shadowRoot!, { childList: true, subtree: true }) };
}

/** The month's busy days and their chips' texts, as a visitor sees them. */
const gridText = (el: MeetingCalendar) =>
  [...el.shadowRoot!.querySelectorAll('td[data-day]')]
    .filter((td) => td.querySelector('[part~="chip"]'))
    .map((td) => td.textContent!.replace(/\s+/g, ' ').trim());

async function calendar(setup: (el: MeetingCalendar) => void) {
  const el = document.createElement('meeting-calendar') as MeetingCalendar;
  el.setAttribute('today', '2026-12-02');
  el.setAttribute('month', '2027-03');
  el.style.width = '1000px';
  setup(el);
  const watcher = watch(el);
  document.body.append(el);
  watcher.start();
  await watcher.loaded;
  await el.updateComplete;
  return { el, ...watcher };
}

describe('<meeting-calendar> with a long feed: the month before the whole feed (issue 14)', () => {
  afterEach(() => {
    document.querySelectorAll('meeting-calendar').forEach((el) => el.remove());
    feedLoader.clear();
  });

  it('shows the month from a feed property before feed-load, then the same month, without a loading state between', async () => {
    const { el, seen } = await calendar((el) => (el.feed = generated));
    expect(seen.eventsBeforeLoad, 'events shown before feed-load').to.be.above(0);
    expect(seen.loadingAfterEvents, 'back to the loading state').to.equal(false);
    expect(seen.loads).to.equal(1);
    // The same days with the same events, as the visitor reads them.
    const after = gridText(el);
    expect(after.length).to.be.above(10);
    expect(seen.lookGrid.join('\n')).to.equal(after.join('\n'));
  });

  it('shows the month from a feed URL before feed-load (the loader hands the JSON over once read)', async () => {
    const { seen } = await calendar((el) =>
      el.setAttribute('src', '/api/perf/feed?n=3000&key=first-look-url'),
    );
    expect(seen.eventsBeforeLoad, 'events shown before feed-load').to.be.above(0);
    expect(seen.loadingAfterEvents).to.equal(false);
    expect(seen.loads).to.equal(1);
  });

  it('waits for the whole feed in a month without events: its note needs every event', async () => {
    const { el, seen } = await calendar((el) => {
      el.setAttribute('month', '2031-06');
      el.feed = generated;
    });
    expect(seen.eventsBeforeLoad).to.equal(0);
    expect(seen.emptyNoteBeforeLoad, 'the empty month said before feed-load').to.equal(false);
    expect(el.shadowRoot!.querySelector('[part="note"]')!.textContent!.trim()).to.not.equal('');
  });

  it('shows a first look only for a long feed: a short one renders once, at feed-load', async () => {
    const short = { ...generated, events: generated.events.slice(0, 200) };
    const { seen } = await calendar((el) => {
      el.setAttribute('month', '2026-12');
      el.feed = short;
    });
    expect(seen.eventsBeforeLoad).to.equal(0);
    expect(seen.loads).to.equal(1);
  });
});
