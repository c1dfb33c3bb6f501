// Property-based tests of the parser (fast-check): whatever JSON arrives, parseFeed answers
// with a feed or a typed error and never throws; no item disappears without a warning; what it
// keeps obeys the feed brief (unique ids, safe links, resolvable references, parsed dates).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FeedError } from '../../src/data/errors.js';
import { parseText } from '../../src/data/load.js';
import { isSafeUrl, parseFeed, type ValidFeed } from '../../src/data/parse.js';
import { feedArbitrary, jsonish } from '../robust/arbitraries.js';

const RUNS = { numRuns: 300 };
const ERROR_KINDS = ['not-object', 'version'];

/** Every string under a key named like a URL field, anywhere in the parsed feed. */
function urls(value: unknown, key = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => urls(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => urls(v, k));
  return /^(url|onlineUrl)$/.test(key) && typeof value === 'string' ? [value] : [];
}

function checkValid(feed: ValidFeed) {
  for (const list of [feed.events, feed.networks, feed.programmes, feed.offices, feed.topics]) {
    const ids = list.map((item) => item.id);
    expect(new Set(ids).size, 'ids are unique').to.equal(ids.length);
    for (const id of ids) expect(id.trim()).to.not.equal('');
  }
  for (const url of urls(feed)) expect(isSafeUrl(url), url).to.equal(true);
  const networks = new Set(feed.networks.map((n) => n.id));
  const topics = new Set(feed.topics.map((t) => t.id));
  for (const event of feed.events) {
    expect(event.title.trim()).to.not.equal('');
    expect(Number.isFinite(event.startValue.instant)).to.equal(true);
    if (event.endValue) expect(event.endValue.instant).to.be.at.least(event.startValue.instant);
    if (event.network !== undefined) expect(networks.has(event.network)).to.equal(true);
    for (const topic of event.topics ?? []) expect(topics.has(topic)).to.equal(true);
  }
}

describe('parseFeed (property-based)', () => {
  it('never throws for any JSON value: a feed, or a FeedError of a known kind', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const result = parseFeed(json);
        if (result.ok) checkValid(result.feed);
        else {
          expect(result.error).to.be.instanceOf(FeedError);
          expect(ERROR_KINDS).to.include(result.error.kind);
        }
      }),
      RUNS,
    );
  });

  it('never throws for any value under any key of a version 1 feed, and keeps only what is valid', () => {
    const keys = [
      'timeZone',
      'updated',
      'publisher',
      'offices',
      'topics',
      'networks',
      'events',
      'programmes',
    ];
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), jsonish), (extra) => {
        const result = parseFeed({ ...extra, version: 1 });
        expect(result.ok).to.equal(true);
        if (result.ok) checkValid(result.feed);
      }),
      RUNS,
    );
  });

  it('loses no item silently: each is kept or named in exactly one item-level issue', () => {
    fc.assert(
      fc.property(feedArbitrary, (feed) => {
        const result = parseFeed(feed);
        if (!result.ok) throw result.error;
        checkValid(result.feed);
        for (const key of ['events', 'networks', 'programmes', 'offices', 'topics'] as const) {
          const raw = (feed as unknown as Record<string, unknown[]>)[key] ?? [];
          const left = result.issues.filter(
            (i) => (i.code === 'item-invalid' || i.code === 'duplicate-id') && i.path.startsWith(`${key}[`),
          );
          expect(result.feed[key].length + left.length, key).to.equal(raw.length);
          // Each left-out index is named once.
          const indexes = left.map((i) => /^\w+\[(\d+)\]/.exec(i.path)![1]);
          expect(new Set(indexes).size).to.equal(indexes.length);
        }
        // Every issue names a path that exists in the input.
        for (const issue of result.issues) expect(issue.path).to.match(/^[a-zA-Z]/);
      }),
      RUNS,
    );
  });

  // parseText returns its verdict like parseFeed (it threw before): a thrown error fails here.
  it('reads any text as a feed or a FeedError (empty, syntax, not-object, version)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.constant(''), fc.constant('  \n')), (text) => {
        const result = parseText(text);
        if (result.ok) checkValid(result.feed);
        else expect(result.error).to.be.instanceOf(FeedError);
      }),
      RUNS,
    );
  });
});
