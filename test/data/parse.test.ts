import { expect } from '@open-wc/testing';
import {
  parseFeed,
  parseText,
  issueMessage,
  isSafeUrl,
  parseEvent,
  type FeedIssue,
} from '../../src/data/parse.js';
import { FeedError } from '../../src/data/errors.js';

const feedOf = (json: unknown) => {
  const result = parseFeed(json);
  if (!result.ok) throw new Error(`expected a feed, got ${result.error.kind}`);
  return result;
};
const errorOf = (json: unknown): FeedError => {
  const result = parseFeed(json);
  if (result.ok) throw new Error('expected an error');
  return result.error;
};
const event = (extra: Record<string, unknown> = {}) => ({
  id: 'e1',
  title: 'Treffen',
  start: '2019-09-24',
  ...extra,
});
const codes = (issues: FeedIssue[]) => issues.map((i) => `${i.code} ${i.id ?? '-'} ${i.field}`);

describe('parseFeed: whole-feed failures', () => {
  for (const [name, json] of [
    ['an array', [{ version: 1 }]],
    ['a string', 'feed'],
    ['null', null],
    ['a number', 1],
    ['an object without version', { events: [] }],
  ] as const) {
    it(`rejects ${name} with a typed, localized error`, () => {
      const error = errorOf(json);
      expect(error).to.be.instanceOf(FeedError);
      expect(error.kind).to.equal('not-object');
      expect(error.localizedMessage('de')).to.contain('JSON-Objekt');
      expect(error.localizedMessage('en')).to.contain('JSON object');
      expect(error.retryable).to.equal(false);
    });
  }

  it('rejects version 2 and names the version in both languages', () => {
    const error = errorOf({ version: 2, events: [event()] });
    expect(error.kind).to.equal('version');
    expect(error.localizedMessage('de')).to.contain('„version“: 2').and.contain('nur Version 1');
    expect(error.localizedMessage('en')).to.contain('"version": 2');
  });

  it('rejects version "1" as a string', () => {
    expect(errorOf({ version: '1' }).kind).to.equal('version');
  });
});

describe('parseFeed: a valid feed', () => {
  it('accepts the minimal feed with defaults applied', () => {
    const { feed, issues } = feedOf({ version: 1 });
    expect(issues).to.deep.equal([]);
    expect(feed.timeZone).to.equal('Europe/Berlin');
    expect(feed.events).to.deep.equal([]);
    expect(feed.networks).to.deep.equal([]);
  });

  it('ignores unknown keys at every level', () => {
    const { feed, issues } = feedOf({
      version: 1,
      future: true,
      events: [event({ colour: 'red', location: { city: 'Kiel', floor: 3 } })],
    });
    expect(issues).to.deep.equal([]);
    expect(feed.events[0]).to.not.have.property('colour');
    expect(feed.events[0].location).to.deep.equal({ city: 'Kiel' });
    expect(feed).to.not.have.property('future');
  });

  it('parses the sample feed without any issue', async () => {
    const sample: unknown = await (await fetch('/src/data/sample-feed.json')).json();
    const { feed, issues } = feedOf(sample);
    expect(issues.map((i) => issueMessage(i, 'en'))).to.deep.equal([]);
    expect(feed.events.length).to.be.greaterThan(20);
    expect(feed.events.find((e) => e.id === 'kiel-2019-09-24')?.startValue.hour).to.equal(10);
  });

  it('keeps text as plain text, markup included, for the renderer to escape', () => {
    const title = '<img src=x onerror=alert(1)><script>alert(1)</script>';
    const { feed } = feedOf({ version: 1, events: [event({ title })] });
    expect(feed.events[0].title).to.equal(title);
  });
});

describe('parseFeed: one bad item is left out, the rest stays', () => {
  it('drops an event without title, naming id and field', () => {
    const { feed, issues } = feedOf({
      version: 1,
      events: [event({ title: undefined }), event({ id: 'e2' })],
    });
    expect(feed.events.map((e) => e.id)).to.deep.equal(['e2']);
    expect(codes(issues)).to.deep.equal(['item-invalid e1 title']);
    expect(issues[0].path).to.equal('events[0].title');
    expect(issueMessage(issues[0], 'de')).to.equal(
      'events[0].title: Eintrag „e1“ wurde ausgelassen, weil das Pflichtfeld „title“ fehlt oder ungültig ist.',
    );
    expect(issueMessage(issues[0], 'en')).to.contain('item "e1" was left out');
  });

  it('drops an event without id', () => {
    const { feed, issues } = feedOf({ version: 1, events: [event({ id: undefined }), event({ id: 'ok' })] });
    expect(feed.events.map((e) => e.id)).to.deep.equal(['ok']);
    expect(codes(issues)).to.deep.equal(['item-invalid - id']);
    expect(issueMessage(issues[0], 'de')).to.contain('ohne ID');
  });

  for (const start of ['2019-02-30', '24.09.2019', '2019-13', 'morgen', '2019-09-24T25:00', 20190924]) {
    it(`drops an event whose start ${JSON.stringify(start)} fits no form`, () => {
      const { feed, issues } = feedOf({ version: 1, events: [event({ start }), event({ id: 'e2' })] });
      expect(feed.events.map((e) => e.id)).to.deep.equal(['e2']);
      expect(codes(issues)).to.deep.equal(['item-invalid e1 start']);
    });
  }

  it('drops items that are not objects', () => {
    const { feed, issues } = feedOf({ version: 1, events: ['x', null, 3, event()] });
    expect(feed.events).to.have.length(1);
    expect(issues).to.have.length(3);
  });

  it('keeps the first of duplicate ids and warns about the others', () => {
    const { feed, issues } = feedOf({
      version: 1,
      events: [event({ title: 'Erstes' }), event({ title: 'Zweites' }), event({ id: 'e3' })],
    });
    expect(feed.events.map((e) => e.title)).to.deep.equal(['Erstes', 'Treffen']);
    expect(codes(issues)).to.deep.equal(['duplicate-id e1 id']);
    expect(issues[0].path).to.equal('events[1].id');
  });

  it('treats a list that is not an array as empty, with a warning', () => {
    const { feed, issues } = feedOf({ version: 1, events: { id: 'x' } });
    expect(feed.events).to.deep.equal([]);
    expect(codes(issues)).to.deep.equal(['field-invalid - events']);
  });
});

describe('parseFeed: a bad optional field is dropped, the item stays', () => {
  it('drops a reference to an unknown network, topic or office', () => {
    const { feed, issues } = feedOf({
      version: 1,
      offices: [{ id: 'bb', name: 'Regionalbüro Brandenburg' }],
      topics: [{ id: 't1', label: 'Bildungsmonitoring' }],
      networks: [{ id: 'n1', name: 'Netz', office: 'nowhere', topics: ['t1', 'tx'] }],
      events: [event({ network: 'n9', topics: ['t1', 't2'], contact: { name: 'A', office: 'zz' } })],
      programmes: [{ id: 'p', name: 'Programm', offices: ['bb', 'mv'] }],
    });
    const e = feed.events[0];
    expect(e).to.not.have.property('network');
    expect(e.topics).to.deep.equal(['t1']);
    expect(e.contact).to.deep.equal({ name: 'A' });
    expect(feed.networks[0]).to.not.have.property('office');
    expect(feed.networks[0].topics).to.deep.equal(['t1']);
    expect(feed.programmes[0].offices).to.deep.equal(['bb']);
    expect(codes(issues)).to.deep.equal([
      'unknown-reference e1 network',
      'unknown-reference e1 topics[1]',
      'unknown-reference e1 contact.office',
      'unknown-reference n1 office',
      'unknown-reference n1 topics[1]',
      'unknown-reference p offices[1]',
    ]);
  });

  it('names the JSON path of an unknown reference even after items before it were left out', () => {
    // Regression: the path used the index among the kept items (events[0]), not the feed's.
    const { issues } = feedOf({
      version: 1,
      networks: [{ id: 'n0' }, { id: 'n1', name: 'Netz', office: 'nowhere' }],
      events: [{ id: 'x' }, event({ id: 'x' }), event({ network: 'n9' })],
      programmes: [{ name: 'ohne ID' }, { id: 'p', name: 'Programm', offices: ['mv'] }],
    });
    expect(issues.filter((i) => i.code === 'unknown-reference').map((i) => i.path)).to.deep.equal([
      'events[2].network',
      'networks[1].office',
      'programmes[1].offices[0]',
    ]);
  });

  it('drops an end that fits no form', () => {
    const { feed, issues } = feedOf({ version: 1, events: [event({ end: 'bald' })] });
    expect(feed.events[0]).to.not.have.property('end');
    expect(codes(issues)).to.deep.equal(['field-invalid e1 end']);
  });

  it('drops an end before the start', () => {
    const { feed, issues } = feedOf({
      version: 1,
      events: [event({ start: '2019-09-24T10:00', end: '2019-09-24T09:00' })],
    });
    expect(feed.events[0]).to.not.have.property('end');
    expect(feed.events[0].endValue).to.equal(undefined);
    expect(codes(issues)).to.deep.equal(['end-before-start e1 end']);
  });

  for (const url of [
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'ftp://x.example',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'not a url',
  ]) {
    it(`drops the URL ${JSON.stringify(url)} in every URL field`, () => {
      const { feed, issues } = feedOf({
        version: 1,
        publisher: { name: 'P', url },
        events: [
          event({
            url,
            location: { name: 'Ort', url, onlineUrl: url },
            registration: { url, note: 'n' },
            downloads: [{ title: 'T', url }],
            image: { url, alt: 'a' },
          }),
        ],
        networks: [{ id: 'n', name: 'N', url }],
        programmes: [{ id: 'p', name: 'P', url, partners: [{ name: 'BMBF', url }] }],
        offices: [{ id: 'o', name: 'O', url }],
      });
      const e = feed.events[0];
      expect(e).to.not.have.property('url');
      expect(e.location).to.deep.equal({ name: 'Ort' });
      expect(e.registration).to.deep.equal({ note: 'n' });
      expect(e.downloads).to.deep.equal([]);
      expect(e).to.not.have.property('image');
      expect(feed.publisher).to.deep.equal({ name: 'P' });
      expect(feed.networks[0]).to.not.have.property('url');
      expect(feed.programmes[0]).to.not.have.property('url');
      expect(feed.programmes[0].partners).to.deep.equal([{ name: 'BMBF' }]);
      expect(feed.offices[0]).to.not.have.property('url');
      expect(issues.filter((i) => i.code === 'url-scheme').length).to.be.greaterThanOrEqual(9);
    });
  }

  it('accepts http, https, mailto and tel', () => {
    for (const url of ['http://a.example', 'https://a.example/x?y', 'mailto:a@b.example', 'tel:+49331123'])
      expect(isSafeUrl(url), url).to.equal(true);
  });

  it('drops an image without alt, with a warning', () => {
    const { feed, issues } = feedOf({
      version: 1,
      events: [event({ image: { url: 'https://a.example/b.jpg' } })],
    });
    expect(feed.events[0]).to.not.have.property('image');
    expect(codes(issues)).to.deep.equal(['field-invalid e1 image']);
  });

  it('drops strings where numbers belong, and numbers where strings belong', () => {
    const { feed, issues } = feedOf({
      version: 1,
      events: [
        event({
          sequence: '4',
          summary: 42,
          downloads: [{ title: 'PDF', url: 'https://a.example/a.pdf', bytes: 'groß' }],
        }),
      ],
      networks: [
        { id: 'n', name: 'N', participation: [{ label: '1. Treffen', municipalities: 'zwölf', people: 20 }] },
      ],
    });
    const e = feed.events[0];
    expect(e).to.not.have.property('sequence');
    expect(e).to.not.have.property('summary');
    expect(e.downloads).to.deep.equal([{ title: 'PDF', url: 'https://a.example/a.pdf' }]);
    expect(feed.networks[0].participation).to.deep.equal([{ label: '1. Treffen', people: 20 }]);
    expect(codes(issues)).to.deep.equal([
      'field-invalid n participation[0].municipalities',
      'field-invalid e1 sequence',
      'field-invalid e1 summary',
      'field-invalid e1 downloads[0].bytes',
    ]);
  });

  it('drops an unknown status or attendance', () => {
    const { feed, issues } = feedOf({
      version: 1,
      events: [event({ status: 'abgesagt', attendance: 'hybrid' })],
    });
    expect(feed.events[0]).to.not.have.property('status');
    expect(feed.events[0]).to.not.have.property('attendance');
    expect(issues).to.have.length(2);
  });

  it('falls back to Europe/Berlin for an unknown time zone, with a warning', () => {
    const { feed, issues } = feedOf({
      version: 1,
      timeZone: 'Mars/Olympus',
      events: [event({ start: '2019-09-24T10:00' })],
    });
    expect(feed.timeZone).to.equal('Europe/Berlin');
    expect(codes(issues)).to.deep.equal(['time-zone - timeZone']);
    expect(feed.events).to.have.length(1);
  });

  it("reads wall-clock times in the feed's own time zone", () => {
    const { feed } = feedOf({
      version: 1,
      timeZone: 'America/New_York',
      events: [event({ start: '2019-09-24T10:00' })],
    });
    expect(new Date(feed.events[0].startValue.instant).toISOString()).to.equal('2019-09-24T14:00:00.000Z');
  });
});

describe('parseEvent', () => {
  it('validates one event set from JavaScript', () => {
    const { event: parsed, issues } = parseEvent(event({ url: 'javascript:alert(1)' }));
    expect(parsed?.title).to.equal('Treffen');
    expect(parsed).to.not.have.property('url');
    expect(codes(issues)).to.deep.equal(['url-scheme e1 url']);
  });

  it('returns no event for an invalid one', () => {
    expect(parseEvent({ title: 'x' }).event).to.equal(undefined);
  });
});

describe('parseText: the same verdict as parseFeed, returned, never thrown', () => {
  for (const [text, kind] of [
    ['', 'empty'],
    [' \n ', 'empty'],
    ['{"version": 1,', 'syntax'],
    ['[1]', 'not-object'],
    ['{"version": 2}', 'version'],
  ] as const)
    it(`${JSON.stringify(text)}: ${kind}`, () => {
      const result = parseText(text);
      expect(result.ok).to.equal(false);
      if (!result.ok) {
        expect(result.error).to.be.instanceOf(FeedError);
        expect(result.error.kind).to.equal(kind);
      }
    });

  it('a feed: the result of parseFeed on the parsed JSON', () => {
    const json = { version: 1, events: [event(), { id: 'x' }] };
    const result = parseText(JSON.stringify(json));
    if (!result.ok) throw result.error;
    expect(result.feed).to.deep.equal(feedOf(json).feed);
    expect(result.issues).to.deep.equal(feedOf(json).issues);
  });
});

describe('parseFeed: paths of kept items', () => {
  it('are their positions in the JSON, counting the items left out before them', () => {
    const result = feedOf({
      version: 1,
      offices: [{ id: 'o1' }, { id: 'o2', name: 'Büro' }],
      events: [{ id: 'bad' }, event({ id: 'a' }), event({ id: 'a' }), event({ id: 'b', network: 'nope' })],
    });
    const paths = result.feed.events.map((e) => result.paths.get(e));
    expect(paths).to.deep.equal(['events[1]', 'events[3]']);
    expect(result.paths.get(result.feed.offices[0]!)).to.equal('offices[1]');
    // The issues of an item name the same path.
    expect(result.issues.find((i) => i.code === 'unknown-reference')?.path).to.equal('events[3].network');
  });
});
