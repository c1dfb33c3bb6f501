import type { FilterKey } from '../data/filter.js';
import type { Locale } from './i18n.js';

/** The texts of the filter bar (filter-bar.ts). */
/** Per field: its label and its "all" option. */
export const strings: Record<
  Locale,
  Record<FilterKey, [string, string]> & { legend: string; reset: string }
> = {
  de: {
    legend: 'Termine filtern',
    types: ['Art', 'Alle Arten'],
    topics: ['Thema', 'Alle Themen'],
    states: ['Bundesland', 'Alle Bundesländer'],
    networks: ['Netzwerk', 'Alle Netzwerke'],
    features: ['Barrierefreiheit', 'Alle Orte'],
    reset: 'Filter zurücksetzen',
  },
  en: {
    legend: 'Filter events',
    types: ['Type', 'All types'],
    topics: ['Topic', 'All topics'],
    states: ['State', 'All states'],
    networks: ['Network', 'All networks'],
    features: ['Accessibility', 'All venues'],
    reset: 'Reset filters',
  },
};
