/**
 * Sentences for feed issues in German and English: the publisher's feed check
 * (`bildungsnetz-widgets validate`) prints them. Kept apart from the parser so that the
 * browser bundle, which only names an issue's path, id and code in the console, does not
 * carry them.
 */
import { fill, type Locale, type Localized } from './messages.js';
import type { FeedIssue, IssueCode } from './parse.js';

const issueTexts: Record<IssueCode, Localized> = {
  'item-invalid': {
    de: '{path}: Eintrag {id} wurde ausgelassen, weil das Pflichtfeld „{field}“ fehlt oder ungültig ist.',
    en: '{path}: item {id} was left out because the required field "{field}" is missing or invalid.',
  },
  'duplicate-id': {
    de: '{path}: Eintrag {id} wurde ausgelassen, weil ein früherer Eintrag dieselbe ID hat.',
    en: '{path}: item {id} was left out because an earlier item has the same id.',
  },
  'field-invalid': {
    de: '{path}: Feld „{field}“ von {id} wurde ignoriert, weil es ungültig ist.',
    en: '{path}: field "{field}" of {id} was ignored because it is invalid.',
  },
  'url-scheme': {
    de: '{path}: Feld „{field}“ von {id} wurde ignoriert: nur Adressen mit http:, https:, mailto: oder tel: sind erlaubt.',
    en: '{path}: field "{field}" of {id} was ignored: only http:, https:, mailto: and tel: addresses are allowed.',
  },
  'unknown-reference': {
    de: '{path}: Feld „{field}“ von {id} wurde ignoriert, weil es auf eine unbekannte ID verweist.',
    en: '{path}: field "{field}" of {id} was ignored because it refers to an unknown id.',
  },
  'end-before-start': {
    de: '{path}: Feld „{field}“ von {id} wurde ignoriert, weil das Ende vor dem Beginn liegt.',
    en: '{path}: field "{field}" of {id} was ignored because the end lies before the start.',
  },
  encoding: {
    de: 'Der Feed enthält Zeichen, die nicht als UTF-8 gelesen werden konnten (�, z. B. „M�nster“): Bitte speichern Sie ihn als UTF-8.',
    en: 'The feed holds characters that could not be read as UTF-8 (�, e.g. "M�nster"): please save it as UTF-8.',
  },
  'time-zone': {
    de: '{path}: Die Zeitzone ist unbekannt; es wird Europe/Berlin verwendet.',
    en: '{path}: unknown time zone; Europe/Berlin is used.',
  },
};

/**
 * How a sentence names an item: by its id in quotes, or as having none. The English sentences
 * of the feed check quote ids and fields with plain `"…"` (they are read in terminals).
 */
const itemNames: Record<Locale, { withId: string; withoutId: string }> = {
  de: { withId: '„{id}“', withoutId: 'ohne ID' },
  en: { withId: '"{id}"', withoutId: 'without id' },
};

/** An item as a sentence names it: „e1“ / "e1", or "ohne ID" / "without id". */
export function itemName(id: string | undefined, locale: Locale): string {
  const names = itemNames[locale];
  return id === undefined ? names.withoutId : fill(names.withId, { id });
}

/** A human-readable sentence for an issue. */
export function issueMessage(issue: FeedIssue, locale: Locale): string {
  return fill(issueTexts[issue.code][locale], { ...issue, id: itemName(issue.id, locale) });
}
