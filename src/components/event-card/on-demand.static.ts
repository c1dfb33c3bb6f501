/**
 * `on-demand.ts` for the script bundle (one self-contained file): the same functions, the code
 * imported statically. vite.config.ts puts this module in its place for the script build only.
 */
import { eventToIcs, icsFileName } from '../../data/ics.js';
import { eventJsonLd, jsonLdText } from '../../data/structured-data.js';
import type * as onDemand from './on-demand.js';

export const loadIcs: typeof onDemand.loadIcs = async () => ({ eventToIcs, icsFileName });
export const loadStructuredData: typeof onDemand.loadStructuredData = async () => ({
  eventJsonLd,
  jsonLdText,
});
