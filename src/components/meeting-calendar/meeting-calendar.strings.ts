import type { Strings } from '../../shared/i18n.js';

/** The texts of `<meeting-calendar>`; placeholders `{name}` are filled with `fill` (src/data/messages.ts). */
export const strings: Strings<
  | 'prev'
  | 'next'
  | 'during'
  | 'week'
  | 'weekShort'
  | 'none'
  | 'one'
  | 'many'
  | 'more'
  | 'today'
  | 'close'
  | 'emptyMonth'
  | 'emptyDay'
  | 'emptyFeed'
  | 'dayOf'
  | 'allDay'
  | 'tentative'
  | 'todayButton'
  | 'countNone'
  | 'countOne'
  | 'countMany'
> = {
  de: {
    prev: 'Vorheriger Monat',
    next: 'Nächster Monat',
    during: 'Im Laufe des Monats',
    week: 'Kalenderwoche',
    weekShort: 'KW',
    none: 'keine Termine',
    one: '1 Termin',
    many: '{n} Termine',
    more: 'weitere Termine',
    today: 'heute',
    close: 'Schließen',
    emptyMonth: 'Keine Termine im {month}',
    emptyDay: 'Keine Termine an diesem Tag.',
    emptyFeed: 'Derzeit sind keine Termine geplant.',
    dayOf: 'Tag {i} von {n}',
    allDay: 'ganztägig',
    tentative: 'voraussichtlich',
    todayButton: 'Heute',
    countNone: 'Keine Termine im {month}, {total} insgesamt',
    countOne: '1 Termin im {month}, {total} insgesamt',
    countMany: '{n} Termine im {month}, {total} insgesamt',
  },
  en: {
    prev: 'Previous month',
    next: 'Next month',
    during: 'During the month',
    week: 'Week',
    weekShort: 'Wk',
    none: 'no events',
    one: '1 event',
    many: '{n} events',
    more: 'more events',
    today: 'today',
    close: 'Close',
    emptyMonth: 'No events in {month}',
    emptyDay: 'No events on this day.',
    emptyFeed: 'No events are planned at the moment.',
    dayOf: 'day {i} of {n}',
    allDay: 'all day',
    tentative: 'expected',
    todayButton: 'Today',
    countNone: 'No events in {month}, {total} in all',
    countOne: '1 event in {month}, {total} in all',
    countMany: '{n} events in {month}, {total} in all',
  },
};
