// The size of <event-card> on its own: ESM, Lit included, minified (esbuild) and gzipped (level 9),
// as a page that imports only `bildungsnetz-widgets/event-card` would load it.
// Also printed: Lit alone and Lit + the shared base every element needs, so the card's own
// share is visible. `npm run size:card`; budget: 14 KB for the card alone.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

const BUDGET = 14 * 1024;
const entries = {
  'lit alone': `export * from 'lit'; export * from 'lit/decorators.js';`,
  'lit + shared base (FeedElement, data layer)': `
    export * from './src/shared/feed-element.ts'; export * from './src/shared/heading.ts';
    export * from './src/shared/define.ts'; export * from './src/shared/i18n.ts';
    export * from './src/data/dates.ts'; export * from './src/data/views.ts';
    export * from 'lit/decorators.js';`,
  'event-card alone (lit included)': `import './src/components/event-card/event-card.ts';`,
};

const sizes = {};
for (const [name, contents] of Object.entries(entries)) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    target: 'es2022',
    conditions: ['production'],
    tsconfig: 'tsconfig.json',
    logLevel: 'error',
  });
  const code = result.outputFiles[0].contents;
  sizes[name] = { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
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
