/**
 * The one-file script's `lazy.ts`: the same functions over the writers bundled in (vite.config.ts
 * puts this module in place of lazy.ts for that build). A file without chunks gains nothing from
 * `import()`, and the bundler's wrappers for lazily evaluated modules and namespace objects would
 * cost half a kilobyte. The objects list every export, so TypeScript fails when one is missing.
 */
import type * as ArchivedEvent from '../components/event-card/archived-event.js';
import { findInParts } from '../components/event-card/archived-event.js';
import type * as CalendarMenuItems from '../components/event-card/calendar-menu-items.js';
import { inAppHint, menuItems } from '../components/event-card/calendar-menu-items.js';
import type * as IcsWriter from '../data/ics.js';
import {
  calendarText,
  escapeText,
  eventLines,
  eventToIcs,
  foldLine,
  hasCalendarDate,
  icsFileName,
  veventText,
} from '../data/ics.js';
import type * as JsonLdWriter from '../data/structured-data.js';
import { amenityFeatures, eventJsonLd, jsonLdText, previousStartDate } from '../data/structured-data.js';

export const loadIcsWriter = (): Promise<typeof IcsWriter> =>
  Promise.resolve({
    calendarText,
    escapeText,
    eventLines,
    eventToIcs,
    foldLine,
    hasCalendarDate,
    icsFileName,
    veventText,
  });

export const loadJsonLdWriter = (): Promise<typeof JsonLdWriter> =>
  Promise.resolve({ amenityFeatures, eventJsonLd, jsonLdText, previousStartDate });

export const loadCalendarMenuItems = (): Promise<typeof CalendarMenuItems> =>
  Promise.resolve({ inAppHint, menuItems });

export const loadArchivedEvent = (): Promise<typeof ArchivedEvent> => Promise.resolve({ findInParts });
