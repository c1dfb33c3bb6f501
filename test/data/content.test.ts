// The data side of issue 21: Leichte Sprache (easyText), venue accessibility in words, changes in
// words, the accessible filter, posts, and what reaches schema.org.
import { expect } from '@open-wc/testing';
import { accessibilityFacts } from '../../src/data/accessibility.js';
import { changeText } from '../../src/data/changes.js';
import { easyText, hasEasyTexts } from '../../src/data/easy.js';
import { describeEmpty, indexFeed, parseFilter, selectEvents } from '../../src/data/filter.js';
import { parseFeed, type ValidFeed } from '../../src/data/parse.js';
import { selectPosts } from '../../src/data/posts.js';
import { eventJsonLd } from '../../src/data/structured-data.js';

const valid = (feed: object): ValidFeed => {
  const result = parseFeed({ version: 1, ...feed });
  if (!result.ok) throw new Error('invalid');
  return result.feed;
};

describe('easyText', () => {
  const event = { title: 'T', summary: 'S', description: 'D', easy: { title: 'Leicht T' } };
  it('gives the easy text when on, else the standard one, per field', () => {
    expect(easyText(event, 'title', true)).to.equal('Leicht T');
    expect(easyText(event, 'summary', true)).to.equal('S');
    expect(easyText(event, 'description', true)).to.equal('D');
    expect(easyText(event, 'title', false)).to.equal('T');
  });
  it("reads a network's name and a post's body as title and description", () => {
    expect(easyText({ name: 'N' }, 'title', true)).to.equal('N');
    expect(easyText({ body: 'B', easy: { description: 'Leicht B' } }, 'description', true)).to.equal(
      'Leicht B',
    );
    expect(easyText({ body: 'B' }, 'description', true)).to.equal('B');
  });
  it('knows which lists have easy texts', () => {
    const feed = valid({ networks: [{ id: 'n', name: 'N', easy: { title: 'L' } }] });
    expect(hasEasyTexts(feed)).to.equal(true);
    expect(hasEasyTexts(feed, ['events', 'posts'])).to.equal(false);
    expect(hasEasyTexts(valid({ networks: [{ id: 'n', name: 'N', easy: {} }] }))).to.equal(false);
  });
});

describe('accessibility in words', () => {
  it('states what is stated, "no" for false, nothing for absent keys, the note last', () => {
    expect(
      accessibilityFacts({ note: 'Aufzug über den Hof', parking: false, stepFree: true }, 'de'),
    ).to.deep.equal(['Stufenloser Zugang', 'Kein Behindertenparkplatz', 'Aufzug über den Hof']);
    expect(accessibilityFacts({}, 'en')).to.deep.equal([]);
    expect(accessibilityFacts(undefined, 'de')).to.deep.equal([]);
  });
});

describe('changes in words', () => {
  it('says when and what was announced before', () => {
    expect(
      changeText(
        {
          date: '2026-12-02T09:00:00+01:00',
          previousStart: '2019-09-24T10:00',
          previousLocation: { name: 'musiculum' },
        },
        'Europe/Berlin',
        'de',
      ),
    ).to.equal('Geändert am 02.12.2026: vorher Dienstag, 24. September 2019, 10:00 Uhr, musiculum');
    // The day of an instant in the feed's zone: 23:30 UTC is already the next day in Berlin.
    expect(changeText({ date: '2026-12-01T23:30:00Z', note: 'Neuer Raum.' }, 'Europe/Berlin', 'de')).to.equal(
      'Geändert am 02.12.2026. Neuer Raum.',
    );
    expect(
      changeText(
        { date: '2026-12-02', previousStart: '2019-09-24', previousEnd: '2019-09-25' },
        'Europe/Berlin',
        'en',
      ),
    ).to.equal(
      'Changed on 02/12/2026: previously Tuesday, 24 September 2019 – Wednesday, 25 September 2019 (all day)',
    );
  });
});

describe('the accessible filter', () => {
  const feed = valid({
    events: [
      {
        id: 'a',
        title: 'A',
        start: '2026-12-01',
        location: { city: 'K', accessibility: { stepFree: true } },
      },
      {
        id: 'b',
        title: 'B',
        start: '2026-12-02',
        location: { city: 'K', accessibility: { stepFree: true, hearingLoop: true } },
      },
      {
        id: 'c',
        title: 'C',
        start: '2026-12-03',
        location: { city: 'K', accessibility: { stepFree: false } },
      },
      { id: 'd', title: 'D', start: '2026-12-04' },
    ],
  });
  const ids = (accessible: string) =>
    selectEvents(indexFeed(feed), { when: 'all', now: 0, filters: [parseFilter({ accessible })] }).map(
      (e) => e.id,
    );
  it('needs every named feature stated as true', () => {
    expect(ids('step-free')).to.deep.equal(['a', 'b']);
    expect(ids('step-free hearing-loop')).to.deep.equal(['b']);
    expect(ids('HEARING-LOOP')).to.deep.equal(['b']);
    expect(ids('')).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(ids('teleporter')).to.deep.equal([]);
  });
  it('names the features in the empty sentence', () => {
    expect(
      describeEmpty(feed, 'upcoming', [parseFilter({ accessible: 'parking sign-language' })], 'de'),
    ).to.equal('Keine kommenden Termine mit Behindertenparkplatz und Gebärdensprachdolmetschung.');
  });
});

describe('posts', () => {
  it('newest first, same dates in feed order, filtered by topic and network', () => {
    const feed = valid({
      topics: [{ id: 't', label: 'T' }],
      networks: [{ id: 'n', name: 'N' }],
      posts: [
        { id: 'old', title: 'O', date: '2020-01-01', topics: ['t'] },
        { id: 'new1', title: 'N1', date: '2024-05', chart: { network: 'n', metric: 'people' } },
        { id: 'new2', title: 'N2', date: '2024-05' },
      ],
    });
    expect(selectPosts(feed).map((p) => p.id)).to.deep.equal(['new1', 'new2', 'old']);
    expect(selectPosts(feed, { topics: ['T'] }).map((p) => p.id)).to.deep.equal(['old']);
    expect(selectPosts(feed, { networks: ['n'] }).map((p) => p.id)).to.deep.equal(['new1']);
  });
});

describe('structured data of the additions', () => {
  const feed = valid({
    events: [
      {
        id: 'e',
        title: 'Netzwerktreffen',
        start: '2026-12-08T10:00',
        status: 'rescheduled',
        location: {
          name: 'Rathaus',
          city: 'Kiel',
          accessibility: { stepFree: true, hearingLoop: false, note: 'Aufzug' },
        },
        changes: [
          { date: '2026-11-01', previousStart: '2026-12-01T10:00' },
          { date: '2026-11-20', previousStart: '2026-12-05T10:00' },
        ],
        easy: { title: 'Treffen in Kiel' },
      },
    ],
  });
  const data = eventJsonLd(feed.events[0]!, feed) as Record<string, unknown> & {
    location: Record<string, unknown>;
  };
  it('carries the easy title as alternateName', () => {
    expect(data.alternateName).to.equal('Treffen in Kiel');
  });
  it('carries the first previousStart as previousStartDate of a rescheduled event only', () => {
    expect(data.previousStartDate).to.equal('2026-12-01T10:00:00+01:00');
    const scheduled = { ...feed.events[0]!, status: 'scheduled' as const };
    expect((eventJsonLd(scheduled, feed) as Record<string, unknown>).previousStartDate).to.equal(undefined);
  });
  it('carries the stated accessibility as amenityFeature of the Place', () => {
    expect(data.location.amenityFeature).to.deep.equal([
      { '@type': 'LocationFeatureSpecification', name: 'Step-free access', value: true },
      { '@type': 'LocationFeatureSpecification', name: 'Hearing loop', value: false },
    ]);
  });
});
