// `npm run new-element <tag>` (scripts/new-element.mjs): the files it writes follow the anatomy
// of CONTRIBUTING.md and type-check against the real src/shared and src/data; it never
// overwrites and refuses names that are no custom element names.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
// @ts-expect-error -- a plain .mjs script without type declarations
import { className, isTag, newElement } from '../../scripts/new-element.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
let root: string;

before(() => {
  root = mkdtempSync(join(tmpdir(), 'new-element-'));
  // The generated element imports ../../shared and ../../data: the real ones.
  mkdirSync(join(root, 'src'));
  for (const dir of ['src/shared', 'src/data', 'node_modules'])
    symlinkSync(join(repo, dir), join(root, dir), 'dir');
});

after(() => rmSync(root, { recursive: true, force: true }));

test('names: the class name of a tag, and what a tag may be', () => {
  assert.equal(className('network-map'), 'NetworkMap');
  assert.equal(className('x-y2-z'), 'XY2Z');
  for (const tag of ['network-map', 'a-b', 'x-y2-z']) assert.ok(isTag(tag), tag);
  for (const tag of ['networkmap', 'Network-map', '-map', 'map-', 'net_map', 'net--map', '../x-y'])
    assert.ok(!isTag(tag), tag);
});

test('writes the anatomy: element, styles, strings, test and stories', () => {
  const written: string[] = newElement('network-map', root);
  assert.deepEqual(written.sort(), [
    'src/components/network-map/network-map.strings.ts',
    'src/components/network-map/network-map.styles.ts',
    'src/components/network-map/network-map.ts',
    'stories/network-map.stories.ts',
    'test/components/network-map/network-map.test.ts',
  ]);
  const element = readFileSync(join(root, 'src/components/network-map/network-map.ts'), 'utf8');
  assert.match(element, /export class NetworkMap extends FeedElement \{/);
  assert.match(element, /defineElement\('network-map', NetworkMap\);/);
  assert.match(element, /@summary /);
  assert.match(element, /'network-map': NetworkMap;/);
});

test('the files it writes type-check against the real src/shared and src/data', () => {
  writeFileSync(
    join(root, 'tsconfig.json'),
    JSON.stringify({
      extends: join(repo, 'tsconfig.json'),
      include: ['src/components', 'test/components', 'stories'],
    }),
  );
  try {
    execFileSync(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', root], {
      encoding: 'utf8',
    });
  } catch (error) {
    assert.fail(`tsc failed on the generated files:\n${(error as { stdout: string }).stdout}`);
  }
});

test('never overwrites, and refuses a name that is no custom element name', () => {
  assert.throws(() => newElement('network-map', root), /Not overwriting: src\/components\/network-map/);
  assert.throws(() => newElement('networkmap', root), /not a custom element name/);
});
