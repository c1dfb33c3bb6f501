/**
 * The i18n helpers of the whole library (the data layer and the elements use the same ones),
 * and the locale types. Every text table writes its parameters as `{name}` and is filled with
 * {@link fill}; quotes, lists and plurals come from {@link quote}, {@link listOf} and
 * {@link plural} rather than being written by hand. No DOM here.
 */
export type Locale = 'de' | 'en';

export type Localized = Record<Locale, string>;

/** The Intl locale of a language: German as in Germany, English as in Britain (24-hour clock, day first). */
export const intlLocale = (locale: Locale): string => (locale === 'de' ? 'de-DE' : 'en-GB');

/** The values of a template's `{name}` placeholders. */
export type Params = Readonly<Record<string, string | number | undefined>>;

/**
 * A template with its `{name}` placeholders replaced by `params[name]` (a number as written by
 * `String`, a missing or undefined value as nothing). Values are inserted literally: `$&`,
 * `` $` `` or `$'` in a value (a feed's title may hold them) stay as they are, unlike with
 * `template.replace('{name}', value)`.
 *
 * fill('{n} Termine im {month}', { n: 3, month: 'Mai' }) → '3 Termine im Mai'
 */
export function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

const QUOTES: Record<Locale, [open: string, close: string]> = { de: ['„', '“'], en: ['“', '”'] };

/** A text in the locale's quotation marks: „Fachtagung“ / “Fachtagung”. */
export function quote(text: string, locale: Locale): string {
  const [open, close] = QUOTES[locale];
  return open + text + close;
}

/**
 * Items as one list in the locale's words (`Intl.ListFormat`): "A, B und C" / "A, B and C"
 * (`conjunction`, the default), "A, B oder C" / "A, B or C" (`disjunction`).
 */
export function listOf(
  items: readonly string[],
  locale: Locale,
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  return new Intl.ListFormat(intlLocale(locale), { type }).format(items);
}

/** The forms of a counted text: `one` and `other` as `Intl.PluralRules` tells them apart. */
export interface PluralForms {
  one: string;
  other: string;
  /** For exactly 0, when the text says "none" rather than "0 …" (German and English have no zero form). */
  zero?: string;
}

/**
 * The form of a counted text for `n` (`Intl.PluralRules`), filled with {@link fill}: `{n}` is
 * `n` as the locale writes numbers ("1.234" / "1,234"), other placeholders come from `params`.
 *
 * plural(3, 'de', { one: '{n} Termin', other: '{n} Termine' }) → '3 Termine'
 */
export function plural(n: number, locale: Locale, forms: PluralForms, params: Params = {}): string {
  const category = new Intl.PluralRules(intlLocale(locale)).select(n);
  const form =
    n === 0 && forms.zero !== undefined ? forms.zero : category === 'one' ? forms.one : forms.other;
  return fill(form, { ...params, n: n.toLocaleString(intlLocale(locale)) });
}
