import { expect } from '@open-wc/testing';
import { indexEvents, indexEventsInSlices, indexMonth, type CalendarIndex } from '../../src/data/calendar.js';
import { addMonths } from '../../src/data/dates.js';
import { parseFeed, parseFeedInSlices, type ParseResult } from '../../src/data/parse.js';
import { runInSlices, runToEnd, type Steps } from '../../src/data/slices.js';

// Work in slices (issue 14) gives exactly what the work in one go gives: the validated feed
// with its issues and paths, the calendar index, and the index of one month alone.

const sample = await (await fetch('/src/data/sample-feed.json')).json();
const generated = await (await fetch('/api/perf/feed?n=1000&key=slices')).json();
/** A feed with bad items and fields, a hole in a list and an unknown reference: every kind of issue. */
const brokenEvents: unknown[] = [
  { id: 'a', title: 'A', start: '2026-12-01', url: 'javascript:alert(1)', topics: ['t1', 'nope'] },
  'a hole',
  { id: 'a', title: 'Doppelt', start: '2026-12-02' },
  { id: 'b', title: 'B', start: 'kein Datum' },
  { id: 'c', title: 'C', start: '2026-12-03', end: '2026-12-01', location: { url: 'http:relativ' } },
  'kein Objekt',
];
// A sparse list (set from JavaScript): its hole is no item, as before the slices.
delete brokenEvents[1];
const broken = {
  version: 1,
  timeZone: 'Europe/Berlin',
  topics: [{ id: 't1', label: 'Thema' }],
  events: brokenEvents,
};

/** The parser's verdict as plain data: the feed, the issues, and the path of each kept item. */
function plain(result: ParseResult) {
  if (!result.ok) return { error: result.error.kind };
  const paths = [...result.feed.events, ...result.feed.networks].map((item) => result.paths.get(item));
  return { feed: result.feed, issues: result.issues, paths };
}

const plainIndex = (index: CalendarIndex) => ({
  days: [...index.days],
  months: [...index.months],
  counts: [...index.counts],
});

describe('slices: the same result as in one go (issue 14)', () => {
  it('runInSlices and runToEnd give the value the steps return; runInSlices pauses when a slice is over', async () => {
    let done = 0;
    function* steps(n: number): Steps<number> {
      let sum = 0;
      for (let i = 1; i <= n; i++) {
        sum += i;
        done++;
        yield;
      }
      return sum;
    }
    expect(runToEnd(steps(100))).to.equal(5050);
    // A zero-length slice: one step, then the task ends (the rest comes in later tasks).
    done = 0;
    const sliced = runInSlices(steps(100), 0);
    expect(done, 'steps before the first pause').to.equal(1);
    expect(await sliced).to.equal(5050);
    // A slice longer than the work: all of it before the first pause.
    done = 0;
    const whole = runInSlices(steps(100), 60_000);
    expect(done).to.equal(100);
    expect(await whole).to.equal(5050);
  });

  for (const [name, feed] of [
    ['the sample feed', sample],
    ['a generated feed of 1,000 events', generated],
    ['a feed with issues of every kind', broken],
    ['no feed', { version: 2 }],
  ] as const) {
    it(`parseFeedInSlices equals parseFeed: ${name}`, async () => {
      const once = parseFeed(feed);
      const sliced = await parseFeedInSlices(feed);
      expect(plain(sliced)).to.deep.equal(plain(once));
      if (sliced.ok) expect(Object.isFrozen(sliced.feed.events[0]), 'frozen').to.equal(true);
    });
  }

  it('a broken feed keeps its issues in order, with their paths', async () => {
    const result = await parseFeedInSlices(broken);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.issues.map((i) => `${i.code} ${i.path}`)).to.deep.equal([
      'url-scheme events[0].url',
      'duplicate-id events[2].id',
      'item-invalid events[3].start',
      'url-scheme events[4].location.url',
      'end-before-start events[4].end',
      'item-invalid events[5].id',
      'unknown-reference events[0].topics[1]',
    ]);
  });

  it('indexEventsInSlices equals indexEvents, and indexMonth the month of it', async () => {
    const result = parseFeed(generated);
    if (!result.ok) throw result.error;
    const events = result.feed.events;
    const whole = indexEvents(events);
    expect(plainIndex(await indexEventsInSlices(events))).to.deep.equal(plainIndex(whole));
    for (let i = -1; i <= 25; i++) {
      const month = addMonths('2026-12', i);
      const alone = indexMonth(events, month);
      const days = [...whole.days].filter(([key]) => key.startsWith(month));
      expect([...alone.days], month).to.deep.equal(days);
      expect(alone.months.get(month) ?? [], month).to.deep.equal(whole.months.get(month) ?? []);
      expect(alone.counts.get(month), month).to.equal(whole.counts.get(month));
    }
  });
});
