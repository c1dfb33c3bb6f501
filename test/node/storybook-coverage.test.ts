// Storybook coverage: every public attribute, property, event, slot, part and custom property of
// every element in custom-elements.json appears in Storybook, and the manifest itself is complete.
//
// The manifest is generated afresh for this test (the analyzer, into a temporary folder), so it
// is never stale. Storybook's docs tables come from the same manifest and list everything on
// their own; that alone proves nothing, so the rule is about what the *stories* do:
//
// For an element <x-y>, stories/x-y.stories.ts must exist with `component: 'x-y'` in its default
// export, and there (the "docs page" being stories/x-y.mdx, when there is one):
// - attribute `a` (property `p`): `a` or `p` is a key of `args` or `argTypes` (of the meta or of
//   a story), so it has a control, AND a template binds it on <x-y> (`a=${…}`, `?a=${…}` or
//   `.p=${…}`), so the control reaches the element;
// - property `p` without an attribute: `p` is a key of `args` or `argTypes` AND a template binds
//   `.p=${…}` on <x-y> (a read-only property: the key alone);
// - event `e`: a template binds `@e=${…}` on <x-y>, or `e` is in an `actions: { handles: […] }`
//   list (then it shows in the Actions panel);
// - slot `s`: a template has `slot="s"` (the default slot: <x-y> with content in a template);
// - part `p`: `::part(p)` is written in the story file or the docs page;
// - custom property `--c`: `--c` is written in the story file or the docs page.
// The usual way to list parts and custom properties is a "Theming" story that sets each custom
// property and styles each part (see stories/event-card.stories.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { parseFeed } from '../../src/data/parse.ts';
import { commonAttributes, editorTexts } from '../../stories/docs/einbinden.ts';
import { keyboard } from '../../stories/docs/keyboard.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

interface Named {
  name: string;
  description?: string;
}
interface Member extends Named {
  kind: 'field' | 'method';
  attribute?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
}
interface Attribute extends Named {
  fieldName?: string;
}
interface Element extends Named {
  tagName: string;
  summary?: string;
  attributes?: Attribute[];
  members?: Member[];
  events?: Named[];
  slots?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}

function freshManifest(): { modules: { path: string; declarations?: (Element & { kind: string })[] }[] } {
  const out = mkdtempSync(join(tmpdir(), 'cem-'));
  try {
    const cem = createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/cem.js');
    // The analyzer joins outdir to its working directory, so it must be relative.
    execFileSync(process.execPath, [cem, 'analyze', '--quiet', '--outdir', relative(root, out)], {
      cwd: root,
      stdio: 'pipe',
    });
    return JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8'));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const manifest = freshManifest();
const elements: Element[] = manifest.modules.flatMap((m) =>
  (m.declarations ?? []).filter((d): d is Element & { kind: string } => d.kind === 'class' && !!d.tagName),
);
const publicFields = (el: Element) =>
  (el.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.privacy && !m.name.startsWith('_'));

// ---------------------------------------------------------------------------------------------
// The manifest is complete

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

test('custom-elements.json has every element registered with defineElement in src/components', () => {
  const defined = sourceFiles(join(root, 'src/components')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/defineElement\(\s*['"]([a-z][\w-]*)['"]/g)].map((m) => m[1]!),
  );
  assert.ok(defined.length > 0, 'no element found in src/components');
  assert.deepEqual(elements.map((e) => e.tagName).sort(), [...new Set(defined)].sort());
});

test('every element documents itself in JSDoc: @summary and a description of every member', () => {
  const missing: string[] = [];
  for (const el of elements) {
    if (!el.summary) missing.push(`<${el.tagName}>: @summary`);
    for (const a of el.attributes ?? [])
      if (!a.description) missing.push(`<${el.tagName}> attribute ${a.name}`);
    for (const f of publicFields(el)) if (!f.description) missing.push(`<${el.tagName}> property ${f.name}`);
    for (const [kind, list] of [
      ['event (@fires)', el.events],
      ['slot (@slot)', el.slots],
      ['part (@csspart)', el.cssParts],
      ['custom property (@cssprop)', el.cssProperties],
    ] as const)
      for (const item of list ?? [])
        if (!item.description) missing.push(`<${el.tagName}> ${kind} ${item.name}`);
    if (!el.cssParts?.length) missing.push(`<${el.tagName}>: no @csspart at all`);
    if (!el.cssProperties?.length) missing.push(`<${el.tagName}>: no @cssprop at all`);
    if (!el.events?.some((e) => e.name === 'feed-load')) missing.push(`<${el.tagName}>: @fires feed-load`);
    if (!el.events?.some((e) => e.name === 'feed-error')) missing.push(`<${el.tagName}>: @fires feed-error`);
  }
  assert.deepEqual(missing, [], `Undocumented in the element's JSDoc:\n${missing.join('\n')}`);
});

// ---------------------------------------------------------------------------------------------
// What a story file declares, read with the TypeScript parser (the stories are never executed)

interface StoryFacts {
  component?: string;
  keys: Set<string>;
  /** Per tag: attribute names as written on it in templates (`a`, `?a`, `.p`, `@e`, `slot`). */
  bindings: Map<string, Set<string>>;
  /** Tags that have content between their start and end tag in a template. */
  withContent: Set<string>;
  slotNames: Set<string>;
  handles: Set<string>;
  text: string;
}

const unwrap = (node: ts.Node | undefined): ts.Node | undefined => {
  while (
    node &&
    (ts.isAsExpression(node) ||
      ts.isSatisfiesExpression(node) ||
      ts.isParenthesizedExpression(node) ||
      ts.isTypeAssertionExpression(node))
  )
    node = node.expression;
  return node;
};

function readStories(file: string): StoryFacts {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const variables = new Map<string, ts.Expression>();
  const facts: StoryFacts = {
    keys: new Set(),
    bindings: new Map(),
    withContent: new Set(),
    slotNames: new Set(),
    handles: new Set(),
    text,
  };
  const propName = (name: ts.PropertyName): string | undefined =>
    ts.isIdentifier(name) || ts.isStringLiteralLike(name) || ts.isNumericLiteral(name)
      ? name.text
      : ts.isComputedPropertyName(name) && ts.isStringLiteralLike(name.expression)
        ? name.expression.text
        : undefined;
  const objectOf = (
    node: ts.Node | undefined,
    seen = new Set<string>(),
  ): ts.ObjectLiteralExpression | undefined => {
    const n = unwrap(node);
    if (n && ts.isObjectLiteralExpression(n)) return n;
    if (n && ts.isIdentifier(n) && !seen.has(n.text))
      return objectOf(variables.get(n.text), seen.add(n.text));
    return undefined;
  };
  const keysOf = (object: ts.ObjectLiteralExpression | undefined, into: Set<string>) => {
    for (const p of object?.properties ?? []) {
      if (ts.isSpreadAssignment(p)) keysOf(objectOf(p.expression), into);
      else if (p.name) {
        const name = propName(p.name);
        if (name) into.add(name);
      }
    }
  };
  const property = (object: ts.ObjectLiteralExpression | undefined, name: string) => {
    for (const p of object?.properties ?? [])
      if (ts.isPropertyAssignment(p) && propName(p.name) === name) return p.initializer;
    return undefined;
  };
  const storyObjects: ts.ObjectLiteralExpression[] = [];

  const visit = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      variables.set(node.name.text, node.initializer);
      const statement = node.parent.parent;
      const exported =
        ts.isVariableStatement(statement) &&
        !!statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      const object = objectOf(node.initializer);
      if (exported && object) storyObjects.push(object);
    }
    if (ts.isPropertyAssignment(node) && propName(node.name) === 'handles') {
      const list = unwrap(node.initializer);
      if (list && ts.isArrayLiteralExpression(list))
        for (const item of list.elements) if (ts.isStringLiteralLike(item)) facts.handles.add(item.text);
    }
    if (ts.isTaggedTemplateExpression(node)) readTemplate(node.template, facts);
    ts.forEachChild(node, visit);
  };
  visit(source);

  for (const statement of source.statements) {
    if (ts.isExportAssignment(statement) && !statement.isExportEquals) {
      const meta = objectOf(statement.expression);
      if (meta) {
        storyObjects.push(meta);
        const component = unwrap(property(meta, 'component'));
        if (component && ts.isStringLiteralLike(component)) facts.component = component.text;
      }
    }
  }
  for (const story of storyObjects) {
    keysOf(objectOf(property(story, 'args')), facts.keys);
    keysOf(objectOf(property(story, 'argTypes')), facts.keys);
  }
  return facts;
}

const HOLE = '\ue000'; // stands for a ${…} expression

function readTemplate(template: ts.TemplateLiteral, facts: StoryFacts): void {
  const markup = ts.isNoSubstitutionTemplateLiteral(template)
    ? template.text
    : template.head.text + template.templateSpans.map((span) => HOLE + span.literal.text).join('');
  for (const tag of markup.matchAll(/<([a-z][\w-]*)((?:\s[^<>]*)?)>/g)) {
    const [, name, body] = tag;
    const names = facts.bindings.get(name!) ?? new Set<string>();
    for (const attribute of body!.matchAll(
      /([.?@]?[^\s=/>"'\ue000]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g,
    )) {
      names.add(attribute[1]!);
      if (attribute[1] === 'slot' && attribute[2])
        facts.slotNames.add(attribute[2].replace(/^["']|["']$/g, ''));
    }
    facts.bindings.set(name!, names);
    const after = markup.slice(tag.index! + tag[0].length);
    const end = after.indexOf(`</${name}>`);
    if (end > 0 && after.slice(0, end).trim()) facts.withContent.add(name!);
  }
}

// ---------------------------------------------------------------------------------------------
// Every element's story file covers its manifest entry

const hasToken = (text: string, token: string) =>
  new RegExp(`(^|[^\\w-])${token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`).test(text);

test('the manifest has elements to check', () => {
  assert.ok(elements.length > 0);
});

for (const el of elements) {
  const tag = el.tagName;
  test(`<${tag}>: every attribute, property, event, slot, part and custom property is in its stories`, () => {
    const file = join(root, 'stories', `${tag}.stories.ts`);
    assert.ok(existsSync(file), `stories/${tag}.stories.ts is missing`);
    const facts = readStories(file);
    const docsPage = join(root, 'stories', `${tag}.mdx`);
    const text = facts.text + (existsSync(docsPage) ? readFileSync(docsPage, 'utf8') : '');
    const bound = facts.bindings.get(tag) ?? new Set<string>();
    const missing: string[] = [];
    if (facts.component !== tag) missing.push(`the default export has no \`component: '${tag}'\``);

    const attributeFields = new Set<string>();
    for (const a of el.attributes ?? []) {
      if (a.fieldName) attributeFields.add(a.fieldName);
      const keyed = facts.keys.has(a.name) || (!!a.fieldName && facts.keys.has(a.fieldName));
      const isBound =
        bound.has(a.name) || bound.has(`?${a.name}`) || (!!a.fieldName && bound.has(`.${a.fieldName}`));
      if (!keyed) missing.push(`attribute ${a.name}: not a key of args/argTypes (no control)`);
      if (!isBound) missing.push(`attribute ${a.name}: no template binds it on <${tag}>`);
    }
    for (const p of publicFields(el)) {
      if (attributeFields.has(p.name) || p.attribute) continue;
      if (!facts.keys.has(p.name)) missing.push(`property ${p.name}: not a key of args/argTypes`);
      if (!p.readonly && !bound.has(`.${p.name}`))
        missing.push(`property ${p.name}: no template binds .${p.name} on <${tag}>`);
    }
    for (const e of el.events ?? [])
      if (!bound.has(`@${e.name}`) && !facts.handles.has(e.name))
        missing.push(`event ${e.name}: neither @${e.name} on <${tag}> nor in parameters.actions.handles`);
    for (const s of el.slots ?? [])
      if (s.name ? !facts.slotNames.has(s.name) : !facts.withContent.has(tag))
        missing.push(
          s.name
            ? `slot ${s.name}: no slot="${s.name}" in a template`
            : `default slot: <${tag}> never has content`,
        );
    for (const p of el.cssParts ?? [])
      if (!text.includes(`::part(${p.name})`))
        missing.push(`part ${p.name}: ::part(${p.name}) is not written in the stories`);
    for (const c of el.cssProperties ?? [])
      if (!hasToken(text, c.name)) missing.push(`custom property ${c.name}: not written in the stories`);

    assert.deepEqual(
      missing,
      [],
      `stories/${tag}.stories.ts does not show everything custom-elements.json has (rule: test/node/storybook-coverage.test.ts):\n${missing.join('\n')}`,
    );
  });
}

// ---------------------------------------------------------------------------------------------
// The German "Einbinden" page has a text for every element and attribute

test('Einbinden (German) explains every element and every attribute', () => {
  const missing: string[] = [];
  for (const el of elements) {
    const texts = editorTexts[el.tagName];
    if (!texts) {
      missing.push(`<${el.tagName}>`);
      continue;
    }
    for (const a of el.attributes ?? [])
      if (!texts.attributes[a.name] && !commonAttributes[a.name]) missing.push(`<${el.tagName}> ${a.name}`);
  }
  assert.deepEqual(missing, [], `stories/docs/einbinden.ts has no German text for:\n${missing.join('\n')}`);
});

test('Accessibility describes the keyboard model of every element', () => {
  const missing = elements.filter((el) => !keyboard[el.tagName]).map((el) => `<${el.tagName}>`);
  assert.deepEqual(missing, [], `stories/docs/keyboard.ts has no keyboard model for:\n${missing.join('\n')}`);
});

// ---------------------------------------------------------------------------------------------
// The fixture feeds the stories use are valid

for (const name of ['edge-cases.json', 'empty-feed.json']) {
  test(`test/fixtures/${name} is a valid feed without issues`, () => {
    const result = parseFeed(JSON.parse(readFileSync(join(root, 'test/fixtures', name), 'utf8')));
    assert.ok(result.ok, 'the feed is rejected');
    assert.deepEqual(result.issues, []);
  });
}
