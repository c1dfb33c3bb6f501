import { defineConfig } from 'vite';

/**
 * `vite` (npm start) serves the demo page index.html on the sample feed.
 * `vite build` writes the self-contained script bundle (mode "script", the default) and the
 * unbundled ESM with lit external (`--mode esm`); `npm run build` runs both.
 */
export default defineConfig(({ mode }) => {
  const esm = mode === 'esm';
  return {
    publicDir: false,
    server: { host: '127.0.0.1', port: 5173 },
    // Only the demo pages are app entries; test pages (test/**/*.html) belong to the test runner.
    optimizeDeps: { entries: ['index.html', 'demo/**/*.html'] },
    build: {
      target: 'es2021',
      emptyOutDir: !esm,
      copyPublicDir: false,
      sourcemap: true,
      lib: esm
        ? {
            entry: { index: 'src/index.ts' },
            formats: ['es'],
          }
        : {
            entry: 'src/bundle.ts',
            name: 'BildungsnetzWidgets',
            formats: ['iife'],
            fileName: () => 'bildungsnetz-widgets.js',
          },
      rollupOptions: esm
        ? {
            external: [/^lit/, /^@lit\//],
            output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
          }
        : {},
    },
  };
});
