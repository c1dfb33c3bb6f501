/**
 * Scenario 2, ours: `<meeting-calendar>` with 5,000 events over 24 months (`?feed=` another feed).
 * - `first-render`: JSON.parse, validation, the first month grid, style and layout (with a long
 *   feed the element shows the month before every event is validated: its first look);
 * - `whole-feed`: the same until `feed-load`, every event validated and the month shown with
 *   the whole feed (it must show the same events as the first look);
 * - then 12 month changes forward (the "next month" button when there is one, else the
 *   `month` attribute), each from a quiet, painted state to the new month laid out;
 *   `window.monthChangeMedian` is their median.
 */
import { addMonths, formatMonthYear } from '../../src/data/dates.ts';
import {
  FIRST_MONTH,
  TODAY,
  deepText,
  feedLoaded,
  fetchText,
  frame,
  layout,
  markers,
  median,
  params,
  requireElement,
  scenario,
  whenShadowRoot,
} from './common.ts';

export const CHANGES = 12;
/** The feed (`?feed=`): 5,000 events over 24 months by default. */
const FEED = params.get('feed') ?? 'calendar-5000.json';
let text = '';

type Calendar = HTMLElement & { feed?: unknown; updateComplete: Promise<unknown> };

/** The calendar's "next month" control, found by its accessible name. */
function nextButton(el: Element): HTMLElement | undefined {
  const search = (root: ParentNode): HTMLElement | undefined => {
    for (const b of root.querySelectorAll<HTMLElement>('button, [role="button"]')) {
      const name = `${b.getAttribute('aria-label') ?? ''} ${b.textContent ?? ''}`;
      if (/nächste[rn]? monat|next month/i.test(name)) return b;
    }
    for (const host of root.querySelectorAll('*')) {
      const found = host.shadowRoot && search(host.shadowRoot);
      if (found) return found;
    }
    return undefined;
  };
  return el.shadowRoot ? search(el.shadowRoot) : undefined;
}

const monthTitle = (key: string) => formatMonthYear(Number(key.slice(0, 4)), Number(key.slice(5, 7)), 'de');

scenario(
  async () => {
    requireElement('meeting-calendar');
    text = await fetchText(FEED);
  },
  async () => {
    performance.mark('start');
    const el = document.createElement('meeting-calendar') as Calendar;
    el.setAttribute('today', TODAY);
    el.setAttribute('month', FIRST_MONTH);
    el.setAttribute('locale', 'de');
    const loaded = feedLoaded(el);
    el.feed = JSON.parse(text);
    document.body.append(el);
    // The month is on screen as soon as its title and events are: with a long feed, that is the
    // element's first look (src/data/first-look.ts), before `feed-load` (every event validated).
    const title = monthTitle(FIRST_MONTH);
    const shown = () => deepText(el).includes(title) && markers(el).length > 0;
    await Promise.race([loaded, whenShadowRoot(el, shown)]);
    layout(el);
    performance.measure('first-render', { start: 'start' });
    if (!deepText(el).includes(title)) throw new Error(`first month ${FIRST_MONTH} not shown`);
    let whole = false;
    void loaded.then(() => (whole = true));
    // The events shown once the view has settled (the element's first render has the grid and
    // the list until it knows its width): of the first look while the feed is validated, then
    // of the whole feed. They must be the same.
    const settled = async () => {
      await frame();
      await frame();
      return [...new Set(markers(el))].sort().join(' ');
    };
    const first = await settled();
    const firstWasLook = !whole;
    await loaded;
    await el.updateComplete;
    layout(el);
    performance.measure('whole-feed', { start: 'start' });
    const all = await settled();
    if (firstWasLook && first !== all)
      throw new Error(`first look differs from the whole feed: ${first} vs ${all}`);

    const changes: number[] = [];
    let via = 'month attribute';
    for (let i = 1; i <= CHANGES; i++) {
      const month = addMonths(FIRST_MONTH, i);
      await frame();
      await new Promise((r) => setTimeout(r, 0));
      const t0 = performance.now();
      const button = nextButton(el);
      if (button) {
        via = 'next-month button';
        button.click();
      } else {
        el.setAttribute('month', month);
      }
      await el.updateComplete;
      layout(el);
      changes.push(performance.now() - t0);
      if (!deepText(el).includes(monthTitle(month)))
        throw new Error(`month ${month} not shown after change ${i} (${via})`);
    }
    window.monthChangeMedian = median(changes);
    window.bench.values = { changes };
    window.bench.check = {
      firstMonthEvents: markers(el).length,
      via,
      lastMonth: addMonths(FIRST_MONTH, CHANGES),
    };
  },
);
