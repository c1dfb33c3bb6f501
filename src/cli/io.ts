/**
 * What every command shares: where its lines go, its arguments, and reading a file or URL.
 * Node only (the CLI runs in plain Node ≥ 20, built into `dist/cli.js`).
 */
import { readFile, stat } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { FeedError } from '../data/errors.js';
import { fill, type Locale, type Localized } from '../data/messages.js';

export type { Locale, Localized };

/** Where a command writes: standard output for results, standard error for problems. */
export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

export const processOutput: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** A command: its usage text and its run function (resolves to the exit code). */
export interface Command {
  usage: Localized;
  run: (args: string[], io: Output, locale: Locale) => Promise<number>;
}

/** Exit codes: 0 fine, 1 problems found, 2 the command was called wrongly. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** Node's own argument parser (`--flag value` and `--flag=value`); undefined for unknown flags. */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch {
    return undefined;
  }
}

export const isUrl = (source: string): boolean => /^(https?|webcal):\/\//i.test(source);

/** The default of `--max-bytes`: a larger source is not read (an answer without end would fill the memory). */
export const MAX_BYTES = 50_000_000;

const readTexts: Record<
  Locale,
  { unreadable: string; credentials: string; tooLarge: string; badUrl: string }
> = {
  de: {
    unreadable: 'Die Datei kann nicht gelesen werden: {file}',
    credentials:
      'Die Adresse enthält Benutzername oder Passwort („{user}@…“). Das Programm sendet keine Zugangsdaten aus einer Adresse; ein Feed für die Widgets muss ohne Anmeldung abrufbar sein.',
    tooLarge:
      'Die Quelle ist größer als {max} Bytes und wurde nicht weiter gelesen. Ist sie wirklich so groß, erhöhen Sie die Grenze mit --max-bytes.',
    badUrl: 'Die Adresse ist ungültig: {url}',
  },
  en: {
    unreadable: 'The file cannot be read: {file}',
    credentials:
      'The address holds a user name or password ("{user}@…"). The program sends no credentials from an address; a feed for the widgets must be readable without a login.',
    tooLarge:
      'The source is larger than {max} bytes and was not read further. If it really is that large, raise the limit with --max-bytes.',
    badUrl: 'The address is not valid: {url}',
  },
};

/** The source as printed: a password in a URL is not repeated on screen or in logs. */
export function withoutPassword(source: string): string {
  try {
    const url = new URL(source);
    if (!url.password) return source;
    url.password = '***';
    return url.href;
  } catch {
    return source;
  }
}

/** A response's body, or undefined as soon as it grows past `maxBytes` (the rest is not read). */
async function readAtMost(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
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
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * The bytes of a file or of a URL's body (webcal: is fetched over https:), or why not: a URL
 * with credentials is refused before anything is sent, and a source larger than `maxBytes`
 * is not read further.
 */
export async function readSource(
  source: string,
  locale: Locale,
  maxBytes = MAX_BYTES,
): Promise<Uint8Array | { message: string }> {
  const text = readTexts[locale];
  const tooLarge = { message: fill(text.tooLarge, { max: maxBytes }) };
  if (isUrl(source)) {
    let url: URL;
    try {
      url = new URL(source.replace(/^webcal:/i, 'https:'));
    } catch {
      return { message: fill(text.badUrl, { url: source }) };
    }
    if (url.username || url.password) return { message: fill(text.credentials, { user: url.username }) };
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(15_000) });
      if (!response.ok)
        return { message: new FeedError('http', { status: response.status }).localizedMessage(locale) };
      return (await readAtMost(response, maxBytes)) ?? tooLarge;
    } catch (error) {
      const kind = (error as Error).name === 'TimeoutError' ? 'timeout' : 'network';
      return { message: new FeedError(kind, { seconds: 15 }).localizedMessage(locale) };
    }
  }
  try {
    if ((await stat(source)).size > maxBytes) return tooLarge;
    // The file's buffer itself (a Uint8Array): a feed of many megabytes is not copied.
    return await readFile(source);
  } catch {
    return { message: fill(text.unreadable, { file: source }) };
  }
}

/** UTF-8 text of a file or URL, the BOM dropped as browsers do. */
export async function readText(
  source: string,
  locale: Locale,
  maxBytes = MAX_BYTES,
): Promise<string | { message: string }> {
  if (!isUrl(source)) {
    // Node's own decoding of a file: much faster than TextDecoder for a feed of many megabytes.
    try {
      if ((await stat(source)).size <= maxBytes)
        return (await readFile(source, 'utf8')).replace(/^\uFEFF/, '');
    } catch {
      // the message below
    }
  }
  const bytes = await readSource(source, locale, maxBytes);
  if (!(bytes instanceof Uint8Array)) return bytes;
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}
