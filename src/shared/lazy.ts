/**
 * Code that only some visitors need, loaded when they need it: the calendar menu's contents on
 * its first open, the `.ics` writer on the first download, the JSON-LD writer only for
 * `structured-data`, the archive parts' reader for a card whose event is in one. In the autoloader and the
 * ESM build each is a chunk of its own, fetched on first use; the one-file script has it inside.
 *
 * A failed load is not kept: the next call tries again (the visitor clicks once more).
 */
import type * as ArchivedEvent from '../components/event-card/archived-event.js';
import type * as CalendarMenuItems from '../components/event-card/calendar-menu-items.js';
import type * as IcsWriter from '../data/ics.js';
import type * as JsonLdWriter from '../data/structured-data.js';

/** Memoizes a dynamic import, forgetting it when it fails. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

/** The iCalendar writer (src/data/ics.ts). */
export const loadIcsWriter: () => Promise<typeof IcsWriter> = once(() => import('../data/ics.js'));

/** The schema.org JSON-LD writer (src/data/structured-data.ts). */
export const loadJsonLdWriter: () => Promise<typeof JsonLdWriter> = once(
  () => import('../data/structured-data.js'),
);

/** What the card's "add to calendar" menu holds (src/components/event-card/calendar-menu-items.ts). */
export const loadCalendarMenuItems: () => Promise<typeof CalendarMenuItems> = once(
  () => import('../components/event-card/calendar-menu-items.js'),
);

/** The search of a split feed's archive parts for a card's event (src/components/event-card/archived-event.ts). */
export const loadArchivedEvent: () => Promise<typeof ArchivedEvent> = once(
  () => import('../components/event-card/archived-event.js'),
);
