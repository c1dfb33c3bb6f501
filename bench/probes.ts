/** The pages scenario 5 probes for heap and long tasks (bench/run.ts, bench/report.ts). */
import type { Tag } from './build.ts';

/** The pages probed for heap and long tasks: key, page, query. */
export const PROBES: { key: string; page: string; query: string; needs: Tag; label: string }[] = [
  {
    key: 'list-ours',
    page: 'list-ours',
    query: 'n=1000',
    needs: 'event-list',
    label: '`<event-list limit="1000">`, all 1,000 shown',
  },
  {
    key: 'list-ours-default',
    page: 'list-ours',
    query: 'n=1000&limit=20',
    needs: 'event-list',
    label: '`<event-list>`, 1,000 events, 20 shown (default)',
  },
  {
    key: 'calendar-ours-1000',
    page: 'calendar-ours',
    query: 'feed=list-1000.json',
    needs: 'meeting-calendar',
    label: '`<meeting-calendar>`, 1,000 events (+ 12 month changes)',
  },
  {
    key: 'calendar-ours-5000',
    page: 'calendar-ours',
    query: 'feed=calendar-5000.json',
    needs: 'meeting-calendar',
    label: '`<meeting-calendar>`, 5,000 events (+ 12 month changes)',
  },
];
