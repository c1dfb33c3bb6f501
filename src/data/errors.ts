import { fill, type Localized, type Locale } from './messages.js';

/** Why a whole feed could not be shown. */
export type FeedErrorKind =
  | 'no-source' // no src, no inline feed, no data-feed
  | 'url' // the feed address is no URL (`http://`, a port that is no number)
  | 'network' // fetch rejected: offline, DNS, CORS, connection refused
  | 'timeout' // no complete answer within the time limit
  | 'http' // an answer with a status outside 200–299
  | 'empty' // an empty body
  | 'syntax' // not JSON
  | 'not-object' // JSON, but not an object (an array, a string, null …)
  | 'version'; // version is not 1

const texts: Record<FeedErrorKind, Localized> = {
  'no-source': {
    de: 'Es ist keine Datenquelle angegeben. Bitte tragen Sie die Adresse des Feeds im Attribut „src“ oder im Script-Tag („data-feed“) ein.',
    en: 'No data source is set. Please put the feed address in the “src” attribute or on the script tag (“data-feed”).',
  },
  url: {
    de: 'Die Adresse des Feeds ist ungültig: „{url}“. Bitte prüfen Sie das Attribut „src“.',
    en: 'The feed address is not valid: “{url}”. Please check the “src” attribute.',
  },
  network: {
    de: 'Die Termine konnten nicht geladen werden, weil der Server nicht erreichbar ist. Bitte versuchen Sie es später erneut.',
    en: 'The data could not be loaded because the server cannot be reached. Please try again later.',
  },
  timeout: {
    de: 'Der Server hat nicht innerhalb von {seconds} Sekunden geantwortet. Bitte versuchen Sie es später erneut.',
    en: 'The server did not answer within {seconds} seconds. Please try again later.',
  },
  http: {
    de: 'Der Server hat die Daten nicht geliefert (Fehler {status}). Bitte prüfen Sie die Adresse des Feeds oder versuchen Sie es später erneut.',
    en: 'The server did not deliver the data (error {status}). Please check the feed address or try again later.',
  },
  empty: {
    de: 'Die Datenquelle ist leer.',
    en: 'The data source is empty.',
  },
  syntax: {
    de: 'Die Datenquelle ist keine gültige JSON-Datei und kann nicht gelesen werden.',
    en: 'The data source is not valid JSON and cannot be read.',
  },
  'not-object': {
    de: 'Die Datenquelle hat nicht das erwartete Format: erwartet wird ein JSON-Objekt mit „version“: 1.',
    en: 'The data source does not have the expected format: a JSON object with "version": 1.',
  },
  version: {
    de: 'Die Datenquelle hat das Format „version“: {version}; dieses Widget versteht nur Version 1.',
    en: 'The data source declares "version": {version}; this widget only understands version 1.',
  },
};

/** A whole-feed failure, with a message for visitors and editors in German and English. */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  constructor(
    readonly kind: FeedErrorKind,
    readonly details: { status?: number; version?: string; seconds?: number; url?: string } = {},
  ) {
    super(fill(texts[kind].en, details));
  }

  /**
   * Whether trying again may help: network trouble, server errors (5xx), a request time-out
   * (408) and too many requests (429); not bad content or a wrong address.
   */
  get retryable(): boolean {
    const status = this.details.status ?? 0;
    return (
      this.kind === 'network' ||
      this.kind === 'timeout' ||
      (this.kind === 'http' && (status >= 500 || status === 408 || status === 429))
    );
  }

  localizedMessage(locale: Locale): string {
    return fill(texts[this.kind][locale], this.details);
  }
}

/** The message of any error in a locale (a non-FeedError is reported as a network failure). */
export function errorMessage(error: unknown, locale: Locale): string {
  return error instanceof FeedError ? error.localizedMessage(locale) : texts.network[locale];
}
