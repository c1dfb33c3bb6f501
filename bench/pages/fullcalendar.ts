/**
 * The peer: FullCalendar 6 dayGrid from its published global bundles
 * (`@fullcalendar/core/index.global.min.js`, `@fullcalendar/daygrid/index.global.min.js`,
 * `@fullcalendar/core/locales/de.global.min.js`), loaded by the page's script tags. This
 * module maps our feed to FullCalendar events the way an integrator would.
 */
import type { Feed, FeedEvent } from '../../src/data/types.ts';

interface FcCalendar {
  render(): void;
  next(): void;
  getDate(): Date;
}
interface FcGlobal {
  Calendar: new (el: HTMLElement, options: Record<string, unknown>) => FcCalendar;
}

export function fullCalendar(): FcGlobal {
  const fc = (window as unknown as { FullCalendar?: FcGlobal }).FullCalendar;
  if (!fc) throw new Error('FullCalendar global bundle not loaded');
  return fc;
}

/** One feed event as a FullCalendar event (FullCalendar's all-day `end` is exclusive). */
function toFc(e: FeedEvent) {
  const allDay = !e.start.includes('T');
  let start = e.start;
  let end = e.end;
  if (start.length === 7) start += '-01'; // month only: on the 1st
  if (end && !end.includes('T')) {
    const [y, m, d] = end.split('-').map(Number) as [number, number, number];
    const t = new Date(Date.UTC(y, m - 1, (d || 1) + 1));
    end = t.toISOString().slice(0, 10);
  }
  return { id: e.id, title: e.title, start, end, allDay };
}

/** A month grid of the feed's events, rendered. */
export function renderFullCalendar(host: HTMLElement, feed: Feed, month: string): FcCalendar {
  const calendar = new (fullCalendar().Calendar)(host, {
    initialView: 'dayGridMonth',
    initialDate: `${month}-01`,
    locale: 'de',
    // The "+N more" of a full day, like ours; without it every event of a day is drawn.
    dayMaxEvents: true,
    events: (feed.events ?? []).map(toFc),
  });
  calendar.render();
  return calendar;
}
