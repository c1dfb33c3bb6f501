// A complete feed, every field of types.ts set, survives the parser unchanged: a field added
// to types.ts must be added here (the `Complete` type below fails tsc otherwise) and to the
// parser's tables (whose types fail tsc otherwise), and this test proves the parser keeps it.
import { expect } from '@open-wc/testing';
import { parseFeed, parseText, toFeedJson, type ParsedFeed } from '../../src/data/parse.js';
import type { Feed } from '../../src/data/types.js';

/** `T` with every optional field required, all the way down, and every list non-empty. */
type Complete<T> = T extends readonly (infer Item)[]
  ? [Complete<Item>, ...Complete<Item>[]]
  : T extends object
    ? { [K in keyof T]-?: Complete<Exclude<T[K], undefined>> }
    : T;

const image = { url: 'https://example.org/bild.jpg', alt: 'Ein Netzwerktreffen', credit: 'Bildquelle: DKJS' };
const previousLocation = {
  name: 'Rathaus',
  street: 'Markt 1',
  postalCode: '24306',
  city: 'Plön',
  url: 'https://example.org/rathaus',
  onlineUrl: 'https://example.org/rathaus-online',
  accessibility: {
    stepFree: true,
    accessibleToilet: true,
    hearingLoop: false,
    signLanguage: true,
    easyLanguage: true,
    parking: false,
    note: 'Aufzug über den Hof',
  },
};
const easy = { title: 'Treffen', summary: 'Wir treffen uns.', description: 'Wir reden über Zahlen.' };

/**
 * Normalisations of the parser that this sample avoids, so that deep equality holds: URLs are
 * trimmed (these have no surrounding blanks); events gain `startValue`/`endValue` (toFeedJson
 * removes them); a default `timeZone` is added (this one is set).
 */
const complete: Complete<Feed> = {
  version: 1,
  timeZone: 'Europe/Vienna',
  updated: '2026-11-23T07:30:00Z',
  publisher: { name: 'Transferagentur', url: 'https://example.org' },
  offices: [
    {
      id: 'ta-nord',
      name: 'Transferagentur Nord',
      city: 'Kiel',
      email: 'nord@example.org',
      phone: '+49 431 123456',
      url: 'https://example.org/nord',
    },
  ],
  topics: [{ id: 'monitoring', label: 'Bildungsmonitoring' }],
  networks: [
    {
      id: 'netz',
      name: 'Netzwerk Bildungsmonitoring',
      shortName: 'NBM',
      number: 3,
      kind: 'Länderübergreifendes Netzwerk',
      description: 'Erster Absatz.\n\n- ein Punkt\n- noch einer',
      states: ['SH', 'BB'],
      office: 'ta-nord',
      cadence: 'halbjährlich',
      since: '2016',
      until: '2020-12',
      audience: 'Kommunen',
      requirements: 'Ein Datenbericht',
      topics: ['monitoring'],
      members: [{ name: 'Kreis Plön', state: 'SH' }],
      participation: [{ label: '1. Treffen', date: '2016-09-26', municipalities: 12, people: 34.5 }],
      url: 'https://example.org/netz',
      image,
      easy,
    },
  ],
  events: [
    {
      id: 'e1',
      title: '4. Netzwerktreffen',
      start: '2026-03-10T10:00',
      end: '2026-03-10T16:00',
      tentative: true,
      type: 'Netzwerktreffen',
      status: 'rescheduled',
      attendance: 'mixed',
      location: {
        ...previousLocation,
        name: 'Haus der Bildung',
        street: 'Hauptstraße 1',
        postalCode: '24103',
        city: 'Kiel',
        url: 'https://example.org/haus',
        onlineUrl: 'https://example.org/online',
        accessibility: {
          stepFree: true,
          accessibleToilet: true,
          hearingLoop: false,
          signLanguage: true,
          easyLanguage: true,
          parking: false,
          note: 'Aufzug über den Hof',
        },
      },
      network: 'netz',
      sequence: 4,
      summary: 'Kurz gesagt.',
      description: 'Ein Absatz.',
      agenda: [{ start: '10:00', end: '11:30', title: 'Begrüßung', description: 'Mit Kaffee' }],
      speakers: [{ name: 'Dr. A. Beispiel', role: 'Leitung', organisation: 'DKJS' }],
      contact: { name: 'B. Kontakt', email: 'kontakt@example.org', phone: '0431 987', office: 'ta-nord' },
      downloads: [
        {
          title: 'Programm',
          url: 'https://example.org/programm.pdf',
          mediaType: 'application/pdf',
          bytes: 123456,
        },
      ],
      topics: ['monitoring'],
      states: ['SH'],
      audience: 'Verwaltung',
      requirements: 'Keine',
      cost: 'kostenfrei',
      registration: { url: 'mailto:anmeldung@example.org', until: '2026-03-01', note: 'Bitte bis März' },
      url: 'tel:+49431123456',
      image,
      revision: 2,
      updated: '2026-02-01T09:15:00Z',
      price: 0,
      changes: [
        {
          date: '2026-02-01T09:15:00Z',
          note: 'Neuer Termin',
          previousStart: '2026-03-03T10:00',
          previousEnd: '2026-03-03T16:00',
          previousLocation,
        },
      ],
      easy,
    },
  ],
  programmes: [
    {
      id: 'prog',
      name: 'Bildung integriert',
      period: { from: '2014', to: '2020-06' },
      audience: 'Kreise und Städte',
      regions: ['SH', 'BB'],
      description: 'Worum es geht.',
      approach: 'Wie es geht.',
      partners: [{ name: 'BMBF', url: 'https://example.org/bmbf' }],
      initiative: 'Transferinitiative',
      offices: ['ta-nord'],
      url: 'https://example.org/prog',
      image,
      easy,
    },
  ],
  posts: [
    {
      id: 'rueckblick',
      title: '5 Jahre Netzwerktreffen',
      date: '2021-03-01',
      summary: 'Rückblick und Ausblick.',
      body: 'Ein Absatz.\n\n- ein Punkt',
      image,
      topics: ['monitoring'],
      networks: ['netz'],
      url: 'https://example.org/rueckblick',
      author: 'Transferagentur',
      chart: { network: 'netz', metric: 'municipalities' },
      easy,
    },
  ],
  archive: [{ url: 'archive/2019.json', from: '2019-01-01', to: '2019-12-31' }],
  calendars: [
    {
      id: 'sh',
      title: 'Termine in Schleswig-Holstein',
      url: 'https://example.org/calendars/sh.ics',
      states: ['SH'],
      network: 'netz',
      topics: ['monitoring'],
    },
  ],
};

const verdict = (result: ReturnType<typeof parseFeed>): ParsedFeed => {
  if (!result.ok) throw result.error;
  return result;
};

describe('round trip: a complete feed', () => {
  it('keeps every field of every type, without an issue', () => {
    const result = verdict(parseFeed(structuredClone(complete)));
    expect(result.issues).to.deep.equal([]);
    expect(toFeedJson(result.feed)).to.deep.equal(complete);
  });

  it('reads the same from its text, and the parsed dates come along', () => {
    const result = verdict(parseText(JSON.stringify(complete)));
    expect(toFeedJson(result.feed)).to.deep.equal(complete);
    const [event] = result.feed.events;
    // 10:00 in Vienna (CET) is 09:00 UTC.
    expect(event!.startValue.instant).to.equal(Date.UTC(2026, 2, 10, 9));
    expect(event!.endValue!.instant).to.equal(Date.UTC(2026, 2, 10, 15));
  });

  it('names each kept item by its path in the JSON', () => {
    const result = verdict(parseFeed(complete));
    expect(result.paths.get(result.feed.events[0]!)).to.equal('events[0]');
    expect(result.paths.get(result.feed.networks[0]!)).to.equal('networks[0]');
    expect(result.paths.get(result.feed.offices[0]!)).to.equal('offices[0]');
    expect(result.paths.get(result.feed.programmes[0]!)).to.equal('programmes[0]');
  });
});
