/**
 * What the card needs only on demand, loaded on first use: the iCalendar code when a visitor
 * presses "add to calendar", the JSON-LD code for a card with `structured-data`. Most visitors
 * never run either, so in the ESM build each is a chunk of its own, fetched when first needed.
 *
 * The script bundle is one file anyway: its build swaps this module for `on-demand.static.ts`,
 * which imports the same code statically (an `import()` inlined into an IIFE would wrap the
 * whole data layer in lazy-init helpers, about 0.5 kB gzip for nothing). See vite.config.ts.
 */

type Ics = typeof import('../../data/ics.js');
type StructuredData = typeof import('../../data/structured-data.js');

/** The iCalendar code: `eventToIcs` and `icsFileName`. */
export const loadIcs = (): Promise<Pick<Ics, 'eventToIcs' | 'icsFileName'>> => import('../../data/ics.js');

/** The JSON-LD code: `eventJsonLd` and `jsonLdText`. */
export const loadStructuredData = (): Promise<Pick<StructuredData, 'eventJsonLd' | 'jsonLdText'>> =>
  import('../../data/structured-data.js');
