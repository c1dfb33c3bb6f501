// Which source module adds how much to the script bundle: `npm run size:modules` (after a build).
// Reads dist/bildungsnetz-widgets.js and its source map, gives each byte of the minified bundle to
// the module it came from, and prints per module the minified bytes and those bytes gzipped on
// their own. Gzipped alone, parts compress worse than in the whole bundle, so the column adds up
// to more than the bundle: use it to compare modules and to see a change's effect, not as a sum.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

const file = process.argv[2] ?? 'dist/bildungsnetz-widgets.js';
const code = readFileSync(file, 'utf8');
const map = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
const lines = code.split('\n');
const mappings = [];
map.eachMapping((m) => mappings.push(m));
mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);

const parts = new Map();
mappings.forEach((m, i) => {
  const next = mappings[i + 1];
  const line = lines[m.generatedLine - 1] ?? '';
  const end = next && next.generatedLine === m.generatedLine ? next.generatedColumn : line.length;
  const source = (m.source ?? '(unmapped)').replace(/.*node_modules\//, '').replace(/.*\/src\//, 'src/');
  parts.set(source, (parts.get(source) ?? '') + line.slice(m.generatedColumn, end));
});

const rows = [...parts]
  .map(([source, text]) => ({ source, min: text.length, gzip: gzipSync(text, { level: 9 }).length }))
  .sort((a, b) => b.gzip - a.gzip);
console.log('   min    gzip  module');
for (const r of rows) console.log(`${String(r.min).padStart(6)} ${String(r.gzip).padStart(7)}  ${r.source}`);
console.log(`${file}: ${code.length} bytes minified, ${gzipSync(code, { level: 9 }).length} gzip`);
