import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/event-card/event-card.js';
import type { EventCard } from '../../../src/components/event-card/event-card.js';
import { parseFeed } from '../../../src/data/parse.js';
import type { Feed, FeedEvent } from '../../../src/data/types.js';
import { $, $$, fact, hrefs, sample, seed, settled, textOf } from './helpers.js';

const base = { id: 'edge', title: 'Netzwerktreffen Bildungsmonitoring', type: 'Netzwerktreffen' };

/** A card for one event set from JavaScript (no feed, no fetch). */
async function card(
  event: Partial<FeedEvent>,
  attrs: { variant?: string; locale?: string; today?: string } = {},
) {
  const el = await fixture<EventCard>(
    html`<event-card
      .event=${{ ...base, ...event }}
      variant=${attrs.variant ?? 'full'}
      locale=${attrs.locale ?? 'de'}
      today=${attrs.today ?? '2016-01-01'}
    ></event-card>`,
  );
  await el.updateComplete;
  return el;
}

const both = async (event: Partial<FeedEvent>, locale = 'de') => [
  await card(event, { locale }),
  await card(event, { locale, variant: 'compact' }),
];

describe('<event-card>: dates by the brief', () => {
  const cases: [string, Partial<FeedEvent>, string, string][] = [
    [
      'all-day',
      { start: '2027-05-20' },
      'Donnerstag, 20. Mai 2027 (ganztägig)',
      'Thursday, 20 May 2027 (all day)',
    ],
    [
      'same-day range',
      { start: '2026-12-08T10:00', end: '2026-12-08T16:00' },
      'Dienstag, 8. Dezember 2026, 10:00–16:00 Uhr',
      'Tuesday, 8 December 2026, 10:00–16:00',
    ],
    [
      'multi-day with times',
      { start: '2027-01-27T10:00', end: '2027-01-28T14:00' },
      'Mittwoch, 27. Januar 2027, 10:00 Uhr – Donnerstag, 28. Januar 2027, 14:00 Uhr',
      'Wednesday, 27 January 2027, 10:00 – Thursday, 28 January 2027, 14:00',
    ],
    [
      'multi-day all-day',
      { start: '2021-06-14', end: '2021-06-15' },
      'Montag, 14. Juni 2021 – Dienstag, 15. Juni 2021 (ganztägig)',
      'Monday, 14 June 2021 – Tuesday, 15 June 2021 (all day)',
    ],
    ['month only', { start: '2027-06' }, 'Juni 2027', 'June 2027'],
    ['tentative', { start: '2027-06', tentative: true }, 'voraussichtlich Juni 2027', 'expected June 2027'],
    [
      'an instant in UTC, shown in Berlin',
      { start: '2021-03-10T08:00:00Z', end: '2021-03-10T11:30:00Z' },
      'Mittwoch, 10. März 2021, 09:00–12:30 Uhr',
      'Wednesday, 10 March 2021, 09:00–12:30',
    ],
  ];
  for (const [name, event, de, en] of cases) {
    it(`${name}: "${de}" / "${en}" in both variants`, async () => {
      for (const el of await both(event)) expect(textOf($(el, '[part="date"]'))).to.equal(de);
      for (const el of await both(event, 'en')) expect(textOf($(el, '[part="date"]'))).to.equal(en);
    });
  }
});

describe('<event-card>: status, unmistakable without colour', () => {
  it('cancelled: the word "Abgesagt" and the date struck through, in both variants', async () => {
    for (const el of await both({
      start: '2020-05-11T12:00',
      end: '2020-05-13T13:00',
      status: 'cancelled',
    })) {
      expect(textOf($(el, '[part="status"]'))).to.equal('Abgesagt');
      const struck = $(el, '[part="date"] s')!;
      expect(textOf(struck)).to.equal('Montag, 11. Mai 2020, 12:00 Uhr – Mittwoch, 13. Mai 2020, 13:00 Uhr');
      expect(getComputedStyle(struck).textDecorationLine).to.equal('line-through');
      // The badge comes before the date, so it is read first.
      const order = $(el, '[part="status"]')!.compareDocumentPosition($(el, '[part="date"]')!);
      expect(order & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    }
    // Before it: still offered, as the cancellation's file with STATUS:CANCELLED (see the calendar tests).
    const before = await card({ start: '2020-05-11T12:00', status: 'cancelled' }, { today: '2020-05-01' });
    expect(textOf($(before, 'button[part="calendar-button"]'))).to.equal(
      'Absage in den Kalender übernehmen (.ics)',
    );
    // Once it is over, there is nothing to take into a calendar.
    const after = await card({ start: '2020-05-11T12:00', status: 'cancelled' }, { today: '2020-06-01' });
    // A boolean, not the element: chai would print a whole element on failure.
    expect($(after, 'button[part="calendar-button"]') === null, 'no calendar button').to.equal(true);
  });

  it('postponed: "Verschoben", struck-through date, no calendar entry with the reason', async () => {
    const [full, compact] = await both({ start: '2020-03-24T09:30', status: 'postponed' });
    for (const el of [full!, compact!]) {
      expect(textOf($(el, '[part="status"]'))).to.equal('Verschoben');
      expect($(el, '[part="date"] s')).to.exist;
    }
    expect($(full!, 'button')).to.equal(null);
    expect(textOf($(full!, '[part="calendar-note"]'))).to.contain(
      'verschoben, der neue Termin steht noch nicht fest',
    );
  });

  it('rescheduled: "Neuer Termin", the (new) date not struck through, calendar offered', async () => {
    for (const el of await both({ start: '2027-02-02T10:00', status: 'rescheduled' })) {
      expect(textOf($(el, '[part="status"]'))).to.equal('Neuer Termin');
      expect($(el, '[part="date"] s')).to.equal(null);
    }
    const [en] = await both({ start: '2027-02-02T10:00', status: 'rescheduled' }, 'en');
    expect(textOf($(en!, '[part="status"]'))).to.equal('Rescheduled');
    expect($(en!, 'button')).to.exist;
  });

  it('scheduled: no badge at all', async () => {
    for (const el of await both({ start: '2027-02-02T10:00', status: 'scheduled' }))
      expect($(el, '[part="status"]')).to.equal(null);
  });
});

describe('<event-card>: places', () => {
  it('no location: "Ort wird noch bekanntgegeben" / "Venue to be announced"', async () => {
    const [full, compact] = await both({ start: '2027-02-02' });
    expect(textOf(fact(full!, 'Ort'))).to.equal('Ort wird noch bekanntgegeben');
    expect(textOf($(compact!, '[part="location"]'))).to.equal('Ort wird noch bekanntgegeben');
    const [en] = await both({ start: '2027-02-02' }, 'en');
    expect(textOf(fact(en!, 'Venue'))).to.equal('Venue to be announced');
  });

  it('online: the join link in full, "Online" in compact', async () => {
    const onlineUrl = 'https://konferenz.example.org/raum/1';
    const [full, compact] = await both({
      start: '2027-02-02T10:00',
      attendance: 'online',
      location: { name: 'Videokonferenz', onlineUrl },
    });
    const join = fact(full!, 'Ort')!.querySelector('a')!;
    expect(textOf(join)).to.equal('Online teilnehmen');
    expect(join.getAttribute('href')).to.equal(onlineUrl);
    expect(textOf($(compact!, '[part="location"]'))).to.equal('Online · Videokonferenz');
    const bare = await card({ start: '2027-02-02T10:00', attendance: 'online' });
    expect(textOf(fact(bare, 'Ort'))).to.equal('Online');
  });

  it('mixed: the address block and the join link', async () => {
    const el = await card({
      start: '2027-02-02T10:00',
      attendance: 'mixed',
      location: {
        name: 'Tagungszentrum',
        street: 'Am Gerhardshain 44',
        postalCode: '24768',
        city: 'Rendsburg',
        onlineUrl: 'https://live.example.org/',
      },
    });
    expect($$(el, '.facts [part="location"] .line').map(textOf)).to.deep.equal([
      'Tagungszentrum',
      'Am Gerhardshain 44',
      '24768 Rendsburg',
      'Online teilnehmen',
    ]);
  });
});

describe('<event-card>: the other fields', () => {
  it('registration with its deadline, "(abgelaufen)" once it has passed', async () => {
    const registration = {
      url: 'https://example.org/anmeldung',
      until: '2026-12-01',
      note: 'Begrenzt auf 18 Plätze.',
    };
    const open = await card({ start: '2026-12-08T10:00', registration });
    expect($$(open, '.facts .line').map(textOf).slice(-3)).to.deep.equal([
      'Zur Anmeldung',
      'Anmeldeschluss: Dienstag, 1. Dezember 2026',
      'Begrenzt auf 18 Plätze.',
    ]);
    expect(hrefs(open)).to.include('https://example.org/anmeldung');
    const closed = await card({ start: '2026-12-08T10:00', registration }, { today: '2026-12-02' });
    expect(textOf(fact(closed, 'Anmeldung'))).to.contain(
      'Anmeldeschluss: Dienstag, 1. Dezember 2026 (abgelaufen)',
    );
    const timed = await card(
      { start: '2026-12-08T10:00', registration: { until: '2026-12-01T12:00' } },
      { locale: 'en' },
    );
    expect(textOf(fact(timed, 'Registration'))).to.equal(
      'Registration closes: Tuesday, 1 December 2026, 12:00',
    );
  });

  it('sequence without a type: "3. Treffen"; with a network from the feed', async () => {
    const el = await card({ start: '2027-02-02', type: undefined, sequence: 3 });
    expect(textOf(fact(el, 'Netzwerk'))).to.equal('3. Treffen');
    expect(textOf(fact(el, 'Art'))).to.equal('');
  });

  it('download sizes in German and English number format, type from the URL or media type', async () => {
    const downloads = [
      { title: 'Bericht', url: 'https://example.org/bericht.pdf', bytes: 1_258_291 },
      { title: 'Folien', url: 'https://example.org/folien', mediaType: 'application/zip', bytes: 2_621_440 },
      { title: 'Notiz', url: 'https://example.org/notiz.txt', bytes: 300 },
      { title: 'Karte', url: 'https://example.org/karte.png' },
    ];
    const de = await card({ start: '2027-02-02', downloads });
    expect($$(de, '[part="downloads"] li').map(textOf)).to.deep.equal([
      'Bericht (PDF, 1,2 MB)',
      'Folien (ZIP, 2,5 MB)',
      'Notiz (TXT, 1 KB)',
      'Karte (PNG)',
    ]);
    const en = await card({ start: '2027-02-02', downloads }, { locale: 'en' });
    expect(textOf($(en, '[part="downloads"] li'))).to.equal('Bericht (PDF, 1.2 MB)');
  });

  it('contact: mailto:/tel: only from valid-looking addresses and numbers, the office as fallback', async () => {
    const good = await card({
      start: '2027-02-02',
      contact: { name: 'Maria Muster', email: 'maria@example.org', phone: '+49 (0)431 / 12 34-5' },
    });
    expect(hrefs(good)).to.include.members(['mailto:maria@example.org', 'tel:+49043112345']);
    expect(textOf($(good, '[part="contact"]'))).to.contain('Maria Muster');
    const bad = await card({ start: '2027-02-02', contact: { email: 'keine Adresse', phone: 'vormittags' } });
    expect(hrefs(bad)).to.deep.equal([]);
    expect($$(bad, '[part="contact"] .line').map(textOf)).to.deep.equal([
      'E-Mail: keine Adresse',
      'Telefon: vormittags',
    ]);
    // Only the office: its name, address and number from feed.offices (feed set for the lookups).
    const feed = await sample();
    const el = await fixture<EventCard>(
      html`<event-card
        .feed=${feed}
        .event=${{ ...base, start: '2027-02-02', contact: { office: 'regionalbuero-brandenburg' } }}
      ></event-card>`,
    );
    expect($$(el, '[part="contact"] .line').map(textOf)).to.deep.equal([
      'Regionalbüro Brandenburg, Potsdam',
      'E-Mail: brandenburg@transferagentur-nordost.example.org',
      'Telefon: +49 331 123456-0',
    ]);
    expect(hrefs(el)).to.include('tel:+493311234560');
  });

  it('shows nothing for fields the event does not have', async () => {
    const el = await card({ start: '2027-02-02' });
    expect($$(el, '.facts dt').map(textOf)).to.deep.equal(['Art', 'Datum', 'Ort']);
    expect($$(el, '.section, [part="summary"], [part="description"], [part="image"]')).to.have.length(0);
    expect($(el, 'a[part="link"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('<event-card>: the event property', () => {
  it('renders an event set from JavaScript at once, without a fetch, even on a page with a default feed', async () => {
    const key = `card-${Date.now()}`;
    const script = document.createElement('script');
    script.type = 'text/plain';
    script.dataset.feed = `/api/slow?ms=10&key=${key}`;
    document.head.append(script);
    try {
      const fired: string[] = [];
      const listen = (e: Event) => fired.push(e.type);
      document.addEventListener('feed-load', listen);
      document.addEventListener('feed-error', listen);
      const el = await fixture<EventCard>(
        html`<event-card
          variant="compact"
          heading-level="4"
          .event=${{ ...base, start: '2027-02-02T10:00' }}
        ></event-card>`,
      );
      // Rendered in the first update: no loading state.
      expect(textOf($(el, 'h4'))).to.equal(base.title);
      await new Promise((resolve) => setTimeout(resolve, 300));
      document.removeEventListener('feed-load', listen);
      document.removeEventListener('feed-error', listen);
      expect(fired).to.deep.equal([]);
      const count = await (await fetch(`/api/count?path=/api/slow&key=${key}`)).json();
      expect(count.count).to.equal(0);
    } finally {
      script.remove();
    }
  });

  it('takes an already parsed event as it is (what <event-list> passes)', async () => {
    const result = parseFeed(await sample());
    if (!result.ok) throw result.error;
    const event = result.feed.events.find((e) => e.id === 'kiel-2019-09-24')!;
    const el = await fixture<EventCard>(html`<event-card variant="compact" .event=${event}></event-card>`);
    expect(textOf($(el, '[part="date"]'))).to.equal('Dienstag, 24. September 2019, 10:00–16:00 Uhr');
    // With the parsed feed as context, the full card finds the network and topics.
    el.feed = result.feed;
    el.variant = 'full';
    await el.updateComplete;
    expect(textOf(fact(el, 'Netzwerk'))).to.contain(
      'Netzwerk der bildungsmanagementaktiven Kommunen in Schleswig-Holstein',
    );
    expect(textOf(fact(el, 'Themen'))).to.contain('Digitalisierung in der Bildung');
  });

  it('keeps references of a raw event for the lookups, and follows changes of the event', async () => {
    const feed = await sample();
    const el = await fixture<EventCard>(
      html`<event-card .feed=${feed} .event=${seed(feed, 'kiel-2019-09-24')}></event-card>`,
    );
    expect(textOf(fact(el, 'Netzwerk'))).to.contain('Schleswig-Holstein');
    el.event = seed(feed, 'dkbm-reflexion-2020-12');
    await el.updateComplete;
    expect(textOf($(el, 'h3'))).to.equal(seed(feed, 'dkbm-reflexion-2020-12').title);
  });

  it('says so when the event cannot be shown, with a console warning naming the field', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await fixture<EventCard>(
        html`<event-card .event=${{ id: 'kaputt', title: 'Ohne Datum', start: 'morgen' }}></event-card>`,
      );
      expect(textOf($(el, '[part="empty"]'))).to.equal(
        'Diese Veranstaltung kann nicht angezeigt werden: Titel oder Datum fehlen.',
      );
      await expect(el).to.be.accessible();
    } finally {
      console.warn = original;
    }
    expect(warnings.join('\n')).to.contain('"kaputt"').and.contain('"start"');
  });
});

describe('<event-card>: hostile feed text is only ever text', () => {
  const XSS = '<img src=x onerror=alert(1)>';
  const BAD_URL = 'javascript:alert(1)';
  const IMAGE = `${location.origin}/node_modules/lit/logo.svg`;
  const hostile: Feed = {
    version: 1,
    publisher: { name: XSS, url: 'https://example.org/' },
    offices: [{ id: 'o', name: XSS, city: XSS, email: XSS, phone: XSS, url: BAD_URL }],
    topics: [{ id: 't', label: XSS }],
    networks: [{ id: 'n', name: XSS, url: BAD_URL }],
    events: [
      {
        id: 'x',
        title: XSS,
        start: '2027-02-02T10:00',
        end: '2027-02-02T12:00',
        type: XSS,
        status: 'cancelled',
        attendance: 'mixed',
        location: { name: XSS, street: XSS, postalCode: XSS, city: XSS, url: BAD_URL, onlineUrl: BAD_URL },
        network: 'n',
        sequence: 2,
        summary: XSS,
        description: `${XSS}\n\n- ${XSS}\n• ${XSS}`,
        agenda: [{ start: '10:00', end: '11:00', title: XSS, description: XSS }],
        speakers: [{ name: XSS, role: XSS, organisation: XSS }],
        contact: { name: XSS, email: XSS, phone: XSS, office: 'o' },
        downloads: [{ title: XSS, url: 'https://example.org/a.pdf', mediaType: XSS, bytes: 1000 }],
        topics: ['t'],
        states: ['SH'],
        audience: XSS,
        requirements: XSS,
        cost: XSS,
        registration: { url: BAD_URL, note: XSS },
        url: BAD_URL,
        // An image that loads (one that fails is left out: test/polish/card.test.ts).
        image: { url: IMAGE, alt: XSS, credit: XSS },
      },
    ],
  };

  for (const variant of ['full', 'compact']) {
    it(`${variant}: every text field shows the literal string, nothing runs, no javascript: link`, async () => {
      let ran = false;
      const {
        alert,
        console: { warn },
      } = window;
      window.alert = () => (ran = true);
      console.warn = () => {};
      let el: EventCard;
      try {
        el = await fixture<EventCard>(
          html`<event-card .feed=${hostile} event-id="x" variant=${variant} structured-data></event-card>`,
        );
        await settled(el);
      } finally {
        console.warn = warn;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
      window.alert = alert;
      expect(ran, 'feed text ran as code').to.equal(false);
      const root = el.shadowRoot!;
      // The only image is the event's own picture (full only), with the string as its alt text.
      const images = [...root.querySelectorAll('img')];
      expect(images.map((img) => img.getAttribute('src'))).to.deep.equal(variant === 'full' ? [IMAGE] : []);
      if (variant === 'full') expect(images[0]!.alt).to.equal(XSS);
      expect(root.querySelectorAll('script, iframe, [onerror]')).to.have.length(0);
      expect(hrefs(el).filter((href) => !/^(https?|mailto|tel):/.test(href!))).to.deep.equal([]);
      const occurrences = (root.textContent ?? '').split(XSS).length - 1;
      // title, type, location name and city (compact) … and every field of the full card.
      expect(occurrences).to.be.at.least(variant === 'full' ? 25 : 3);
      expect(textOf($(el, '#title'))).to.equal(XSS);
      // JSON-LD in the light DOM: `<` never appears literally.
      // The JSON-LD writer is a module of its own, loaded on first use.
      await waitUntil(() => el.querySelector('script[type="application/ld+json"]'), 'no JSON-LD', {
        timeout: 5000,
      });
      const ld = el.querySelector('script[type="application/ld+json"]')!;
      expect(ld.textContent).not.to.contain('<');
      expect(JSON.parse(ld.textContent!).name).to.equal(XSS);
      await expect(el).to.be.accessible();
    });
  }
});
