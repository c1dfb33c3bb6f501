import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/event-list/event-list.js';
import type { EventList } from '../../src/components/event-list/event-list.js';

const many = {
  version: 1,
  timeZone: 'Europe/Berlin',
  events: Array.from({ length: 45 }, (_, i) => ({
    id: `e${i}`,
    title: `Netzwerktreffen ${i + 1}`,
    start: `2027-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}T10:00`,
    type: i % 2 ? 'Fortbildung' : 'Netzwerktreffen',
  })),
};

const $ = (el: EventList, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);
const cards = (el: EventList) => el.shadowRoot!.querySelectorAll('[part="card"]').length;
const text = (n: Element | null) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('polish: <event-list> of any length, filter reset', () => {
  it('shows the first 20 events without limit, then "Weitere Termine anzeigen"', async () => {
    const el = await fixture<EventList>(html`<event-list .feed=${many} today="2026-11-23"></event-list>`);
    await waitUntil(() => cards(el) === 20, 'not 20 cards', { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 100));
    expect(cards(el)).to.equal(20);
    const more = $(el, '[part="more"]')!;
    expect(text(more)).to.equal('Weitere Termine anzeigen (noch 25)');
    more.click();
    await waitUntil(() => cards(el) === 40, 'not 40 cards', { timeout: 5000 });
  });

  it('"Filter zurücksetzen" is disabled while no filter is set', async () => {
    const el = await fixture<EventList>(
      html`<event-list .feed=${many} today="2026-11-23" filters></event-list>`,
    );
    await waitUntil(() => $(el, '[part="filter-reset"]'), 'no bar');
    const reset = $(el, '[part="filter-reset"]')!;
    expect(reset.getAttribute('aria-disabled')).to.equal('true');
    const select = $(el, '#bn-filter-types') as HTMLSelectElement;
    select.value = 'Fortbildung';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(reset.getAttribute('aria-disabled')).to.equal('false');
    reset.click();
    await el.updateComplete;
    expect(reset.getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
  });
});
