import { expect } from '@open-wc/testing';
import { parseFeed, type ParsedEvent, type ValidFeed } from '../../src/data/parse.js';
import { eventJsonLd, jsonLdText } from '../../src/data/structured-data.js';
import type { FeedEvent } from '../../src/data/types.js';
import { checkGoogleEvent } from './google-event-rules.js';

type Json = Record<string, unknown>;

let feed: ValidFeed;
const byId = (id: string) => feed.events.find((e) => e.id === id)!;
const ld = (event: ParsedEvent) => eventJsonLd(event, feed) as Json | undefined;

function parsed(event: Partial<FeedEvent>, extra: Record<string, unknown> = {}): ParsedEvent {
  const result = parseFeed({
    version: 1,
    ...extra,
    events: [{ id: 'e', title: 'T', start: '2030-01-01', ...event }],
  });
  if (!result.ok || !result.feed.events[0]) throw new Error('test event invalid');
  return result.feed.events[0];
}

/** What Google's Event rich result requires: name, startDate, location (Place with address or VirtualLocation with url). */
function expectRichResult(data: Json | undefined) {
  expect(data, 'JSON-LD').to.be.an('object');
  expect(data!['@context']).to.equal('https://schema.org');
  expect(data!['@type']).to.equal('Event');
  expect(data!.name).to.be.a('string').and.not.empty;
  expect(data!.startDate).to.match(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2})?$/);
  const locations = ([] as Json[]).concat(data!.location as Json);
  expect(locations.length).to.be.greaterThan(0);
  for (const location of locations) {
    if (location['@type'] === 'Place') {
      expect((location.address as Json)['@type']).to.equal('PostalAddress');
    } else {
      expect(location['@type']).to.equal('VirtualLocation');
      expect(location.url).to.match(/^https:\/\//);
    }
  }
}

describe('structured-data: schema.org Event', () => {
  before(async () => {
    const result = parseFeed(await (await fetch('/src/data/sample-feed.json')).json());
    if (!result.ok) throw result.error;
    feed = result.feed;
  });

  it('describes the Kiel meeting with everything Google requires and recommends', () => {
    const data = ld(byId('kiel-2019-09-24'))!;
    expectRichResult(data);
    expect(data).to.deep.include({
      name: 'Treffen des Netzwerks der bildungsmanagementaktiven Kommunen in Schleswig-Holstein',
      startDate: '2019-09-24T10:00:00+02:00',
      endDate: '2019-09-24T16:00:00+02:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      url: 'https://www.transferagentur-nordost.example.org/veranstaltungen/kiel-2019-09-24',
    });
    expect(data.location).to.deep.equal({
      '@type': 'Place',
      name: 'musiculum',
      address: {
        '@type': 'PostalAddress',
        streetAddress: 'Stephan-Heinzel-Str. 9',
        postalCode: '24103',
        addressLocality: 'Kiel',
        addressRegion: 'Schleswig-Holstein',
        addressCountry: 'DE',
      },
      url: 'https://www.musiculum.example.org/',
    });
    // The contact's office organises it.
    expect(data.organizer).to.deep.equal({
      '@type': 'Organization',
      name: 'Regionalbüro Schleswig-Holstein',
      url: 'https://www.transferagentur-nordost.example.org/regionalbueros/schleswig-holstein',
    });
    expect(data.description).to.contain('Viertes Treffen');
  });

  it('gives every seed event with a date and a place valid JSON-LD, and none to the others', () => {
    for (const event of feed.events) {
      const data = ld(event);
      const place = event.location?.street || event.location?.city;
      const online = event.attendance === 'online' || event.attendance === 'mixed';
      if (event.startValue.precision === 'month' || (!place && !online)) {
        expect(data, event.id).to.equal(undefined);
      } else {
        expectRichResult(data);
        expect(JSON.parse(jsonLdText(data))).to.deep.equal(JSON.parse(JSON.stringify(data)));
      }
    }
  });

  it('uses VirtualLocation online, both locations for mixed attendance', () => {
    const online = ld(byId('bildungsmonitoring-2020-06-online'))!;
    expect(online.eventAttendanceMode).to.equal('https://schema.org/OnlineEventAttendanceMode');
    expect(online.location).to.deep.equal({
      '@type': 'VirtualLocation',
      url: 'https://konferenz.transferagentur-nordost.example.org/raum/bildungsmonitoring',
    });
    const mixed = ld(byId('fachtagung-verstetigung-2022-09-20'))!;
    expect(mixed.eventAttendanceMode).to.equal('https://schema.org/MixedEventAttendanceMode');
    expect((mixed.location as Json[]).map((l) => l['@type'])).to.deep.equal(['Place', 'VirtualLocation']);
  });

  it('maps the status, all-day dates and speakers', () => {
    expect(ld(byId('bundeskonferenz-2020-05-berlin'))!.eventStatus).to.equal(
      'https://schema.org/EventCancelled',
    );
    expect(ld(byId('fachtag-fruehkindliche-bildung-2020-03-24'))!.eventStatus).to.equal(
      'https://schema.org/EventPostponed',
    );
    expect(ld(parsed({ status: 'rescheduled', location: { city: 'Kiel' } }))!.eventStatus).to.equal(
      'https://schema.org/EventRescheduled',
    );
    const allDay = ld(byId('bildungsmonitoring-2021-06-eberswalde'))!;
    expect([allDay.startDate, allDay.endDate]).to.deep.equal(['2021-06-14', '2021-06-15']);
    const speakers = ld(byId('fortbildung-gremienarbeit-2026-12-08'))!;
    expect(speakers.performer).to.deep.equal([{ '@type': 'Person', name: 'Jan Smith' }]);
  });

  it('gives nothing for a month-only date or an unknown place', () => {
    expect(ld(byId('dkbm-reflexion-2020-12'))).to.equal(undefined);
    expect(ld(byId('entwicklungsworkshop-digitalisierung-2027-06'))).to.equal(undefined);
    expect(ld(parsed({}))).to.equal(undefined);
    expect(ld(parsed({ location: { name: 'Rathaus' } }))).to.equal(undefined);
    expect(ld(parsed({ attendance: 'online' }))).to.equal(undefined);
  });

  it('writes < as \\u003c so feed text can never close the script element', () => {
    const title = '</script><script>alert(1)</script><!--';
    const data = ld(parsed({ title, location: { city: '<b>Kiel</b>' } }))!;
    const text = jsonLdText(data);
    expect(text).not.to.contain('<');
    expect(text).to.contain('\\u003c/script>');
    expect((JSON.parse(text) as Json).name).to.equal(title);
  });

  it("passes Google's Event rules for every sample event with a full date: zero errors, zero warnings", () => {
    let checked = 0;
    for (const event of feed.events) {
      const data = ld(event);
      if (event.startValue.precision === 'month') {
        expect(data, `${event.id}: month-only, no JSON-LD`).to.equal(undefined);
        continue;
      }
      expect(data, `${event.id}: JSON-LD`).to.be.an('object');
      const report = checkGoogleEvent(data!, event);
      expect(report.errors, `${event.id}: errors`).to.deep.equal([]);
      expect(report.warnings, `${event.id}: warnings`).to.deep.equal([]);
      checked++;
    }
    expect(checked).to.equal(feed.events.filter((e) => e.startValue.precision !== 'month').length);
  });

  it('an event with every field fills every property Google lists: no gaps', () => {
    const event = parsed(
      {
        start: '2030-03-04T10:00',
        end: '2030-03-04T16:00',
        status: 'rescheduled',
        summary: 'Worum es geht.',
        location: { name: 'Rathaus', street: 'Markt 1', postalCode: '24103', city: 'Kiel' },
        states: ['SH'],
        url: 'https://example.org/e',
        image: { url: 'https://example.org/e.jpg', alt: 'Saal' },
        price: 25,
        registration: { url: 'https://example.org/anmeldung', until: '2030-02-20' },
        speakers: [{ name: 'Jan Smith' }, { name: 'Ada Muster' }],
        contact: { office: 'o' },
        changes: [
          { date: '2030-01-10T09:00', previousStart: '2030-02-25T10:00' },
          { date: '2030-01-20T09:00', previousStart: '2030-03-01T10:00' },
        ],
      },
      { offices: [{ id: 'o', name: 'Regionalbüro', url: 'https://example.org/buero' }] },
    );
    const data = eventJsonLd(event, {
      timeZone: 'Europe/Berlin',
      offices: [{ id: 'o', name: 'Regionalbüro', url: 'https://example.org/buero' }],
      now: Date.UTC(2030, 0, 1),
    })!;
    const report = checkGoogleEvent(data, event);
    expect(report.errors).to.deep.equal([]);
    expect(report.warnings).to.deep.equal([]);
    // Only validFrom (when registration opens) is not in the feed format.
    expect(report.gaps).to.deep.equal(['offers.validFrom']);
    expect(data.offers).to.deep.equal({
      '@type': 'Offer',
      url: 'https://example.org/anmeldung',
      price: 25,
      priceCurrency: 'EUR',
      availability: 'https://schema.org/InStock',
      validThrough: '2030-02-20',
    });
    expect(data.previousStartDate, 'the first change that moved it').to.equal('2030-02-25T10:00:00+01:00');
    expect(data.performer).to.deep.equal([
      { '@type': 'Person', name: 'Jan Smith' },
      { '@type': 'Person', name: 'Ada Muster' },
    ]);
    expect(data.organizer).to.deep.equal({
      '@type': 'Organization',
      name: 'Regionalbüro',
      url: 'https://example.org/buero',
    });
    expect((data.location as Json).address).to.deep.include({
      addressRegion: 'Schleswig-Holstein',
      addressCountry: 'DE',
    });
  });

  it('offers: free (price 0), registration closed (SoldOut), registration without price; none without either', () => {
    const free = ld(parsed({ location: { city: 'Kiel' }, price: 0 }))!;
    expect(free.isAccessibleForFree).to.equal(true);
    expect((free.offers as Json).price).to.equal(0);
    expect((free.offers as Json).priceCurrency).to.equal('EUR');
    const closed = eventJsonLd(
      parsed({
        location: { city: 'Kiel' },
        registration: { url: 'https://example.org/a', until: '2029-12-01' },
      }),
      { timeZone: 'Europe/Berlin', now: Date.UTC(2029, 11, 5) },
    )!;
    expect(closed.offers).to.deep.equal({
      '@type': 'Offer',
      url: 'https://example.org/a',
      price: undefined,
      priceCurrency: undefined,
      availability: 'https://schema.org/SoldOut',
      validThrough: '2029-12-01',
    });
    expect(closed.isAccessibleForFree).to.equal(undefined);
    expect(ld(parsed({ location: { city: 'Kiel' } }))!.offers).to.equal(undefined);
    // A feed event's data left out would be a warning: the checker sees it.
    const report = checkGoogleEvent(
      { ...free, offers: undefined, isAccessibleForFree: undefined },
      parsed({ price: 0 }),
    );
    expect(report.warnings).to.deep.equal(['offers left out', 'isAccessibleForFree left out']);
  });

  it('no previousStartDate unless rescheduled; no region for an event in several states; the publisher organises without an office', () => {
    const moved = { date: '2030-01-10T09:00', previousStart: '2029-12-01' };
    expect(ld(parsed({ location: { city: 'Kiel' }, changes: [moved] }))!.previousStartDate).to.equal(
      undefined,
    );
    expect(
      ld(
        parsed({
          location: { city: 'Kiel' },
          status: 'rescheduled',
          changes: [{ date: '2030-01-10' }, moved],
        }),
      )!.previousStartDate,
    ).to.equal('2029-12-01');
    const several = ld(parsed({ location: { city: 'Kiel' }, states: ['SH', 'MV'] }))!;
    expect(((several.location as Json).address as Json).addressRegion).to.equal(undefined);
    expect(ld(byId('bildungsmonitoring-2020-06-online'))!.organizer).to.deep.include({
      name: 'Regionalbüro Brandenburg',
    });
    const noOffice = ld(parsed({ location: { city: 'Kiel' } }))!;
    expect((noOffice.organizer as Json).name).to.equal('Transferagentur Nord-Ost');
  });
});
