import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/meeting-calendar/meeting-calendar.js';
import type { MeetingCalendar } from '../../../src/components/meeting-calendar/meeting-calendar.js';
import { $, $$, announced, calendarFeed, cell, live, ready, text } from './helpers.js';

/** Chooses a value in one select of the filter bar, as a visitor does. */
async function choose(el: MeetingCalendar, label: string, value: string) {
  const select = $$<HTMLSelectElement>(el, '[part="filter-select"]').find(
    (s) => text(el.shadowRoot!.querySelector(`label[for="${s.id}"]`)) === label,
  )!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

const busyDays = (el: MeetingCalendar) =>
  $$(el, 'td[data-day]')
    .filter((td) => td.querySelector('[part~="chip"]'))
    .map((td) => td.dataset.day);

describe('<meeting-calendar> filters', () => {
  it('filters by the type, state, topic and network attributes (values separated by spaces)', async () => {
    const el = await ready(
      await fixture<MeetingCalendar>(
        html`<meeting-calendar
          .feed=${calendarFeed}
          today="2026-11-23"
          month="2026-12"
          state="SH"
        ></meeting-calendar>`,
      ),
    );
    expect(busyDays(el)).to.deep.equal(['2026-12-08', '2026-12-17']);
    expect(announced(cell(el, '2026-12-08'))).to.equal(
      'gridcell: Dienstag, 8. Dezember 2026, 1 Termin: 10:00 Netzwerktreffen Kiel',
    );
    // The month-only event is in SH too.
    expect(text($(el, '[part="month-only"] [part~="event"]'))).to.equal('voraussichtlich Reflexionsworkshop');
    el.state = 'BB MV';
    await el.updateComplete;
    expect(busyDays(el)).to.deep.equal([
      '2026-12-08',
      '2026-12-14',
      '2026-12-15',
      '2026-12-16',
      '2026-12-31',
    ]);
    el.state = undefined;
    el.type = 'netzwerktreffen Entwicklungsworkshop';
    await el.updateComplete;
    expect(busyDays(el)).to.deep.equal(['2026-12-08', '2026-12-14', '2026-12-15', '2026-12-16']);
    expect(live(el)).to.equal('Dezember 2026 2 Termine');
  });

  it('names the filters when a month has no matching events', async () => {
    const el = await ready(
      await fixture<MeetingCalendar>(
        html`<meeting-calendar
          .feed=${calendarFeed}
          today="2026-11-23"
          month="2026-11"
          state="SH"
        ></meeting-calendar>`,
      ),
    );
    expect(text($(el, '[part="note"]'))).to.equal('Keine Termine im November 2026 in Schleswig-Holstein.');
    el.locale = 'en';
    el.type = 'Netzwerktreffen';
    await el.updateComplete;
    expect(text($(el, '[part="note"]'))).to.equal(
      'No events in November 2026 of the type “Netzwerktreffen” in Schleswig-Holstein.',
    );
  });

  it('offers a filter bar that narrows the month, announces the count and passes axe', async () => {
    const el = await ready(
      await fixture<MeetingCalendar>(
        html`<meeting-calendar
          .feed=${calendarFeed}
          today="2026-11-23"
          month="2026-12"
          filters
        ></meeting-calendar>`,
      ),
    );
    const form = $(el, '[part="filters"]')!;
    expect(announced(form)).to.equal('search: Termine filtern');
    expect($(el, '[part="filter-status"]')!.getAttribute('role')).to.equal('status');
    expect(text($(el, '[part="filter-status"]'))).to.equal('10 Termine im Dezember, 11 insgesamt');
    await expect(el).to.be.accessible();
    await choose(el, 'Bundesland', 'BB');
    expect(text($(el, '[part="filter-status"]'))).to.equal('1 Termin im Dezember, 2 insgesamt');
    expect(busyDays(el)).to.deep.equal(['2026-12-14', '2026-12-15', '2026-12-16']);
    expect(live(el)).to.equal('Dezember 2026 1 Termin');
    expect($(el, '[part="month-only"]')).to.equal(null);
    await expect(el).to.be.accessible();
    await choose(el, 'Art', 'Fortbildung');
    expect(text($(el, '[part="filter-status"]'))).to.equal('Keine Termine gefunden');
    expect(text($(el, '[part="note"]'))).to.equal(
      'Keine Termine im Dezember 2026 der Art „Fortbildung“ in Brandenburg.',
    );
    // Without the bar, the visitor's choice no longer applies.
    el.filters = false;
    await el.updateComplete;
    expect(busyDays(el)).to.have.length(6);
    el.filters = true;
    await el.updateComplete;
    expect(busyDays(el)).to.have.length(0);
    $(el, '[part="filter-reset"]')!.click();
    await el.updateComplete;
    expect(text($(el, '[part="filter-status"]'))).to.equal('10 Termine im Dezember, 11 insgesamt');
    expect(busyDays(el)).to.have.length(6);
  });

  it('keeps the filter bar usable in the list view of a narrow column, in English', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px">
        <meeting-calendar
          .feed=${calendarFeed}
          today="2026-11-23"
          month="2026-12"
          filters
          locale="en"
        ></meeting-calendar>
      </div>`,
    );
    const el = await ready(wrapper.querySelector('meeting-calendar')!);
    await choose(el, 'State', 'SH');
    expect($$(el, '[part="list"] [part="day-heading"]').map(text)).to.deep.equal([
      'Tuesday, 8 December 2026',
      'Thursday, 17 December 2026',
    ]);
    expect(text($(el, '[part="filter-status"]'))).to.equal('7 events in December, 7 in all');
    await expect(el).to.be.accessible();
  });
});
