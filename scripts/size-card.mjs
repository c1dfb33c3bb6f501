// The size of <event-card> on its own: ESM, Lit included, minified (esbuild) and gzipped (level 9),
// as a page that imports only `bildungsnetz-widgets/event-card` would load it.
// Also printed: Lit alone and Lit + the shared base every element needs, so the card's own
// share is visible. `npm run size:card`; budget: 14 KB for the card alone.
// Code splitting is on, as in an app's build: what an entry loads only on demand through
// `import()` (none today) would be printed on lines of its own (↳), not counted
// in the entry's line, and not left out either.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 14 * 1024;
const entries = {
  'lit alone': `export * from 'lit';`,
  'lit + shared base (FeedElement, data layer)': `
    export * from '../../../src/shared/feed-element.ts'; export * from '../../../src/shared/heading.ts';
    export * from '../../../src/shared/define.ts'; export * from '../../../src/shared/i18n.ts';
    export * from '../../../src/data/dates.ts'; export * from '../../../src/data/views.ts';`,
  'event-card alone (lit included)': `import '../../../src/components/event-card/event-card.ts';`,
};

const dir = 'node_modules/.cache/size-card';
mkdirSync(dir, { recursive: true });
const sizes = {};
for (const [name, contents] of Object.entries(entries)) {
  const entry = `${dir}/${name.replace(/\W+/g, '-')}.ts`;
  writeFileSync(entry, contents);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    outdir: `${dir}/out`,
    metafile: true,
    format: 'esm',
    minify: true,
    write: false,
    target: 'es2022',
    conditions: ['production'],
    tsconfig: 'tsconfig.json',
    logLevel: 'error',
  });
  const files = new Map(result.outputFiles.map((file) => [file.path, file.contents]));
  const outputs = result.metafile.outputs;
  const absolute = (p) => result.outputFiles.find((file) => file.path.endsWith(p))?.path;
  // The entry and the chunks it imports statically load at once; the rest on demand.
  const atOnce = new Set();
  const load = (path) => {
    if (atOnce.has(path)) return;
    atOnce.add(path);
    for (const i of outputs[path].imports) if (i.kind === 'import-statement' && !i.external) load(i.path);
  };
  // (esbuild lists each `import()` target as an entry point too: start from ours only.)
  for (const [path, output] of Object.entries(outputs)) if (output.entryPoint === entry) load(path);
  const measure = (paths) => {
    const code = Buffer.concat(paths.map((p) => files.get(absolute(p))));
    return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
  };
  sizes[name] = measure([...atOnce]);
  for (const path of Object.keys(outputs))
    if (!atOnce.has(path) && path.endsWith('.js'))
      sizes[
        `  ↳ on demand: ${Object.keys(outputs[path].inputs)
          .map((i) => i.split('/').pop())
          .join(', ')}`
      ] = measure([path]);
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
for (const [name, { minified, gzip }] of Object.entries(sizes))
  console.log(`${name.padEnd(46)} ${kb(minified).padStart(9)} min  ${kb(gzip).padStart(8)} gzip`);
const card = sizes['event-card alone (lit included)'].gzip;
const base = sizes['lit + shared base (FeedElement, data layer)'].gzip;
console.log(
  `${'the card’s own code (difference)'.padEnd(46)} ${''.padStart(13)}  ${kb(card - base).padStart(8)} gzip`,
);
console.log(`budget 14 KB: ${card <= BUDGET ? 'within' : `over by ${kb(card - BUDGET)}`}`);
