import type { Strings } from './i18n.js';

/**
 * The texts of a split feed's archive part in a list or calendar (archive-controller.ts):
 * while it loads, and when it cannot be loaded. `{range}` is the part's years or dates.
 */
export const archiveStrings: Strings<'loading' | 'error'> = {
  de: {
    loading: 'Die Termine für {range} werden geladen …',
    error: 'Die Termine für {range} können gerade nicht geladen werden.',
  },
  en: {
    loading: 'Loading the events for {range} …',
    error: 'The events for {range} cannot be loaded right now.',
  },
};
