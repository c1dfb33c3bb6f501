/**
 * `bildungsnetz-widgets validate <file-or-url>`: the feed check for publishers, in Node. The
 * checking itself is `src/data/check.ts`, the same parser the widgets run in the browser.
 */
import { checkFeedText, type CheckResult } from '../data/check.js';
import { isDayKey } from '../data/dates.js';
import {
  EXIT,
  MAX_BYTES,
  parseOptions,
  readText,
  withoutPassword,
  type Command,
  type Locale,
  type Output,
} from './io.js';

const usage = {
  de: `Aufruf: bildungsnetz-widgets validate <Datei-oder-URL> [--lang de|en] [--today JJJJ-MM-TT] [--strict] [--json]

Prüft einen Feed (Version 1) so, wie ihn die Widgets lesen, und nennt jedes Problem mit
seinem JSON-Pfad und der ID des Eintrags. Fehler führen zum Exit-Code 1, Warnungen nicht
(mit --strict auch Warnungen). --today legt das Bezugsdatum fest (Vorgabe: heute).`,
  en: `Usage: bildungsnetz-widgets validate <file-or-url> [--lang de|en] [--today YYYY-MM-DD] [--strict] [--json]

Checks a feed (version 1) the way the widgets read it and names every problem with its JSON
path and the item's id. Errors give exit code 1, warnings do not (with --strict they do).
--today sets the reference date (default: today).`,
};

export const severityLabel: Record<Locale, Record<'error' | 'warning', string>> = {
  de: { error: 'Fehler', warning: 'Warnung' },
  en: { error: 'error', warning: 'warning' },
};

/** The check of a feed's text, or of why it could not be read, as one result. */
export async function checkSource(
  source: string,
  locale: Locale,
  today?: string,
  maxBytes = MAX_BYTES,
): Promise<CheckResult> {
  const text = await readText(source, locale, maxBytes);
  if (typeof text === 'string') return checkFeedText(text, { locale, today });
  return {
    ok: false,
    problems: [{ severity: 'error', code: 'feed', path: '', message: text.message }],
    errors: 1,
    warnings: 0,
    summary: locale === 'de' ? 'Ergebnis: 1 Fehler.' : 'Result: 1 error.',
  };
}

/** Every problem on its own line, then the summary. */
export function printResult(
  result: CheckResult,
  source: string,
  locale: Locale,
  write: (line: string) => void,
) {
  for (const problem of result.problems)
    write(`${severityLabel[locale][problem.severity]}: ${problem.message}`);
  write(`${withoutPassword(source)}: ${result.summary}`);
}

async function run(args: string[], io: Output, locale: Locale): Promise<number> {
  const parsed = parseOptions(args, {
    lang: { type: 'string' },
    today: { type: 'string' },
    strict: { type: 'boolean' },
    json: { type: 'boolean' },
    'max-bytes': { type: 'string' },
  });
  const today = parsed?.values.today;
  const maxBytesText = parsed?.values['max-bytes'];
  const maxBytes = maxBytesText === undefined ? MAX_BYTES : Number(maxBytesText);
  const [source, ...rest] = parsed?.positionals ?? [];
  if (
    !parsed ||
    !source ||
    rest.length ||
    (today !== undefined && !isDayKey(today)) ||
    !(Number.isSafeInteger(maxBytes) && maxBytes > 0)
  ) {
    io.err(usage[locale]);
    return EXIT.usage;
  }
  const result = await checkSource(source, locale, today, maxBytes);
  if (parsed.values.json)
    io.out(JSON.stringify({ source: withoutPassword(source), ...result, feed: undefined }, null, 2));
  else printResult(result, source, locale, io.out);
  return result.errors || (parsed.values.strict && result.warnings) ? EXIT.problems : EXIT.ok;
}

export const validate: Command = { usage, run };
