import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import '../../../src/components/event-card/event-card.js';
import type { EventCard } from '../../../src/components/event-card/event-card.js';
import { $, $$, contrast, downloadIcs, sample, settled, textOf } from './helpers.js';

const feed = await sample();

async function show(id: string, extra: Partial<EventCard> = {}) {
  // Before every seed event: a past event offers no calendar entry.
  const el = await fixture<EventCard>(
    html`<event-card .feed=${feed} event-id=${id} today="2016-01-01"></event-card>`,
  );
  Object.assign(el, extra);
  await settled(el);
  await el.updateComplete;
  return el;
}

function vevent(text: string) {
  const component = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
  return { component, event: new ICAL.Event(component) };
}

describe('<event-card>: add to calendar', () => {
  it('downloads <id>.ics made in the browser; ical.js reads the same title, start, end and status', async () => {
    const el = await show('kiel-2019-09-24');
    const file = await downloadIcs(el);
    expect(file.name).to.equal('kiel-2019-09-24.ics');
    expect(file.href).to.match(/^blob:/);
    expect(file.type).to.equal('text/calendar;charset=utf-8');
    expect(file.inDocument, 'the temporary link is removed').to.equal(false);
    expect(file.text).to.match(/^BEGIN:VCALENDAR\r\n/);
    const { component, event } = vevent(file.text);
    expect(event.summary).to.equal(textOf($(el, '#title')));
    expect(event.startDate.toJSDate().toISOString()).to.equal('2019-09-24T08:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).to.equal('2019-09-24T14:00:00.000Z');
    expect(component.getFirstPropertyValue('status')).to.equal('CONFIRMED');
    expect(event.uid).to.equal('kiel-2019-09-24@www.transferagentur-nordost.example.org');
    expect(component.getFirstPropertyValue('dtstamp')).to.exist;
  });

  it('all-day events use VALUE=DATE with an exclusive end; cancelled ones say STATUS:CANCELLED', async () => {
    const allDay = await downloadIcs(await show('bildungsmonitoring-2021-06-eberswalde'));
    expect(allDay.text).to.contain('DTSTART;VALUE=DATE:20210614\r\n');
    const { event } = vevent(allDay.text);
    expect(event.startDate.isDate).to.equal(true);
    expect([event.startDate.toString(), event.endDate.toString()]).to.deep.equal([
      '2021-06-14',
      '2021-06-16',
    ]);
    const cancelled = await downloadIcs(await show('bundeskonferenz-2020-05-berlin'));
    const parsed = vevent(cancelled.text);
    expect(parsed.component.getFirstPropertyValue('status')).to.equal('CANCELLED');
    expect(parsed.event.summary).to.equal(
      'Bundeskonferenz der Transferinitiative Kommunales Bildungsmanagement',
    );
  });

  it('works with the keyboard alone: Tab to the button, Enter downloads', async () => {
    const wrapper = await fixture(
      html`<div>
        <button id="before">vorher</button
        ><event-card .feed=${feed} event-id="fachtagung-bildungslandschaften-2027-05-20"></event-card>
      </div>`,
    );
    const el = wrapper.querySelector('event-card')!;
    await settled(el);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    const button = $(el, 'button[part="calendar-button"]')!;
    const before = $$(el, 'a[href], button').indexOf(button);
    for (let i = 0; i <= before; i++) await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement === button, 'the button has the focus').to.equal(true);
    const file = await downloadIcs(el, () => sendKeys({ press: 'Enter' }));
    expect(file.text).to.contain('DTSTART;VALUE=DATE:20270520\r\nDTEND;VALUE=DATE:20270521\r\n');
  });
});

describe('<event-card>: keyboard', () => {
  it('reaches every link and the calendar button with Tab, in reading order, each with a visible focus ring', async () => {
    const wrapper = await fixture(
      html`<div>
        <button id="before">vorher</button
        ><event-card .feed=${feed} event-id="kiel-2019-09-24" today="2016-01-01"></event-card
        ><button id="after">nachher</button>
      </div>`,
    );
    const el = wrapper.querySelector('event-card')!;
    await settled(el);
    const expected = $$(el, 'a[href], button');
    expect(expected.length).to.equal(9);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    const reached: Element[] = [];
    for (let i = 0; i < expected.length; i++) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement!;
      reached.push(active);
      const style = getComputedStyle(active);
      expect(style.outlineStyle, textOf(active)).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    }
    expect(reached).to.deep.equal(expected);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('after');
  });
});

describe('<event-card structured-data>', () => {
  const script = (el: EventCard) =>
    el.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]');

  it('writes a schema.org Event into the light DOM with what Google requires, and removes it with the attribute', async () => {
    const el = await fixture<EventCard>(
      html`<event-card .feed=${feed} event-id="kiel-2019-09-24" structured-data></event-card>`,
    );
    await settled(el);
    await el.updateComplete;
    const data = JSON.parse(script(el)!.textContent!);
    expect(data['@context']).to.equal('https://schema.org');
    expect(data['@type']).to.equal('Event');
    expect(data.name).to.equal(
      'Treffen des Netzwerks der bildungsmanagementaktiven Kommunen in Schleswig-Holstein',
    );
    expect(data.startDate).to.equal('2019-09-24T10:00:00+02:00');
    expect(data.endDate).to.equal('2019-09-24T16:00:00+02:00');
    expect(data.location['@type']).to.equal('Place');
    expect(data.location.address['@type']).to.equal('PostalAddress');
    expect(data.location.address.addressLocality).to.equal('Kiel');
    expect(data.eventStatus).to.equal('https://schema.org/EventScheduled');
    expect(data.eventAttendanceMode).to.equal('https://schema.org/OfflineEventAttendanceMode');
    expect(data.organizer.name).to.equal('Transferagentur Nord-Ost');
    expect(data.description).to.be.a('string');
    expect(data.url).to.equal(
      'https://www.transferagentur-nordost.example.org/veranstaltungen/kiel-2019-09-24',
    );
    // Only one script, kept up to date.
    el.eventId = 'bildungsmonitoring-2020-06-online';
    await settled(el);
    await el.updateComplete;
    expect(el.querySelectorAll('script')).to.have.length(1);
    const online = JSON.parse(script(el)!.textContent!);
    expect(online.location).to.deep.equal({
      '@type': 'VirtualLocation',
      url: 'https://konferenz.transferagentur-nordost.example.org/raum/bildungsmonitoring',
    });
    el.removeAttribute('structured-data');
    await el.updateComplete;
    expect(script(el)).to.equal(null);
  });

  it('writes nothing for a month-only date, an unknown id, or without the attribute', async () => {
    const month = await fixture<EventCard>(
      html`<event-card .feed=${feed} event-id="dkbm-reflexion-2020-12" structured-data></event-card>`,
    );
    await settled(month);
    expect(script(month)).to.equal(null);
    const missing = await fixture<EventCard>(
      html`<event-card .feed=${feed} event-id="nix" structured-data></event-card>`,
    );
    await settled(missing);
    expect(script(missing)).to.equal(null);
    const plain = await show('kiel-2019-09-24');
    expect(script(plain)).to.equal(null);
  });

  it('works for an event set from JavaScript and in the compact variant', async () => {
    const event = feed.events!.find((e) => e.id === 'fachtagung-verstetigung-2022-09-20');
    const el = await fixture<EventCard>(
      html`<event-card variant="compact" .event=${event} structured-data></event-card>`,
    );
    await el.updateComplete;
    const data = JSON.parse(script(el)!.textContent!);
    expect(data.eventAttendanceMode).to.equal('https://schema.org/MixedEventAttendanceMode');
    expect(data.location.map((l: { '@type': string }) => l['@type'])).to.deep.equal([
      'Place',
      'VirtualLocation',
    ]);
    expect(data.organizer, 'no feed, no publisher').to.equal(undefined);
  });
});

describe('<event-card>: light and dark pages, narrow containers', () => {
  const DARK = 'rgb(18, 18, 18)';

  it('stays readable on a dark page: text, links, badge and button reach 4.5:1', async () => {
    const wrapper = await fixture(
      html`<div style="background: #121212; color: #eeeeee; padding: 8px">
        <event-card .feed=${feed} event-id="bundeskonferenz-2020-05-berlin"></event-card>
        <event-card .feed=${feed} event-id="kiel-2019-09-24" today="2016-01-01"></event-card>
      </div>`,
    );
    const [cancelled, kiel] = [...wrapper.querySelectorAll('event-card')];
    await settled(cancelled!);
    await settled(kiel!);
    const checks: [string, Element][] = [
      ...[cancelled!, kiel!].flatMap((el) =>
        $$(el, '#title, dt, dd, .summary, .description p, .muted, [part="calendar-note"], a, th, td').map(
          (node) => [textOf(node).slice(0, 30), node] as [string, Element],
        ),
      ),
    ];
    expect(checks.length).to.be.greaterThan(30);
    for (const [label, node] of checks) {
      expect(contrast(getComputedStyle(node).color, DARK), label).to.be.at.least(4.5);
    }
    const badge = $(cancelled!, '[part="status"]')!;
    expect(contrast(getComputedStyle(badge).color, getComputedStyle(badge).backgroundColor)).to.be.at.least(
      4.5,
    );
    const button = $(kiel!, 'button')!;
    expect(contrast(getComputedStyle(button).color, getComputedStyle(button).backgroundColor)).to.be.at.least(
      4.5,
    );
    await expect(kiel).to.be.accessible();
  });

  it('and on a light page', async () => {
    const wrapper = await fixture(
      html`<div style="background: #ffffff; color: #1a1a1a">
        <event-card .feed=${feed} event-id="kiel-2019-09-24"></event-card>
      </div>`,
    );
    const el = wrapper.querySelector('event-card')!;
    await settled(el);
    for (const node of $$(el, '#title, dt, dd, .muted, a, th, td'))
      expect(contrast(getComputedStyle(node).color, 'rgb(255, 255, 255)'), textOf(node)).to.be.at.least(4.5);
  });

  it('fits a 320 px wide screen without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await fixture<EventCard>(
        html`<event-card .feed=${feed} event-id="kiel-2019-09-24"></event-card>`,
      );
      await settled(el);
      const card = $(el, 'article')!;
      expect(card.scrollWidth).to.be.at.most(card.clientWidth);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
