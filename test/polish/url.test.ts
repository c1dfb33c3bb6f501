import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/event-list/event-list.js';
import '../../src/components/meeting-calendar/meeting-calendar.js';
import type { EventList } from '../../src/components/event-list/event-list.js';
import type { MeetingCalendar } from '../../src/components/meeting-calendar/meeting-calendar.js';

const feed = {
  version: 1,
  timeZone: 'Europe/Berlin',
  events: Array.from({ length: 6 }, (_, i) => ({
    id: `e${i}`,
    title: `${i % 2 ? 'Fortbildung' : 'Netzwerktreffen'} ${i + 1}`,
    start: `2027-03-${String(i + 10).padStart(2, '0')}T10:00`,
    type: i % 2 ? 'Fortbildung' : 'Netzwerktreffen',
    states: [i < 3 ? 'SH' : 'HH'],
  })),
};

type Host = EventList | MeetingCalendar;
const $ = (el: Host, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);
const titles = (el: Host) =>
  [...el.shadowRoot!.querySelectorAll('[part="card"] [part~="heading"], [part="event"] .what')].map((n) =>
    n.textContent!.trim(),
  );
const choose = async (el: Host, key: string, value: string) => {
  const select = $(el, `#bn-filter-${key}`) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
};
const params = () => new URLSearchParams(location.search);
const ready = (el: Host) => waitUntil(() => $(el, '[part="filter-reset"]'), 'no filter bar');

describe('polish: sync-url shares the filter choice by link', () => {
  const start = location.href;
  beforeEach(() => history.replaceState(history.state, '', `${location.pathname}?seite=1&x=a%20b#oben`));
  afterEach(() => history.replaceState(history.state, '', start));

  it('writes the choice into the address (bn- prefix), keeps the page’s own parameters, and adds no history step', async () => {
    const steps = history.length;
    const el = await fixture<EventList>(
      html`<event-list .feed=${feed} today="2027-01-01" filters sync-url></event-list>`,
    );
    await ready(el);
    await choose(el, 'types', 'Fortbildung');
    expect(params().get('bn-type')).to.equal('Fortbildung');
    await choose(el, 'states', 'SH');
    expect(params().get('bn-state')).to.equal('SH');
    expect(params().get('seite')).to.equal('1');
    expect(location.hash).to.equal('#oben');
    expect(history.length).to.equal(steps);
    ($(el, '[part="filter-reset"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(params().has('bn-type')).to.equal(false);
    expect(params().has('bn-state')).to.equal(false);
    expect(params().get('x')).to.equal('a b');
  });

  it('restores the choice from a shared link: the selects, the events and the reset button', async () => {
    history.replaceState(history.state, '', `${location.pathname}?bn-type=Fortbildung`);
    const el = await fixture<EventList>(
      html`<event-list .feed=${feed} today="2027-01-01" filters sync-url></event-list>`,
    );
    await ready(el);
    await waitUntil(() => titles(el).length === 3, `not 3 events: ${titles(el).join(', ')}`);
    expect(titles(el).every((t) => t.startsWith('Fortbildung'))).to.equal(true);
    expect(($(el, '#bn-filter-types') as HTMLSelectElement).value).to.equal('Fortbildung');
    expect($(el, '[part="filter-reset"]')!.getAttribute('aria-disabled')).to.equal('false');
  });

  it('keeps two lists on one page apart by their id', async () => {
    history.replaceState(history.state, '', `${location.pathname}?bn-zwei-state=HH`);
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <event-list id="eins" .feed=${feed} today="2027-01-01" filters sync-url></event-list>
        <event-list id="zwei" .feed=${feed} today="2027-01-01" filters sync-url></event-list>
      </div>`,
    );
    const [eins, zwei] = [...wrapper.children] as EventList[];
    await ready(eins!);
    await ready(zwei!);
    await waitUntil(() => titles(zwei!).length === 3);
    expect(titles(eins!)).to.have.length(6);
    await choose(eins!, 'types', 'Netzwerktreffen');
    expect(params().get('bn-eins-type')).to.equal('Netzwerktreffen');
    expect(params().get('bn-zwei-state')).to.equal('HH');
    expect(params().has('bn-type')).to.equal(false);
    expect(titles(zwei!)).to.have.length(3);
    expect(($(zwei!, '#bn-filter-types') as HTMLSelectElement).value).to.equal('');
  });

  it('leaves the address alone without sync-url', async () => {
    history.replaceState(history.state, '', `${location.pathname}?bn-type=Fortbildung`);
    const el = await fixture<EventList>(
      html`<event-list .feed=${feed} today="2027-01-01" filters></event-list>`,
    );
    await ready(el);
    expect(titles(el)).to.have.length(6);
    await choose(el, 'states', 'SH');
    expect(location.search).to.equal('?bn-type=Fortbildung');
  });

  it('works the same on <meeting-calendar>', async () => {
    history.replaceState(history.state, '', `${location.pathname}?bn-kalender-type=Fortbildung`);
    const el = await fixture<MeetingCalendar>(
      html`<meeting-calendar
        id="kalender"
        view="list"
        .feed=${feed}
        today="2027-03-01"
        filters
        sync-url
      ></meeting-calendar>`,
    );
    await ready(el);
    await waitUntil(() => titles(el).length === 3, `not 3 events: ${titles(el).join(', ')}`);
    await choose(el, 'types', '');
    expect(params().has('bn-kalender-type')).to.equal(false);
    expect(titles(el)).to.have.length(6);
  });
});
