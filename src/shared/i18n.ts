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

export { stateName, stateNames } from '../data/states.js';
