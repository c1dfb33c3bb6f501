import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/meeting-calendar/meeting-calendar.js';
import type { MeetingCalendar } from '../../src/components/meeting-calendar/meeting-calendar.js';
import { $, $$, announced, calendarFeed, ready, text } from '../components/meeting-calendar/helpers.js';

/** Titles from the seed pages: the length German event titles really have. */
const LONG = 'Online-Sprechstunde Bildungsmonitoring';
const SEED = 'Treffen des Netzwerks der bildungsmanagementaktiven Kommunen in Schleswig-Holstein';

const feed = {
  version: 1,
  timeZone: 'Europe/Berlin',
  events: [
    { id: 'sprechstunde', title: LONG, start: '2026-12-09T10:00', end: '2026-12-09T11:00' },
    { id: 'workshop', title: 'Dreitägiger Workshop', start: '2026-12-14T10:00', end: '2026-12-16T14:00' },
    // Saturday to Monday in the rightmost columns: the multi-day title that used to widen the page.
    { id: 'seed', title: SEED, start: '2026-12-19', end: '2026-12-21' },
    { id: 'abgesagt', title: 'Abgesagtes Treffen', start: '2026-12-10T09:00', status: 'cancelled' },
  ],
};

async function calendar(width: string, month = '2026-12', data: unknown = feed, attrs = '') {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}">
      <meeting-calendar
        .feed=${data}
        today="2026-11-23"
        month=${month}
        ?filters=${attrs === 'filters'}
      ></meeting-calendar>
    </div>`,
  );
  return ready(wrapper.querySelector('meeting-calendar')!);
}

/** Whether an element is rendered (not display: none, not inside something hidden). */
const shown = (node: Element | null) => !!node && node.getClientRects().length > 0;

const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** How many characters of an element's text lie inside the box of `clip` (i.e. are actually seen). */
function visibleChars(element: Element, clip: Element): number {
  const node = [...element.childNodes].find((x) => x.nodeType === Node.TEXT_NODE && x.textContent!.trim())!;
  const box = clip.getBoundingClientRect();
  const range = document.createRange();
  let n = 0;
  for (let i = 0; i < node.textContent!.length; i++) {
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    const r = range.getBoundingClientRect();
    if (r.width && r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.bottom <= box.bottom + 0.5)
      n++;
  }
  return n;
}

const chipOf = (el: MeetingCalendar, day: string) => $(el, `td[data-day="${day}"] [part~="chip"]`)!;

describe('polish: <meeting-calendar> chips and chrome', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('shows at least 15 characters of a title at 1280px, and the full title as tooltip and name', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await calendar('100%');
    const chip = chipOf(el, '2026-12-09');
    const seen = visibleChars(chip.querySelector('.what')!, chip);
    expect(seen, 'characters seen').to.be.at.least(15);
    expect(chip.title).to.equal(`10:00 ${LONG}`);
    expect(announced(chip)).to.equal(`button: 10:00 ${LONG}`);
    expect(chipOf(el, '2026-12-10').title).to.equal('09:00 Abgesagt: Abgesagtes Treffen');
    expect(chipOf(el, '2026-12-15').title).to.equal('Dreitägiger Workshop (Tag 2 von 3)');
  });

  it('switches to the list in a 640px column, where whole titles show', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await calendar('640px');
    await frame();
    expect(shown($(el, '[part="grid"]')), 'grid shown').to.equal(false);
    const button = $$(el, '[part="list"] [part~="event"]').find((b) => text(b).includes(LONG))!;
    const what = button.querySelector('.what')!;
    expect(visibleChars(what, button)).to.equal(LONG.length);
  });

  for (const width of [1280, 1024, 800]) {
    it(`never widens the host page at ${width}px (long multi-day title in the right-hand columns)`, async () => {
      await setViewport({ width, height: 800 });
      const el = await calendar('100%');
      await frame();
      expect(shown($(el, '[part="grid"]')), 'grid shown').to.equal(true);
      const root = document.scrollingElement!;
      expect(root.scrollWidth, 'page scroll width').to.be.at.most(root.clientWidth);
    });
  }

  it('draws a multi-day event as one bar per week row, titled once per row', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await calendar('100%');
    const days = ['14', '15', '16'].map((d) => chipOf(el, `2026-12-${d}`).getBoundingClientRect());
    for (let i = 1; i < days.length; i++) {
      expect(Math.abs(days[i]!.left - days[i - 1]!.right), 'gap between days').to.be.at.most(2);
      expect(Math.abs(days[i]!.top - days[i - 1]!.top), 'same line').to.be.at.most(1);
    }
    const color = (day: string) => getComputedStyle(chipOf(el, day)).color;
    expect(color('2026-12-14')).not.to.equal('rgba(0, 0, 0, 0)');
    expect(color('2026-12-15')).to.equal('rgba(0, 0, 0, 0)');
    // Saturday 19 to Monday 21: a new week row starts on Monday, so the title shows again there.
    expect(color('2026-12-20')).to.equal('rgba(0, 0, 0, 0)');
    expect(color('2026-12-21')).not.to.equal('rgba(0, 0, 0, 0)');
  });

  it('"Heute" goes back to the month of today', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await calendar('100%', '2027-03');
    expect(text($(el, '[part="heading"]'))).to.equal('März 2027');
    const button = $(el, '[part="today-button"]')!;
    expect(text(button)).to.equal('Heute');
    setTimeout(() => button.click());
    const { detail } = await oneEvent(el, 'month-change');
    expect(detail.month).to.equal('2026-11');
    await el.updateComplete;
    expect(text($(el, '[part="heading"]'))).to.equal('November 2026');
    expect($(el, 'td[tabindex="0"]')!.dataset.day).to.equal('2026-11-23');
  });

  it('marks the open day, mutes the numbers of adjacent months, keeps the grid in place when a month is empty', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await calendar('100%');
    const top = $(el, '[part="grid"]')!.getBoundingClientRect().top;
    chipOf(el, '2026-12-09').click();
    await el.updateComplete;
    const open = $(el, 'td[data-day="2026-12-09"]')!;
    expect(open.getAttribute('part')).to.equal('day open');
    expect(getComputedStyle(open).boxShadow).not.to.equal('none');
    const out = $$(el, 'td.out');
    expect(out.map(text).slice(0, 1)).to.deep.equal(['30']);
    const inMonth = getComputedStyle($(el, 'td[data-day="2026-12-01"] .num')!).color;
    expect(getComputedStyle(out[0]!.querySelector('.num')!).color).not.to.equal(inMonth);
    el.month = '2027-02';
    await el.updateComplete;
    expect(text($(el, '[part="note"]'))).to.equal('Keine Termine im Februar 2027.');
    expect($(el, '[part="grid"]')!.getBoundingClientRect().top).to.equal(top);
  });

  it('counts what the month shows beside the total of the filters', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await calendar('100%', '2026-12', calendarFeed, 'filters');
    expect(text($(el, '[part="filter-status"]'))).to.equal('10 Termine im Dezember, 11 insgesamt');
    el.month = '2027-02';
    await el.updateComplete;
    expect(text($(el, '[part="filter-status"]'))).to.equal('Keine Termine im Februar, 11 insgesamt');
  });

  it('tells a status by a sign, not only by colour or strike-through', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await calendar('100%');
    expect(getComputedStyle(chipOf(el, '2026-12-10'), '::before').content).to.include('✕');
    expect(getComputedStyle(chipOf(el, '2026-12-09'), '::before').content).to.equal('none');
  });
});
