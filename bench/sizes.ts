/**
 * Scenario 4, bytes. Every file goes through the same pipeline: Oxc's minifier (Vite's own,
 * `vite.minify`; a no-op beyond a few bytes for files published minified), then gzip -9 and
 * brotli q11 with node:zlib.
 *
 * - ours: taken from `scripts/size.mjs` (the project's size check, `npm run size`) when it is
 *   there: the script bundle `dist/bildungsnetz-widgets.js` and each element's published ESM
 *   entry bundled alone with Lit, as an npm user's bundler ships `import
 *   'bildungsnetz-widgets/<tag>'`. Without it, measured here from the bundle and src/;
 * - peers: FullCalendar core + dayGrid (their published `index.global.min.js`, which include
 *   Preact and FullCalendar's CSS) and add-to-calendar-button (`dist/atcb.js`, the file its
 *   CDN serves, and `dist/atcb-no-pro.js`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, minify } from 'vite';
import { ELEMENTS, available, type Tag } from './build.ts';

export interface SizeRow {
  name: string;
  files: string[];
  /** Bytes as published / built. */
  raw: number;
  min: number;
  gzip: number;
  brotli: number;
}

export const gzip = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;
export const brotli = (b: Buffer | string) =>
  brotliCompressSync(b, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(b),
    },
  }).length;

export async function measure(
  name: string,
  files: string[],
  root: string,
  codes?: string[],
): Promise<SizeRow> {
  const texts = codes ?? files.map((f) => readFileSync(join(root, f), 'utf8'));
  const minified: string[] = [];
  for (const [i, text] of texts.entries()) {
    const result = await minify(files[i] ?? `${name}.js`, text, {});
    if (result.errors.length) throw new Error(`${files[i]}: ${result.errors[0]?.message}`);
    minified.push(result.code.length < text.length ? result.code : text);
  }
  // Files served together are compressed one by one, as a server does.
  return {
    name,
    files,
    raw: texts.reduce((n, t) => n + Buffer.byteLength(t), 0),
    min: minified.reduce((n, t) => n + Buffer.byteLength(t), 0),
    gzip: minified.reduce((n, t) => n + gzip(t), 0),
    brotli: minified.reduce((n, t) => n + brotli(t), 0),
  };
}

/** One element's ESM entry bundled alone with Lit, minified. */
async function elementBundle(root: string, tag: Tag): Promise<string> {
  const output = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    mode: 'production',
    publicDir: false,
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      modulePreload: false,
      rollupOptions: {
        input: join(root, ELEMENTS[tag]),
        output: { format: 'es', codeSplitting: false },
      },
    },
  });
  const outputs = Array.isArray(output) ? output : [output];
  let code = '';
  for (const o of outputs) {
    if (!('output' in o)) continue;
    for (const chunk of o.output) if (chunk.type === 'chunk') code += chunk.code;
  }
  return code;
}

export interface Sizes {
  /** Where our figures come from. */
  source: string;
  ours: SizeRow[];
  elements: { tag: Tag; withLit: SizeRow }[];
  missing: Tag[];
  peers: SizeRow[];
}

interface SizeScriptRow {
  name: string;
  file: string;
  min: number;
  gzip: number;
  brotli: number;
}

/** Our rows from `npm run size` (scripts/size.mjs), which writes dist/size-report.json. */
function fromSizeScript(root: string): { ours: SizeRow[]; elements: Sizes['elements'] } {
  try {
    execFileSync(process.execPath, ['scripts/size.mjs'], { cwd: root, stdio: 'ignore' });
  } catch {
    // Over budget (exit 1) still writes the report; anything else shows as a missing report.
  }
  const report = JSON.parse(readFileSync(join(root, 'dist/size-report.json'), 'utf8')) as {
    rows: SizeScriptRow[];
  };
  const row = (r: SizeScriptRow, name = r.name): SizeRow => ({ ...r, name, files: [r.file], raw: r.min });
  const ours = report.rows
    .filter((r) => !r.name.startsWith('for comparison'))
    .map((r) => row(r, r.name.replace(/`/g, '')));
  const elements: Sizes['elements'] = [];
  for (const r of report.rows) {
    const tag = /^bildungsnetz-widgets\/(.+)$/.exec(r.file)?.[1];
    if (tag && tag in ELEMENTS) elements.push({ tag: tag as Tag, withLit: row(r) });
  }
  return { ours, elements };
}

export async function measureSizes(root: string): Promise<Sizes> {
  const missing = (Object.keys(ELEMENTS) as Tag[]).filter((tag) => !available(root, tag));
  let source = 'scripts/size.mjs (npm run size)';
  let ours: SizeRow[];
  let elements: Sizes['elements'];
  if (existsSync(join(root, 'scripts/size.mjs'))) {
    ({ ours, elements } = fromSizeScript(root));
  } else {
    source = 'bench/sizes.ts (scripts/size.mjs not in this checkout)';
    ours = [await measure('script bundle (every element + Lit)', ['dist/bildungsnetz-widgets.js'], root)];
    elements = [];
    for (const tag of Object.keys(ELEMENTS) as Tag[]) {
      if (!available(root, tag)) continue;
      const code = await elementBundle(root, tag);
      elements.push({
        tag,
        withLit: await measure(`ESM: one element + Lit: ${tag}`, [`${tag}.js`], root, [code]),
      });
      ours.push(elements.at(-1)!.withLit);
    }
  }
  const fc = [
    'node_modules/@fullcalendar/core/index.global.min.js',
    'node_modules/@fullcalendar/daygrid/index.global.min.js',
  ];
  const peers = [
    await measure('FullCalendar 6 core + dayGrid', fc, root),
    await measure(
      'add-to-calendar-button (atcb.js)',
      ['node_modules/add-to-calendar-button/dist/atcb.js'],
      root,
    ),
    await measure(
      'add-to-calendar-button, no PRO (atcb-no-pro.js)',
      ['node_modules/add-to-calendar-button/dist/atcb-no-pro.js'],
      root,
    ),
  ];
  return { source, ours, elements, missing, peers };
}
