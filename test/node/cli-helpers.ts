// Shared by the CLI tests: run a command in-process and collect what it writes.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.ts';

export const fixture = (name: string) => new URL(`../fixtures/import/${name}`, import.meta.url).pathname;
export const sample = new URL('../../src/data/sample-feed.json', import.meta.url).pathname;

export async function cli(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

export const tempDir = () => mkdtempSync(join(tmpdir(), 'bn-cli-'));
