/**
 * Scenario 4, bytes. Every file goes through the same pipeline: Oxc's minifier (Vite's own,
 * `vite.minify`; a no-op beyond a few bytes for files published minified), then gzip -9 and
 * brotli q11 with node:zlib.
 *
 * - ours: the script bundle `dist/bildungsnetz-widgets.js` (built by `npm run build`), and each
 *   element's ESM entry bundled on its own, minified, with Lit included (what an npm user's
 *   bundler ships for `import 'bildungsnetz-widgets/<tag>'`) and with Lit external (our code);
 * - peers: FullCalendar core + dayGrid (their published `index.global.min.js`, which include
 *   Preact and FullCalendar's CSS) and add-to-calendar-button (`dist/atcb.js`, the file its
 *   CDN serves, and `dist/atcb-no-pro.js`).
 */
import { readFileSync } from 'node:fs';
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

async function measure(name: string, files: string[], root: string, codes?: string[]): Promise<SizeRow> {
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

/** One element's ESM entry bundled alone, minified; Lit included or external. */
async function elementBundle(root: string, tag: Tag, withLit: boolean): Promise<string> {
  const output = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    mode: 'production',
    publicDir: false,
    build: {
      write: false,
      target: 'es2021',
      minify: true,
      sourcemap: false,
      modulePreload: false,
      rollupOptions: {
        input: join(root, ELEMENTS[tag]),
        external: withLit ? [] : [/^lit/, /^@lit\//],
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
  ours: SizeRow[];
  elements: { tag: Tag; withLit: SizeRow; own: SizeRow }[];
  missing: Tag[];
  peers: SizeRow[];
}

export async function measureSizes(root: string): Promise<Sizes> {
  const ours = [
    await measure('script bundle (every element, Lit inside)', ['dist/bildungsnetz-widgets.js'], root),
  ];
  const elements: Sizes['elements'] = [];
  const missing: Tag[] = [];
  for (const tag of Object.keys(ELEMENTS) as Tag[]) {
    if (!available(root, tag)) {
      missing.push(tag);
      continue;
    }
    const withLit = await elementBundle(root, tag, true);
    const own = await elementBundle(root, tag, false);
    elements.push({
      tag,
      withLit: await measure(`${tag} ESM + Lit`, [`${tag}.js`], root, [withLit]),
      own: await measure(`${tag} ESM, Lit external`, [`${tag}.js`], root, [own]),
    });
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
  return { ours, elements, missing, peers };
}
