/**
 * Names of the elements for people who place them (German first): the WordPress block's
 * element choice and the Baukasten's. The attribute texts come from stories/docs/einbinden.ts.
 */
export const elementLabels: Record<string, { de: string; en: string }> = {
  'event-card': { de: 'Veranstaltung', en: 'Event' },
  'event-list': { de: 'Terminliste', en: 'Event list' },
  'meeting-calendar': { de: 'Terminkalender', en: 'Meeting calendar' },
  'network-card': { de: 'Netzwerk', en: 'Network' },
  'news-card': { de: 'Beitrag', en: 'News post' },
  'news-list': { de: 'Beitragsliste', en: 'News list' },
  'network-list': { de: 'Netzwerkliste', en: 'Network list' },
  'participation-chart': { de: 'Teilnahme-Diagramm', en: 'Participation chart' },
  'programme-overview': { de: 'Programm im Überblick', en: 'Programme overview' },
};
