import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/components/event-list/event-list.js';
import type { EventList } from '../../../src/components/event-list/event-list.js';

const SAMPLE = '/src/data/sample-feed.json';
const FIXTURE = '/test/fixtures/event-list.json';

const settled = async (el: EventList) => {
  await waitUntil(() => el.shadowRoot && !el.shadowRoot.querySelector('.loading'), 'still loading', {
    timeout: 10_000,
  });
  await el.updateComplete;
  // A long list fills in over later tasks (the first 25 events at once): wait until it is complete.
  for (let count = -1; count !== titles(el).length;) {
    count = titles(el).length;
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
  }
  return el;
};

async function list(template: ReturnType<typeof html>) {
  return settled(await fixture<EventList>(template));
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const $ = <T extends Element = HTMLElement>(el: EventList, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector) as T | null;
const $$ = (el: EventList, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const months = (el: EventList) => $$(el, '[part="month-heading"]').map(text);
const titles = (el: EventList) => $$(el, 'article [part="heading"]').map(text);
const status = (el: EventList) => text($(el, '[role="status"]'));
const focused = (el: EventList) => el.shadowRoot!.activeElement as HTMLElement | null;

describe('<event-list>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('shows the upcoming events by default, soonest first, under month headings', async () => {
    const el = await list(html`<event-list src=${SAMPLE} today="2026-11-23"></event-list>`);
    expect(months(el)).to.deep.equal(['Dezember 2026', 'Januar 2027', 'März 2027', 'Mai 2027', 'Juni 2027']);
    expect(titles(el)).to.have.length(10);
    const first = $$(el, 'article')[0]!;
    expect(text(first)).to.contain('Mittwoch, 2. Dezember 2026, 10:00–11:30 Uhr');
    expect(text(first)).to.contain('Online-Sprechstunde');
    // Month headings at heading-level (3), event titles one below, each month a list.
    expect($$(el, 'h3').map(text)).to.deep.equal(months(el));
    expect($$(el, 'h4')).to.have.length(10);
    expect($$(el, '.month')[0]!.querySelectorAll(':scope > ul > li > article')).to.have.length(4);
    // The month-only event of June 2027 says "voraussichtlich".
    expect(text($$(el, 'article').at(-1))).to.contain('voraussichtlich Juni 2027');
    // Each card is labelled by its title.
    const label = first.getAttribute('aria-labelledby')!;
    expect(text(el.shadowRoot!.getElementById(label))).to.equal(titles(el)[0]);
    expect($(el, '[part="filters"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows past events newest first and all events oldest first', async () => {
    // limit: without it, the first 20 (test/polish/list.test.ts).
    const past = await list(
      html`<event-list src=${SAMPLE} today="2026-11-23" when="past" limit="100"></event-list>`,
    );
    expect(months(past).slice(0, 3)).to.deep.equal(['September 2022', 'November 2021', 'Juni 2021']);
    expect(titles(past)).to.have.length(28);
    expect(months(past).at(-1)).to.equal('April 2016');
    const all = await list(
      html`<event-list src=${SAMPLE} today="2026-11-23" when="all" limit="100"></event-list>`,
    );
    expect(months(all)[0]).to.equal('April 2016');
    expect(months(all).at(-1)).to.equal('Juni 2027');
    expect(titles(all)).to.have.length(38);
    // The reference date moves with `today`: on 2021-01-01 the month-only December 2020 event is past.
    const then = await list(html`<event-list src=${SAMPLE} today="2020-12-31"></event-list>`);
    expect(months(then)[0]).to.equal('Dezember 2020');
    then.today = '2021-01-01';
    await then.updateComplete;
    expect(months(then)[0]).to.equal('Januar 2021');
  });

  it('filters by several values of type, topic, network and state', async () => {
    const el = await list(
      html`<event-list src=${SAMPLE} today="2026-11-23" type="Netzwerktreffen hospitation"></event-list>`,
    );
    expect($$(el, '[part="type"]').map(text)).to.deep.equal([
      'Netzwerktreffen',
      'Hospitation',
      'Netzwerktreffen',
      'Netzwerktreffen',
    ]);
    el.type = undefined;
    el.state = 'SH';
    el.topic = 'gremienarbeit fruehkindliche-bildung';
    await el.updateComplete;
    expect(titles(el)).to.deep.equal([
      'Treffen des Netzwerks der bildungsmanagementaktiven Kommunen in Schleswig-Holstein',
      'Online-Sprechstunde: Bildungsmanagement dauerhaft verankern',
    ]);
    el.state = undefined;
    el.topic = undefined;
    el.network = 'bildungsmanagement-mv wissen-was-zaehlt';
    await el.updateComplete;
    expect(months(el)).to.deep.equal(['Januar 2027', 'März 2027']);
  });

  it('matches types with spaces as written', async () => {
    const el = await list(
      html`<event-list src=${FIXTURE} when="all" type="Digitale Fachtagung Fachtagung"></event-list>`,
    );
    expect(titles(el)).to.deep.equal(['Fachtagung Übergänge', 'Digitale Fachtagung Datenkompetenz']);
  });

  it('shows `limit` events, and "show more" reveals the next batch and moves focus to it', async () => {
    const el = await list(html`<event-list src=${SAMPLE} today="2026-11-23" limit="4"></event-list>`);
    expect(titles(el)).to.have.length(4);
    const more = $(el, '[part="more"]')!;
    expect(text(more)).to.equal('Weitere Termine anzeigen (noch 6)');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(titles(el)).to.have.length(8);
    // Focus is on the first new event, which a screen reader reads by its title.
    expect(focused(el)?.getAttribute('aria-labelledby')).to.equal('e4');
    expect(text(focused(el)?.querySelector('[part="heading"]'))).to.equal(titles(el)[4]);
    expect(text($(el, '[part="more"]'))).to.equal('Weitere Termine anzeigen (noch 2)');
    // Tab goes on from there: into the new event's link.
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.getAttribute('href')).to.equal(
      'https://www.transferagentur-nordost.example.org/veranstaltungen/bildungsmanagement-mv-2027-01-19',
    );
    $(el, '[part="more"]')!.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(titles(el)).to.have.length(10);
    expect($(el, '[part="more"]')).to.equal(null);
    expect(focused(el)?.getAttribute('aria-labelledby')).to.equal('e8');
    await expect(el).to.be.accessible();
    // A new filter starts again with one batch.
    el.state = 'MV';
    await el.updateComplete;
    expect(titles(el)).to.have.length(4);
    expect(text($(el, '[part="more"]'))).to.equal('Weitere Termine anzeigen (noch 1)');
  });

  it('speaks English with locale="en"', async () => {
    const el = await list(
      html`<event-list src=${SAMPLE} today="2026-11-23" limit="3" locale="en" filters></event-list>`,
    );
    expect(months(el)).to.deep.equal(['December 2026']);
    expect(text($(el, '[part="more"]'))).to.equal('Show more events (7 more)');
    expect(status(el)).to.equal('10 events found');
    expect($$(el, 'label').map(text)).to.deep.equal(['Type', 'Topic', 'State', 'Network', 'Accessibility']);
  });

  it('links titles only to safe URLs and never reads feed text as HTML', async () => {
    const el = await list(
      html`<event-list
        when="all"
        .feed=${{
          version: 1,
          events: [
            {
              id: 'a',
              title: '<img src=x onerror="window.hacked=1">Treffen',
              start: '2030-01-01',
              url: 'javascript:alert(1)',
            },
            { id: 'b', title: 'Sicher', start: '2030-01-02', url: 'https://example.org/b' },
          ],
        }}
      ></event-list>`,
    );
    expect(titles(el)).to.deep.equal(['<img src=x onerror="window.hacked=1">Treffen', 'Sicher']);
    expect($$(el, 'img')).to.have.length(0);
    expect($$(el, 'a').map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/b']);
    expect((window as unknown as { hacked?: number }).hacked).to.equal(undefined);
  });

  it('uses heading-level for the months and one level below for the events', async () => {
    const el = await list(html`<event-list src=${FIXTURE} when="all" heading-level="2"></event-list>`);
    expect($$(el, 'h2').map(text)).to.deep.equal([
      'Oktober 2026',
      'Januar 2027',
      'Februar 2027',
      'März 2027',
    ]);
    expect($$(el, 'h3')).to.have.length(5);
    expect(text($(el, '.status'))).to.equal('Abgesagt');
  });

  it('lets visitors filter with the keyboard and announces the result count', async () => {
    const el = await list(html`<event-list src=${SAMPLE} today="2026-11-23" filters></event-list>`);
    const region = $(el, '[part="filter-status"]')!;
    expect(region.getAttribute('role')).to.equal('status');
    expect(status(el)).to.equal('10 Termine gefunden');
    // Visible labels, tied to their selects.
    const labels = $$(el, 'label');
    expect(labels.map(text)).to.deep.equal(['Art', 'Thema', 'Bundesland', 'Netzwerk', 'Barrierefreiheit']);
    for (const label of labels as HTMLLabelElement[])
      expect(el.shadowRoot!.getElementById(label.htmlFor)?.localName).to.equal('select');
    const type = $<HTMLSelectElement>(el, '#bn-filter-types')!;
    expect([...type.options].map((o) => o.text)).to.deep.equal([
      'Alle Arten',
      'Entwicklungsworkshop',
      'Fachtagung',
      'Fortbildung',
      'Hospitation',
      'Netzwerktreffen',
      'Online-Sprechstunde',
    ]);
    const states = $<HTMLSelectElement>(el, '#bn-filter-states')!;
    expect([...states.options].map((o) => o.text)).to.deep.equal([
      'Alle Bundesländer',
      'Brandenburg',
      'Mecklenburg-Vorpommern',
      'Schleswig-Holstein',
    ]);
    await expect(el).to.be.accessible();

    // Type: the first key press picks "Entwicklungsworkshop", the next "Fachtagung".
    type.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(type.value).to.equal('Entwicklungsworkshop');
    expect(status(el)).to.equal('2 Termine gefunden');
    expect(titles(el)).to.have.length(2);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(status(el)).to.equal('1 Termin gefunden');
    expect($$(el, '[part="type"]').map(text)).to.deep.equal(['Fachtagung']);

    // Back to all types, then a state chosen by typing its first letters.
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(type.value).to.equal('');
    expect(status(el)).to.equal('10 Termine gefunden');
    states.focus();
    await sendKeys({ type: 'Sch' });
    await el.updateComplete;
    expect(states.value).to.equal('SH');
    expect(status(el)).to.equal('5 Termine gefunden');
    expect(focused(el)).to.equal(states);

    // A topic that leaves nothing: the empty state says why; the bar stays to undo it.
    const topic = $<HTMLSelectElement>(el, '#bn-filter-topics')!;
    topic.focus();
    await sendKeys({ type: 'Non' });
    await el.updateComplete;
    expect(topic.value).to.equal('non-formale-bildung');
    expect(status(el)).to.equal('1 Termin gefunden');
    // The same count again is announced again: the live region gets a new text node.
    const spoken = () => [...region.childNodes].find((n) => n.nodeType === 3 && n.textContent!.trim());
    const before = spoken();
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(topic.selectedOptions[0]!.text).to.equal('Gremienarbeit und Steuerung');
    expect(status(el)).to.equal('1 Termin gefunden');
    expect(spoken()).to.exist.and.not.equal(before);
    // Up through the topics (alphabetical) to "Digitalisierung in der Bildung", key by key.
    for (let i = 0; i < 10 && topic.selectedOptions[0]!.text !== 'Digitalisierung in der Bildung'; i++)
      await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(topic.selectedOptions[0]!.text).to.equal('Digitalisierung in der Bildung');
    expect(status(el)).to.equal('Keine Termine gefunden');
    expect(text($(el, '[part="empty"]'))).to.equal(
      'Keine kommenden Termine zum Thema „Digitalisierung in der Bildung“ in Schleswig-Holstein.',
    );
    expect(titles(el)).to.deep.equal([]);
    // The bar is not rebuilt: focus stays where the visitor is.
    expect(focused(el)).to.equal(topic);

    // Reset with the keyboard: Tab to the button, Enter.
    const reset = $(el, '[part="filter-reset"]')!;
    reset.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(states.value).to.equal('');
    expect(topic.value).to.equal('');
    expect(status(el)).to.equal('10 Termine gefunden');
    expect(focused(el)).to.equal(reset);
    await expect(el).to.be.accessible();
  });

  it('names the filter in the empty state, in German and in English', async () => {
    const de = await list(html`<event-list src=${SAMPLE} today="2027-07-01" state="SH"></event-list>`);
    expect(text($(de, '[part="empty"]'))).to.equal('Keine kommenden Termine in Schleswig-Holstein.');
    expect(titles(de)).to.deep.equal([]);
    await expect(de).to.be.accessible();
    const en = await list(
      html`<event-list src=${SAMPLE} today="2027-07-01" state="SH" locale="en"></event-list>`,
    );
    expect(text($(en, '[part="empty"]'))).to.equal('No upcoming events in Schleswig-Holstein.');
    // With nothing to choose from, the filter bar stays away; the sentence says it all.
    const bare = await list(
      html`<event-list src=${SAMPLE} today="2027-07-01" state="SH" filters></event-list>`,
    );
    expect($(bare, '[part="filters"]')).to.equal(null);
    expect(text($(bare, '[part="empty"]'))).to.equal('Keine kommenden Termine in Schleswig-Holstein.');
    await expect(bare).to.be.accessible();
    const typed = await list(
      html`<event-list
        src=${SAMPLE}
        today="2026-11-23"
        when="past"
        type="Hospitation"
        network="wissen-was-zaehlt"
      ></event-list>`,
    );
    expect(text($(typed, '[part="empty"]'))).to.equal(
      'Keine vergangenen Termine der Art „Hospitation“ im Netzwerk „Netzwerk Bildungsmonitoring“.',
    );
  });

  it('keeps each select on the visitor’s choice when its options change', async () => {
    const el = await list(
      html`<event-list src=${SAMPLE} today="2026-11-23" filters state="MV"></event-list>`,
    );
    const topic = $<HTMLSelectElement>(el, '#bn-filter-topics')!;
    topic.value = 'fruehkindliche-bildung';
    topic.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const count = status(el);
    // Other attributes, other choices: the choice stays shown, whether or not it is still offered.
    for (const state of ['SH', 'BB', 'MV SH']) {
      el.state = state;
      await el.updateComplete;
      expect(topic.value, state).to.equal('fruehkindliche-bildung');
      expect(topic.selectedOptions).to.have.length(1);
    }
    // Another language relabels the options; the choice stays.
    el.state = 'MV';
    el.locale = 'en';
    await el.updateComplete;
    expect(topic.value).to.equal('fruehkindliche-bildung');
    expect(status(el)).to.equal(
      count.replace('Termine gefunden', 'events found').replace('Termin gefunden', 'event found'),
    );
    await expect(el).to.be.accessible();
  });

  it('names the visitor’s choice in the empty state, with the filter bar', async () => {
    const el = await list(
      html`<event-list src=${SAMPLE} today="2026-11-23" filters state="MV"></event-list>`,
    );
    const topic = $<HTMLSelectElement>(el, '#bn-filter-topics')!;
    // Only the topics of upcoming MV events are offered, by label.
    expect([...topic.options].map((o) => o.value)).to.deep.equal([
      '',
      'bildungsmonitoring',
      'bildungsmanagement',
      'fachkraeftesicherung',
      'fruehkindliche-bildung',
      'gremienarbeit',
      'non-formale-bildung',
    ]);
    topic.value = 'gremienarbeit';
    topic.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const type = $<HTMLSelectElement>(el, '#bn-filter-types')!;
    type.value = 'Fachtagung';
    type.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(status(el)).to.equal('Keine Termine gefunden');
    expect(text($(el, '[part="empty"]'))).to.equal(
      'Keine kommenden Termine der Art „Fachtagung“ zum Thema „Gremienarbeit und Steuerung“ in Mecklenburg-Vorpommern.',
    );
    await expect(el).to.be.accessible();
    // Without the bar, the visitor's choice no longer applies.
    el.filters = false;
    await el.updateComplete;
    expect(titles(el)).to.have.length(5);
  });

  it('fits a 320 px wide screen, filter bar included', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await list(html`<event-list src=${SAMPLE} today="2026-11-23" filters limit="3"></event-list>`);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const right = el.getBoundingClientRect().right;
    for (const part of $$(el, 'select, button, article')) {
      expect(part.getBoundingClientRect().right, part.localName).to.be.at.most(right + 0.5);
    }
    // The fields stack: each select spans the element's width.
    const selects = $$(el, 'select');
    expect(new Set(selects.map((s) => Math.round(s.getBoundingClientRect().top))).size).to.equal(
      selects.length,
    );
  });

  it('renders 1,000 events, filling in a long list over several tasks', async () => {
    const events = Array.from({ length: 1000 }, (_, i) => ({
      id: `e${i}`,
      title: `Termin ${i}`,
      start: new Date(Date.UTC(2027, 0, 1, 9) + i * 17 * 3_600_000).toISOString().slice(0, 16),
      type: 'Netzwerktreffen',
    }));
    const el = document.createElement('event-list');
    el.today = '2026-11-23';
    el.limit = 1000; // without it, the first 20
    el.feed = { version: 1, events };
    let first = 0;
    el.addEventListener('feed-load', () => (first = titles(el).length));
    const loaded = oneEvent(el, 'feed-load');
    await fixture(html`<div>${el}</div>`);
    await loaded;
    // The first screenful at once, the rest in later tasks.
    expect(first).to.be.greaterThan(0).and.lessThan(1000);
    await waitUntil(() => titles(el).length === 1000, 'not all events rendered', { timeout: 10_000 });
    expect(titles(el)[999]).to.equal('Termin 999');
    expect(months(el)[0]).to.equal('Januar 2027');
  });

  it('shows the loading and the error state of the base element', async () => {
    const el = await fixture<EventList>(
      html`<event-list debug src=${'/api/status?code=404&key=list'}></event-list>`,
    );
    await settled(el);
    expect(text($(el, '[role="alert"]'))).to.contain('Fehler 404');
    await expect(el).to.be.accessible();
  });
});
