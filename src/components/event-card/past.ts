import { isUpcoming } from '../../data/dates.js';
import type { ParsedEvent } from '../../data/parse.js';

/**
 * Whether an event has ended at `now` (the same rule as `when="past"` of `<event-list>`): the
 * full card then says "Vergangene Veranstaltung" and offers neither registration nor a calendar
 * entry. Anything else that offers to attend an event (e.g. an add-to-calendar menu) asks this.
 */
export const isPastEvent = (event: ParsedEvent, now: number, timeZone: string): boolean =>
  !isUpcoming(event.startValue, event.endValue, now, timeZone);
