import { expect } from '@open-wc/testing';
import {
  chartNetwork,
  filterNetworks,
  formatPeriod,
  membersByState,
  participationSeries,
  participationSince,
  words,
} from '../../src/data/networks.js';
import { parseFeed, type ValidFeed } from '../../src/data/parse.js';

let feed: ValidFeed;
const ids = (list: { id: string }[]) => list.map((n) => n.id);
const net = (id: string) => feed.networks.find((n) => n.id === id)!;

before(async () => {
  const result = parseFeed(await (await fetch('/src/data/sample-feed.json')).json());
  if (!result.ok) throw new Error('sample feed does not parse');
  feed = result.feed;
});

describe('networks: filtering', () => {
  it('splits space-separated attribute values', () => {
    expect(words('  BB   MV ')).to.deep.equal(['BB', 'MV']);
    expect(words(undefined)).to.deep.equal([]);
  });

  it('keeps every network without filters, in feed order', () => {
    expect(ids(filterNetworks(feed.networks, {}))).to.deep.equal(ids(feed.networks));
  });

  it('filters by state (any of the codes, any case), topic and office, and combines filters with and', () => {
    expect(ids(filterNetworks(feed.networks, { states: ['mv'] }))).to.deep.equal([
      'uebergaenge-gestalten',
      'wissen-was-zaehlt',
      'gemeinsam-steuern',
      'bildungsmanagement-mv',
    ]);
    expect(ids(filterNetworks(feed.networks, { states: ['SH', 'BE'] }))).to.have.length(4);
    expect(ids(filterNetworks(feed.networks, { topics: ['digitalisierung'] }))).to.deep.equal([
      'bildungsmanagement-sh',
    ]);
    expect(ids(filterNetworks(feed.networks, { offices: ['regionalbuero-brandenburg'] }))).to.deep.equal([
      'wissen-was-zaehlt',
    ]);
    expect(
      ids(filterNetworks(feed.networks, { states: ['MV'], topics: ['gremienarbeit'], offices: [] })),
    ).to.deep.equal(['gemeinsam-steuern']);
    expect(filterNetworks(feed.networks, { states: ['BE'] })).to.deep.equal([]);
  });
});

describe('networks: members by state', () => {
  it('groups the members of "Wissen, was zählt!" by its states with the right counts', () => {
    const groups = membersByState(net('wissen-was-zaehlt'));
    expect(groups.map((g) => [g.state, g.members.length])).to.deep.equal([
      ['BB', 9],
      ['MV', 6],
      ['SH', 5],
    ]);
    expect(groups[0]!.members[0]!.name).to.equal('Landeshauptstadt Potsdam');
  });

  it('puts states the network does not list after its own, and members without a state last', () => {
    const groups = membersByState({
      id: 'x',
      name: 'X',
      states: ['SH', 'BB'],
      members: [{ name: 'a' }, { name: 'b', state: 'HH' }, { name: 'c', state: 'BB' }],
    });
    expect(groups.map((g) => g.state)).to.deep.equal(['BB', 'HH', undefined]);
  });
});

describe('networks: periods', () => {
  it('writes years, open periods and dates in both languages', () => {
    expect(formatPeriod('2014', '2020', 'Europe/Berlin', 'de')).to.equal('2014–2020');
    expect(formatPeriod('2016', undefined, 'Europe/Berlin', 'de')).to.equal('seit 2016');
    expect(formatPeriod('2016', undefined, 'Europe/Berlin', 'en')).to.equal('since 2016');
    expect(formatPeriod(undefined, '2017', 'Europe/Berlin', 'de')).to.equal('bis 2017');
    expect(formatPeriod('2017', '2017', 'Europe/Berlin', 'de')).to.equal('2017');
    expect(formatPeriod('2016-09', '2017-03-20', 'Europe/Berlin', 'de')).to.equal(
      'September 2016–Mo., 20.03.2017',
    );
    expect(formatPeriod(undefined, undefined, 'Europe/Berlin', 'de')).to.equal(undefined);
  });
});

describe('networks: participation', () => {
  it('gives the chart series for a metric, with dates', () => {
    const series = participationSeries(net('wissen-was-zaehlt'), 'municipalities', feed.timeZone, 'de');
    expect(series.map((p) => p.value)).to.deep.equal([12, 14, 16, 18, 19, 20, 19, 15, 16, 16, 18, 15]);
    expect(series[0]).to.include({ label: '1. Treffen', month: 'September 2016', year: 2016 });
    const people = participationSeries(net('wissen-was-zaehlt'), 'people', feed.timeZone, 'en');
    expect(people.map((p) => p.value)).to.deep.equal([17, 21, 25, 28, 31, 34, 32, 26, 28, 27, 30, 24]);
    expect(people[1]!.month).to.equal('March 2017');
  });

  it('leaves out entries without a value for the metric', () => {
    const series = participationSeries(
      {
        id: 'x',
        name: 'X',
        participation: [
          { label: 'a', people: 3 },
          { label: 'b', municipalities: 2 },
        ],
      },
      'people',
      'Europe/Berlin',
      'de',
    );
    expect(series.map((p) => p.label)).to.deep.equal(['a']);
  });

  it('knows the year the data begins', () => {
    expect(participationSince(net('wissen-was-zaehlt'), feed.timeZone)).to.equal(2016);
    expect(participationSince({ id: 'x', name: 'X', since: '2019' }, 'Europe/Berlin')).to.equal(2019);
    expect(participationSince({ id: 'x', name: 'X' }, 'Europe/Berlin')).to.equal(undefined);
  });

  it('picks the network by id, else the first with participation data', () => {
    expect(chartNetwork(feed, 'wissen-was-zaehlt')?.id).to.equal('wissen-was-zaehlt');
    expect(chartNetwork(feed, undefined)?.id).to.equal('uebergaenge-gestalten');
    expect(chartNetwork(feed, 'nope')).to.equal(undefined);
  });
});
