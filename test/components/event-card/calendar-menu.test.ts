import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import '../../../src/components/event-card/event-card.js';
import type { EventCard } from '../../../src/components/event-card/event-card.js';
import { PROVIDER_HOSTS } from '../../../src/data/calendar-links.js';
import { $, $$, downloadIcs, sample, settled, textOf } from './helpers.js';

const feed = await sample();
const ID = 'bildungsmanagement-sh-2026-12-08';

async function show(id = ID, today = '2026-11-23', locale = 'de') {
  const wrapper = await fixture(
    html`<div>
      <button id="before">vorher</button>
      <event-card .feed=${feed} event-id=${id} today=${today} locale=${locale}></event-card>
      <button id="after">nachher</button>
    </div>`,
  );
  const el = wrapper.querySelector('event-card')!;
  await settled(el);
  return { el, wrapper };
}

const button = (el: EventCard) => $<HTMLButtonElement>(el, '[part="calendar-button"]')!;
const items = (el: EventCard) => $$(el, '[role="menuitem"]');
const active = (el: EventCard) => el.shadowRoot!.activeElement;
const expanded = (el: EventCard) => button(el).getAttribute('aria-expanded');

async function key(el: EventCard, press: string) {
  await sendKeys({ press });
  await el.updateComplete;
}

/** Focus on the calendar button by Tab from the button before the card. */
async function tabToButton(el: EventCard, wrapper: Element) {
  wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
  const stops = $$(el, 'a[href], button').indexOf(button(el));
  for (let i = 0; i <= stops; i++) await sendKeys({ press: 'Tab' });
  expect(active(el), 'the calendar button has the focus').to.equal(button(el));
}

describe('<event-card>: "Zum Kalender hinzufügen" menu', () => {
  it('is a menu button with Apple, Google, Outlook.com, Microsoft 365 and the .ics download', async () => {
    const { el } = await show();
    const b = button(el);
    expect(textOf(b)).to.equal('Zum Kalender hinzufügen');
    expect(b.getAttribute('aria-haspopup')).to.equal('menu');
    expect(expanded(el)).to.equal('false');
    expect($(el, '[role="menu"]'), 'closed: no menu in the page').to.equal(null);
    b.click();
    await el.updateComplete;
    const menu = $(el, '[role="menu"]')!;
    expect(expanded(el)).to.equal('true');
    expect(b.getAttribute('aria-controls')).to.equal(menu.id);
    expect(menu.getAttribute('aria-labelledby')).to.equal(b.id);
    expect(menu.getAttribute('part')).to.equal('calendar-menu');
    expect(items(el).map(textOf)).to.deep.equal([
      'Apple Kalender (iPhone, Mac)',
      'Google Kalender (öffnet ein neues Fenster)',
      'Outlook.com (öffnet ein neues Fenster)',
      'Microsoft 365 (Outlook) (öffnet ein neues Fenster)',
      '.ics-Datei herunterladen',
    ]);
    const links = $$<HTMLAnchorElement>(el, 'a[role="menuitem"]');
    expect(links.map((a) => new URL(a.href).host)).to.deep.equal([...PROVIDER_HOSTS]);
    for (const a of links) {
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener');
    }
    const google = new URL(links[0]!.href).searchParams;
    expect(google.get('text')).to.equal(textOf($(el, '#title')));
    expect(google.get('dates')).to.equal('20261208T090000Z/20261208T150000Z');
    expect(items(el).every((item) => item.tabIndex === -1)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('keyboard: Enter opens on the first item, ↓/↑ wrap, Home/End, Escape closes and returns focus', async () => {
    const { el, wrapper } = await show();
    await tabToButton(el, wrapper);
    await key(el, 'Enter');
    await waitUntil(() => active(el) === items(el)[0], 'focus on the first item');
    expect(expanded(el)).to.equal('true');
    await key(el, 'ArrowDown');
    expect(active(el)).to.equal(items(el)[1]);
    await key(el, 'End');
    expect(active(el)).to.equal(items(el)[4]);
    await key(el, 'ArrowDown');
    expect(active(el), 'wraps to the first').to.equal(items(el)[0]);
    await key(el, 'ArrowUp');
    expect(active(el), 'wraps to the last').to.equal(items(el)[4]);
    await key(el, 'Home');
    expect(active(el)).to.equal(items(el)[0]);
    await key(el, 'Escape');
    expect(expanded(el)).to.equal('false');
    expect($(el, '[role="menu"]')).to.equal(null);
    expect(active(el), 'focus back on the button').to.equal(button(el));
  });

  it('keyboard: ↓ and Space open on the first item, ↑ on the last; Tab closes and moves on', async () => {
    const { el, wrapper } = await show();
    await tabToButton(el, wrapper);
    await key(el, 'ArrowDown');
    await waitUntil(() => active(el) === items(el)[0], '↓: the first item');
    await key(el, 'Escape');
    await key(el, 'ArrowUp');
    await waitUntil(() => active(el) === items(el)[4], '↑: the last item');
    await key(el, 'Escape');
    await key(el, 'Space');
    await waitUntil(() => active(el) === items(el)[0], 'Space: the first item');
    await key(el, 'Tab');
    expect(expanded(el)).to.equal('false');
    expect(active(el), 'on to the event page link').to.equal($(el, 'a[part="link"]'));
  });

  it('closes on a click outside, and stays open for a click inside', async () => {
    const { el, wrapper } = await show();
    button(el).click();
    await el.updateComplete;
    const menu = $(el, '[role="menu"]')!;
    const inside = menu.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(inside.left + 2), Math.round(inside.top + 2)] });
    await el.updateComplete;
    expect(expanded(el), 'the menu padding is inside').to.equal('true');
    const outside = wrapper.querySelector('#after')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(outside.left + 5), Math.round(outside.top + 5)] });
    await el.updateComplete;
    expect(expanded(el)).to.equal('false');
    expect($(el, '[role="menu"]')).to.equal(null);
  });

  it('Enter on ".ics-Datei herunterladen" downloads the file, closes the menu and returns focus', async () => {
    const { el, wrapper } = await show();
    await tabToButton(el, wrapper);
    const file = await downloadIcs(el, async () => {
      if (expanded(el) === 'true') {
        await key(el, 'End');
        expect(active(el)).to.equal($(el, '[data-ics="download"]'));
      }
      await key(el, 'Enter');
    });
    expect(file.name).to.equal(`${ID}.ics`);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(file.text)).getFirstSubcomponent('vevent')!);
    expect(event.startDate.toJSDate().toISOString()).to.equal('2026-12-08T09:00:00.000Z');
    await el.updateComplete;
    expect(expanded(el)).to.equal('false');
    expect(active(el)).to.equal(button(el));
  });

  it('requests nothing from any provider before a click', async () => {
    const seen: string[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.push(entry.name);
    });
    observer.observe({ type: 'resource', buffered: true });
    const { el } = await show();
    button(el).click();
    await el.updateComplete;
    for (const item of items(el)) item.focus();
    await sendMouse({ type: 'move', position: [10, 10] });
    await new Promise((resolve) => setTimeout(resolve, 300));
    observer.disconnect();
    const all = [...seen, ...performance.getEntriesByType('resource').map((entry) => entry.name)];
    expect(all.length, 'the observer sees the page’s own requests').to.be.greaterThan(0);
    const hosts = all.map((name) => new URL(name, location.href).host);
    for (const host of PROVIDER_HOSTS) expect(hosts).not.to.include(host);
    // No prefetch or preconnect hints either.
    expect(el.shadowRoot!.querySelector('link')).to.equal(null);
  });

  it('English', async () => {
    const { el } = await show(ID, '2026-11-23', 'en');
    expect(textOf(button(el))).to.equal('Add to calendar');
    button(el).click();
    await el.updateComplete;
    expect(items(el).map(textOf)[4]).to.equal('Download .ics file');
  });
});

describe('<event-card>: what is offered when', () => {
  it('a cancelled event: one button, "Absage in den Kalender übernehmen", whose file says STATUS:CANCELLED', async () => {
    const { el } = await show('bundeskonferenz-2020-05-berlin', '2020-05-01');
    expect(textOf(button(el))).to.equal('Absage in den Kalender übernehmen (.ics)');
    expect(button(el).hasAttribute('aria-haspopup')).to.equal(false);
    const file = await downloadIcs(el);
    const vevent = new ICAL.Component(ICAL.parse(file.text)).getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('status')).to.equal('CANCELLED');
    expect($(el, '[role="menu"]')).to.equal(null);
  });

  it('a past event: nothing; a month-only one: why ("Der genaue Tag steht noch nicht fest")', async () => {
    const past = await show('kiel-2019-09-24', '2026-11-23');
    expect($(past.el, '[part="calendar-button"]')).to.equal(null);
    expect($(past.el, '[part="calendar-note"]')).to.equal(null);
    const month = await show('entwicklungsworkshop-digitalisierung-2027-06', '2026-11-23');
    expect($(month.el, '[part="calendar-button"]')).to.equal(null);
    expect(textOf($(month.el, '[part="calendar-note"]'))).to.equal(
      'Kein Kalendereintrag möglich: Bisher steht nur der Monat fest, nicht der genaue Tag.',
    );
  });
});

describe('<event-card> on an iPhone (user agent emulated)', () => {
  before(() =>
    executeServerCommand('emulate', {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    }),
  );
  after(() => executeServerCommand('emulate', {}));

  it('Apple Kalender opens the .ics as a data:text/calendar page (the calendar sheet); the download item still downloads', async () => {
    expect(navigator.userAgent).to.contain('iPhone');
    const { el } = await show();
    const apple = await downloadIcs(el, undefined, 'open');
    expect(apple.href).to.match(/^data:text\/calendar;charset=utf-8,BEGIN%3AVCALENDAR/);
    expect(apple.name, 'no download attribute: Safari shows the calendar sheet').to.equal('');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(apple.text)).getFirstSubcomponent('vevent')!);
    expect(event.summary).to.equal(textOf($(el, '#title')));
    const file = await downloadIcs(el);
    expect(file.href).to.match(/^blob:/);
    expect(file.name).to.equal(`${ID}.ics`);
  });
});

describe('<event-card> in Instagram’s in-app browser (user agent emulated)', () => {
  before(() =>
    executeServerCommand('emulate', {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 337.0.3.23.54 (iPhone14,5; iOS 17_5; de_DE; de; scale=3.00; 1170x2532; 618329245)',
    }),
  );
  after(() => executeServerCommand('emulate', {}));

  it('no dead .ics items: a hint to open the page in a browser and its link to copy; the provider links stay', async () => {
    expect(navigator.userAgent).to.contain('Instagram');
    const { el } = await show();
    const hint = $(el, '[part="calendar-hint"]')!;
    expect(textOf(hint)).to.contain('Diese App kann keine Kalenderdateien öffnen');
    const field = hint.querySelector('input')!;
    expect(field.readOnly).to.equal(true);
    expect(field.value).to.equal(document.URL);
    expect(field.getAttribute('aria-label')).to.equal('Link zu dieser Seite');
    button(el).click();
    await el.updateComplete;
    expect(items(el).map(textOf)).to.deep.equal([
      'Google Kalender (öffnet ein neues Fenster)',
      'Outlook.com (öffnet ein neues Fenster)',
      'Microsoft 365 (Outlook) (öffnet ein neues Fenster)',
    ]);
    expect($(el, '[data-ics]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
