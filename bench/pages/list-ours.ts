/**
 * Scenario 1, ours: first render of `<event-list>` (limit off) from a feed already fetched.
 * Measured: JSON.parse of the text, the element's validation and render, style and layout,
 * until every event of the feed is in the (shadow) DOM. The element module is imported by the
 * generated entry (bench/tmp/entries/list-ours.js), not here.
 */
import { TODAY, feedLoaded, fetchText, layout, markers, params, requireElement, scenario } from './common.ts';

const n = Number(params.get('n') ?? 100);
let text = '';

scenario(
  async () => {
    requireElement('event-list');
    text = await fetchText(`list-${n}.json`);
  },
  async () => {
    performance.mark('start');
    const el = document.createElement('event-list') as HTMLElement & { feed?: unknown };
    el.setAttribute('today', TODAY);
    el.setAttribute('locale', 'de');
    const loaded = feedLoaded(el);
    el.feed = JSON.parse(text);
    document.body.append(el);
    await loaded;
    layout(el);
    let end = performance.now();
    // An element that renders in chunks: the render ends when the last event is in the DOM.
    let seen = markers(el);
    while (seen.length < n && performance.now() - end < 10_000) {
      await new Promise((r) => setTimeout(r, 0));
      layout(el);
      end = performance.now();
      seen = markers(el);
    }
    performance.measure('render', { start: 'start', end });
    window.bench.check = { events: seen.length, order: seen.join(' ') };
  },
);
