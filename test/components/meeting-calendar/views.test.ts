import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/components/meeting-calendar/meeting-calendar.js';
import type { MeetingCalendar } from '../../../src/components/meeting-calendar/meeting-calendar.js';
import { $, $$, announced, calendarFeed, cell, focused, ready, text } from './helpers.js';

/** Whether an element is rendered (not display: none, not inside something hidden). */
const shown = (node: Element | null) => !!node && (node as HTMLElement).getClientRects().length > 0;

/** A calendar in a container of the given width (CSS px). */
async function inColumn(width: string, attrs: { view?: string; locale?: string } = {}) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}">
      <meeting-calendar
        .feed=${calendarFeed}
        today="2026-11-23"
        month="2026-12"
        view=${attrs.view ?? 'month'}
        locale=${attrs.locale ?? 'de'}
      ></meeting-calendar>
    </div>`,
  );
  return ready(wrapper.querySelector('meeting-calendar')!);
}

/** Nothing sticks out sideways: no horizontal scrolling at this width. */
function fits(el: MeetingCalendar) {
  const box = el.getBoundingClientRect();
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    if (!shown(node) || node.closest('.visually-hidden')) continue;
    const r = node.getBoundingClientRect();
    expect(r.right, `${node.localName}.${node.className} overflows`).to.be.at.most(box.right + 0.5);
  }
}

describe('<meeting-calendar> views', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('shows the grid in a wide column', async () => {
    const el = await inColumn('60rem');
    expect(shown($(el, '[part="grid"]'))).to.be.true;
    expect(shown($(el, '[part="list"]'))).to.be.false;
    fits(el);
    await expect(el).to.be.accessible();
  });

  it('switches to the list in a 320px column, whatever the window width', async () => {
    await setViewport({ width: 1200, height: 800 });
    const el = await inColumn('320px');
    expect(shown($(el, '[part="grid"]'))).to.be.false;
    expect(shown($(el, '[part="list"]'))).to.be.true;
    expect(shown($(el, '[part="month-only"]'))).to.be.true;
    fits(el);
    await expect(el).to.be.accessible();
  });

  it('follows its column when the column is resized, keeping the month', async () => {
    const el = await inColumn('60rem');
    const column = el.parentElement!;
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    $$(el, '[part="nav"]')[1]!.click();
    column.style.width = '320px';
    await frame();
    await el.updateComplete;
    expect(shown($(el, '[part="grid"]'))).to.be.false;
    expect(shown($(el, '[part="list"]'))).to.be.true;
    expect(text($(el, '[part="heading"]'))).to.equal('Januar 2027');
    column.style.width = '48rem';
    await frame();
    await el.updateComplete;
    expect(shown($(el, '[part="grid"]'))).to.be.true;
    expect(shown($(el, '[part="list"]'))).to.be.false;
    column.style.width = 'calc(48rem - 1px)';
    await frame();
    await el.updateComplete;
    expect(shown($(el, '[part="list"]'))).to.be.true;
    // Moved to a wide column elsewhere in the page, it follows that column.
    const wide = document.createElement('div');
    wide.style.width = '60rem';
    document.body.append(wide);
    wide.append(el);
    await frame();
    await el.updateComplete;
    expect(shown($(el, '[part="grid"]'))).to.be.true;
    wide.remove();
  });

  it('works in a 320px window (setViewport)', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await ready(
      await fixture<MeetingCalendar>(
        html`<meeting-calendar .feed=${calendarFeed} today="2026-11-23" month="2026-12"></meeting-calendar>`,
      ),
    );
    expect(shown($(el, '[part="list"]'))).to.be.true;
    expect(shown($(el, '[part="grid"]'))).to.be.false;
    fits(el);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    // The month buttons still work at this width.
    $$(el, '[part="nav"]')[1]!.click();
    await el.updateComplete;
    expect(text($(el, '[part="heading"]'))).to.equal('Januar 2027');
    await expect(el).to.be.accessible();
  });

  it('view="list" lists the month’s days with headings, usable with Tab, Enter and Escape', async () => {
    const el = await inColumn('60rem', { view: 'list' });
    expect($(el, '[part="grid"]')).to.equal(null);
    const headings = $$(el, '[part="list"] [part="day-heading"]').map(text);
    expect(headings).to.deep.equal([
      'Dienstag, 8. Dezember 2026',
      'Montag, 14. Dezember 2026',
      'Dienstag, 15. Dezember 2026',
      'Mittwoch, 16. Dezember 2026',
      'Donnerstag, 17. Dezember 2026',
      'Donnerstag, 31. Dezember 2026',
    ]);
    expect($(el, '[part="list"] [part="day-heading"]')!.localName).to.equal('h4');
    // The keyboard: Tab through the month buttons, "Heute" and the month-only row into the list.
    $$(el, '[part="nav"]')[1]!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(announced(focused(el))).to.equal('button: 10:00–16:00 Netzwerktreffen Kiel');
    const selected = oneEvent(el, 'event-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.event.id).to.equal('treffen');
    await el.updateComplete;
    expect(focused(el)!.getAttribute('aria-expanded')).to.equal('true');
    const card = $(el, `#${focused(el)!.getAttribute('aria-controls')} event-card`)!;
    expect(card.getAttribute('heading-level')).to.equal('5');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(announced(focused(el))).to.equal('button: 10:00–16:00 Netzwerktreffen Kiel');
    expect(focused(el)!.getAttribute('aria-expanded')).to.equal('false');
    // Multi-day events show on each day with their position.
    expect($$(el, '[part="list"] [part~="event"]').map((b) => text(b))).to.include.members([
      'Tag 1 von 3 · 10:00 Dreitägiger Workshop',
      'Tag 2 von 3 Dreitägiger Workshop',
      'Tag 3 von 3 Dreitägiger Workshop',
    ]);
  });

  it('the list says when a month has no events', async () => {
    const el = await inColumn('320px');
    $$(el, '[part="nav"]')[1]!.click();
    $$(el, '[part="nav"]')[1]!.click();
    await el.updateComplete;
    expect(text($(el, '[part="heading"]'))).to.equal('Februar 2027');
    expect(text($(el, '[part="note"]'))).to.equal('Keine Termine im Februar 2027.');
    expect($$(el, '[part="list"] li')).to.have.length(0);
  });

  it('is accessible with a day and a card open, in German and English', async () => {
    for (const locale of ['de', 'en']) {
      const el = await inColumn('60rem', { locale });
      cell(el, '2026-12-08')!.focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($(el, '[part="panel"] event-card'), locale).to.exist;
      $(el, '[part="month-only"] [part~="event"]')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    }
  });

  it('puts the today marker in the list too', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px">
        <meeting-calendar .feed=${calendarFeed} today="2026-11-23" locale="en"></meeting-calendar>
      </div>`,
    );
    const el = await ready(wrapper.querySelector('meeting-calendar')!);
    expect($$(el, '[part="list"] [part="day-heading"]').map(text)).to.deep.equal([
      'Monday, 23 November 2026 (today)',
    ]);
    expect(text($(el, '[part="list"] [part~="event"]'))).to.equal('Cancelled · 18:00 Abendtermin');
  });
});
