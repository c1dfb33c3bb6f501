/**
 * The publisher's feed check (`npx bildungsnetz-widgets validate`): the parser's own issues
 * (the very validation the widgets run in the browser) plus checks of things a feed may
 * legally say but that are probably mistakes. Plain TypeScript, no DOM, no Node APIs.
 *
 * Errors break a rule of the feed format (the widgets must ignore the value, or cannot show
 * the feed at all); warnings are listed but do not fail: items or references the widgets leave
 * out, dates in the past still marked provisional, missing recommended fields.
 */
import { isUpcoming, parseFeedDate, startOfDay } from './dates.js';
import { issueMessage, itemName } from './issue-messages.js';
import { fill, plural, type Locale, type Localized, type PluralForms } from './messages.js';
import {
  isEmailAddress,
  parseFeed,
  parseText,
  type IssueCode,
  type ParsedFeed,
  type ValidFeed,
} from './parse.js';

export type Severity = 'error' | 'warning';

/** Publisher checks beyond the parser's issues. */
export type CheckCode =
  | 'past-tentative' // the event is over but still marked tentative
  | 'missing-location' // an upcoming on-site event without a place
  | 'missing-online-url' // an upcoming online/mixed event without its access link
  | 'registration-after-start' // the registration deadline lies after the start
  | 'email-invalid' // an e-mail address that cannot be one
  | 'updated-in-future' // the feed says it was generated in the future
  | 'empty-feed'; // nothing to show

export interface Problem {
  severity: Severity;
  /** A parser issue code, a check code, or `feed` for a whole-feed failure. */
  code: IssueCode | CheckCode | 'feed';
  /** JSON path of the value, e.g. `events[3].start`; empty for the whole document. */
  path: string;
  /** Id of the item concerned, when it has one. */
  id?: string;
  /** One sentence, starting with the path, in the chosen locale. */
  message: string;
}

export interface CheckResult {
  /** No errors (warnings may remain). */
  ok: boolean;
  problems: Problem[];
  errors: number;
  warnings: number;
  /** The feed as the widgets see it, unless it could not be read at all. */
  feed?: ValidFeed;
  /** One line: counts of problems and of what the widgets will show. */
  summary: string;
}

export interface CheckOptions {
  locale?: Locale;
  /** `YYYY-MM-DD` in the feed's zone, or epoch ms: the reference for past and upcoming. Default: now. */
  today?: string | number;
}

/** Parser issues that leave an item or reference out: the rest of the feed is fine. */
const WARNING_ISSUES: ReadonlySet<IssueCode> = new Set(['item-invalid', 'duplicate-id', 'unknown-reference']);

const checkTexts: Record<CheckCode, Localized> = {
  'past-tentative': {
    de: '{path}: Die Veranstaltung {id} liegt in der Vergangenheit, ist aber noch als „voraussichtlich“ markiert. Bitte das Datum bestätigen („tentative“ entfernen) oder die Veranstaltung absagen.',
    en: '{path}: event {id} lies in the past but is still marked as tentative. Confirm the date (remove "tentative") or cancel the event.',
  },
  'missing-location': {
    de: '{path}: Für die Präsenzveranstaltung {id} ist kein Ort angegeben; Besucher sehen „Ort wird noch bekanntgegeben“.',
    en: '{path}: the on-site event {id} has no venue; visitors see "venue to be announced".',
  },
  'missing-online-url': {
    de: '{path}: Für die Online-Veranstaltung {id} fehlt der Zugangslink („location.onlineUrl“).',
    en: '{path}: the online event {id} has no access link ("location.onlineUrl").',
  },
  'registration-after-start': {
    de: '{path}: Die Anmeldefrist von {id} endet erst nach dem Beginn der Veranstaltung.',
    en: '{path}: the registration deadline of {id} lies after the start of the event.',
  },
  'email-invalid': {
    de: '{path}: Die E-Mail-Adresse von {id} ist keine gültige Adresse.',
    en: '{path}: the e-mail address of {id} is not a valid address.',
  },
  'updated-in-future': {
    de: '{path}: Das Erstellungsdatum des Feeds liegt in der Zukunft.',
    en: '{path}: the feed claims to have been generated in the future.',
  },
  'empty-feed': {
    de: 'Der Feed enthält keine Veranstaltungen, Netzwerke oder Programme; die Widgets zeigen nur leere Zustände.',
    en: 'The feed has no events, networks or programmes; the widgets only show empty states.',
  },
};

/** The result line and the counts in it. */
const resultTexts: Record<
  Locale,
  Record<'failed' | 'result' | 'position', string> &
    Record<'errors' | 'warnings' | 'events' | 'networks' | 'programmes' | 'posts', PluralForms>
> = {
  de: {
    failed: 'Ergebnis: 1 Fehler – die Widgets können diesen Feed nicht anzeigen.',
    result: 'Ergebnis: {errors}, {warnings} – angezeigt werden {shown}.',
    position: ' (Zeile {line}, Spalte {column})',
    errors: { zero: 'keine Fehler', one: '{n} Fehler', other: '{n} Fehler' },
    warnings: { zero: 'keine Warnungen', one: '{n} Warnung', other: '{n} Warnungen' },
    events: { one: '{n} Veranstaltung', other: '{n} Veranstaltungen' },
    networks: { one: '{n} Netzwerk', other: '{n} Netzwerke' },
    programmes: { one: '{n} Programm', other: '{n} Programme' },
    posts: { one: '{n} Beitrag', other: '{n} Beiträge' },
  },
  en: {
    failed: 'Result: 1 error – the widgets cannot show this feed.',
    result: 'Result: {errors}, {warnings} – the widgets show {shown}.',
    position: ' (line {line}, column {column})',
    errors: { zero: 'no errors', one: '{n} error', other: '{n} errors' },
    warnings: { zero: 'no warnings', one: '{n} warning', other: '{n} warnings' },
    events: { one: '{n} event', other: '{n} events' },
    networks: { one: '{n} network', other: '{n} networks' },
    programmes: { one: '{n} programme', other: '{n} programmes' },
    posts: { one: '{n} post', other: '{n} posts' },
  },
};

/** Checks a feed's text exactly as the widgets would read it (empty, not JSON, not a feed …). */
export function checkFeedText(text: string, options: CheckOptions = {}): CheckResult {
  const locale = options.locale ?? 'de';
  const result = parseText(text);
  if (!result.ok) {
    const { error } = result;
    let message = error.localizedMessage(locale);
    if (error.kind === 'syntax') message += syntaxPosition(text, locale);
    return failure(error.kind === 'version' ? 'version' : '', message, locale);
  }
  return checkParsed(result, options);
}

/**
 * The same check of a feed already parsed from JSON (which is not changed): the publisher's
 * `build` parses a large feed once, checks it and writes it out again.
 */
export function checkFeedJson(json: unknown, options: CheckOptions = {}): CheckResult {
  const locale = options.locale ?? 'de';
  const result = parseFeed(json);
  if (!result.ok)
    return failure(
      result.error.kind === 'version' ? 'version' : '',
      result.error.localizedMessage(locale),
      locale,
    );
  return checkParsed(result, options);
}

/** Where the JSON goes wrong, as „ (Zeile 3, Spalte 5)“. */
function syntaxPosition(text: string, locale: Locale): string {
  // A prefix that ends before the mistake fails only for ending early: search for the shortest
  // prefix that fails for another reason (engines' messages do not always give a position).
  const fineSoFar = (length: number) => {
    try {
      JSON.parse(text.slice(0, length));
      return true;
    } catch (error) {
      const message = String((error as Error).message);
      const position = /position (\d+)/.exec(message)?.[1];
      return /end of (JSON )?(input|data)/i.test(message) || Number(position) >= length;
    }
  };
  let offset = text.length;
  if (!fineSoFar(text.length)) {
    let low = 0;
    let high = text.length;
    while (high - low > 1) {
      const middle = (low + high) >> 1;
      if (fineSoFar(middle)) low = middle;
      else high = middle;
    }
    offset = high - 1;
  }
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return fill(resultTexts[locale].position, { line, column });
}

function failure(path: string, message: string, locale: Locale): CheckResult {
  const summary = resultTexts[locale].failed;
  return {
    ok: false,
    problems: [{ severity: 'error', code: 'feed', path, message: path ? `${path}: ${message}` : message }],
    errors: 1,
    warnings: 0,
    summary,
  };
}

/** The parser's issues and the publisher checks of a feed the widgets can show. */
function checkParsed({ feed, issues, paths }: ParsedFeed, options: CheckOptions): CheckResult {
  const locale = options.locale ?? 'de';
  const now =
    typeof options.today === 'string'
      ? startOfDay(options.today, feed.timeZone)
      : (options.today ?? Date.now());
  const problems: Problem[] = issues.map((issue) => ({
    severity: WARNING_ISSUES.has(issue.code) ? 'warning' : 'error',
    code: issue.code,
    path: issue.path,
    id: issue.id,
    message: issueMessage(issue, locale),
  }));
  const warn = (code: CheckCode, path: string, id?: string) =>
    problems.push({
      severity: 'warning',
      code,
      path,
      id,
      message: fill(checkTexts[code][locale], { path, id: itemName(id, locale) }),
    });

  // Each item's path in the JSON, as the parser read it (indexes count items left out).
  const pathOf = (item: object) => paths.get(item)!;
  for (const event of feed.events) {
    const path = pathOf(event);
    const upcoming = isUpcoming(event.startValue, event.endValue, now, feed.timeZone);
    if (!upcoming && event.tentative && event.status !== 'cancelled')
      warn('past-tentative', `${path}.tentative`, event.id);
    if (upcoming && event.status !== 'cancelled') {
      const place = event.location?.name || event.location?.street || event.location?.city;
      if (event.attendance !== 'online' && !place && !event.tentative)
        warn('missing-location', `${path}.location`, event.id);
      if ((event.attendance === 'online' || event.attendance === 'mixed') && !event.location?.onlineUrl)
        warn('missing-online-url', `${path}.location.onlineUrl`, event.id);
    }
    const until = event.registration?.until && parseFeedDate(event.registration.until, feed.timeZone);
    if (until && until.instant > event.startValue.instant)
      warn('registration-after-start', `${path}.registration.until`, event.id);
    if (event.contact?.email !== undefined && !isEmailAddress(event.contact.email))
      warn('email-invalid', `${path}.contact.email`, event.id);
  }
  for (const office of feed.offices)
    if (office.email !== undefined && !isEmailAddress(office.email))
      warn('email-invalid', `${pathOf(office)}.email`, office.id);
  const updated = feed.updated && parseFeedDate(feed.updated, feed.timeZone);
  if (updated && updated.instant > now + 86_400_000) warn('updated-in-future', 'updated');
  if (!feed.events.length && !feed.networks.length && !feed.programmes.length) warn('empty-feed', '');

  // In document order: events[2] before events[10], a field's issues in the order found.
  problems.sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }));
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const t = resultTexts[locale];
  const shown = [
    plural(feed.events.length, locale, t.events),
    plural(feed.networks.length, locale, t.networks),
    plural(feed.programmes.length, locale, t.programmes),
    // Posts (an addition of 2026-12) only when the feed has some: older feeds read as before.
    ...(feed.posts.length ? [plural(feed.posts.length, locale, t.posts)] : []),
  ].join(', ');
  const summary = fill(t.result, {
    errors: plural(errors, locale, t.errors),
    warnings: plural(warnings, locale, t.warnings),
    shown,
  });
  return { ok: errors === 0, problems, errors, warnings, feed, summary };
}
