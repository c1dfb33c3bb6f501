import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/meeting-calendar/meeting-calendar.js';
import type { MeetingCalendar } from '../../../src/components/meeting-calendar/meeting-calendar.js';
import { $, $$, announced, calendarFeed, cell, focused, live, ready, tabStops, text } from './helpers.js';

const calendar = async (month = '2026-12', locale = 'de') =>
  ready(
    await fixture<MeetingCalendar>(
      html`<meeting-calendar
        .feed=${calendarFeed}
        today="2026-11-23"
        month=${month}
        locale=${locale}
      ></meeting-calendar>`,
    ),
  );

/** Presses a key and waits for the calendar to render. */
async function press(el: MeetingCalendar, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}

/** Presses a key and checks that focus, the one tab stop and the announced text agree. */
async function pressTo(el: MeetingCalendar, key: string, day: string, name: string) {
  await press(el, key);
  expect(focused(el)?.dataset.day, `${key} → ${day}`).to.equal(day);
  expect(tabStops(el)).to.deep.equal([day]);
  expect(announced(focused(el))).to.equal(`gridcell: ${name}`);
}

describe('<meeting-calendar> keyboard (real key presses)', () => {
  it('has one tab stop in the grid, after the month buttons, "Heute" and the month-only row', async () => {
    const el = await calendar();
    $(el, '.nav')!.focus();
    expect(announced(focused(el))).to.equal('button: Vorheriger Monat');
    await press(el, 'Tab');
    expect(announced(focused(el))).to.equal('button: Nächster Monat');
    await press(el, 'Tab');
    expect(announced(focused(el))).to.equal('button: Heute');
    await press(el, 'Tab');
    expect(announced(focused(el))).to.equal('button: voraussichtlich Reflexionsworkshop');
    await press(el, 'Tab');
    expect(tabStops(el)).to.deep.equal(['2026-12-01']);
    expect(announced(focused(el))).to.equal('gridcell: Dienstag, 1. Dezember 2026, keine Termine');
    // Tab leaves the grid: no other day is a tab stop.
    await press(el, 'Tab');
    expect(focused(el)?.localName).not.to.equal('td');
  });

  it('moves by day and week with the arrows, to the week’s ends with Home/End', async () => {
    const el = await calendar();
    cell(el, '2026-12-01')!.focus();
    await pressTo(el, 'ArrowRight', '2026-12-02', 'Mittwoch, 2. Dezember 2026, keine Termine');
    await pressTo(el, 'ArrowDown', '2026-12-09', 'Mittwoch, 9. Dezember 2026, keine Termine');
    await pressTo(
      el,
      'ArrowLeft',
      '2026-12-08',
      'Dienstag, 8. Dezember 2026, 2 Termine: 10:00 Netzwerktreffen Kiel 13:00 Werkstatt Monitoring',
    );
    await pressTo(el, 'Home', '2026-12-07', 'Montag, 7. Dezember 2026, keine Termine');
    await pressTo(el, 'End', '2026-12-13', 'Sonntag, 13. Dezember 2026, keine Termine');
    await pressTo(el, 'ArrowUp', '2026-12-06', 'Sonntag, 6. Dezember 2026, keine Termine');
    expect(live(el)).to.equal('Dezember 2026 10 Termine');
  });

  it('crosses into the neighbouring month, announces it and fires month-change', async () => {
    const el = await calendar();
    const months: string[] = [];
    el.addEventListener('month-change', (e) => months.push(e.detail.month));
    cell(el, '2026-12-03')!.focus();
    await pressTo(el, 'ArrowUp', '2026-11-26', 'Donnerstag, 26. November 2026, keine Termine');
    expect(live(el)).to.equal('November 2026 1 Termin');
    expect(text($(el, '[part="heading"]'))).to.equal('November 2026');
    await pressTo(el, 'End', '2026-11-29', 'Sonntag, 29. November 2026, keine Termine');
    await pressTo(el, 'ArrowRight', '2026-11-30', 'Montag, 30. November 2026, keine Termine');
    await pressTo(el, 'ArrowRight', '2026-12-01', 'Dienstag, 1. Dezember 2026, keine Termine');
    expect(months).to.deep.equal(['2026-11', '2026-12']);
  });

  it('PageUp/PageDown change the month, Shift+PageUp/PageDown the year, keeping the day', async () => {
    const el = await calendar();
    const months: string[] = [];
    el.addEventListener('month-change', (e) => months.push(e.detail.month));
    cell(el, '2026-12-31')!.focus();
    await pressTo(el, 'PageDown', '2027-01-31', 'Sonntag, 31. Januar 2027, keine Termine');
    expect(live(el)).to.equal('Januar 2027 1 Termin');
    await pressTo(el, 'PageDown', '2027-02-28', 'Sonntag, 28. Februar 2027, keine Termine');
    await pressTo(el, 'PageUp', '2027-01-28', 'Donnerstag, 28. Januar 2027, keine Termine');
    await pressTo(el, 'Shift+PageUp', '2026-01-28', 'Mittwoch, 28. Januar 2026, keine Termine');
    expect(live(el)).to.equal('Januar 2026 keine Termine');
    await pressTo(el, 'Shift+PageDown', '2027-01-28', 'Donnerstag, 28. Januar 2027, keine Termine');
    expect(months).to.deep.equal(['2027-01', '2027-02', '2027-01', '2026-01', '2027-01']);
  });

  it('reaches 29 February in a leap year with PageDown', async () => {
    const el = await calendar('2024-01');
    cell(el, '2024-01-31')!.focus();
    await pressTo(el, 'PageDown', '2024-02-29', 'Donnerstag, 29. Februar 2024, keine Termine');
    await pressTo(el, 'ArrowRight', '2024-03-01', 'Freitag, 1. März 2024, keine Termine');
    await pressTo(el, 'Shift+PageDown', '2025-03-01', 'Samstag, 1. März 2025, keine Termine');
  });

  it('walks through the DST Sundays one day at a time', async () => {
    const el = await calendar('2026-03');
    cell(el, '2026-03-28')!.focus();
    await pressTo(el, 'ArrowRight', '2026-03-29', 'Sonntag, 29. März 2026, keine Termine');
    await pressTo(el, 'ArrowRight', '2026-03-30', 'Montag, 30. März 2026, keine Termine');
    await pressTo(el, 'ArrowUp', '2026-03-23', 'Montag, 23. März 2026, keine Termine');
    await pressTo(el, 'Shift+PageDown', '2027-03-23', 'Dienstag, 23. März 2027, keine Termine');
    await pressTo(el, 'Shift+PageUp', '2026-03-23', 'Montag, 23. März 2026, keine Termine');
    await pressTo(el, 'PageDown', '2026-04-23', 'Donnerstag, 23. April 2026, keine Termine');
    for (let i = 0; i < 6; i++) await press(el, 'PageDown');
    cell(el, '2026-10-24')!.focus();
    await pressTo(el, 'ArrowRight', '2026-10-25', 'Sonntag, 25. Oktober 2026, keine Termine');
    await pressTo(el, 'ArrowDown', '2026-11-01', 'Sonntag, 1. November 2026, keine Termine');
  });

  it('Enter opens the day’s events, Enter shows a card, Escape returns to the day', async () => {
    const el = await calendar();
    cell(el, '2026-12-07')!.focus();
    await pressTo(
      el,
      'ArrowRight',
      '2026-12-08',
      'Dienstag, 8. Dezember 2026, 2 Termine: 10:00 Netzwerktreffen Kiel 13:00 Werkstatt Monitoring',
    );
    await press(el, 'Enter');
    const panel = $(el, '[part="panel"]')!;
    expect(announced(panel)).to.equal('region: Dienstag, 8. Dezember 2026');
    expect(announced(focused(el))).to.equal('button: 10:00–16:00 Netzwerktreffen Kiel');
    expect(focused(el)!.getAttribute('aria-expanded')).to.equal('false');
    const selected = oneEvent(el, 'event-select');
    await press(el, 'Enter');
    const { detail } = await selected;
    expect(detail.event.id).to.equal('treffen');
    expect(focused(el)!.getAttribute('aria-expanded')).to.equal('true');
    const card = $(el, `#${focused(el)!.getAttribute('aria-controls')} event-card`)!;
    expect(card.getAttribute('variant')).to.equal('compact');
    await press(el, 'Tab');
    expect(announced(focused(el))).to.equal('button: 13:00 Werkstatt Monitoring');
    await press(el, 'Escape');
    expect($(el, '[part="panel"]')).to.equal(null);
    expect(focused(el)?.dataset.day).to.equal('2026-12-08');
    expect(tabStops(el)).to.deep.equal(['2026-12-08']);
    // Space opens the day too; an empty day says so and focuses the close button.
    await pressTo(el, 'ArrowRight', '2026-12-09', 'Mittwoch, 9. Dezember 2026, keine Termine');
    await press(el, ' ');
    expect(text($(el, '[part="panel"] p'))).to.equal('Keine Termine an diesem Tag.');
    expect(announced(focused(el))).to.equal('button: Schließen');
    await press(el, 'Enter');
    expect($(el, '[part="panel"]')).to.equal(null);
    expect(focused(el)?.dataset.day).to.equal('2026-12-09');
  });

  it('"+N" opens the whole day at the first hidden event; Escape returns to the day', async () => {
    const el = await calendar();
    const day = cell(el, '2026-12-17')!;
    expect(announced(day)).to.equal(
      'gridcell: Donnerstag, 17. Dezember 2026, 5 Termine: 09:00 Termin 1 10:00 Termin 2 +3 weitere Termine',
    );
    expect($$(el, 'td[data-day="2026-12-17"] [part~="chip"]').map(text)).to.deep.equal([
      '09:00 Termin 1',
      '10:00 Termin 2',
    ]);
    const more = $(el, 'td[data-day="2026-12-17"] [part="more"]')!;
    expect(announced(more)).to.equal('button: +3 weitere Termine');
    more.click();
    await el.updateComplete;
    expect($$(el, '[part="panel"] [part~="event"]')).to.have.length(5);
    expect(announced(focused(el))).to.equal('button: 11:00 Termin 3');
    await press(el, 'Tab');
    expect(announced(focused(el))).to.equal('button: 12:00 Termin 4');
    await press(el, 'Escape');
    expect(focused(el)?.dataset.day).to.equal('2026-12-17');
    expect(tabStops(el)).to.deep.equal(['2026-12-17']);
  });

  it('in English: Monday first, English names and the same keys', async () => {
    const el = await calendar('2026-12', 'en');
    cell(el, '2026-12-07')!.focus();
    await pressTo(
      el,
      'ArrowRight',
      '2026-12-08',
      'Tuesday, 8 December 2026, 2 events: 10:00 Netzwerktreffen Kiel 13:00 Werkstatt Monitoring',
    );
    await pressTo(el, 'PageUp', '2026-11-08', 'Sunday, 8 November 2026, no events');
    expect(live(el)).to.equal('November 2026 1 event');
    await pressTo(el, 'End', '2026-11-08', 'Sunday, 8 November 2026, no events');
    await press(el, 'Enter');
    expect(text($(el, '[part="panel"] p'))).to.equal('No events on this day.');
    expect(announced(focused(el))).to.equal('button: Close');
    await press(el, 'Escape');
    expect(focused(el)?.dataset.day).to.equal('2026-11-08');
  });
});
