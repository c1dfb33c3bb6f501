/**
 * `npm run build:baukasten`: the snippet builder as a static page, dist/baukasten.html with its
 * script dist/baukasten.js (the widgets included, for the preview). It sits next to
 * dist/bildungsnetz-widgets.js, which the copied HTML points to by default.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { minifyTemplatesPlugin } from '../scripts/minify-templates.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  publicDir: false,
  plugins: [minifyTemplatesPlugin()],
  build: {
    outDir: fileURLToPath(new URL('../dist', import.meta.url)),
    emptyOutDir: false,
    target: 'es2022',
    copyPublicDir: false,
    rollupOptions: {
      input: { baukasten: fileURLToPath(new URL('./baukasten.html', import.meta.url)) },
      output: { entryFileNames: '[name].js', chunkFileNames: '[name].js', assetFileNames: '[name][extname]' },
    },
  },
});
