/**
 * `bildungsnetz-widgets validate <file-or-url>`: the feed check for publishers, in Node.
 * Built into `dist/cli.js` (`npm run build:cli`) and started by `bin/bildungsnetz-widgets.mjs`,
 * so it runs with plain Node ≥ 20. The checking itself is `src/data/check.ts`, the same parser
 * the widgets run in the browser.
 */
import { readFile } from 'node:fs/promises';
import { checkFeedText, type CheckResult } from './data/check.js';
import { isDayKey } from './data/dates.js';
import { FeedError } from './data/errors.js';
import type { Locale } from './data/messages.js';

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

const labels: Record<Locale, { error: string; warning: string; unreadable: string }> = {
  de: { error: 'Fehler', warning: 'Warnung', unreadable: 'Die Datei kann nicht gelesen werden: {file}' },
  en: { error: 'error', warning: 'warning', unreadable: 'The file cannot be read: {file}' },
};

interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

const console_: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Runs the command line; resolves to the exit code (0 fine, 1 problems, 2 usage). */
export async function main(argv: string[], io: Output = console_): Promise<number> {
  const args = [...argv];
  const flag = (name: string) => {
    const i = args.indexOf(name);
    if (i === -1) return false;
    args.splice(i, 1);
    return true;
  };
  const option = (name: string) => {
    const i = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
    if (i === -1) return undefined;
    const [arg] = args.splice(i, 1);
    return arg!.includes('=') ? arg!.slice(name.length + 1) : args.splice(i, 1)[0];
  };
  const lang = option('--lang') ?? 'de';
  const locale: Locale = lang === 'en' ? 'en' : 'de';
  const today = option('--today');
  const strict = flag('--strict');
  const json = flag('--json');
  const help = flag('--help') || flag('-h');
  const [command, source, ...rest] = args;
  if (help) {
    io.out(usage[locale]);
    return 0;
  }
  if (
    command !== 'validate' ||
    !source ||
    rest.length ||
    (lang !== 'de' && lang !== 'en') ||
    (today !== undefined && !isDayKey(today))
  ) {
    io.err(usage[locale]);
    return 2;
  }

  let result: CheckResult;
  const text = await read(source, locale);
  if (typeof text === 'string') {
    result = checkFeedText(text, { locale, today });
  } else {
    result = {
      ok: false,
      problems: [{ severity: 'error', code: 'feed', path: '', message: text.message }],
      errors: 1,
      warnings: 0,
      summary: locale === 'de' ? 'Ergebnis: 1 Fehler.' : 'Result: 1 error.',
    };
  }

  if (json) {
    io.out(JSON.stringify({ source, ...result, feed: undefined }, null, 2));
  } else {
    for (const problem of result.problems) io.out(`${labels[locale][problem.severity]}: ${problem.message}`);
    io.out(`${source}: ${result.summary}`);
  }
  return result.errors || (strict && result.warnings) ? 1 : 0;
}

/** The feed's text, or why it could not be had. A file's UTF-8 BOM is dropped, as browsers do. */
async function read(source: string, locale: Locale): Promise<string | { message: string }> {
  if (/^https?:\/\//i.test(source)) {
    try {
      const response = await fetch(source, { signal: AbortSignal.timeout(15_000) });
      if (!response.ok)
        return { message: new FeedError('http', { status: response.status }).localizedMessage(locale) };
      return await response.text();
    } catch (error) {
      const kind = (error as Error).name === 'TimeoutError' ? 'timeout' : 'network';
      return { message: new FeedError(kind, { seconds: 15 }).localizedMessage(locale) };
    }
  }
  try {
    return (await readFile(source, 'utf8')).replace(/^\uFEFF/, '');
  } catch {
    return { message: labels[locale].unreadable.replace('{file}', source) };
  }
}
