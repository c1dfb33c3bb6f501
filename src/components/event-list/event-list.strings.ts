import type { Strings } from '../../shared/i18n.js';

/** The texts of `<event-list>`; placeholders `{name}` are filled with `fill` (src/data/messages.ts). */
export const strings: Strings<'more' | 'remaining' | 'archiveLoading' | 'archiveError'> = {
  de: {
    more: 'Weitere Termine anzeigen',
    remaining: '(noch {n})',
    archiveLoading: 'Die Termine für {range} werden geladen …',
    archiveError: 'Die Termine für {range} können gerade nicht geladen werden.',
  },
  en: {
    more: 'Show more events',
    remaining: '({n} more)',
    archiveLoading: 'Loading the events for {range} …',
    archiveError: 'The events for {range} cannot be loaded right now.',
  },
};
