import { waitUntil } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import type { MeetingCalendar } from '../../../src/components/meeting-calendar/meeting-calendar.js';

interface Axe {
  setup(node: Node): unknown;
  teardown(): void;
  commons: {
    text: { accessibleText(node: Element): string };
    aria: { getRole(node: Element): string | null };
  };
}
const axe = (window as unknown as { axe: Axe }).axe;

/**
 * What a screen reader announces for an element: its role and accessible name, as computed by
 * axe-core's implementation of the W3C accessible-name algorithm (through shadow roots).
 */
export function announced(node: Element | null): string {
  if (!node) return '(nothing)';
  axe.setup(document);
  try {
    return `${axe.commons.aria.getRole(node)}: ${axe.commons.text.accessibleText(node).replace(/\s+/g, ' ').trim()}`;
  } finally {
    axe.teardown();
  }
}

/** The element focused inside the calendar's shadow root. */
export const focused = (el: MeetingCalendar) => el.shadowRoot!.activeElement as HTMLElement | null;

export const $ = <T extends Element = HTMLElement>(el: MeetingCalendar, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: MeetingCalendar, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

export const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The text of the polite live region (the month heading and its event count). */
export const live = (el: MeetingCalendar) => text($(el, '[aria-live="polite"]'));

/** Waits until the feed is rendered (or an error/empty state shows). */
export const ready = async (el: MeetingCalendar) => {
  await waitUntil(() => el.shadowRoot?.querySelector('.cal, .state:not(.loading)'), 'calendar not rendered', {
    timeout: 10_000,
  });
  await el.updateComplete;
  return el;
};

/** The day cell of a 'YYYY-MM-DD' key. */
export const cell = (el: MeetingCalendar, day: string) => $(el, `td[data-day="${day}"]`);

/** The day cells in the tab order (must always be exactly one). */
export const tabStops = (el: MeetingCalendar) => $$(el, 'td[tabindex="0"]').map((td) => td.dataset.day);

/** A feed with the calendar's edge cases, in Berlin. */
export const calendarFeed = {
  version: 1,
  timeZone: 'Europe/Berlin',
  events: [
    {
      id: 'treffen',
      title: 'Netzwerktreffen Kiel',
      start: '2026-12-08T10:00',
      end: '2026-12-08T16:00',
      type: 'Netzwerktreffen',
      states: ['SH'],
    },
    {
      id: 'werkstatt',
      title: 'Werkstatt Monitoring',
      start: '2026-12-08T13:00',
      type: 'Fortbildung',
      states: ['MV'],
    },
    {
      id: 'workshop',
      title: 'Dreitägiger Workshop',
      start: '2026-12-14T10:00',
      end: '2026-12-16T14:00',
      type: 'Entwicklungsworkshop',
      states: ['BB'],
    },
    ...[1, 2, 3, 4, 5].map((n) => ({
      id: `termin-${n}`,
      title: `Termin ${n}`,
      start: `2026-12-17T${String(8 + n).padStart(2, '0')}:00`,
      type: 'Online-Sprechstunde',
      states: ['SH'],
    })),
    { id: 'wende', title: 'Über den Jahreswechsel', start: '2026-12-31', end: '2027-01-01', states: ['MV'] },
    { id: 'reflexion', title: 'Reflexionsworkshop', start: '2026-12', tentative: true, states: ['MV', 'SH'] },
    { id: 'heute', title: 'Abendtermin', start: '2026-11-23T18:00', status: 'cancelled', states: ['BB'] },
  ],
};
