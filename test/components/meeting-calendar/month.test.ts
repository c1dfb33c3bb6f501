import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { addDays } from '../../../src/data/dates.js';
import '../../../src/components/meeting-calendar/meeting-calendar.js';
import type { MeetingCalendar } from '../../../src/components/meeting-calendar/meeting-calendar.js';
import { $, $$, announced, calendarFeed, cell, focused, live, ready, text } from './helpers.js';

const calendar = async (feed: unknown, month?: string, locale = 'de') =>
  ready(
    await fixture<MeetingCalendar>(
      html`<meeting-calendar
        .feed=${feed}
        today="2026-11-23"
        month=${month ?? ''}
        locale=${locale}
      ></meeting-calendar>`,
    ),
  );

const feedOf = (events: object[], timeZone = 'Europe/Berlin') => ({ version: 1, timeZone, events });

/** Titles of the chips in a day cell. */
const chips = (el: MeetingCalendar, day: string) =>
  $$(el, `td[data-day="${day}"] [part~="chip"] .what`).map(text);

/** The day cells of the grid, row by row ('' for days of other months). */
const rows = (el: MeetingCalendar) =>
  $$(el, 'tbody tr').map((tr) => [...tr.querySelectorAll('td')].map((td) => td.dataset.day ?? ''));

describe('<meeting-calendar> month grid', () => {
  it('takes a today that does not exist (2019-02-30) as no today: the real month shows, no endless loading', async () => {
    const el = await ready(
      await fixture<MeetingCalendar>(
        html`<meeting-calendar .feed=${calendarFeed} today="2019-02-30"></meeting-calendar>`,
      ),
    );
    const now = new Intl.DateTimeFormat('de-DE', {
      month: 'long',
      year: 'numeric',
      timeZone: 'Europe/Berlin',
    });
    expect(text($(el, '[part="heading"]'))).to.equal(now.format(new Date()));
  });

  it('shows the month of today by default, Monday first, full weekday names for assistive technology', async () => {
    const el = await calendar(calendarFeed);
    expect(text($(el, '[part="heading"]'))).to.equal('November 2026');
    const grid = $(el, '[part="grid"]')!;
    expect(announced(grid)).to.equal('grid: November 2026');
    const headers = $$(el, 'thead th');
    expect(headers.map(announced)).to.deep.equal([
      'columnheader: Kalenderwoche',
      'columnheader: Montag',
      'columnheader: Dienstag',
      'columnheader: Mittwoch',
      'columnheader: Donnerstag',
      'columnheader: Freitag',
      'columnheader: Samstag',
      'columnheader: Sonntag',
    ]);
    expect(headers.map((th) => th.querySelector('[aria-hidden]')!.textContent)).to.deep.equal([
      'KW',
      'Mo.',
      'Di.',
      'Mi.',
      'Do.',
      'Fr.',
      'Sa.',
      'So.',
    ]);
    expect(announced($(el, 'tbody th'))).to.equal('rowheader: Kalenderwoche 44');
  });

  it('marks today (aria-current="date", "heute" in its name) and starts the tab stop there', async () => {
    const el = await calendar(calendarFeed);
    const current = $$(el, '[aria-current]');
    expect(current.map((td) => [td.dataset.day, td.getAttribute('aria-current')])).to.deep.equal([
      ['2026-11-23', 'date'],
    ]);
    expect(announced(current[0]!)).to.equal(
      'gridcell: Montag, 23. November 2026, heute, 1 Termin: 18:00 Abgesagt: Abendtermin',
    );
    expect(current[0]!.getAttribute('part')).to.equal('day today');
    expect(current[0]!.tabIndex).to.equal(0);
    // A cancelled event is struck through on its chip and says so in the day list.
    expect($(el, '[part~="chip"]')!.classList.contains('cancelled')).to.be.true;
  });

  it('starts at the month attribute, first day in the tab order, and follows a new month attribute', async () => {
    const el = await calendar(calendarFeed, '2026-12');
    expect(text($(el, '[part="heading"]'))).to.equal('Dezember 2026');
    expect(rows(el)).to.have.length(5);
    expect(rows(el)[0]).to.deep.equal(['', ...[1, 2, 3, 4, 5, 6].map((d) => `2026-12-0${d}`)]);
    expect($(el, 'td[tabindex="0"]')!.dataset.day).to.equal('2026-12-01');
    el.month = '2027-01';
    await el.updateComplete;
    expect(text($(el, '[part="heading"]'))).to.equal('Januar 2027');
    // An invalid month falls back to today's.
    el.month = '2027-13';
    await el.updateComplete;
    expect(text($(el, '[part="heading"]'))).to.equal('November 2026');
  });

  it('shows the events of a day as chips, each cell naming the date and the number of events', async () => {
    const el = await calendar(calendarFeed, '2026-12');
    expect(chips(el, '2026-12-08')).to.deep.equal(['Netzwerktreffen Kiel', 'Werkstatt Monitoring']);
    expect(text($(el, 'td[data-day="2026-12-08"] .time'))).to.equal('10:00');
    expect(announced(cell(el, '2026-12-08'))).to.equal(
      'gridcell: Dienstag, 8. Dezember 2026, 2 Termine: 10:00 Netzwerktreffen Kiel 13:00 Werkstatt Monitoring',
    );
    expect(announced(cell(el, '2026-12-09'))).to.equal('gridcell: Mittwoch, 9. Dezember 2026, keine Termine');
  });

  it('draws a multi-day event on each of its days, across the turn of the month', async () => {
    const el = await calendar(calendarFeed, '2026-12');
    for (const day of ['2026-12-14', '2026-12-15', '2026-12-16'])
      expect(chips(el, day), day).to.include('Dreitägiger Workshop');
    expect(chips(el, '2026-12-17')).not.to.include('Dreitägiger Workshop');
    const [first, middle, last] = ['14', '15', '16'].map((d) =>
      $(el, `td[data-day="2026-12-${d}"] [part~="chip"]`)!,
    );
    expect([...first!.classList])
      .to.include('on')
      .and.not.include('from');
    expect([...middle!.classList]).to.include.members(['on', 'from']);
    expect([...last!.classList])
      .to.include('from')
      .and.not.include('on');
    // Only the first day shows the start time; the day list says which day of the event it is.
    expect(text(first!.querySelector('.time'))).to.equal('10:00');
    expect(middle!.querySelector('.time')).to.equal(null);
    middle!.click();
    await el.updateComplete;
    expect(announced(focused(el))).to.equal('button: Tag 2 von 3 Dreitägiger Workshop');
    // 31 December – 1 January shows in both months.
    expect(chips(el, '2026-12-31')).to.deep.equal(['Über den Jahreswechsel']);
    el.month = '2027-01';
    await el.updateComplete;
    expect(chips(el, '2027-01-01')).to.deep.equal(['Über den Jahreswechsel']);
    expect(announced(cell(el, '2027-01-01'))).to.equal(
      'gridcell: Freitag, 1. Januar 2027, 1 Termin: Über den Jahreswechsel (Tag 2 von 2)',
    );
  });

  it('keeps month-only events in an "im Laufe des Monats" row, not on a day', async () => {
    const el = await calendar(calendarFeed, '2026-12');
    const row = $(el, '[part="month-only"]')!;
    expect(announced(row)).to.equal('region: Im Laufe des Monats');
    const button = row.querySelector<HTMLElement>('[part~="event"]')!;
    expect(announced(button)).to.equal('button: voraussichtlich Reflexionsworkshop');
    expect($$(el, '[part~="chip"]').map(text)).not.to.include('Reflexionsworkshop');
    const selected = oneEvent(el, 'event-select');
    button.click();
    expect((await selected).detail.event.id).to.equal('reflexion');
    await el.updateComplete;
    const card = row.querySelector('event-card')!;
    expect(card.variant).to.equal('compact');
    await waitUntil(() => card.shadowRoot?.querySelector('[part="date"]'), 'card not rendered');
    expect(text(card.shadowRoot!.querySelector('[part="date"]'))).to.equal('voraussichtlich Dezember 2026');
    // Other months have no such row.
    el.month = '2027-01';
    await el.updateComplete;
    expect($(el, '[part="month-only"]')).to.equal(null);
  });

  it('says "During the month" in English', async () => {
    const el = await calendar(calendarFeed, '2026-12', 'en');
    expect(announced($(el, '[part="month-only"]'))).to.equal('region: During the month');
    expect(announced($(el, '[part="month-only"] [part~="event"]'))).to.equal(
      'button: expected Reflexionsworkshop',
    );
    expect(announced($(el, 'thead th:nth-child(2)'))).to.equal('columnheader: Monday');
    expect(text($(el, 'thead th:nth-child(2) [aria-hidden]'))).to.equal('Mon');
    expect(announced($(el, 'tbody th'))).to.equal('rowheader: Week 49');
  });

  it('has 29 days in February 2024 and 28 in February 2023', async () => {
    const leap = feedOf([{ id: 'schalttag', title: 'Am Schalttag', start: '2024-02-29' }]);
    const el = await calendar(leap, '2024-02');
    expect(rows(el).flat().filter(Boolean)).to.have.length(29);
    expect(chips(el, '2024-02-29')).to.deep.equal(['Am Schalttag']);
    expect(announced(cell(el, '2024-02-29'))).to.equal(
      'gridcell: Donnerstag, 29. Februar 2024, 1 Termin: Am Schalttag',
    );
    el.month = '2023-02';
    await el.updateComplete;
    expect(rows(el).flat().filter(Boolean)).to.have.length(28);
    expect(rows(el).at(-1)!.at(-1)).to.equal('');
  });

  it('puts events of the DST Sundays (last Sunday of March and October) on their day', async () => {
    const dst = feedOf([
      // 02:30 does not exist on 29 March 2026 in Berlin; it is shown at 03:30, still that Sunday.
      { id: 'luecke', title: 'In der Lücke', start: '2026-03-29T02:30' },
      // 23:30 UTC on Saturday is 00:30 on Sunday in Berlin.
      { id: 'mitternacht', title: 'Nach Mitternacht', start: '2026-03-28T23:30:00Z' },
      { id: 'doppelt', title: 'Doppelte Stunde', start: '2026-10-25T02:30', end: '2026-10-25T03:30' },
      { id: 'nacht', title: 'Über die Zeitumstellung', start: '2026-10-24T22:00', end: '2026-10-25T06:00' },
    ]);
    const el = await calendar(dst, '2026-03');
    const march = rows(el);
    expect(march.find((w) => w.includes('2026-03-29'))).to.deep.equal([
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
      '2026-03-26',
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
    ]);
    expect(chips(el, '2026-03-29')).to.deep.equal(['Nach Mitternacht', 'In der Lücke']);
    expect(text($(el, 'td[data-day="2026-03-29"] .time'))).to.equal('00:30');
    expect(chips(el, '2026-03-28')).to.deep.equal([]);
    expect(announced(cell(el, '2026-03-29'))).to.equal(
      'gridcell: Sonntag, 29. März 2026, 2 Termine: 00:30 Nach Mitternacht 03:30 In der Lücke',
    );
    el.month = '2026-10';
    await el.updateComplete;
    expect(
      rows(el)
        .find((w) => w.includes('2026-10-25'))!
        .at(-1),
    ).to.equal('2026-10-25');
    expect(chips(el, '2026-10-24')).to.deep.equal(['Über die Zeitumstellung']);
    expect(chips(el, '2026-10-25')).to.deep.equal(['Über die Zeitumstellung', 'Doppelte Stunde']);
    expect(chips(el, '2026-10-26')).to.deep.equal([]);
  });

  it('puts the 1st of September 2019 (a Sunday) in the last column, with six rows', async () => {
    const el = await ready(
      await fixture<MeetingCalendar>(
        html`<meeting-calendar src="/src/data/sample-feed.json" month="2019-09"></meeting-calendar>`,
      ),
    );
    const grid = rows(el);
    expect(grid).to.have.length(6);
    expect(grid[0]).to.deep.equal(['', '', '', '', '', '', '2019-09-01']);
    expect(grid[5]).to.deep.equal(['2019-09-30', '', '', '', '', '', '']);
    expect(announced(cell(el, '2019-09-01'))).to.equal('gridcell: Sonntag, 1. September 2019, keine Termine');
    expect(chips(el, '2019-09-24')).to.deep.equal([
      'Treffen des Netzwerks der bildungsmanagementaktiven Kommunen in Schleswig-Holstein',
    ]);
    expect(announced($(el, 'tbody th'))).to.equal('rowheader: Kalenderwoche 35');
  });

  it('places events by the feed’s time zone, whatever the browser’s zone is', async () => {
    const instant = { id: 'instant', title: 'Um 3 Uhr UTC', start: '2026-12-01T03:00:00Z' };
    // 30 November, 22:00 in New York; 1 December, 12:00 in Tokyo; the browser's zone plays no part.
    const ny = await calendar(feedOf([instant], 'America/New_York'), '2026-11');
    expect(chips(ny, '2026-11-30')).to.deep.equal(['Um 3 Uhr UTC']);
    expect(text($(ny, 'td[data-day="2026-11-30"] .time'))).to.equal('22:00');
    const tokyo = await calendar(feedOf([instant], 'Asia/Tokyo'), '2026-12');
    expect(chips(tokyo, '2026-12-01')).to.deep.equal(['Um 3 Uhr UTC']);
    expect(text($(tokyo, 'td[data-day="2026-12-01"] .time'))).to.equal('12:00');
    // Today is the feed zone's date too: Kiritimati (UTC+14) is always a day ahead of Honolulu (UTC−10).
    const ahead = await ready(
      await fixture<MeetingCalendar>(
        html`<meeting-calendar .feed=${feedOf([instant], 'Pacific/Kiritimati')}></meeting-calendar>`,
      ),
    );
    const behind = await ready(
      await fixture<MeetingCalendar>(
        html`<meeting-calendar .feed=${feedOf([instant], 'Pacific/Honolulu')}></meeting-calendar>`,
      ),
    );
    const dayAhead = $(ahead, '[aria-current="date"]')!.dataset.day!;
    expect($(behind, '[aria-current="date"]')!.dataset.day).to.equal(addDays(dayAhead, -1));
  });

  it('fires month-change from the month buttons, announces the month and keeps focus on the button', async () => {
    const el = await calendar(calendarFeed, '2026-12');
    const next = $$(el, '[part="nav"]')[1]!;
    next.focus();
    const changed = oneEvent(document, 'month-change');
    next.click();
    const event = await changed;
    expect(event.detail).to.deep.equal({ month: '2027-01' });
    expect(event.bubbles && event.composed).to.be.true;
    expect(event.target).to.equal(el);
    await el.updateComplete;
    expect(live(el)).to.equal('Januar 2027 1 Termin');
    expect(focused(el)).to.equal(next);
    expect($(el, 'td[tabindex="0"]')!.dataset.day).to.equal('2027-01-01');
    $$(el, '[part="nav"]')[0]!.click();
    await el.updateComplete;
    expect(live(el)).to.equal('Dezember 2026 10 Termine');
  });

  it('opens an event clicked in the grid and fires event-select (bubbling, composed)', async () => {
    const el = await calendar(calendarFeed, '2026-12');
    const chip = $$(el, 'td[data-day="2026-12-08"] [part~="chip"]')[1]!;
    const selected = oneEvent(document, 'event-select');
    chip.click();
    const event = await selected;
    expect(event.detail.event.id).to.equal('werkstatt');
    expect(event.detail.event.startValue.hour).to.equal(13);
    expect(event.bubbles && event.composed).to.be.true;
    await el.updateComplete;
    expect(announced(focused(el))).to.equal('button: 13:00 Werkstatt Monitoring');
    expect(focused(el)!.getAttribute('aria-expanded')).to.equal('true');
    expect($(el, '[part="panel"] event-card')!.getAttribute('variant')).to.equal('compact');
    // A second click on the button hides the card again.
    focused(el)!.click();
    await el.updateComplete;
    expect($(el, '[part="panel"] event-card')).to.equal(null);
    expect(focused(el)!.getAttribute('aria-expanded')).to.equal('false');
  });

  it('keeps headings within h2–h6: heading-level="6" gives h6 for the month, the day and the card', async () => {
    const el = await ready(
      await fixture<MeetingCalendar>(
        html`<meeting-calendar .feed=${calendarFeed} month="2026-12" heading-level="6"></meeting-calendar>`,
      ),
    );
    expect($(el, '[part="heading"]')!.localName).to.equal('h6');
    expect($(el, '[part="during-heading"]')!.localName).to.equal('h6');
    $(el, 'td[data-day="2026-12-08"] [part~="chip"]')!.click();
    await el.updateComplete;
    expect($(el, '[part="panel-heading"]')!.localName).to.equal('h6');
    expect($(el, '[part="panel"] event-card')!.getAttribute('heading-level')).to.equal('6');
  });

  it('says when a month has no events, and shows the empty state for a feed without events', async () => {
    const el = await calendar(calendarFeed, '2025-02');
    expect(text($(el, '[part="note"]'))).to.equal('Keine Termine im Februar 2025.');
    expect(live(el)).to.equal('Februar 2025 keine Termine');
    const empty = await calendar({ version: 1 });
    expect(text($(empty, '[part="empty"]'))).to.equal('Derzeit sind keine Termine geplant.');
    const en = await calendar({ version: 1 }, undefined, 'en');
    expect(text($(en, '[part="empty"]'))).to.equal('No events are planned at the moment.');
  });

  it('shows the sample feed’s December 2026 from its URL', async () => {
    const el = await ready(
      await fixture<MeetingCalendar>(
        html`<meeting-calendar
          src="/src/data/sample-feed.json"
          today="2026-11-23"
          month="2026-12"
        ></meeting-calendar>`,
      ),
    );
    const busy = $$(el, 'td[data-day]')
      .filter((td) => td.querySelector('[part~="chip"]'))
      .map((td) => announced(td));
    expect(busy).to.deep.equal([
      'gridcell: Mittwoch, 2. Dezember 2026, 1 Termin: 10:00 Online-Sprechstunde Bildungsmonitoring',
      'gridcell: Dienstag, 8. Dezember 2026, 2 Termine: 09:30 Fortbildung: Gremienarbeit wirksam gestalten 10:00 Treffen des Netzwerks der bildungsmanagementaktiven Kommunen in Schleswig-Holstein',
      'gridcell: Dienstag, 15. Dezember 2026, 1 Termin: 10:00 Hospitation im Bildungsbüro des Landkreises Potsdam-Mittelmark',
    ]);
    await expect(el).to.be.accessible();
  });
});
