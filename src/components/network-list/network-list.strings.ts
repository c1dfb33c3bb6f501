import type { Strings } from '../../shared/i18n.js';

/**
 * The texts of `<network-list>` and `<network-card>` (both render a network with network.ts);
 * placeholders `{name}` are filled with `fill` (src/data/messages.ts).
 */
export const strings: Strings<
  | 'network'
  | 'kind'
  | 'states'
  | 'office'
  | 'cadence'
  | 'period'
  | 'audience'
  | 'requirements'
  | 'topics'
  | 'members'
  | 'memberCount'
  | 'memberHide'
  | 'noState'
  | 'next'
  | 'none'
  | 'more'
  | 'noNetworks'
  | 'noMatch'
  | 'state'
  | 'topic'
  | 'byOffice'
  | 'notFound'
  | 'quoted'
  | 'and'
> = {
  de: {
    network: 'Netzwerk',
    kind: 'Art',
    states: 'Bundesländer',
    office: 'Zuständig',
    cadence: 'Treffen',
    period: 'Laufzeit',
    audience: 'Für wen?',
    requirements: 'Teilnahmevoraussetzung',
    topics: 'Themen',
    members: 'Mitglieder',
    memberCount: '{n} Kommunen anzeigen',
    memberHide: '{n} Kommunen ausblenden',
    noState: 'Ohne Bundesland',
    next: 'Nächstes Treffen',
    none: 'Kein Termin geplant',
    more: 'Zur Netzwerkseite',
    noNetworks: 'Der Feed enthält keine Netzwerke.',
    noMatch: 'Keine Netzwerke für {filter}.',
    state: 'Bundesland',
    topic: 'Thema',
    byOffice: 'Regionalbüro',
    notFound: 'Das Netzwerk „{id}“ ist im Feed nicht enthalten.',
    quoted: '„{value}“',
    and: ' und ',
  },
  en: {
    network: 'Network',
    kind: 'Kind',
    states: 'States',
    office: 'Responsible office',
    cadence: 'Meetings',
    period: 'Period',
    audience: 'For whom?',
    requirements: 'Requirement',
    topics: 'Topics',
    members: 'Members',
    memberCount: 'Show {n} municipalities',
    memberHide: 'Hide {n} municipalities',
    noState: 'No state',
    next: 'Next meeting',
    none: 'No meeting planned',
    more: 'Network page',
    noNetworks: 'The feed has no networks.',
    noMatch: 'No networks for {filter}.',
    state: 'state',
    topic: 'topic',
    byOffice: 'office',
    notFound: 'The network “{id}” is not in the feed.',
    quoted: '“{value}”',
    and: ' and ',
  },
};
