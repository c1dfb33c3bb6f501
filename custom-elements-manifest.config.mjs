// Custom Elements Manifest: `npm run analyze` (part of `npm run build`) writes
// custom-elements.json at the package root, the public contract of every element, read from the
// JSDoc of the element classes: @summary, @csspart, @cssprop, @fires, @slot, and the comment on
// each public property. Storybook's docs tables and docs pages read it, and
// test/node/storybook-coverage.test.ts checks the stories against it.
//
// The analyzer (0.11) brings its own TypeScript 5. Two small plugins teach it this project's
// conventions; everything else is the analyzer's own Lit support.

/**
 * Our elements register with `defineElement('tag', Class)` (src/shared/define.ts), which never
 * throws when the tag is taken; the analyzer only knows `customElements.define`. This turns each
 * such call into the manifest's `custom-element-definition` export, which gives the class its
 * `tagName`.
 */
function defineElementCalls() {
  return {
    name: 'bildungsnetz: defineElement calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (node.expression.text !== 'defineElement') return;
      const [tag, klass] = node.arguments;
      if (!tag || !ts.isStringLiteralLike(tag) || !klass || !ts.isIdentifier(klass)) return;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: { name: klass.text, module: moduleDoc.path },
        },
      ];
    },
  };
}

/**
 * Keeps only the public contract:
 * - drops private and protected members (the base class's task, render hooks, helpers);
 * - drops "events" the analyzer invents from `this.dispatchEvent(new CustomEvent(type, …))`
 *   when the name is a variable (FeedElement's `emit` helper): the real events are declared
 *   with `@fires`, which is the rule for every element anyway.
 */
function publicContractOnly() {
  const variableNamedEvents = new Map(); // module path → Set of variable names
  return {
    name: 'bildungsnetz: public contract only',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
      if (node.expression.name.text !== 'dispatchEvent') return;
      const [event] = node.arguments;
      if (!event || !ts.isNewExpression(event)) return;
      const [name] = event.arguments ?? [];
      if (name && ts.isIdentifier(name)) {
        const names = variableNamedEvents.get(moduleDoc.path) ?? new Set();
        names.add(name.text);
        variableNamedEvents.set(moduleDoc.path, names);
      }
    },
    moduleLinkPhase({ moduleDoc }) {
      const names = variableNamedEvents.get(moduleDoc.path);
      if (!names) return;
      for (const declaration of moduleDoc.declarations ?? []) {
        if (!declaration.events) continue;
        declaration.events = declaration.events.filter((e) => e.description || !names.has(e.name));
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class' || !declaration.members) continue;
          declaration.members = declaration.members.filter(
            (m) => m.privacy !== 'private' && m.privacy !== 'protected' && !(m.static && m.name === 'styles'),
          );
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/shared/feed-element.ts', 'src/shared/event-filters.ts'],
  exclude: ['src/components/**/*.styles.ts', 'src/components/**/*.strings.ts'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest already ("customElements"); do not rewrite it on every run.
  packagejson: false,
  plugins: [defineElementCalls(), publicContractOnly()],
};
