/**
 * Texts of the data layer in both locales: whole-feed errors (shown to visitors and editors)
 * and item issues (console warnings, the `validate` command). No DOM here.
 */
export type Locale = 'de' | 'en';

export type Localized = Record<Locale, string>;

/** Replaces `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** The Intl locale of a language: German as in Germany, English as in Britain (24-hour clock, day first). */
export const intlLocale = (locale: Locale): string => (locale === 'de' ? 'de-DE' : 'en-GB');
