import { existsSync, readdirSync } from 'node:fs';
import { minifyTemplatesPlugin } from './scripts/minify-templates.ts';
import { defineConfig, type Plugin } from 'vite';

/** The dev server sends demo/csp.html with the strict policy a locked-down CMS would send. */
const strictCspDemo: Plugin = {
  name: 'strict-csp-demo',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url?.split('?')[0] === '/demo/csp.html')
        res.setHeader(
          'Content-Security-Policy',
          "default-src 'self'; img-src 'self' https://www.transferagentur-nordost.example.org",
        );
      next();
    });
  },
};

/**
 * The one-file script takes `src/shared/lazy.inline.ts` for `src/shared/lazy.ts`: the code some
 * visitors need later (the `.ics` and JSON-LD writers) is inside that file anyway.
 */
const inlineLazy: Plugin = {
  name: 'inline-lazy',
  enforce: 'pre',
  async resolveId(source, importer) {
    if (!source.endsWith('/lazy.js') || !importer) return null;
    const resolved = await this.resolve(source, importer, { skipSelf: true });
    return resolved?.id.endsWith('/src/shared/lazy.ts')
      ? resolved.id.replace(/lazy\.ts$/, 'lazy.inline.ts')
      : null;
  },
};

/**
 * Every element: `src/components/<tag>/<tag>.ts`. Each becomes its own ESM entry
 * (`bildungsnetz-widgets/<tag>`), so a new element folder is picked up without any change here.
 */
export const elementTags = (): string[] =>
  readdirSync('src/components', { withFileTypes: true })
    .filter((dir) => dir.isDirectory() && existsSync(`src/components/${dir.name}/${dir.name}.ts`))
    .map((dir) => dir.name)
    .sort();

/**
 * `vite` serves the demo pages on the sample feed: index.html (every element, from source) and
 * the host pages demo/plain.html, demo/hostile.html, demo/csp.html (the built script bundle;
 * `npm start` builds it first).
 * `vite build` writes the self-contained script bundle (mode "script", the default) and
 * `vite build --mode esm` the unbundled ESM with lit external, one module per source file and
 * one entry per element; `npm run build` runs both, then emits the `.d.ts` files.
 */
export default defineConfig(({ command, mode }) => {
  const esm = mode === 'esm';
  return {
    publicDir: false,
    plugins: [strictCspDemo, minifyTemplatesPlugin(), ...(command === 'build' && !esm ? [inlineLazy] : [])],
    server: { host: '127.0.0.1', port: 5173 },
    // Only the demo pages are app entries; test pages (test/**/*.html) belong to the test runner.
    optimizeDeps: { entries: ['index.html', 'demo/**/*.html'] },
    build: {
      // ES2022 lets class static blocks stand for `Class.styles = …` after each class (-0.1 kB
      // gzip). Static blocks need Safari 16.4; the styles need Chrome 111 and Firefox 113
      // (color-mix()), so the floor is Chrome/Edge 111, Firefox 113, Safari/iOS 16.4. In an
      // older browser the script does not run and the elements' fallback children stay.
      target: 'es2022',
      emptyOutDir: !esm,
      copyPublicDir: false,
      sourcemap: true,
      lib: esm
        ? {
            entry: {
              index: 'src/index.ts',
              ...Object.fromEntries(
                elementTags().map((tag) => [`components/${tag}/${tag}`, `src/components/${tag}/${tag}.ts`]),
              ),
            },
            formats: ['es'],
          }
        : {
            // An IIFE without exports: a classic script that also runs as type="module",
            // with defer or async, and leaves no global behind (`name` is required by Vite
            // but unused: bundle.ts exports nothing).
            entry: 'src/bundle.ts',
            name: 'BildungsnetzWidgets',
            formats: ['iife'],
            fileName: () => 'bildungsnetz-widgets.js',
          },
      rollupOptions: esm
        ? {
            external: [/^lit(\/|$)/, /^lit-html(\/|$)/, /^@lit\//],
            output: {
              preserveModules: true,
              preserveModulesRoot: 'src',
              // The decorator helper the Oxc transform injects would otherwise land in
              // `_virtual/_@oxc-project_runtime@<version>/…`: a path with `@` and a version in
              // it, which CDNs (`…/bildungsnetz-widgets@0.1.0/…`) and diffs handle badly.
              entryFileNames: (chunk) =>
                chunk.name.includes('oxc-project') ? 'shared/oxc-decorate.js' : '[name].js',
            },
          }
        : {},
    },
  };
});
