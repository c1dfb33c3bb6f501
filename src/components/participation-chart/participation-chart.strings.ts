import type { Strings } from '../../shared/i18n.js';

/** The texts of `<participation-chart>`; placeholders `{name}` are filled with `fill` (src/data/messages.ts). */
export const strings: Strings<
  | 'title'
  | 'titleNamed'
  | 'since'
  | 'municipalities'
  | 'people'
  | 'perMeeting'
  | 'count'
  | 'meeting'
  | 'meetings'
  | 'date'
  | 'columns'
  | 'bars'
  | 'summary'
  | 'latest'
  | 'show'
  | 'hide'
  | 'notFound'
  | 'noData'
  | 'empty'
> = {
  de: {
    title: 'Teilnahme am {name}',
    titleNamed: 'Teilnahme am Netzwerk „{name}“',
    since: ' seit {year}',
    municipalities: 'Kommunen',
    people: 'Personen',
    perMeeting: 'Teilnehmende {unit} je Treffen',
    count: 'Anzahl {unit}',
    meeting: 'Treffen',
    meetings: 'Netzwerktreffen',
    date: 'Datum',
    columns: 'Säulendiagramm',
    bars: 'Balkendiagramm',
    summary: '{kind} mit {n} Treffen: {min} bis {max} {unit}. Alle Werte stehen in der Tabelle.',
    latest: '(die letzten {shown} von {n} Treffen)',
    show: 'Tabelle anzeigen',
    hide: 'Tabelle ausblenden',
    notFound: 'Das Netzwerk „{id}“ ist im Feed nicht enthalten.',
    noData: 'Für das Netzwerk „{name}“ liegen keine Teilnahmezahlen vor.',
    empty: 'Der Feed enthält keine Teilnahmezahlen.',
  },
  en: {
    title: 'Participation in {name}',
    titleNamed: 'Participation in the network “{name}”',
    since: ' since {year}',
    municipalities: 'municipalities',
    people: 'people',
    perMeeting: 'Participating {unit} per meeting',
    count: 'Number of {unit}',
    meeting: 'Meeting',
    meetings: 'Network meetings',
    date: 'Date',
    columns: 'Column chart',
    bars: 'Bar chart',
    summary: '{kind} of {n} meetings: {min} to {max} {unit}. All values are in the table.',
    latest: '(the latest {shown} of {n} meetings)',
    show: 'Show table',
    hide: 'Hide table',
    notFound: 'The network “{id}” is not in the feed.',
    noData: 'There are no participation figures for the network “{name}”.',
    empty: 'The feed has no participation figures.',
  },
};
