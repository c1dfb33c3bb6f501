/**
 * Scenario 3, the peer: from navigation to FullCalendar showing the 1 MB feed's events.
 * Loaded with `defer` after FullCalendar's own bundles; fetches the feed, maps, renders.
 */
import type { Feed } from '../../src/data/types.ts';
import { FEEDS, FIRST_MONTH, layout, markers } from './common.ts';
import { renderFullCalendar } from './fullcalendar.ts';

(async () => {
  const feed = (await (await fetch(FEEDS + 'e2e-1mb.json')).json()) as Feed;
  const host = document.querySelector<HTMLElement>('#calendar')!;
  renderFullCalendar(host, feed, FIRST_MONTH);
  layout(host);
  performance.measure('e2e');
  window.bench.check = { shownEvents: markers(host).length };
  window.bench.done = true;
})().catch((error) => {
  window.bench.error = String(error);
  console.error(error);
});
