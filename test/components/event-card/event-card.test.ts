import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/event-card/event-card.js';
import type { EventCard } from '../../../src/components/event-card/event-card.js';
import { formatEventDate, parseFeedDate } from '../../../src/data/dates.js';
import { parseDescription } from '../../../src/data/description.js';
import { isSafeUrl } from '../../../src/data/parse.js';
import type { FeedEvent } from '../../../src/data/types.js';
import { stateName } from '../../../src/shared/i18n.js';
import { $, $$, fact, hrefs, sample, seed, settled, textOf } from './helpers.js';

const feed = await sample();
const networks = new Map(feed.networks!.map((n) => [n.id, n]));
const topics = new Map(feed.topics!.map((t) => [t.id, t.label]));
const offices = new Map(feed.offices!.map((o) => [o.id, o]));

// `today` before every seed event: a past event offers no registration and no calendar entry
// (test/polish/card.test.ts), and these tests check what an upcoming one offers.
async function show(id: string, attrs: { variant?: string; locale?: string } = {}) {
  const el = await fixture<EventCard>(
    html`<event-card
      .feed=${feed}
      event-id=${id}
      variant=${attrs.variant ?? 'full'}
      locale=${attrs.locale ?? 'de'}
      today="2016-01-01"
    ></event-card>`,
  );
  await settled(el);
  return el;
}

const dateOf = (event: FeedEvent, locale: 'de' | 'en') =>
  formatEventDate(
    parseFeedDate(event.start, 'Europe/Berlin')!,
    event.end ? parseFeedDate(event.end, 'Europe/Berlin') : undefined,
    locale,
    event.tentative,
  );

describe('<event-card variant="full">: every seed event of the sample feed', () => {
  for (const event of feed.events!) {
    it(`${event.id}: shows every field, with working links, axe clean`, async () => {
      const el = await show(event.id);
      const text = textOf(el.shadowRoot);
      expect(textOf($(el, 'h3#title'))).to.equal(event.title);
      expect($(el, 'article')!.getAttribute('aria-labelledby')).to.equal('title');
      expect(textOf($(el, '.facts [part="date"]'))).to.equal(dateOf(event, 'de'));
      if (event.type) expect(textOf(fact(el, 'Art'))).to.equal(event.type);
      if (event.summary) expect(textOf($(el, '[part="summary"]'))).to.equal(event.summary);
      for (const value of [event.audience, event.requirements, event.cost].filter(Boolean))
        expect(text).to.contain(value);
      if (event.description) {
        const blocks = parseDescription(event.description);
        expect($$(el, '[part="description"] > p')).to.have.length(
          blocks.filter((b) => typeof b === 'string').length,
        );
        for (const item of blocks.flat()) expect(text).to.contain(item.replace(/\s+/g, ' '));
      }
      for (const item of event.agenda ?? [])
        expect(textOf($(el, '[part="agenda"] table'))).to.contain(item.title);
      for (const speaker of event.speakers ?? [])
        expect(textOf($(el, '[part="speakers"]'))).to.contain(speaker.name);
      for (const id of event.topics ?? []) expect(textOf(fact(el, 'Themen'))).to.contain(topics.get(id)!);
      expect(textOf(fact(el, 'Bundesländer'))).to.equal(
        (event.states ?? []).map((code) => stateName(code, 'de')).join(', '),
      );
      const network = event.network ? networks.get(event.network) : undefined;
      if (network) expect(textOf(fact(el, 'Netzwerk'))).to.contain(network.name);
      if (event.sequence) expect(textOf(fact(el, 'Netzwerk'))).to.contain(`${event.sequence}. ${event.type}`);
      // Every link the feed gives is a real link.
      const links = hrefs(el);
      const online = event.attendance === 'online' || event.attendance === 'mixed';
      for (const url of [
        event.url,
        event.location?.url,
        online ? event.location?.onlineUrl : undefined,
        event.registration?.url,
        network?.url,
        ...(event.downloads ?? []).map((d) => d.url),
      ].filter(Boolean))
        expect(links, url).to.include(url);
      expect(links.every((href) => isSafeUrl(href))).to.equal(true);
      const office = offices.get(event.contact?.office ?? '');
      if (office) expect(textOf($(el, '[part="contact"]'))).to.contain(office.name);
      if (event.contact?.email) expect(links).to.include(`mailto:${event.contact.email}`);
      // Add to calendar, or the reason why not.
      const monthOnly = /^\d{4}-\d{2}$/.test(event.start);
      const postponed = event.status === 'postponed';
      // `show` sets today before every seed event, so none is over here (past events: edges.test.ts).
      expect(!!$(el, 'button[part="calendar-button"]')).to.equal(!monthOnly && !postponed);
      expect(!!$(el, '[part="calendar-note"]')).to.equal(monthOnly || postponed);
      await expect(el).to.be.accessible();
    });
  }
});

describe('<event-card variant="compact">: every seed event of the sample feed', () => {
  for (const event of feed.events!) {
    it(`${event.id}: title, date, place, type and status only`, async () => {
      const el = await show(event.id, { variant: 'compact' });
      expect(textOf($(el, 'h3'))).to.equal(event.title);
      expect(textOf($(el, '[part="date"]'))).to.equal(dateOf(event, 'de'));
      expect(textOf($(el, '[part="location"]'))).to.not.equal('');
      if (event.type) expect(textOf($(el, '[part="type"]'))).to.equal(event.type);
      expect(!!$(el, '[part="status"]')).to.equal(!!event.status && event.status !== 'scheduled');
      // Lean: no facts, no description; the one link is the title's, to the event's own page.
      expect($$(el, 'button, dl, table, [part="description"]')).to.have.length(0);
      expect(hrefs(el)).to.deep.equal(isSafeUrl(event.url) ? [event.url] : []);
      if (isSafeUrl(event.url)) expect($(el, 'h3 > a[part="link"]')).to.exist;
      await expect(el).to.be.accessible();
    });
  }
});

describe('<event-card>: the seed pages', () => {
  it('001 Kiel: type, address block, date, network with "4. Netzwerktreffen", description, agenda, contact, downloads', async () => {
    const el = await show('kiel-2019-09-24');
    expect(textOf(fact(el, 'Art'))).to.equal('Netzwerktreffen');
    expect(textOf(fact(el, 'Datum'))).to.equal('Dienstag, 24. September 2019, 10:00–16:00 Uhr');
    expect($$(el, '.facts [part="location"] .line').map(textOf)).to.deep.equal([
      'musiculum',
      'Stephan-Heinzel-Str. 9',
      '24103 Kiel',
    ]);
    expect($<HTMLAnchorElement>(el, '.facts [part="location"] a')!.href).to.equal(
      'https://www.musiculum.example.org/',
    );
    expect(textOf(fact(el, 'Netzwerk'))).to.equal(
      'Netzwerk der bildungsmanagementaktiven Kommunen in Schleswig-Holstein 4. Netzwerktreffen',
    );
    // Paragraphs and the two bullet points as a real list.
    expect($$(el, '[part="description"] > p')).to.have.length(5);
    const items = $$(el, '[part="description"] > ul > li').map(textOf);
    expect(items).to.have.length(2);
    expect(items[0]).to.match(/^Mangelnde Ressourcen trotz voller Fördertöpfe:/);
    expect(items[1]).to.match(/^Der Digitalpakt für Schleswig-Holsteins Bildungslandschaft:/);
    // Agenda as a table with row headers for the times.
    expect($$(el, '[part="agenda"] thead th').map(textOf)).to.deep.equal(['Uhrzeit', 'Programmpunkt']);
    const rows = $$(el, '[part="agenda"] tbody tr');
    expect(rows).to.have.length(6);
    expect(textOf(rows[0]!.querySelector('th[scope="row"]'))).to.equal('10:00–10:30 Uhr');
    expect(textOf(rows[0]!.querySelector('td'))).to.equal(
      'Begrüßung und Einführung Ankommen, Vorstellungsrunde und Abstimmung der Tagesordnung',
    );
    expect(textOf($(el, '[part="agenda"] .heading'))).to.equal('Ablauf');
    expect($(el, '[part="agenda"] h4')).to.exist;
    // Contact with mailto: and tel: links, and the office.
    const contact = $(el, '[part="contact"] address')!;
    expect($$(el, '[part="contact"] .line').map(textOf)).to.deep.equal([
      'Regionalbüro Schleswig-Holstein, Kiel',
      'E-Mail: schleswig-holstein@transferagentur-nordost.example.org',
      'Telefon: +49 431 345678-0',
    ]);
    expect([...contact.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://www.transferagentur-nordost.example.org/regionalbueros/schleswig-holstein',
      'mailto:schleswig-holstein@transferagentur-nordost.example.org',
      'tel:+494313456780',
    ]);
    // Downloads with type and size (1 KB = 1024 bytes, German number format).
    expect($$(el, '[part="downloads"] li').map(textOf)).to.deep.equal([
      'Tagesordnung (PDF, 116 KB)',
      'Anfahrtsskizze (PDF, 426 KB)',
    ]);
    expect([...fact(el, 'Themen')!.querySelectorAll('li')].map(textOf)).to.deep.equal([
      'Datenbasiertes kommunales Bildungsmanagement',
      'Digitalisierung in der Bildung',
      'Frühkindliche Bildung',
    ]);
    expect(textOf(fact(el, 'Bundesländer'))).to.equal('Schleswig-Holstein');
    const page = $<HTMLAnchorElement>(el, 'a[part="link"]')!;
    expect(textOf(page)).to.equal('Zur Veranstaltungsseite');
    expect(page.href).to.equal(
      'https://www.transferagentur-nordost.example.org/veranstaltungen/kiel-2019-09-24',
    );
    // Upcoming on `show`'s today: the calendar menu, and nothing to explain.
    // Booleans, not elements: chai would print a whole element on failure.
    expect($(el, 'button[part="calendar-button"]') !== null, 'a calendar button').to.equal(true);
    expect($(el, '[part="calendar-note"]') === null, 'no calendar note').to.equal(true);
  });

  it('004 month-only workshop: "voraussichtlich Dezember 2020", place to be announced, no calendar entry and why', async () => {
    const el = await show('dkbm-reflexion-2020-12');
    expect(textOf(fact(el, 'Datum'))).to.equal('voraussichtlich Dezember 2020');
    expect(textOf(fact(el, 'Ort'))).to.equal('Ort wird noch bekanntgegeben');
    expect(textOf(fact(el, 'Art'))).to.equal('Entwicklungsworkshop');
    expect($(el, 'button[part="calendar-button"]') === null, 'no calendar button').to.equal(true);
    expect(textOf($(el, '[part="calendar-note"]'))).to.equal(
      'Kein Kalendereintrag möglich: Bisher steht nur der Monat fest, nicht der genaue Tag.',
    );
    expect(textOf($(el, '[part="speakers"] li'))).to.equal('Jan Smith, Referent');
    const img = $<HTMLImageElement>(el, '[part="image"] img')!;
    expect(img.alt).to.equal('mit bunten Stiften Bildung beschreiben');
    expect(img.loading).to.equal('lazy');
    expect(textOf($(el, '[part="image"] figcaption'))).to.equal('Bildquelle: DKJS');
    expect(textOf(fact(el, 'Bundesländer'))).to.equal('Mecklenburg-Vorpommern, Schleswig-Holstein');
    expect(textOf(fact(el, 'Teilnahmevoraussetzung'))).to.equal('Zielvereinbarung mit der Transferagentur');
    expect(textOf(fact(el, 'Kosten'))).to.equal('kostenfrei');
  });

  it('shows the same in English', async () => {
    const el = await show('dkbm-reflexion-2020-12', { locale: 'en' });
    expect(textOf(fact(el, 'Date'))).to.equal('expected December 2020');
    expect(textOf(fact(el, 'Venue'))).to.equal('Venue to be announced');
    expect(textOf(fact(el, 'Federal states'))).to.equal('Mecklenburg-Western Pomerania, Schleswig-Holstein');
    expect(textOf($(el, '[part="calendar-note"]'))).to.equal(
      'No calendar entry yet: only the month is known, not the exact day.',
    );
    expect(textOf($(el, '[part="speakers"] .heading'))).to.equal('Speakers');
    const kiel = await show('kiel-2019-09-24', { locale: 'en' });
    expect(textOf(fact(kiel, 'Date'))).to.equal('Tuesday, 24 September 2019, 10:00–16:00');
    expect(textOf(fact(kiel, 'Network'))).to.contain('Netzwerktreffen no. 4');
    expect($$(kiel, '[part="downloads"] li').map(textOf)[0]).to.equal('Tagesordnung (PDF, 116 KB)');
    expect(textOf($(kiel, '[part="agenda"] tbody th'))).to.equal('10:00–10:30');
    expect(textOf($(kiel, '[part="contact"]'))).to.contain('Phone: +49 431 345678-0');
    const next = await show('bildungsmanagement-sh-2026-12-08', { locale: 'en' });
    expect(textOf($(next, 'button[part="calendar-button"]'))).to.equal('Add to calendar');
    expect(textOf($(kiel, 'a[part="link"]'))).to.equal('Event page');
    await expect(kiel).to.be.accessible();
  });

  it('takes English from the page language and German by default', async () => {
    const wrapper = await fixture(
      html`<div lang="en-GB">
        <event-card .feed=${feed} event-id="bundeskonferenz-2020-05-berlin"></event-card>
      </div>`,
    );
    const el = wrapper.querySelector('event-card')!;
    await settled(el);
    expect(textOf($(el, '[part="status"]'))).to.equal('Cancelled');
    const de = await fixture<EventCard>(
      html`<event-card .feed=${feed} event-id="bundeskonferenz-2020-05-berlin"></event-card>`,
    );
    await settled(de);
    expect(textOf($(de, '[part="status"]'))).to.equal('Abgesagt');
  });

  it('loads the sample feed from the server by src, fires feed-load, and names an unknown id', async () => {
    const el = await fixture<EventCard>(
      html`<event-card
        src="/src/data/sample-feed.json"
        event-id="kiel-2019-09-24"
        variant="compact"
      ></event-card>`,
    );
    await settled(el);
    expect(textOf($(el, 'h3'))).to.contain('Treffen des Netzwerks');
    expect(textOf($(el, '[part="location"]'))).to.equal('musiculum, Kiel');
    const missing = await fixture<EventCard>(
      html`<event-card src="/src/data/sample-feed.json" event-id="gibt-es-nicht"></event-card>`,
    );
    await settled(missing);
    expect(textOf($(missing, '[part="empty"]'))).to.equal(
      'Die Veranstaltung „gibt-es-nicht“ ist im Feed nicht enthalten.',
    );
    await expect(missing).to.be.accessible();
  });

  it('without event-id shows the next upcoming event after "today"', async () => {
    const el = await fixture<EventCard>(html`<event-card .feed=${feed} today="2026-11-23"></event-card>`);
    await settled(el);
    expect(textOf($(el, 'h3'))).to.equal(
      seed(feed, 'online-sprechstunde-bildungsmonitoring-2026-12-02').title,
    );
    const none = await fixture<EventCard>(html`<event-card .feed=${feed} today="2030-01-01"></event-card>`);
    await settled(none);
    expect(textOf($(none, '[part="empty"]'))).to.equal('Derzeit sind keine Termine geplant.');
  });

  it('uses heading-level for the title and one level below for the sections', async () => {
    const el = await fixture<EventCard>(
      html`<event-card .feed=${feed} event-id="kiel-2019-09-24" heading-level="2"></event-card>`,
    );
    await settled(el);
    expect(textOf($(el, 'h2'))).to.contain('Treffen des Netzwerks');
    expect($$(el, 'h3').map(textOf)).to.deep.equal(['Ablauf', 'Kontakt', 'Downloads']);
    el.headingLevel = 6;
    await el.updateComplete;
    expect($$(el, 'h6').map(textOf)).to.deep.equal([
      'Treffen des Netzwerks der bildungsmanagementaktiven Kommunen in Schleswig-Holstein',
      'Ablauf',
      'Kontakt',
      'Downloads',
    ]);
    el.setAttribute('heading-level', '9');
    await el.updateComplete;
    expect($(el, 'h3#title')).to.exist;
  });
});
