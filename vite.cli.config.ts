import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

/**
 * `npm run build:cli`: the publisher's command line, `src/cli/main.ts` → `dist/cli.js`, one ES
 * module for plain Node ≥ 20, started by `bin/bildungsnetz-widgets.mjs`. node: built-ins and
 * the package's dependencies (ical.js, csv-parse) stay imports, resolved from node_modules.
 * The spreadsheet template `docs/vorlage-termine.csv` is copied next to it for download.
 */
export default defineConfig({
  publicDir: false,
  build: {
    ssr: 'src/cli/main.ts',
    target: 'node20',
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    sourcemap: false,
    rollupOptions: { output: { entryFileNames: 'cli.js', format: 'es' } },
  },
  plugins: [
    {
      name: 'csv-template',
      generateBundle() {
        this.emitFile({
          type: 'asset',
          fileName: 'vorlage-termine.csv',
          source: readFileSync('docs/vorlage-termine.csv'),
        });
      },
    },
  ],
});
