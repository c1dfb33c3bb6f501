// The feed additions of 2026-12 (feed-v1.md "Additions"): each optional, each validated like
// the rest: a bad value is dropped with an issue naming the item and the field, the item stays.
import { expect } from '@open-wc/testing';
import { parseFeed, type FeedIssue } from '../../src/data/parse.js';

const feedOf = (json: unknown) => {
  const result = parseFeed(json);
  if (!result.ok) throw new Error(`expected a feed, got ${result.error.kind}`);
  return result;
};
const codes = (issues: FeedIssue[]) => issues.map((i) => `${i.code} ${i.id ?? '-'} ${i.path}`);
const base = {
  version: 1,
  topics: [{ id: 'monitoring', label: 'Bildungsmonitoring' }],
  networks: [{ id: 'netz', name: 'Netzwerk' }],
};

describe('feed additions: events', () => {
  it('drops a bad revision, updated, price or change and keeps the event', () => {
    const { feed, issues } = feedOf({
      ...base,
      events: [
        {
          id: 'e1',
          title: 'Treffen',
          start: '2026-03-10T10:00',
          revision: 1.5,
          updated: 'gestern',
          price: -3,
          changes: [{ note: 'ohne Datum' }, { date: '2026-02-01T09:00:00Z', previousStart: '2026-03-03' }],
          easy: { title: '' },
        },
      ],
    });
    expect(feed.events).to.have.length(1);
    const [event] = feed.events;
    expect(event!.revision).to.equal(undefined);
    expect(event!.updated).to.equal(undefined);
    expect(event!.price).to.equal(undefined);
    expect(event!.changes).to.deep.equal([{ date: '2026-02-01T09:00:00Z', previousStart: '2026-03-03' }]);
    expect(codes(issues)).to.include.members([
      'field-invalid e1 events[0].revision',
      'field-invalid e1 events[0].updated',
      'field-invalid e1 events[0].price',
      'field-invalid e1 events[0].changes[0]',
      'field-invalid e1 events[0].easy.title',
    ]);
  });

  it('keeps only the accessibility facts that are stated as booleans', () => {
    const { feed, issues } = feedOf({
      ...base,
      events: [
        {
          id: 'e1',
          title: 'Treffen',
          start: '2026-03-10',
          location: { name: 'Rathaus', accessibility: { stepFree: true, hearingLoop: 'ja', parking: false } },
        },
      ],
    });
    expect(feed.events[0]!.location!.accessibility).to.deep.equal({ stepFree: true, parking: false });
    expect(codes(issues)).to.deep.equal(['field-invalid e1 events[0].location.accessibility.hearingLoop']);
  });
});

describe('feed additions: posts', () => {
  it('reads posts, drops one without a date and unknown references', () => {
    const { feed, issues } = feedOf({
      ...base,
      posts: [
        {
          id: 'p1',
          title: 'Rückblick',
          date: '2021-03-01',
          topics: ['monitoring', 'nope'],
          chart: { network: 'netz', metric: 'people' },
        },
        { id: 'p2', title: 'Ohne Datum' },
        { id: 'p3', title: 'Kein Datum', date: '2021' },
        { id: 'p4', title: 'Falsche Kennzahl', date: '2021-05', chart: { network: 'netz', metric: 'euros' } },
        { id: 'p5', title: 'Ohne Netzwerk', date: '2021-06', chart: { network: 'fehlt', metric: 'people' } },
      ],
    });
    expect(feed.posts.map((p) => p.id)).to.deep.equal(['p1', 'p4', 'p5']);
    expect(feed.posts[2]!.chart, 'a chart of an unknown network').to.equal(undefined);
    expect(feed.posts[0]!.topics).to.deep.equal(['monitoring']);
    expect(feed.posts[1]!.chart, 'an unknown metric').to.equal(undefined);
    expect(codes(issues)).to.include.members([
      'unknown-reference p1 posts[0].topics[1]',
      'item-invalid p2 posts[1].date',
      'field-invalid p3 posts[2].date',
      'item-invalid p3 posts[2].date',
      'field-invalid p4 posts[3].chart.metric',
      'unknown-reference p5 posts[4].chart.network',
    ]);
  });

  it('is an empty list when the feed has no posts', () => {
    expect(feedOf(base).feed.posts).to.deep.equal([]);
  });
});

describe('feed additions: archive and calendars', () => {
  it('accepts relative and https archive URLs, refuses other schemes', () => {
    const { feed, issues } = feedOf({
      ...base,
      archive: [
        { url: 'archive/2019.json', from: '2019-01-01', to: '2019-12-31' },
        { url: 'https://example.org/archive/2018.json', from: '2018-01-01', to: '2018-12-31' },
        { url: 'javascript:alert(1)', from: '2017-01-01', to: '2017-12-31' },
        { url: 'archive/2016.json', from: '2016-01-01' },
      ],
    });
    expect(feed.archive!.map((part) => part.url)).to.deep.equal([
      'archive/2019.json',
      'https://example.org/archive/2018.json',
    ]);
    expect(codes(issues)).to.deep.equal([
      'url-scheme - archive[2].url',
      'field-invalid - archive[2]',
      'field-invalid - archive[3]',
    ]);
  });

  it('reads subscription calendars and drops an unknown network from one', () => {
    const { feed, issues } = feedOf({
      ...base,
      calendars: [
        { id: 'alle', title: 'Alle Termine', url: 'https://example.org/alle.ics' },
        {
          id: 'netz',
          title: 'Netzwerk',
          url: 'https://example.org/netz.ics',
          network: 'fehlt',
          states: ['SH'],
        },
        { id: 'kaputt', title: 'Ohne Adresse' },
      ],
    });
    expect(feed.calendars!.map((c) => c.id)).to.deep.equal(['alle', 'netz']);
    expect(feed.calendars![1]!.network).to.equal(undefined);
    expect(codes(issues)).to.include.members([
      'field-invalid - calendars[2]',
      'unknown-reference netz calendars[1].network',
    ]);
  });
});
