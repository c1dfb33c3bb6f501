import type { Strings } from '../../shared/i18n.js';

/** The texts of `<programme-overview>`; placeholders `{name}` are filled with `fill` (src/data/messages.ts). */
export const strings: Strings<
  | 'title'
  | 'when'
  | 'who'
  | 'where'
  | 'how'
  | 'partners'
  | 'initiative'
  | 'offices'
  | 'email'
  | 'phone'
  | 'more'
  | 'notFound'
  | 'empty'
> = {
  de: {
    title: 'Programm im Überblick',
    when: 'Wann?',
    who: 'Für wen?',
    where: 'Wo?',
    how: 'Wirkt wie?',
    partners: 'Partner',
    initiative: 'Teil der Initiative',
    offices: 'Regionalbüros',
    email: 'E-Mail',
    phone: 'Telefon',
    more: 'Zur Programmseite',
    notFound: 'Das Programm „{id}“ ist im Feed nicht enthalten.',
    empty: 'Der Feed enthält kein Programm.',
  },
  en: {
    title: 'Programme at a glance',
    when: 'When?',
    who: 'For whom?',
    where: 'Where?',
    how: 'How does it work?',
    partners: 'Partners',
    initiative: 'Part of the initiative',
    offices: 'Regional offices',
    email: 'Email',
    phone: 'Phone',
    more: 'Programme page',
    notFound: 'The programme “{id}” is not in the feed.',
    empty: 'The feed has no programme.',
  },
};
