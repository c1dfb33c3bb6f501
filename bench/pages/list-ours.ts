/**
 * Scenario 1, ours: first render of `<event-list>` (limit off) from a feed already fetched.
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
} from './common.ts';

const n = Number(params.get('n') ?? 100);
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
    const loaded = feedLoaded(el);
    el.feed = JSON.parse(text);
    document.body.append(el);
    await loaded;
    layout(el);
    performance.measure('first-chunk', { start: 'start' });
    if (cards(el) < n) {
      // Waits for the rest without polling: a MutationObserver sees each part come in.
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`only ${cards(el)} of ${n} events after 20 s`)),
          20_000,
        );
        const observer = new MutationObserver(() => {
          if (cards(el) < n) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve();
        });
        observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      });
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
