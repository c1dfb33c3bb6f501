import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/index.js';
import type { EventCard } from '../../../src/components/event-card/event-card.js';
import type { EventList } from '../../../src/components/event-list/event-list.js';
import type { MeetingCalendar } from '../../../src/components/meeting-calendar/meeting-calendar.js';

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const settled = async <T extends HTMLElement & { updateComplete: Promise<boolean> }>(el: T) => {
  await waitUntil(() => !el.shadowRoot!.querySelector('.loading'), 'still loading', { timeout: 10_000 });
  await el.updateComplete;
  return el;
};
const titles = (el: HTMLElement) =>
  [...el.shadowRoot!.querySelectorAll('[part="heading"]')].map((h) => squash(h.textContent));

/** Test data: a moved event, venues with stated (and unstated) accessibility. */
const FEED = {
  version: 1,
  events: [
    {
      id: 'moved',
      title: 'Netzwerktreffen Kiel',
      start: '2026-12-08T10:00',
      end: '2026-12-08T16:00',
      status: 'rescheduled',
      location: {
        name: 'Rathaus',
        city: 'Kiel',
        accessibility: {
          stepFree: true,
          accessibleToilet: true,
          hearingLoop: false,
          signLanguage: true,
          easyLanguage: true,
          parking: true,
          note: 'Aufzug über den Hof',
        },
      },
      changes: [
        {
          date: '2026-11-01T09:00:00+01:00',
          previousStart: '2019-09-24T10:00',
          previousLocation: { name: 'musiculum', city: 'Kiel' },
        },
        {
          date: '2026-12-02T09:00:00+01:00',
          note: 'Raum geändert.',
          previousLocation: { name: 'Kreishaus' },
        },
      ],
    },
    {
      id: 'loop',
      title: 'Fachtag mit Induktionsschleife',
      start: '2026-12-10',
      location: { name: 'Halle', city: 'Kiel', accessibility: { hearingLoop: true, stepFree: true } },
    },
    {
      id: 'unknown',
      title: 'Treffen ohne Angaben',
      start: '2026-12-11',
      location: { name: 'Saal', city: 'Kiel', accessibility: { note: 'Bitte vorher anrufen.' } },
    },
  ],
};

describe('Visible changes', () => {
  it('the full card says what was announced before, in words, every change newest first', async () => {
    const el = await settled(
      await fixture<EventCard>(html`<event-card .feed=${FEED} event-id="moved"></event-card>`),
    );
    const changes = [...el.shadowRoot!.querySelectorAll('[part="changes"] p')].map((p) =>
      squash(p.textContent),
    );
    expect(changes).to.deep.equal([
      'Geändert am 02.12.2026: vorher Kreishaus. Raum geändert.',
      'Geändert am 01.11.2026: vorher Dienstag, 24. September 2019, 10:00 Uhr, musiculum',
    ]);
    await expect(el).to.be.accessible();
    el.locale = 'en';
    await el.updateComplete;
    expect(squash(el.shadowRoot!.querySelector('[part="changes"] p:last-child')!.textContent)).to.equal(
      'Changed on 01/11/2026: previously Tuesday, 24 September 2019, 10:00, musiculum',
    );
  });

  it('the compact card and the list show the newest change', async () => {
    const card = await settled(
      await fixture<EventCard>(
        html`<event-card .feed=${FEED} event-id="moved" variant="compact"></event-card>`,
      ),
    );
    expect(
      [...card.shadowRoot!.querySelectorAll('[part="changes"] p')].map((p) => squash(p.textContent)),
    ).to.deep.equal(['Geändert am 02.12.2026: vorher Kreishaus. Raum geändert.']);
    const list = await settled(
      await fixture<EventList>(html`<event-list .feed=${FEED} today="2026-11-23"></event-list>`),
    );
    expect(squash(list.shadowRoot!.querySelector('[part="changes"]')!.textContent)).to.equal(
      'Geändert am 02.12.2026: vorher Kreishaus. Raum geändert.',
    );
    await expect(list).to.be.accessible();
  });
});

describe('Barrier-free venues', () => {
  it('lists the stated facts in words, a stated "no" as such, nothing for unstated ones', async () => {
    const el = await settled(
      await fixture<EventCard>(html`<event-card .feed=${FEED} event-id="moved"></event-card>`),
    );
    const items = [...el.shadowRoot!.querySelectorAll('[part="accessibility"] li')].map((li) =>
      squash(li.textContent),
    );
    expect(items).to.deep.equal([
      'Stufenloser Zugang',
      'Barrierefreies WC',
      'Keine Induktionsschleife',
      'Gebärdensprachdolmetschung',
      'Material in Leichter Sprache',
      'Behindertenparkplatz',
      'Aufzug über den Hof',
    ]);
    expect(
      squash(
        el.shadowRoot!.querySelector('[part="accessibility"]')!.closest('div')!.querySelector('dt')!
          .textContent,
      ),
    ).to.equal('Barrierefreiheit');
    const loop = await settled(
      await fixture<EventCard>(html`<event-card .feed=${FEED} event-id="loop" locale="en"></event-card>`),
    );
    expect(
      [...loop.shadowRoot!.querySelectorAll('[part="accessibility"] li')].map((li) => squash(li.textContent)),
    ).to.deep.equal(['Step-free access', 'Hearing loop']);
    const unknown = await settled(
      await fixture<EventCard>(html`<event-card .feed=${FEED} event-id="unknown"></event-card>`),
    );
    expect(
      [...unknown.shadowRoot!.querySelectorAll('[part="accessibility"] li')].map((li) =>
        squash(li.textContent),
      ),
    ).to.deep.equal(['Bitte vorher anrufen.']);
    await expect(el).to.be.accessible();
  });

  it('filters list and calendar by accessible (all features needed), and names the filter when empty', async () => {
    const list = await settled(
      await fixture<EventList>(
        html`<event-list .feed=${FEED} today="2026-11-23" accessible="step-free"></event-list>`,
      ),
    );
    expect(titles(list)).to.deep.equal(['Netzwerktreffen Kiel', 'Fachtag mit Induktionsschleife']);
    list.accessible = 'step-free hearing-loop';
    await list.updateComplete;
    expect(titles(list)).to.deep.equal(['Fachtag mit Induktionsschleife']);
    list.accessible = 'parking hearing-loop';
    await list.updateComplete;
    expect(squash(list.shadowRoot!.querySelector('[part="empty"]')!.textContent)).to.equal(
      'Keine kommenden Termine mit Behindertenparkplatz und Induktionsschleife.',
    );
    const calendar = await settled(
      await fixture<MeetingCalendar>(
        html`<meeting-calendar
          .feed=${FEED}
          month="2026-12"
          today="2026-11-23"
          accessible="hearing-loop"
        ></meeting-calendar>`,
      ),
    );
    const chips = [...calendar.shadowRoot!.querySelectorAll('.what')].map((w) => squash(w.textContent));
    expect(chips.length).to.be.greaterThan(0);
    expect(new Set(chips)).to.deep.equal(new Set(['Fachtag mit Induktionsschleife']));
  });

  it('offers the stated features in the visitor filter bar', async () => {
    const list = await settled(
      await fixture<EventList>(html`<event-list .feed=${FEED} today="2026-11-23" filters></event-list>`),
    );
    const select = list.shadowRoot!.querySelector<HTMLSelectElement>('#bn-filter-features')!;
    expect(squash(list.shadowRoot!.querySelector('label[for="bn-filter-features"]')!.textContent)).to.equal(
      'Barrierefreiheit',
    );
    expect([...select.options].map((o) => o.textContent)).to.deep.equal([
      'Alle Orte',
      'Stufenloser Zugang',
      'Barrierefreies WC',
      'Induktionsschleife',
      'Gebärdensprachdolmetschung',
      'Material in Leichter Sprache',
      'Behindertenparkplatz',
    ]);
    select.value = 'hearing-loop';
    select.dispatchEvent(new Event('change'));
    await list.updateComplete;
    expect(titles(list)).to.deep.equal(['Fachtag mit Induktionsschleife']);
    await expect(list).to.be.accessible();
    // A feed without such facts: no such field.
    const plain = await settled(
      await fixture<EventList>(
        html`<event-list
          .feed=${{ version: 1, events: [{ id: 'x', title: 'X', start: '2026-12-01', type: 'A' }] }}
          today="2026-11-23"
          filters
        ></event-list>`,
      ),
    );
    expect(plain.shadowRoot!.querySelector('#bn-filter-features')).to.equal(null);
  });
});
