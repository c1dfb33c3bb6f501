/**
 * What every command shares: where its lines go, its arguments, and reading a file or URL.
 * Node only (the CLI runs in plain Node ≥ 20, built into `dist/cli.js`).
 */
import { readFile } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { FeedError } from '../data/errors.js';
import type { Locale, Localized } from '../data/messages.js';

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

/** The bytes of a file or of a URL's body (webcal: is fetched over https:), or why not. */
export async function readSource(source: string, locale: Locale): Promise<Uint8Array | { message: string }> {
  if (isUrl(source)) {
    try {
      const url = source.replace(/^webcal:/i, 'https:');
      const response = await fetch(url, { signal: AbortSignal.timeout(15_000) });
      if (!response.ok)
        return { message: new FeedError('http', { status: response.status }).localizedMessage(locale) };
      return new Uint8Array(await response.arrayBuffer());
    } catch (error) {
      const kind = (error as Error).name === 'TimeoutError' ? 'timeout' : 'network';
      return { message: new FeedError(kind, { seconds: 15 }).localizedMessage(locale) };
    }
  }
  try {
    return new Uint8Array(await readFile(source));
  } catch {
    return {
      message:
        locale === 'de'
          ? `Die Datei kann nicht gelesen werden: ${source}`
          : `The file cannot be read: ${source}`,
    };
  }
}

/** UTF-8 text of a file or URL, the BOM dropped as browsers do. */
export async function readText(source: string, locale: Locale): Promise<string | { message: string }> {
  if (!isUrl(source)) {
    // Node's own decoding of a file: much faster than TextDecoder for a feed of many megabytes.
    try {
      return (await readFile(source, 'utf8')).replace(/^\uFEFF/, '');
    } catch {
      // the message below
    }
  }
  const bytes = await readSource(source, locale);
  if (!(bytes instanceof Uint8Array)) return bytes;
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}
