// What `npm publish` would ship, checked from `npm pack --dry-run` after `npm run build`:
// only the built package (no sources, tests, stories, size reports; not the WordPress plugin zip
// nor the Baukasten page either, which are handed out on their own), every `exports` target in
// it, the source maps self-contained (shipped on purpose: each holds its sources, so a partner's
// devtools show readable code without our src/), and the framework types current with
// custom-elements.json and complete (every element, every attribute, every event).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { elementsFromManifest, frameworkNames, frameworkTypes } from '../../scripts/framework-types.mjs';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const pkg = JSON.parse(read('package.json'));
const manifest = JSON.parse(read('custom-elements.json'));

const packed: { files: { path: string }[] } = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }),
)[0];
const files = packed.files.map((f) => f.path).sort();

test('the tarball holds the built package and its documents, nothing else', () => {
  const allowed = [
    /^package\.json$/,
    /^README\.md$/,
    /^CHANGELOG\.md$/,
    /^LICEN[CS]E(\.md)?$/,
    /^custom-elements\.json$/,
    /^docs\/cli\.md$/, // the CLI's manual, for `npx bildungsnetz-widgets` users
    /^bin\/[\w-]+\.mjs$/,
    /^dist\/[\w/.-]+\.js(\.map)?$/,
    /^dist\/types\/[\w/.-]+\.d\.ts$/,
    // The editors' snippet builder (a static page), the spreadsheet template and the CLI guide.
    /^dist\/baukasten\.html$/,
    /^dist\/vorlage-termine\.csv$/,
    // Optional stylesheets of --bn-* values (the KERN preset).
    /^dist\/themes\/[\w-]+\.css$/,
    /^docs\/cli\.md$/,
  ];
  const stray = files.filter((f) => !allowed.some((re) => re.test(f)));
  assert.deepEqual(stray, [], 'files that should not be published');
  assert.ok(!files.some((f) => /(^|\/)(src|test|stories|examples|bench)\//.test(f)));
  assert.ok(!files.some((f) => /size-report|\.test\.|baukasten|\.zip$/.test(f)));
  assert.ok(files.includes('CHANGELOG.md'), 'the changelog is published');
});

test('every source map belongs to a shipped file and carries its sources', () => {
  const maps = files.filter((f) => f.endsWith('.map'));
  assert.ok(maps.length > 0);
  for (const map of maps) {
    assert.ok(files.includes(map.slice(0, -'.map'.length)), `${map} has its script`);
    const { sources, sourcesContent } = JSON.parse(read(map));
    assert.equal(sourcesContent?.filter((s: unknown) => typeof s === 'string').length, sources.length, map);
  }
});

test('every path in package.json `exports`, `bin` and `types` is in the tarball', () => {
  const targets = new Set<string>([pkg.types, pkg.main, ...Object.values<string>(pkg.bin)]);
  const collect = (value: unknown): void => {
    if (typeof value === 'string') targets.add(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(pkg.exports);
  for (const target of targets) {
    const path = target.replace(/^\.\//, '');
    if (path.includes('*')) {
      const re = new RegExp(`^${path.replace(/[.]/g, '\\.').replace(/\*/g, '[\\w-]+')}$`);
      assert.ok(
        files.some((f) => re.test(f)),
        `${target} matches a packed file`,
      );
    } else assert.ok(files.includes(path), `${target} is packed`);
  }
  for (const name of frameworkNames) {
    assert.deepEqual(pkg.exports[`./${name}`], { types: `./dist/types/frameworks/${name}.d.ts` });
  }
});

test('the built framework types are the ones custom-elements.json gives (run `npm run build`)', () => {
  for (const [name, text] of Object.entries(frameworkTypes(manifest))) {
    assert.equal(read(`dist/types/frameworks/${name}.d.ts`), text, name);
  }
});

test('the framework types name every element, attribute and event, as each framework spells them', () => {
  const elements = elementsFromManifest(manifest);
  assert.ok(elements.length >= 7);
  const types = frameworkTypes(manifest);
  const camel = (s: string) => s.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
  const eventProp: Record<string, (e: string) => string> = {
    react: (e) => `'on${e}'?: (event: HTMLElementEventMap['${e}']) => void;`,
    preact: (e) => `'on${e}'?: (event: HTMLElementEventMap['${e}']) => void;`,
    solid: (e) => `'on:${e}'?: (event: HTMLElementEventMap['${e}']) => void;`,
    svelte: (e) => `'on${e}'?: (event: HTMLElementEventMap['${e}']) => void;`,
    vue: (e) => `on${camel(`-${e}`)}?: (event: HTMLElementEventMap['${e}']) => void;`,
  };
  for (const name of frameworkNames) {
    const text = types[name];
    for (const el of elements) {
      assert.ok(text.includes(`'${el.tag}': `), `${name}: <${el.tag}>`);
      for (const a of el.attributes) {
        const key = name === 'vue' ? a.field : a.name.includes('-') ? `'${a.name}'` : a.name;
        assert.ok(text.includes(`  ${key}?: `), `${name}: <${el.tag}> ${a.name}`);
      }
      for (const e of el.events) assert.ok(text.includes(eventProp[name](e.name)), `${name}: ${e.name}`);
    }
  }
  // The calendar's own events are there, not only the shared feed-load/feed-error.
  assert.ok(types.react.includes(`'onevent-select'?: (event: HTMLElementEventMap['event-select']) => void;`));
  assert.ok(types.vue.includes(`onMonthChange?: (event: HTMLElementEventMap['month-change']) => void;`));
});

test('attribute types come from the manifest: string unions and numbers as such, named types from the class', () => {
  const { react } = frameworkTypes(manifest);
  assert.match(react, /view\?: 'month' \| 'list';/);
  assert.match(react, /limit\?: number;/);
  assert.match(react, /'heading-level'\?: number;/);
  assert.match(react, /when\?: NonNullable<EventList\['when'\]>;/);
  assert.doesNotMatch(react, /\?: [^;]*undefined;/, 'optional props need no `| undefined`');
});
