import type { Locale, Strings } from '../../shared/i18n.js';

// The texts of `<event-card>`; placeholders `{name}` are filled with `fill` (src/data/messages.ts).

/** The compact card's texts (place, status names), which `<event-list>` and `<meeting-calendar>` show too. */
export const compactStrings: Strings<'tba' | 'online' | 'cancelled' | 'postponed' | 'rescheduled'> = {
  de: {
    tba: 'Ort wird noch bekanntgegeben',
    online: 'Online',
    cancelled: 'Abgesagt',
    postponed: 'Verschoben',
    rescheduled: 'Neuer Termin',
  },
  en: {
    tba: 'Venue to be announced',
    online: 'Online',
    cancelled: 'Cancelled',
    postponed: 'Postponed',
    rescheduled: 'Rescheduled',
  },
};

/** The card's texts; the compact card's (place, status) come first. */
const de = {
  ...compactStrings.de,
  notFound: 'Die Veranstaltung „{id}“ ist im Feed nicht enthalten.',
  noUpcoming: 'Derzeit sind keine Termine geplant.',
  invalid: 'Diese Veranstaltung kann nicht angezeigt werden: Titel oder Datum fehlen.',
  join: 'Online teilnehmen',
  type: 'Art',
  date: 'Datum',
  place: 'Ort',
  accessibility: 'Barrierefreiheit',
  network: 'Netzwerk',
  nth: '{n}. {type}',
  meeting: 'Treffen',
  audience: 'Für wen?',
  requirements: 'Teilnahmevoraussetzung',
  cost: 'Kosten',
  registration: 'Anmeldung',
  register: 'Zur Anmeldung',
  until: 'Anmeldeschluss: {date}',
  over: '(abgelaufen)',
  topics: 'Themen',
  states: 'Bundesländer',
  agenda: 'Ablauf',
  time: 'Uhrzeit',
  item: 'Programmpunkt',
  clock: ' Uhr',
  speakers: 'Referentinnen und Referenten',
  contact: 'Kontakt',
  email: 'E-Mail',
  phone: 'Telefon',
  downloads: 'Downloads',
  page: 'Zur Veranstaltungsseite',
  noCalendarMonth: 'Kein Kalendereintrag möglich: Bisher steht nur der Monat fest, nicht der genaue Tag.',
  noCalendarPostponed:
    'Kein Kalendereintrag möglich: Die Veranstaltung ist verschoben, der neue Termin steht noch nicht fest.',
};

/** The same texts in English: TypeScript checks that no key is missing. */
export const strings: Record<Locale, typeof de> = {
  de,
  en: {
    ...compactStrings.en,
    notFound: 'The event “{id}” is not in the feed.',
    noUpcoming: 'No events are planned at the moment.',
    invalid: 'This event cannot be shown: its title or date is missing.',
    join: 'Join online',
    type: 'Type',
    date: 'Date',
    place: 'Venue',
    accessibility: 'Accessibility',
    network: 'Network',
    nth: '{type} no. {n}',
    meeting: 'Meeting',
    audience: 'Who is it for?',
    requirements: 'Requirements',
    cost: 'Cost',
    registration: 'Registration',
    register: 'Register',
    until: 'Registration closes: {date}',
    over: '(closed)',
    topics: 'Topics',
    states: 'Federal states',
    agenda: 'Programme',
    time: 'Time',
    item: 'Item',
    clock: '',
    speakers: 'Speakers',
    contact: 'Contact',
    email: 'Email',
    phone: 'Phone',
    downloads: 'Downloads',
    page: 'Event page',
    noCalendarMonth: 'No calendar entry yet: only the month is known, not the exact day.',
    noCalendarPostponed: 'No calendar entry: the event is postponed and its new date is not known yet.',
  },
};
