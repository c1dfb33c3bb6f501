import type { Locale } from '../data/messages.js';

export type { Locale };

/** Texts of one element in both locales; the German ones are the reference. */
export type Strings<K extends string> = Record<Locale, Record<K, string>>;

/** `locale` attribute first, then the nearest `lang` attribute; German unless that says English. */
export function resolveLocale(element: Element, explicit?: string | null): Locale {
  const value =
    explicit || element.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'de';
  return value.toLowerCase().startsWith('en') ? 'en' : 'de';
}

/** Texts every element uses. */
export const common: Strings<'loading' | 'retry' | 'errorTitle'> = {
  de: {
    loading: 'Wird geladen …',
    retry: 'Erneut versuchen',
    errorTitle: 'Die Inhalte können gerade nicht angezeigt werden.',
  },
  en: {
    loading: 'Loading …',
    retry: 'Try again',
    errorTitle: 'The content cannot be shown right now.',
  },
};

/** Full German and English names of the federal states, for `states` codes. */
export const stateNames: Record<Locale, Record<string, string>> = {
  de: {
    BW: 'Baden-Württemberg',
    BY: 'Bayern',
    BE: 'Berlin',
    BB: 'Brandenburg',
    HB: 'Bremen',
    HH: 'Hamburg',
    HE: 'Hessen',
    MV: 'Mecklenburg-Vorpommern',
    NI: 'Niedersachsen',
    NW: 'Nordrhein-Westfalen',
    RP: 'Rheinland-Pfalz',
    SL: 'Saarland',
    SN: 'Sachsen',
    ST: 'Sachsen-Anhalt',
    SH: 'Schleswig-Holstein',
    TH: 'Thüringen',
  },
  en: {
    BW: 'Baden-Württemberg',
    BY: 'Bavaria',
    BE: 'Berlin',
    BB: 'Brandenburg',
    HB: 'Bremen',
    HH: 'Hamburg',
    HE: 'Hesse',
    MV: 'Mecklenburg-Western Pomerania',
    NI: 'Lower Saxony',
    NW: 'North Rhine-Westphalia',
    RP: 'Rhineland-Palatinate',
    SL: 'Saarland',
    SN: 'Saxony',
    ST: 'Saxony-Anhalt',
    SH: 'Schleswig-Holstein',
    TH: 'Thuringia',
  },
};

/** The full name of a state code, or the code itself when unknown. */
export const stateName = (code: string, locale: Locale): string => stateNames[locale][code] ?? code;
