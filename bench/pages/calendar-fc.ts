/**
 * Scenario 2, the peer: FullCalendar dayGrid on the same 5,000 events, measured the same way
 * as calendar-ours.ts (`first-render`, 12 × `calendar.next()`).
 */
import { addMonths, formatMonthYear } from '../../src/data/dates.ts';
import type { Feed } from '../../src/data/types.ts';
import { FIRST_MONTH, deepText, fetchText, frame, layout, markers, median, scenario } from './common.ts';
import { fullCalendar, renderFullCalendar } from './fullcalendar.ts';

const CHANGES = 12;
let text = '';
const monthTitle = (key: string) => formatMonthYear(Number(key.slice(0, 4)), Number(key.slice(5, 7)), 'de');

scenario(
  async () => {
    fullCalendar();
    text = await fetchText('calendar-5000.json');
  },
  async () => {
    performance.mark('start');
    const host = document.createElement('div');
    document.body.append(host);
    const calendar = renderFullCalendar(host, JSON.parse(text) as Feed, FIRST_MONTH);
    layout(host);
    performance.measure('first-render', { start: 'start' });
    if (!deepText(host).includes(monthTitle(FIRST_MONTH)))
      throw new Error(`first month ${FIRST_MONTH} not shown`);

    const changes: number[] = [];
    for (let i = 1; i <= CHANGES; i++) {
      const month = addMonths(FIRST_MONTH, i);
      await frame();
      await new Promise((r) => setTimeout(r, 0));
      const t0 = performance.now();
      calendar.next();
      layout(host);
      changes.push(performance.now() - t0);
      if (!deepText(host).includes(monthTitle(month)))
        throw new Error(`month ${month} not shown after change ${i}`);
    }
    window.monthChangeMedian = median(changes);
    window.bench.values = { changes };
    window.bench.check = {
      firstMonthEvents: markers(host).length,
      via: 'calendar.next()',
      lastMonth: addMonths(FIRST_MONTH, CHANGES),
    };
  },
);
