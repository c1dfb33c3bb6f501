/**
 * Builds the scenario pages' scripts with Vite (the project's own bundler): each page's
 * module, preceded by the import of the element it measures, minified, production Lit, into
 * bench/tmp/build/. A page whose element is not in src/ yet is not built; its scenario reports
 * "not available yet".
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

export const ELEMENTS = {
  'event-card': 'src/components/event-card/event-card.ts',
  'event-list': 'src/components/event-list/event-list.ts',
  'meeting-calendar': 'src/components/meeting-calendar/meeting-calendar.ts',
} as const;
export type Tag = keyof typeof ELEMENTS;

/** Each built page: the element it needs (imported first) and its own module. */
export const PAGES: Record<string, { needs?: Tag }> = {
  'list-ours': { needs: 'event-list' },
  'list-vanilla': {},
  'calendar-ours': { needs: 'meeting-calendar' },
  'calendar-fc': {},
  'e2e-fc': {},
};

/**
 * The style sheets `<event-list>` adopts, in order (`static styles`), read from their sources
 * at build time, so the vanilla baseline pays the same style and layout cost without Lit.
 */
const LIST_CSS_SOURCES: [string, string][] = [
  ['src/shared/styles.ts', 'baseStyles'],
  ['src/components/event-card/compact.styles.ts', 'compactCardStyles'],
  ['src/shared/filter-bar.styles.ts', 'filterBarStyles'],
  ['src/components/event-list/event-list.styles.ts', 'styles'],
];

function listCss(root: string): string {
  let out = '';
  for (const [file, name] of LIST_CSS_SOURCES) {
    const path = join(root, file);
    if (!existsSync(path)) continue;
    const text = readFileSync(path, 'utf8');
    const start = text.indexOf(`${name} = css\``);
    if (start < 0) throw new Error(`${file}: no \`${name} = css\`\` to copy for the vanilla baseline`);
    const from = start + name.length + 7;
    const block = text.slice(from, text.indexOf('`', from));
    if (block.includes('${'))
      throw new Error(`${file}: ${name} has interpolations; the baseline cannot copy it`);
    out += block;
  }
  return out;
}

export function available(root: string, tag: Tag): boolean {
  return existsSync(join(root, ELEMENTS[tag]));
}

/** Builds every page whose element exists; returns the names of the pages built. */
export async function buildPages(root: string): Promise<string[]> {
  const tmp = join(root, 'bench/tmp');
  const entries = join(tmp, 'entries');
  rmSync(entries, { recursive: true, force: true });
  mkdirSync(entries, { recursive: true });
  const input: Record<string, string> = {};
  for (const [name, { needs }] of Object.entries(PAGES)) {
    if (needs && !available(root, needs)) continue;
    const file = join(entries, `${name}.js`);
    const lines = [];
    if (needs) lines.push(`import ${JSON.stringify(join(root, ELEMENTS[needs]))};`);
    lines.push(`import ${JSON.stringify(join(root, 'bench/pages', `${name}.ts`))};`);
    writeFileSync(file, lines.join('\n') + '\n');
    input[name] = file;
  }
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    mode: 'production',
    publicDir: false,
    plugins: [
      {
        name: 'bench-event-list-css',
        resolveId: (id: string) => (id === 'virtual:event-list-css' ? '\0event-list-css' : undefined),
        load: (id: string) =>
          id === '\0event-list-css' ? `export const LIST_CSS = ${JSON.stringify(listCss(root))};` : undefined,
      },
      {
        // package.json's `sideEffects` names only the library's files; the scenario pages run
        // for their side effects too and must not be tree-shaken away.
        name: 'bench-pages-have-side-effects',
        transform(_code: string, id: string) {
          return id.includes('/bench/') ? { code: _code, moduleSideEffects: true } : undefined;
        },
      },
    ],
    build: {
      outDir: join(tmp, 'build'),
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      modulePreload: false,
      rollupOptions: {
        input,
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  });
  for (const name of Object.keys(input)) {
    const size = statSync(join(tmp, 'build', `${name}.js`)).size;
    if (size < 200)
      throw new Error(`bench page ${name} built to ${size} bytes: its code was tree-shaken away`);
  }
  return Object.keys(input);
}
