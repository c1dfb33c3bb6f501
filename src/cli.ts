/**
 * `bildungsnetz-widgets validate <file-or-url>`: the feed check for publishers, in Node.
 * Built into `dist/cli.js` (`npm run build:cli`) and started by `bin/bildungsnetz-widgets.mjs`,
 * so it runs with plain Node ≥ 20. The checking itself is `src/data/check.ts`, the same parser
 * the widgets run in the browser.
 */
import { readFile, stat } from 'node:fs/promises';
import { checkFeedText, type CheckResult } from './data/check.js';
import { isDayKey } from './data/dates.js';
import { FeedError } from './data/errors.js';
import { fill, type Locale } from './data/messages.js';

const usage = {
  de: `Aufruf: bildungsnetz-widgets validate <Datei-oder-URL> [--lang de|en] [--today JJJJ-MM-TT] [--strict] [--json] [--max-bytes N]

Prüft einen Feed (Version 1) so, wie ihn die Widgets lesen, und nennt jedes Problem mit
seinem JSON-Pfad und der ID des Eintrags. Fehler führen zum Exit-Code 1, Warnungen nicht
(mit --strict auch Warnungen). --today legt das Bezugsdatum fest (Vorgabe: heute).
--max-bytes begrenzt die Größe des Feeds (Vorgabe: 50000000, 50 MB).`,
  en: `Usage: bildungsnetz-widgets validate <file-or-url> [--lang de|en] [--today YYYY-MM-DD] [--strict] [--json] [--max-bytes N]

Checks a feed (version 1) the way the widgets read it and names every problem with its JSON
path and the item's id. Errors give exit code 1, warnings do not (with --strict they do).
--today sets the reference date (default: today).
--max-bytes limits the feed's size (default: 50000000, 50 MB).`,
};

/** The default of `--max-bytes`: a feed larger than this is not read (an answer without end would fill the memory). */
export const MAX_BYTES = 50_000_000;

const labels: Record<
  Locale,
  {
    error: string;
    warning: string;
    unreadable: string;
    credentials: string;
    tooLarge: string;
    badUrl: string;
  }
> = {
  de: {
    error: 'Fehler',
    warning: 'Warnung',
    unreadable: 'Die Datei kann nicht gelesen werden: {file}',
    credentials:
      'Die Adresse enthält Benutzername oder Passwort („{user}@…“). Das Prüfprogramm sendet keine Zugangsdaten aus einer Adresse; ein Feed für die Widgets muss ohne Anmeldung abrufbar sein.',
    tooLarge:
      'Der Feed ist größer als {max} Bytes und wurde nicht weiter gelesen. Ist er wirklich so groß, erhöhen Sie die Grenze mit --max-bytes.',
    badUrl: 'Die Adresse ist ungültig: {url}',
  },
  en: {
    error: 'error',
    warning: 'warning',
    unreadable: 'The file cannot be read: {file}',
    credentials:
      'The address holds a user name or password ("{user}@…"). The check sends no credentials from an address; a feed for the widgets must be readable without a login.',
    tooLarge:
      'The feed is larger than {max} bytes and was not read further. If it really is that large, raise the limit with --max-bytes.',
    badUrl: 'The address is not valid: {url}',
  },
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
  const maxBytesText = option('--max-bytes');
  const maxBytes = maxBytesText === undefined ? MAX_BYTES : Number(maxBytesText);
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
    (today !== undefined && !isDayKey(today)) ||
    !(Number.isSafeInteger(maxBytes) && maxBytes > 0)
  ) {
    io.err(usage[locale]);
    return 2;
  }

  let result: CheckResult;
  const text = await read(source, locale, maxBytes);
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
    io.out(JSON.stringify({ source: withoutPassword(source), ...result, feed: undefined }, null, 2));
  } else {
    for (const problem of result.problems) io.out(`${labels[locale][problem.severity]}: ${problem.message}`);
    io.out(`${withoutPassword(source)}: ${result.summary}`);
  }
  return result.errors || (strict && result.warnings) ? 1 : 0;
}

/** The feed's text, or why it could not be had. A file's UTF-8 BOM is dropped, as browsers do. */
async function read(source: string, locale: Locale, maxBytes: number): Promise<string | { message: string }> {
  const text = labels[locale];
  const tooLarge = { message: fill(text.tooLarge, { max: maxBytes }) };
  if (/^https?:/i.test(source)) {
    let url: URL;
    try {
      url = new URL(source);
    } catch {
      return { message: fill(text.badUrl, { url: source }) };
    }
    if (url.username || url.password) return { message: fill(text.credentials, { user: url.username }) };
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(15_000) });
      if (!response.ok)
        return { message: new FeedError('http', { status: response.status }).localizedMessage(locale) };
      const body = await readAtMost(response, maxBytes);
      return body ?? tooLarge;
    } catch (error) {
      const kind = (error as Error).name === 'TimeoutError' ? 'timeout' : 'network';
      return { message: new FeedError(kind, { seconds: 15 }).localizedMessage(locale) };
    }
  }
  try {
    if ((await stat(source)).size > maxBytes) return tooLarge;
    return (await readFile(source, 'utf8')).replace(/^\uFEFF/, '');
  } catch {
    return { message: fill(text.unreadable, { file: source }) };
  }
}

/** The source as printed: a password in a URL is not repeated on screen or in logs. */
function withoutPassword(source: string): string {
  try {
    const url = new URL(source);
    if (!url.password) return source;
    url.password = '***';
    return url.href;
  } catch {
    return source;
  }
}

/** A response's body as UTF-8 text, or undefined as soon as it grows past `maxBytes` (the rest is not read). */
async function readAtMost(response: Response, maxBytes: number): Promise<string | undefined> {
  if (Number(response.headers.get('content-length')) > maxBytes) {
    await response.body?.cancel();
    return undefined;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (let part = await reader?.read(); part && !part.done; part = await reader!.read()) {
    size += part.value.byteLength;
    if (size > maxBytes) {
      await reader!.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(part.value);
  }
  // As `response.text()` does: UTF-8, a BOM dropped, bytes that are no UTF-8 as U+FFFD.
  return new TextDecoder().decode(Buffer.concat(chunks));
}
