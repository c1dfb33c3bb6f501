// Framework types: JSX / template typings of every element for React 19, Preact, Solid, Vue 3
// and Svelte 5, generated from custom-elements.json so they never drift from the elements.
//
//   node scripts/framework-types.mjs     (part of `npm run build`, after `npm run analyze`)
//
// Writes dist/types/frameworks/<framework>.d.ts, one file per framework, each a types-only
// package entry (`bildungsnetz-widgets/react`, `/preact`, `/solid`, `/vue`, `/svelte`) that a
// partner's app loads with one line: `import type {} from 'bildungsnetz-widgets/react';`.
//
// What each element gets:
// - its attributes, under their attribute names (`heading-level`), typed from the manifest
//   (`number`, string unions such as `'month' | 'list'`); where the manifest names a type that is
//   not self-contained (`When`, `Metric`), the class's own property type (`EventList['when']`);
// - its public properties without an attribute (`feed`, `event`), typed from the class;
// - its events, with the detail type the element declares in `HTMLElementEventMap` (so
//   `e.detail.event.title` is typed without a cast), under the name each framework matches:
//   React 19 and Preact `onevent-select` (case-sensitive: `onEventSelect` never fires),
//   Solid `on:event-select`, Svelte 5 `onevent-select`, Vue `@event-select` (`onEventSelect`).
// Vue templates camelize attribute names for components, so Vue gets the property names.
// `HTMLElementTagNameMap` and `HTMLElementEventMap` stay where they are (the element modules).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const root = new URL('../', import.meta.url);
const outDir = new URL('dist/types/frameworks/', root);

/** The elements of custom-elements.json: tag, class, attributes, property-only fields, events. */
export function elementsFromManifest(manifest) {
  const elements = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      const fields = (declaration.members ?? []).filter(
        (m) =>
          m.kind === 'field' &&
          !m.static &&
          !m.readonly &&
          m.privacy !== 'private' &&
          m.privacy !== 'protected',
      );
      const attributes = (declaration.attributes ?? [])
        .filter((a) => a.fieldName)
        .map((a) => ({
          name: a.name,
          field: a.fieldName,
          type: a.type?.text,
          description: a.description ?? fields.find((f) => f.name === a.fieldName)?.description,
        }));
      const properties = fields
        .filter((f) => !attributes.some((a) => a.field === f.name))
        .map((f) => ({ name: f.name, field: f.name, type: undefined, description: f.description }));
      const events = (declaration.events ?? []).map((e) => ({ name: e.name, description: e.description }));
      elements.push({
        tag: declaration.tagName,
        className: declaration.name,
        attributes,
        properties,
        events,
      });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** A manifest type text that is complete on its own: primitives and string or number literals. */
const selfContained = (text) =>
  typeof text === 'string' &&
  text
    .split('|')
    .map((part) => part.trim())
    .every((part) => /^(string|number|boolean|undefined|null|'[^'\\]*'|"[^"\\]*"|-?\d+(\.\d+)?)$/.test(part));

/** The TypeScript type of one attribute or property, without `undefined` (every prop is optional). */
function valueType(element, member) {
  if (!selfContained(member.type)) return `NonNullable<${element.className}['${member.field}']>`;
  const parts = member.type
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== 'null');
  return parts.join(' | ') || 'never';
}

const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const pascal = (name) => camel(name).replace(/^./, (c) => c.toUpperCase());

/** A JSDoc line (descriptions come from our own source, but `*\/` must never end the comment). */
const doc = (description, indent) =>
  description ? `${indent}/** ${description.replace(/\s+/g, ' ').replace(/\*\//g, '*\\/')} */\n` : '';

/** The interface of one element's own props for a framework. */
function propsInterface(element, framework, indent) {
  const lines = [];
  const members = [...element.attributes, ...element.properties];
  for (const member of members) {
    // Vue camelizes attribute names for components; everywhere else the attribute name is what
    // the framework writes (as an attribute, or as the property when the element has it).
    const name = framework.vue ? member.field : member.name;
    lines.push(doc(member.description, indent) + `${indent}${key(name)}?: ${valueType(element, member)};`);
  }
  for (const event of element.events) {
    const handler = `(event: HTMLElementEventMap['${event.name}']) => void`;
    lines.push(
      doc(event.description, indent) + `${indent}${key(framework.eventProp(event.name))}?: ${handler};`,
    );
  }
  return lines.join('\n');
}

const header = (
  framework,
) => `// Generated by scripts/framework-types.mjs from custom-elements.json: do not edit.
// ${framework.summary}
`;

/** The class imports every file needs (for refs and property types) and the global event map. */
const classImports = (elements) =>
  `import type { ${elements.map((e) => e.className).join(', ')} } from '../index.js';\n`;

const propsDeclarations = (elements, framework) =>
  elements
    .map(
      (e) =>
        `/** \`<${e.tag}>\`: attributes, properties and events. */\nexport interface ${e.className}${framework.suffix} {\n${propsInterface(e, framework, '  ')}\n}\n`,
    )
    .join('\n');

const frameworks = {
  react: {
    summary:
      "React 19: `import type {} from 'bildungsnetz-widgets/react';` types <event-list> & co. in JSX. Event props are case-sensitive: `onevent-select`, not `onEventSelect`.",
    suffix: 'ReactProps',
    eventProp: (name) => `on${name}`,
    render(elements) {
      const entries = elements
        .map((e) => `      '${e.tag}': ElementProps<${e.className}, ${e.className}ReactProps>;`)
        .join('\n');
      return `${header(this)}import type { ClassAttributes, HTMLAttributes } from 'react';
${classImports(elements)}
${propsDeclarations(elements, this)}
/** React's own props for any element (\`ref\`, \`key\`, \`children\`, \`className\`, \`style\`, …), \`class\` too, then the element's. */
type ElementProps<E extends HTMLElement, P> = ClassAttributes<E> &
  Omit<HTMLAttributes<E>, keyof P> & { class?: string } & P;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${entries}
    }
  }
}
`;
    },
  },
  preact: {
    summary:
      "Preact: `import type {} from 'bildungsnetz-widgets/preact';` types <event-list> & co. in JSX (`onevent-select`).",
    suffix: 'PreactProps',
    eventProp: (name) => `on${name}`,
    render(elements) {
      const entries = elements
        .map((e) => `      '${e.tag}': ElementProps<${e.className}, ${e.className}PreactProps>;`)
        .join('\n');
      return `${header(this)}import type { HTMLAttributes } from 'preact';
${classImports(elements)}
${propsDeclarations(elements, this)}
/** Preact's own props for any element (\`ref\`, \`key\`, \`children\`, \`class\`, …), then the element's. */
type ElementProps<E extends HTMLElement, P> = Omit<HTMLAttributes<E>, keyof P> & P;

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
${entries}
    }
  }
}
`;
    },
  },
  solid: {
    summary:
      "Solid: `import type {} from 'bildungsnetz-widgets/solid';` types <event-list> & co. in JSX (`on:event-select`).",
    suffix: 'SolidProps',
    eventProp: (name) => `on:${name}`,
    render(elements) {
      const entries = elements
        .map((e) => `      '${e.tag}': ElementProps<${e.className}, ${e.className}SolidProps>;`)
        .join('\n');
      return `${header(this)}import type { JSX } from 'solid-js';
${classImports(elements)}
${propsDeclarations(elements, this)}
/** Solid's own props for any element (\`ref\`, \`children\`, \`class\`, …), then the element's. */
type ElementProps<E extends HTMLElement, P> = Omit<JSX.HTMLAttributes<E>, keyof P> & P;

declare module 'solid-js' {
  namespace JSX {
    interface IntrinsicElements {
${entries}
    }
  }
}
`;
    },
  },
  vue: {
    summary:
      "Vue 3: `import type {} from 'bildungsnetz-widgets/vue';` types <event-list> & co. in templates (vue-tsc), `@event-select` included. Vue must also be told they are custom elements (`compilerOptions.isCustomElement`).",
    suffix: 'VueProps',
    vue: true,
    eventProp: (name) => `on${pascal(name)}`,
    render(elements) {
      const entries = elements
        .map((e) => `    '${e.tag}': DefineComponent<${e.className}VueProps>;`)
        .join('\n');
      return `${header(this)}import type { DefineComponent } from 'vue';
${classImports(elements)}
${propsDeclarations(elements, this)}
declare module 'vue' {
  interface GlobalComponents {
${entries}
  }
}
`;
    },
  },
  svelte: {
    summary:
      "Svelte 5: `import type {} from 'bildungsnetz-widgets/svelte';` types <event-list> & co. in markup (svelte-check), `onevent-select` included.",
    suffix: 'SvelteProps',
    eventProp: (name) => `on${name}`,
    render(elements) {
      const entries = elements
        .map((e) => `    '${e.tag}': ElementProps<${e.className}, ${e.className}SvelteProps>;`)
        .join('\n');
      return `${header(this)}import type { HTMLAttributes } from 'svelte/elements';
${classImports(elements)}
${propsDeclarations(elements, this)}
/** Svelte's own attributes for any element (\`class\`, \`bind:this\`, …), then the element's. */
type ElementProps<E extends HTMLElement, P> = Omit<HTMLAttributes<E>, keyof P> & P;

declare global {
  namespace svelteHTML {
    interface IntrinsicElements {
${entries}
    }
  }
}
`;
    },
  },
};

/** Every framework's file: name → text. */
export function frameworkTypes(manifest) {
  const elements = elementsFromManifest(manifest);
  return Object.fromEntries(Object.entries(frameworks).map(([name, f]) => [name, f.render(elements)]));
}

export const frameworkNames = Object.keys(frameworks);

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of Object.entries(frameworkTypes(manifest))) {
    writeFileSync(new URL(`${name}.d.ts`, outDir), text);
  }
  console.log(`framework types: dist/types/frameworks/{${frameworkNames.join(',')}}.d.ts`);
}
