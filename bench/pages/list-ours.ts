/**
 * Scenario 1, ours: first render of `<event-list>` from a feed already fetched, showing
 * `?limit=` events (default: all `n`, with `limit="n"`; `<event-list>` without `limit` shows 20
 * and "Weitere Termine anzeigen", which `?limit=20` measures against a baseline doing the same).
 * Measured: JSON.parse of the text, the element's validation and render, style and layout,
 * until every event of the feed is in the DOM (`render`; the list fills in over several tasks,
 * so this ends when the last one is in). `first-chunk` ends at `feed-load`, the first part
 * shown. The element module is imported by the generated entry (bench/tmp/entries/), not here.
 */
import {
  TODAY,
  feedLoaded,
  fetchText,
  layout,
  markers,
  params,
  requireElement,
  scenario,
  shape,
  sheetText,
  whenShadowRoot,
} from './common.ts';

const n = Number(params.get('n') ?? 100);
/** How many cards the list shows: all by default. */
const limit = Number(params.get('limit') ?? n);
const shown = Math.min(n, limit);
let text = '';

/** Cards in the element's shadow root (`part="card"`, the documented part). */
const cards = (el: Element) => el.shadowRoot?.querySelectorAll('[part~="card"]').length ?? 0;

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
    // `limit` only when it is not the element's own default of 20 (then the attribute is left off).
    if (limit !== 20) el.setAttribute('limit', String(limit));
    const loaded = feedLoaded(el);
    el.feed = JSON.parse(text);
    document.body.append(el);
    await loaded;
    layout(el);
    performance.measure('first-chunk', { start: 'start' });
    if (cards(el) < shown) {
      // Waits for the rest: each part that comes in is a change in the shadow root.
      await whenShadowRoot(
        el,
        () => cards(el) >= shown,
        () => `only ${cards(el)} of ${shown} events after 20 s`,
      );
      layout(el);
    }
    performance.measure('render', { start: 'start' });
    const seen = markers(el);
    window.bench.check = {
      events: seen.length,
      order: seen.join(' '),
      shape: shape(el.shadowRoot!),
      css: sheetText(el.shadowRoot!),
    };
  },
);
