import { defineConfig } from 'vite';

/**
 * `npm run build:cli`: the feed validator's command line, `src/cli.ts` → `dist/cli.js`, one ES
 * module for plain Node ≥ 20 (node: built-ins external), started by `bin/bildungsnetz-widgets.mjs`.
 */
export default defineConfig({
  publicDir: false,
  build: {
    ssr: 'src/cli.ts',
    target: 'node20',
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    sourcemap: false,
    rollupOptions: { output: { entryFileNames: 'cli.js', format: 'es' } },
  },
});
