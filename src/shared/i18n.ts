import type { Locale } from '../data/messages.js';

export type { Locale };

/** Texts of one element in both locales; the German ones are the reference. */
export type Strings<K extends string> = Record<Locale, Record<K, string>>;

/**
 * `locale` first (when it is a text), then the nearest `lang` attribute, also across shadow
 * roots (an element inside another component takes the `lang` around that component);
 * German unless that says English.
 */
export function resolveLocale(element: Element, explicit?: unknown): Locale {
  const value = (typeof explicit === 'string' && explicit) || nearestLang(element) || 'de';
  return value.toLowerCase().startsWith('en') ? 'en' : 'de';
}

/** The `lang` of the element or its nearest ancestor with one, walking up through shadow hosts. */
function nearestLang(element: Element): string | undefined {
  for (let el: Element | undefined = element; el;) {
    const lang = el.closest('[lang]')?.getAttribute('lang');
    if (lang) return lang;
    const root = el.getRootNode();
    el = root instanceof ShadowRoot ? root.host : undefined;
  }
  return undefined;
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
