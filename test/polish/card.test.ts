import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/event-card/event-card.js';
import { $, $$, settled, textOf } from '../components/event-card/helpers.js';

/** An event as the seed pages describe one (Kiel, 24 September 2019), with the fields this file needs. */
const seedEvent = {
  id: 'netzwerk-sh',
  title: 'Treffen des Netzwerks der bildungsmanagementaktiven Kommunen in Schleswig-Holstein',
  start: '2019-09-24T10:00',
  end: '2019-09-24T14:00',
  type: 'Netzwerktreffen',
  location: { name: 'musiculum', street: 'Stephan-Heinzel-Str. 9', postalCode: '24103', city: 'Kiel' },
  requirements: 'Teilnahmevoraussetzung ist die Mitgliedschaft im Netzwerk.',
  registration: { url: 'https://example.org/anmeldung', until: '2019-09-10' },
  agenda: [
    { start: '10:00', end: '10:30', title: 'Ankommen und Begrüßung' },
    { start: '10:30', end: '12:30', title: 'Mangelnde Ressourcen trotz voller Fördertöpfe' },
  ],
};
const feed = (event: object) => ({ version: 1, timeZone: 'Europe/Berlin', events: [event] });

async function card(event: object, today: string, width = '40rem', locale = 'de') {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}">
      <event-card
        .feed=${feed(event)}
        event-id=${(event as { id: string }).id}
        today=${today}
        locale=${locale}
      ></event-card>
    </div>`,
  );
  const el = wrapper.querySelector('event-card')!;
  await settled(el);
  await el.updateComplete;
  return el;
}

describe('polish: <event-card>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('renders no link text without a link: an event without URL has no "Zur Veranstaltungsseite"', async () => {
    const el = await card(seedEvent, '2019-09-01');
    expect(textOf(el.shadowRoot)).not.to.contain('Zur Veranstaltungsseite');
    // Every text that says "Zur …" is a link.
    for (const node of $$(el, 'p, span, div'))
      if (/^Zur /.test(textOf(node)) && !node.querySelector('a'))
        expect.fail(`link text without link: ${textOf(node)}`);
    const linked = await card({ ...seedEvent, url: 'https://example.org/treffen' }, '2019-09-01');
    expect($<HTMLAnchorElement>(linked, 'a[part="link"]')!.textContent!.trim()).to.equal(
      'Zur Veranstaltungsseite',
    );
  });

  it('marks a past event "Vergangene Veranstaltung" and offers neither registration nor a calendar entry', async () => {
    const el = await card(seedEvent, '2026-11-23');
    expect(textOf($(el, '[part="past"]'))).to.equal('Vergangene Veranstaltung');
    expect(textOf(el.shadowRoot)).not.to.contain('Zur Anmeldung');
    expect(textOf(el.shadowRoot)).not.to.contain('Anmeldeschluss');
    expect($(el, '[part="calendar-button"]')).to.equal(null);
    await expect(el).to.be.accessible();
    const upcoming = await card(seedEvent, '2019-09-01');
    expect($(upcoming, '[part="past"]')).to.equal(null);
    expect(textOf(upcoming.shadowRoot)).to.contain('Zur Anmeldung');
    expect($(upcoming, '[part="calendar-button"]')).not.to.equal(null);
    const english = await card(seedEvent, '2026-11-23', '40rem', 'en');
    expect(textOf($(english, '[part="past"]'))).to.equal('Past event');
  });

  it('hides the figure of an image that fails to load (no broken-image icon)', async () => {
    const el = await card(
      {
        ...seedEvent,
        image: { url: `${location.origin}/missing-image-${Date.now()}.jpg`, alt: 'Bunte Stifte' },
      },
      '2019-09-01',
    );
    await waitUntil(() => !$(el, '[part="image"]'), 'the figure stays', { timeout: 5000 });
    // A working image stays.
    const ok = await card(
      { ...seedEvent, id: 'ok', image: { url: `${location.origin}/node_modules/lit/logo.svg`, alt: 'Logo' } },
      '2019-09-01',
    );
    expect($(ok, '[part="image"]')).not.to.equal(null);
  });

  it('hyphenates German words: hyphens auto, with lang on the shadow content', async () => {
    const el = await card(seedEvent, '2019-09-01', '320px');
    const article = $(el, 'article')!;
    expect(article.closest('[lang]')!.getAttribute('lang')).to.equal('de');
    expect(article.lang).to.equal('de');
    expect(getComputedStyle(article).hyphens).to.equal('auto');
    const english = await card(seedEvent, '2019-09-01', '320px', 'en');
    expect($(english, 'article')!.lang).to.equal('en');
  });

  it('gives the label column room for "Teilnahmevoraussetzung", one width for all labels', async () => {
    const el = await card(seedEvent, '2019-09-01', '50rem');
    const labels = $$(el, '.facts dt');
    const label = labels.find((dt) => textOf(dt) === 'Teilnahmevoraussetzung')!;
    // One line: its height is one line of text.
    expect(label.getBoundingClientRect().height).to.be.below(
      parseFloat(getComputedStyle(label).lineHeight) * 1.5,
    );
    const widths = new Set(labels.map((dt) => Math.round(dt.getBoundingClientRect().width)));
    expect([...widths]).to.have.length(1);
  });

  it('keeps the agenda readable at 320px: time ranges whole, time above the item', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await card(seedEvent, '2019-09-01', 'auto');
    const [th, td] = [$(el, 'tbody tr th')!, $(el, 'tbody tr td')!];
    expect(textOf(th)).to.equal('10:00–10:30 Uhr');
    const line = parseFloat(getComputedStyle(th).lineHeight);
    expect(th.getBoundingClientRect().height, 'time on one line').to.be.below(line * 1.5);
    expect(td.getBoundingClientRect().top, 'item below the time').to.be.at.least(
      th.getBoundingClientRect().bottom - 1,
    );
    const root = document.scrollingElement!;
    expect(root.scrollWidth).to.be.at.most(root.clientWidth);
  });
});
