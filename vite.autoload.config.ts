import { rmSync } from 'node:fs';
import { minifyTemplatesPlugin } from './scripts/minify-templates.ts';
import { defineConfig, type Plugin } from 'vite';
import { elementTags } from './vite.config.ts';

/**
 * `virtual:bildungsnetz-elements`: every element's tag and the import of its module, written
 * from the folders of src/components (as vite.config.ts finds them), so a new element needs no
 * change to the autoloader.
 */
const elementsModule: Plugin = {
  name: 'bildungsnetz-elements',
  resolveId: (id) => (id === 'virtual:bildungsnetz-elements' ? '\0bildungsnetz-elements' : undefined),
  load: (id) =>
    id === '\0bildungsnetz-elements'
      ? `export default {${elementTags()
          .map((tag) => `'${tag}': () => import('/src/components/${tag}/${tag}.ts')`)
          .join(',')}};`
      : undefined,
};

/** Chunks of an earlier build would stay beside the new ones (dist/ is not emptied here). */
const freshChunks: Plugin = {
  name: 'fresh-chunks',
  buildStart: () => rmSync('dist/chunks', { recursive: true, force: true }),
};

/**
 * What every element needs: Lit, `@lit/task`, the base element with its controllers, texts and
 * styles, the registration, and the data layer it loads and parses feeds with. One chunk,
 * `chunks/base.js`, that each element chunk imports. Modules only some elements use (the filter
 * bar, the calendar model, the network helpers) stay with them.
 */
const BASE =
  /node_modules\/|@oxc-project|\/src\/shared\/(feed-element|feed-controller|lazy-controller|define|i18n|styles|heading|markup)\.ts$|\/src\/data\/(dates|errors|load|parse|messages|states|description|views)\.ts$/;

/**
 * What `<event-list>` and `<meeting-calendar>` share (filters and the filter bar, subscription
 * calendars, a split feed's archive parts): one chunk, `chunks/lists.js`. A card whose event is
 * in an archive part loads it too, through its own small chunk (archived-event.ts), rather than
 * every list page loading the archive code as a chunk of its own.
 */
const LISTS =
  /\/src\/shared\/(event-filters|filter-bar(\.strings|\.styles)?|url-state|subscriptions(\.strings|\.styles)?|archive-controller|archive\.strings)\.ts$|\/src\/data\/(filter|archive)\.ts$/;

/**
 * `vite build -c vite.autoload.config.ts` writes the autoloader: `dist/autoload.js` and the
 * chunks it imports, `dist/chunks/`: one per element (`event-card.js`, …), the base they share
 * (`base.js`) and the code some visitors need only later (the `.ics` writer, the JSON-LD
 * writer). Names carry no hash: the files keep their names from version to version, like the
 * one-file script; a CDN's versioned URL keeps versions apart.
 *
 * Runs after `vite build` (the one-file script empties dist/ first); see `npm run build`.
 */
export default defineConfig({
  publicDir: false,
  plugins: [freshChunks, elementsModule, minifyTemplatesPlugin()],
  build: {
    target: 'es2022',
    emptyOutDir: false,
    copyPublicDir: false,
    sourcemap: true,
    lib: { entry: { autoload: 'src/autoload.ts' }, formats: ['es'] },
    rollupOptions: {
      // Needed for a group without its dependencies (`lists`); the autoloader's entry exports nothing.
      preserveEntrySignatures: 'allow-extension',
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name].js',
        minify: true,
        codeSplitting: {
          groups: [
            { name: 'base', test: BASE },
            // Only these modules: what they import from elsewhere stays in its own chunks.
            { name: 'lists', test: LISTS, includeDependenciesRecursively: false },
          ],
        },
      },
    },
  },
});
