import { expect } from '@open-wc/testing';
import { startOfDay } from '../../src/data/dates.js';
import {
  countText,
  describeEmpty,
  describeEmptyAs,
  filterOptions,
  groupByMonth,
  indexFeed,
  parseFilter,
  resolveTypes,
  selectEvents,
  splitValues,
  type EventFilter,
  type When,
} from '../../src/data/filter.js';
import { parseFeed, type ValidFeed } from '../../src/data/parse.js';
import { pastEvents, upcomingEvents } from '../../src/data/views.js';

async function load(url: string): Promise<ValidFeed> {
  const result = parseFeed(await (await fetch(url)).json());
  if (!result.ok) throw result.error;
  return result.feed;
}

describe('filter (data): filters, when, options, months, empty sentence', () => {
  let sample: ValidFeed;
  let fixture: ValidFeed;
  let now: number;
  before(async () => {
    sample = await load('/src/data/sample-feed.json');
    fixture = await load('/test/fixtures/event-list.json');
    now = startOfDay('2026-11-23', 'Europe/Berlin');
  });

  const ids = (feed: ValidFeed, filters: EventFilter[], when: When = 'upcoming', at = now) =>
    selectEvents(indexFeed(feed), { when, now: at, filters }).map((e) => e.id);

  it('splits attribute values on any whitespace', () => {
    expect(splitValues('  SH   MV\tBB\n')).to.deep.equal(['SH', 'MV', 'BB']);
    expect(splitValues('')).to.deep.equal([]);
    expect(splitValues(undefined)).to.deep.equal([]);
    expect(parseFilter({ type: 'Fachtagung', state: 'SH MV' })).to.deep.equal({
      types: ['Fachtagung'],
      topics: [],
      networks: [],
      states: ['SH', 'MV'],
      features: [],
    });
  });

  it('selects upcoming and past events exactly as views.ts does, in its order', () => {
    for (const day of ['2026-11-23', '2020-12-15', '2020-12-31', '2021-01-01', '2016-01-01', '2030-01-01']) {
      const at = startOfDay(day, sample.timeZone);
      expect(ids(sample, [], 'upcoming', at), day).to.deep.equal(
        upcomingEvents(sample.events, at, sample.timeZone).map((e) => e.id),
      );
      expect(ids(sample, [], 'past', at), day).to.deep.equal(
        pastEvents(sample.events, at, sample.timeZone).map((e) => e.id),
      );
    }
  });

  it('keeps a month-only event upcoming until its month is over', () => {
    const inMonth = startOfDay('2020-12-31', sample.timeZone);
    const after = startOfDay('2021-01-01', sample.timeZone);
    expect(ids(sample, [], 'upcoming', inMonth)[0]).to.equal('dkbm-reflexion-2020-12');
    expect(ids(sample, [], 'upcoming', after)).not.to.include('dkbm-reflexion-2020-12');
    expect(ids(sample, [], 'past', after)[0]).to.equal('dkbm-reflexion-2020-12');
  });

  it('shows all events oldest first with when="all"', () => {
    const all = ids(sample, [], 'all');
    expect(all).to.have.length(sample.events.length);
    expect(all[0]).to.equal('uebergaenge-2016-04-schwerin');
    expect(all.at(-1)).to.equal('entwicklungsworkshop-digitalisierung-2027-06');
  });

  it('matches any of several types, case-insensitively', () => {
    const result = selectEvents(indexFeed(sample), {
      when: 'upcoming',
      now,
      filters: [{ types: ['fachtagung', 'HOSPITATION'] }],
    });
    expect(result.map((e) => e.id)).to.deep.equal([
      'hospitation-potsdam-mittelmark-2026-12-15',
      'fachtagung-bildungslandschaften-2027-05-20',
    ]);
    // Both spellings of a type in the feed are one type.
    expect(ids(fixture, [{ types: ['Netzwerktreffen'] }], 'all')).to.deep.equal([
      'mark-2027-01',
      'nord-2027-02',
    ]);
  });

  it('joins words to a type with spaces that the feed has, and accepts _ for a space', () => {
    const index = indexFeed(fixture);
    expect(resolveTypes(index, splitValues('Digitale Fachtagung Netzwerktreffen'))).to.deep.equal([
      'digitale_fachtagung',
      'netzwerktreffen',
    ]);
    expect(resolveTypes(index, ['Fachtagung', 'Digitale'])).to.deep.equal(['fachtagung', 'digitale']);
    expect(ids(fixture, [parseFilter({ type: 'Digitale Fachtagung Netzwerktreffen' })], 'all')).to.deep.equal(
      ['mark-2027-01', 'nord-2027-02', 'digital-2027-02'],
    );
    expect(ids(fixture, [parseFilter({ type: 'digitale_fachtagung' })], 'all')).to.deep.equal([
      'digital-2027-02',
    ]);
    // "Fachtagung" alone is not "Digitale Fachtagung".
    expect(ids(fixture, [parseFilter({ type: 'Fachtagung' })], 'all')).to.deep.equal(['fachtagung-2026-10']);
  });

  it('filters by topics, networks and states, any value within one, all of them together', () => {
    expect(ids(sample, [parseFilter({ topic: 'digitalisierung non-formale-bildung' })])).to.deep.equal([
      'bildungsmonitoring-2027-03-potsdam',
      'fachtagung-bildungslandschaften-2027-05-20',
      'entwicklungsworkshop-digitalisierung-2027-06',
    ]);
    expect(
      ids(sample, [parseFilter({ network: 'bildungsmanagement-sh bildungsmanagement-mv' })]),
    ).to.deep.equal(['bildungsmanagement-sh-2026-12-08', 'bildungsmanagement-mv-2027-01-19']);
    expect(
      ids(sample, [parseFilter({ state: 'sh', type: 'Entwicklungsworkshop Netzwerktreffen' })]),
    ).to.deep.equal(['bildungsmanagement-sh-2026-12-08', 'entwicklungsworkshop-uebergang-2027-01-27']);
    // Attribute filter and visitor filter must both match.
    expect(ids(sample, [parseFilter({ state: 'SH' }), { topics: ['gremienarbeit'] }])).to.deep.equal([
      'online-sprechstunde-verstetigung-2027-01-26',
    ]);
    expect(ids(sample, [parseFilter({ state: 'HB' })])).to.deep.equal([]);
  });

  it('puts an event without its own states into the states of its network', () => {
    expect(ids(fixture, [{ states: ['MV'] }], 'all')).to.deep.equal(['fachtagung-2026-10', 'nord-2027-02']);
    expect(ids(fixture, [{ states: ['BB'] }], 'all')).to.deep.equal(['mark-2027-01', 'digital-2027-02']);
  });

  it('offers the types, topics, networks and states present in the events, by label', () => {
    const events = selectEvents(indexFeed(fixture), { when: 'all', now, filters: [] });
    const de = filterOptions(fixture, events, 'de');
    expect(de.types).to.deep.equal([
      { value: 'Digitale Fachtagung', label: 'Digitale Fachtagung' },
      { value: 'Fachtagung', label: 'Fachtagung' },
      { value: 'netzwerktreffen', label: 'netzwerktreffen' },
    ]);
    expect(de.topics).to.deep.equal([
      { value: 'monitoring', label: 'Bildungsmonitoring' },
      { value: 'uebergang', label: 'Übergang Schule–Beruf' },
    ]);
    expect(de.networks).to.deep.equal([
      { value: 'mark', label: 'Netzwerk Mark' },
      { value: 'nord', label: 'Netzwerk Nord' },
    ]);
    expect(de.states.map((o) => o.label)).to.deep.equal([
      'Brandenburg',
      'Mecklenburg-Vorpommern',
      'Schleswig-Holstein',
    ]);
    const en = filterOptions(fixture, events, 'en');
    expect(en.states.map((o) => o.label)).to.deep.equal([
      'Brandenburg',
      'Mecklenburg-Western Pomerania',
      'Schleswig-Holstein',
    ]);
    // Only what the given events have.
    const upcoming = filterOptions(
      sample,
      selectEvents(indexFeed(sample), { now, filters: [{ states: ['SH'] }] }),
      'de',
    );
    expect(upcoming.networks.map((o) => o.value)).to.deep.equal(['bildungsmanagement-sh']);
    expect(upcoming.types.map((o) => o.label)).to.deep.equal([
      'Entwicklungsworkshop',
      'Fachtagung',
      'Netzwerktreffen',
      'Online-Sprechstunde',
    ]);
  });

  it('groups consecutive events by the month of their start in the feed zone', () => {
    const all = selectEvents(indexFeed(fixture), { when: 'all', now, filters: [] });
    const groups = groupByMonth(all, 'de');
    expect(groups.map((g) => [g.key, g.label, g.events.map((e) => e.id)])).to.deep.equal([
      ['2026-10', 'Oktober 2026', ['fachtagung-2026-10']],
      ['2027-01', 'Januar 2027', ['mark-2027-01']],
      // 2027-01-31T23:30Z is 1 February, 00:30 in Berlin.
      ['2027-02', 'Februar 2027', ['nord-2027-02', 'digital-2027-02']],
      ['2027-03', 'März 2027', ['werkstatt-2027-03']],
    ]);
    const past = groupByMonth(selectEvents(indexFeed(sample), { when: 'past', now, filters: [] }), 'en');
    expect(past.slice(0, 3).map((g) => g.label)).to.deep.equal([
      'September 2022',
      'November 2021',
      'June 2021',
    ]);
  });

  it('says what was filtered when nothing is left, in German and English', () => {
    const sh = [parseFilter({ state: 'SH' })];
    expect(describeEmpty(sample, 'upcoming', sh, 'de')).to.equal(
      'Keine kommenden Termine in Schleswig-Holstein.',
    );
    expect(describeEmpty(sample, 'upcoming', sh, 'en')).to.equal('No upcoming events in Schleswig-Holstein.');
    expect(describeEmpty(sample, 'past', [], 'de')).to.equal('Keine vergangenen Termine.');
    expect(describeEmpty(sample, 'all', [], 'en')).to.equal('No events.');
    const many = [
      parseFilter({ type: 'Fachtagung Hospitation', state: 'BB SH', network: 'wissen-was-zaehlt' }),
      { topics: ['bildungsmonitoring'] },
    ];
    expect(describeEmpty(sample, 'upcoming', many, 'de')).to.equal(
      'Keine kommenden Termine der Arten „Fachtagung“ oder „Hospitation“ zum Thema „Bildungsmonitoring“ ' +
        'im Netzwerk „Netzwerk Bildungsmonitoring“ in Brandenburg oder Schleswig-Holstein.',
    );
    expect(describeEmpty(sample, 'past', many, 'en')).to.equal(
      'No past events of the types “Fachtagung” or “Hospitation” on the topic “Bildungsmonitoring” ' +
        'in the network “Netzwerk Bildungsmonitoring” in Brandenburg or Schleswig-Holstein.',
    );
    // Values the feed does not know are named as written.
    expect(
      describeEmpty(
        fixture,
        'upcoming',
        [parseFilter({ type: 'Digitale Fachtagung Messe', topic: 'x' })],
        'de',
      ),
    ).to.equal('Keine kommenden Termine der Arten „Digitale Fachtagung“ oder „messe“ zum Thema „x“.');
  });

  it('says the same with another beginning (the calendar month), "$&" in it kept literally', () => {
    const sh = [parseFilter({ state: 'SH' })];
    expect(describeEmptyAs('Keine Termine im Dezember 2026', sample, sh, 'de')).to.equal(
      'Keine Termine im Dezember 2026 in Schleswig-Holstein.',
    );
    expect(describeEmptyAs('No events in $& December', sample, [], 'en')).to.equal(
      'No events in $& December.',
    );
  });

  it('counts results in words', () => {
    expect(countText(0, 'de')).to.equal('Keine Termine gefunden');
    expect(countText(1, 'de')).to.equal('1 Termin gefunden');
    expect(countText(1200, 'de')).to.equal('1.200 Termine gefunden');
    expect(countText(12, 'en')).to.equal('12 events found');
    expect(countText(1, 'en')).to.equal('1 event found');
  });

  it('indexes a feed once and filters 5,000 events without parsing a date again', () => {
    const events = Array.from({ length: 5000 }, (_, i) => ({
      id: `e${i}`,
      title: `Termin ${i}`,
      start: new Date(Date.UTC(2026, 0, 1) + i * 3.5 * 3_600_000).toISOString().slice(0, i % 2 ? 10 : 16),
      type: i % 3 ? 'Netzwerktreffen' : 'Fachtagung',
      states: [i % 2 ? 'SH' : 'BB'],
    }));
    const parsed = parseFeed({ version: 1, events });
    if (!parsed.ok) throw parsed.error;
    const index = indexFeed(parsed.feed);
    expect(indexFeed(parsed.feed)).to.equal(index);
    const at = startOfDay('2027-01-01', 'Europe/Berlin');
    const upcoming = selectEvents(index, { now: at, filters: [{ types: ['Fachtagung'], states: ['SH'] }] });
    expect(upcoming.map((e) => e.id)).to.deep.equal(
      upcomingEvents(parsed.feed.events, at)
        .filter((e) => e.type === 'Fachtagung' && e.states![0] === 'SH')
        .map((e) => e.id),
    );
  });
});
