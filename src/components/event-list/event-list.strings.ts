import type { Strings } from '../../shared/i18n.js';

/** The texts of `<event-list>`; placeholders `{name}` are filled with `fill` (src/data/messages.ts). */
export const strings: Strings<'more' | 'remaining'> = {
  de: {
    more: 'Weitere Termine anzeigen',
    remaining: '(noch {n})',
  },
  en: {
    more: 'Show more events',
    remaining: '({n} more)',
  },
};
