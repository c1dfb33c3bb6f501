import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/event-list/event-list.js';
import '../../src/components/meeting-calendar/meeting-calendar.js';
import type { Feed } from '../../src/data/types.js';

const feed = (await (await fetch('/src/data/sample-feed.json')).json()) as Feed;
const withoutCalendars = { ...feed, calendars: undefined };

const textOf = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function render(template: ReturnType<typeof html>) {
  const el = (await fixture(template)) as HTMLElement & { updateComplete: Promise<boolean> };
  await waitUntil(() => el.shadowRoot?.querySelector('[part="card"], .empty, .cal'), 'did not render', {
    timeout: 10_000,
  });
  await el.updateComplete;
  return el;
}

const titles = (el: HTMLElement) =>
  [...el.shadowRoot!.querySelectorAll('[part="subscription"] .subscription-title')].map(textOf);

describe('"Kalender abonnieren" in <event-list> and <meeting-calendar>', () => {
  it('event-list: a closed disclosure with every calendar, its four links and its address to copy', async () => {
    const el = await render(html`<event-list .feed=${feed} today="2026-11-23"></event-list>`);
    const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('details[part="subscriptions"]')!;
    expect(details.open).to.equal(false);
    expect(textOf(details.querySelector('summary'))).to.equal('Kalender abonnieren');
    expect(titles(el)).to.deep.equal([
      'Alle Veranstaltungen der Transferagentur Nord-Ost',
      'Veranstaltungen in Brandenburg',
      'Veranstaltungen in Mecklenburg-Vorpommern',
      'Veranstaltungen in Schleswig-Holstein',
      'Netzwerk „Wissen, was zählt“ (Bildungsmonitoring)',
    ]);
    const sh = [...details.querySelectorAll('[part="subscription"]')][3]!;
    const links = [...sh.querySelectorAll<HTMLAnchorElement>('a[part="subscription-link"]')];
    expect(links.map((a) => a.href)).to.deep.equal([
      'webcal://www.transferagentur-nordost.example.org/kalender/sh.ics',
      'https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2Fwww.transferagentur-nordost.example.org%2Fkalender%2Fsh.ics',
      'https://outlook.live.com/calendar/0/addfromweb?url=https%3A%2F%2Fwww.transferagentur-nordost.example.org%2Fkalender%2Fsh.ics&name=Veranstaltungen%20in%20Schleswig-Holstein',
      'https://outlook.office.com/calendar/0/addfromweb?url=https%3A%2F%2Fwww.transferagentur-nordost.example.org%2Fkalender%2Fsh.ics&name=Veranstaltungen%20in%20Schleswig-Holstein',
    ]);
    expect(links[0]!.target, 'webcal opens the calendar app, not a window').to.equal('');
    for (const a of links.slice(1)) expect([a.target, a.rel]).to.deep.equal(['_blank', 'noopener']);
    expect(sh.querySelector('input')!.value).to.equal(
      'https://www.transferagentur-nordost.example.org/kalender/sh.ics',
    );
    details.open = true;
    await expect(el).to.be.accessible();
  });

  it('event-list with state="SH": the Schleswig-Holstein calendar first, marked as matching', async () => {
    const el = await render(html`<event-list .feed=${feed} today="2026-11-23" state="SH"></event-list>`);
    expect(titles(el)[0]).to.equal('Veranstaltungen in Schleswig-Holstein (passt zu Ihrer Auswahl)');
    expect(titles(el)[1]).to.equal('Alle Veranstaltungen der Transferagentur Nord-Ost');
  });

  it("meeting-calendar follows the visitor's filter choice (network), in English", async () => {
    const el = await render(
      html`<meeting-calendar .feed=${feed} today="2026-11-23" filters locale="en"></meeting-calendar>`,
    );
    expect(textOf(el.shadowRoot!.querySelector('[part="subscriptions-summary"]'))).to.equal(
      'Subscribe to a calendar',
    );
    expect(titles(el)[0]).to.equal('Alle Veranstaltungen der Transferagentur Nord-Ost');
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#bn-filter-networks')!;
    select.value = 'wissen-was-zaehlt';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(titles(el)[0]).to.equal(
      'Netzwerk „Wissen, was zählt“ (Bildungsmonitoring) (matches your selection)',
    );
  });

  it('nothing without calendars in the feed', async () => {
    const list = await render(html`<event-list .feed=${withoutCalendars} today="2026-11-23"></event-list>`);
    expect(list.shadowRoot!.querySelector('[part="subscriptions"]')).to.equal(null);
    const cal = await render(
      html`<meeting-calendar .feed=${withoutCalendars} today="2026-11-23"></meeting-calendar>`,
    );
    expect(cal.shadowRoot!.querySelector('[part="subscriptions"]')).to.equal(null);
  });
});
