// src/data/archive.ts: reading a part in its feed's context and merging it (the main feed wins).
// The parts are real HTTP answers of the test server's /api/text route.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/meeting-calendar/meeting-calendar.js';
import type { MeetingCalendar } from '../../src/components/meeting-calendar/meeting-calendar.js';
import { loadPart, partLabel, partsBetween, partUrl, withParts } from '../../src/data/archive.js';
import { FeedError } from '../../src/data/errors.js';
import { feedLoader } from '../../src/data/load.js';
import { parseFeed, type ValidFeed } from '../../src/data/parse.js';

let serial = 0;
/** A URL that answers `body` (a part) as JSON, its own per call. */
const served = (body: unknown) =>
  `/api/text?type=json&key=archive-${Date.now()}-${serial++}&body=${encodeURIComponent(
    typeof body === 'string' ? body : JSON.stringify(body),
  )}`;

const main = (archive: unknown[], events: unknown[] = []) => ({
  version: 1,
  timeZone: 'Europe/Berlin',
  topics: [{ id: 'monitoring', label: 'Bildungsmonitoring' }],
  networks: [{ id: 'nord', name: 'Netzwerk Nord' }],
  events,
  archive,
});
const parsed = (json: unknown): ValidFeed => {
  const result = parseFeed(json);
  if (!result.ok) throw result.error;
  return result.feed;
};

/** Collects console.warn while `run` runs. */
async function warnings(run: () => Promise<unknown>): Promise<string[]> {
  const said: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => said.push(args.join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return said;
}

describe('archive parts (src/data/archive.ts)', () => {
  it('reads a part in its feed’s context: references to the feed’s networks and topics stay', async () => {
    const url = served({
      version: 1,
      timeZone: 'Europe/Berlin',
      events: [
        { id: 'a', title: 'Treffen', start: '2019-03-12T10:00', network: 'nord', topics: ['monitoring'] },
        { id: 'b', title: 'Ohne Beginn' },
      ],
    });
    const feed = parsed(main([{ url, from: '2019-01-01', to: '2019-12-31' }]));
    const absolute = partUrl(feed, feed.archive![0]!, document.baseURI)!;
    let events: Awaited<ReturnType<typeof loadPart>> = [];
    const said = await warnings(async () => (events = await loadPart(feed, absolute)));
    expect(events.map((e) => [e.id, e.network, e.topics])).to.deep.equal([['a', 'nord', ['monitoring']]]);
    expect(events[0]!.startValue.instant).to.equal(Date.parse('2019-03-12T09:00:00Z'));
    // The event without a start is left out, told once with the part's URL, as the feed's issues are.
    expect(said).to.have.length(1);
    expect(said[0]).to.contain(absolute).and.to.contain('events[1]').and.to.contain('item-invalid');
    // Asked again: the same events, no request, nothing said.
    expect(await warnings(async () => expect(await loadPart(feed, absolute)).to.equal(events))).to.deep.equal(
      [],
    );
  });

  it('a part that is no feed document is an error for that part, told to the console once', async () => {
    const feed = parsed(main([]));
    for (const [body, kind] of [
      ['{"version": 2, "events": []}', 'version'],
      ['nicht JSON', 'syntax'],
      ['', 'empty'],
    ] as const) {
      const url = new URL(served(body), location.href).href;
      let error: unknown;
      const said = await warnings(() => loadPart(feed, url).catch((e: unknown) => (error = e)));
      expect(error).to.be.instanceOf(FeedError);
      expect((error as FeedError).kind).to.equal(kind);
      expect(said).to.have.length(1);
      expect(said[0]).to.contain(`archive part ${url}`);
    }
  });

  it('the parts a range needs, and their labels', () => {
    const feed = parsed(
      main([
        { url: 'archive/2016-2018.json', from: '2016-01-01', to: '2018-12-31' },
        { url: 'archive/2019.json', from: '2019-01-01', to: '2019-12-19' },
      ]),
    );
    const urls = (from: string, to: string) => partsBetween(feed, from, to).map((p) => p.url);
    expect(urls('2019-03-01', '2019-03-31')).to.deep.equal(['archive/2019.json']);
    expect(urls('2018-12-01', '2019-01-31')).to.deep.equal(['archive/2016-2018.json', 'archive/2019.json']);
    expect(urls('2019-12-20', '2019-12-31'), 'after the part’s last day').to.deep.equal([]);
    expect(urls('2026-12-01', '2026-12-31')).to.deep.equal([]);
    expect(feed.archive!.map(partLabel)).to.deep.equal(['2016–2018', '2019']);
    // Relative to the page for a feed that was not loaded from a URL; absolute URLs stay.
    expect(partUrl(feed, feed.archive![1]!, document.baseURI)).to.equal(
      new URL('archive/2019.json', document.baseURI).href,
    );
    expect(
      partUrl(
        feed,
        { url: 'https://feed.example/a.json', from: '2019-01-01', to: '2019-12-31' },
        document.baseURI,
      ),
    ).to.equal('https://feed.example/a.json');
  });

  it('merges a part’s events; an id the main feed has keeps the main feed’s event', async () => {
    const feed = parsed(main([], [{ id: 'dup', title: 'Aus dem Hauptfeed', start: '2019-03-12T10:00' }]));
    const part = parsed({
      version: 1,
      events: [
        { id: 'dup', title: 'Aus dem Archiv', start: '2019-03-12T10:00' },
        { id: 'only', title: 'Nur im Archiv', start: '2019-03-20' },
      ],
    }).events;
    const merged = withParts(feed, [part, part]);
    expect(merged.events.map((e) => [e.id, e.title])).to.deep.equal([
      ['dup', 'Aus dem Hauptfeed'],
      ['only', 'Nur im Archiv'],
    ]);
    expect(Object.isFrozen(merged.events)).to.equal(true);
    expect(withParts(feed, []), 'no part: the feed itself').to.equal(feed);

    // The same in a calendar whose feed is set from JavaScript.
    const url = served({ version: 1, events: part.map(({ startValue: _s, endValue: _e, ...e }) => e) });
    const calendar = await fixture<MeetingCalendar>(
      html`<meeting-calendar
        .feed=${main(
          [{ url, from: '2019-01-01', to: '2019-12-31' }],
          [{ id: 'dup', title: 'Aus dem Hauptfeed', start: '2019-03-12T10:00' }],
        )}
        today="2026-12-02"
        month="2019-03"
        view="list"
      ></meeting-calendar>`,
    );
    const buttons = () =>
      [...calendar.shadowRoot!.querySelectorAll('[part="event"] .what')].map((n) => n.textContent!.trim());
    await waitUntil(() => buttons().length === 2, 'the part never came', { timeout: 10_000 });
    expect(buttons()).to.deep.equal(['Aus dem Hauptfeed', 'Nur im Archiv']);
  });

  it('the page’s loader: one request per part however many ask; a failure is forgotten for the retry', async () => {
    const url = new URL(served({ version: 1, events: [] }), location.href).href;
    const [a, b] = await Promise.all([feedLoader.loadJson(url), feedLoader.loadJson(url)]);
    expect(a).to.equal(b);
    const key = new URL(url).searchParams.get('key');
    const count = await (await fetch(`/api/count?path=/api/text&key=${key}`)).json();
    expect(count).to.deep.equal({ count: 1 });
    // Not a feed of the loader's: its count of loaded feeds does not change.
    const size = feedLoader.size;
    await feedLoader.loadJson(url);
    expect(feedLoader.size).to.equal(size);
  });
});
