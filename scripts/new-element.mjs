#!/usr/bin/env node
// `npm run new-element <tag>`: writes the files of a new element in the project's anatomy
// (CONTRIBUTING.md): src/components/<tag>/<tag>.ts, <tag>.styles.ts, <tag>.strings.ts,
// test/components/<tag>/<tag>.test.ts and stories/<tag>.stories.ts. It never overwrites a file.
// `--root <dir>` writes below another directory (the tests use it).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** `network-map` → `NetworkMap`. */
export const className = (tag) =>
  tag
    .split('-')
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('');

/** A valid custom element name of lowercase ASCII words joined by hyphens, e.g. `network-map`. */
export const isTag = (tag) => /^[a-z][a-z\d]*(-[a-z\d]+)+$/.test(tag);

/** The files of a new element, by path relative to the repository root. */
export function elementFiles(tag) {
  const Class = className(tag);
  return {
    [`src/components/${tag}/${tag}.ts`]: `import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { ValidFeed } from '../../data/parse.js';
import { defineElement } from '../../shared/define.js';
import { FeedElement } from '../../shared/feed-element.js';
import { heading } from '../../shared/heading.js';
import { strings } from './${tag}.strings.js';
import { styles } from './${tag}.styles.js';

/**
 * TODO: what the element shows, in one or two sentences.
 *
 * @summary TODO: one line for the element list and Storybook.
 *
 * @csspart heading - The heading.
 */
export class ${Class} extends FeedElement {
  static override styles = [...FeedElement.styles, styles];

  /** Level of the heading, 2–6. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  protected renderFeed(feed: ValidFeed): TemplateResult {
    const text = strings[this.lang_];
    if (!feed.events.length) return this.renderEmpty(text.empty);
    return html\`\${heading(this.headingLevel, text.title, 'heading')}\`;
  }
}

defineElement('${tag}', ${Class});

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${Class};
  }
}
`,
    [`src/components/${tag}/${tag}.styles.ts`]: `import { css } from 'lit';

export const styles = css\`
  .heading {
    font-size: 1.2em;
  }
\`;
`,
    [`src/components/${tag}/${tag}.strings.ts`]: `import type { Strings } from '../../shared/i18n.js';

/** The texts of \`<${tag}>\`; placeholders \`{name}\` are filled with \`fill\` (src/data/messages.ts). */
export const strings: Strings<'title' | 'empty'> = {
  de: {
    title: 'TODO: Überschrift',
    empty: 'Der Feed enthält keine Termine.',
  },
  en: {
    title: 'TODO: heading',
    empty: 'The feed has no events.',
  },
};
`,
    [`test/components/${tag}/${tag}.test.ts`]: `import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/${tag}/${tag}.js';
import type { ${Class} } from '../../../src/components/${tag}/${tag}.js';

const FEED = '/src/data/sample-feed.json';

const settled = async (el: ${Class}) => {
  await waitUntil(() => !el.shadowRoot!.querySelector('.loading'), 'still loading', { timeout: 10_000 });
  await el.updateComplete;
  return el;
};

describe('<${tag}>', () => {
  it('renders the sample feed, accessibly', async () => {
    const el = await settled(await fixture<${Class}>(html\`<${tag} src=\${FEED}></${tag}>\`));
    expect(el.shadowRoot!.querySelector('[part~="heading"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('speaks English with locale="en"', async () => {
    const el = await settled(await fixture<${Class}>(html\`<${tag} src=\${FEED} locale="en"></${tag}>\`));
    expect(el.shadowRoot!.textContent).to.contain('TODO: heading');
  });
});
`,
    [`stories/${tag}.stories.ts`]: `import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

interface Args {
  src: string;
  'heading-level': number;
  locale?: string;
  today?: string;
  loading?: 'eager' | 'lazy';
  feed?: unknown;
}

const meta: Meta<Args> = {
  title: 'Elements/${tag}',
  component: '${tag}',
  args: { src: 'feeds/sample-feed.json', 'heading-level': 3 },
  argTypes: {
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    locale: { control: 'inline-radio', options: ['de', 'en'] },
    loading: { control: 'inline-radio', options: ['eager', 'lazy'] },
    feed: { control: 'object' },
    today: { control: 'text' },
  },
  parameters: { actions: { handles: ['feed-load', 'feed-error'] } },
  render: (args) =>
    html\`<${tag}
      src=\${args.src}
      heading-level=\${args['heading-level']}
      locale=\${ifDefined(args.locale)}
      loading=\${ifDefined(args.loading)}
      .feed=\${args.feed}
      today=\${ifDefined(args.today)}
    ></${tag}>\`,
};
export default meta;

type Story = StoryObj<Args>;

// Each story names its group on the docs page (stories/docs/story-groups.ts).
export const Default: Story = { parameters: { group: 'Inhalte' } };

/** TODO: a themed story that writes every part (\`::part(…)\`) and custom property of the manifest. */
export const Themed: Story = {
  parameters: { group: 'Gestaltung und Einbindung' },
  decorators: [
    (story) =>
      html\`<style>
          ${tag}::part(heading) {
            font-style: italic;
          }
        </style>
        \${story()}\`,
  ],
};
`,
  };
}

/** Writes the files of `<tag>` below `root`; throws (writing nothing) when one exists already. */
export function newElement(tag, root) {
  if (!isTag(tag)) throw new Error(`"${tag}" is not a custom element name such as "network-map".`);
  const files = elementFiles(tag);
  const existing = Object.keys(files).filter((path) => existsSync(join(root, path)));
  if (existing.length) throw new Error(`Not overwriting: ${existing.join(', ')}`);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return Object.keys(files);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { root: { type: 'string', default: fileURLToPath(new URL('..', import.meta.url)) } },
  });
  const [tag] = positionals;
  if (!tag) {
    console.error('Usage: npm run new-element <tag>   (e.g. npm run new-element network-map)');
    process.exit(2);
  }
  try {
    const written = newElement(tag, values.root);
    console.log(`Wrote:\n${written.map((p) => `  ${p}`).join('\n')}`);
    console.log(`
Next (CONTRIBUTING.md, "Checklist for a new element"):
  - export { ${className(tag)} } from './components/${tag}/${tag}.js' in src/index.ts
  - fill in the TODOs: what it renders, its texts, its tests, its stories
  - npm run analyze, then npx wtr --files 'test/components/${tag}/**/*.test.ts'
  - node --import tsx --test test/node/storybook-coverage.test.ts`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
