/**
 * Configuration snippets for the CMS guide (stories/CMS.mdx), computed from custom-elements.json
 * so that every element and attribute is in them, and a new attribute reaches the guide with
 * the next `npm run analyze`.
 */
import { createElement as h } from 'react';
import { Source } from '@storybook/addon-docs/blocks';
import { elements } from './manifest.js';

const SCRIPT = 'https://example.org/bildungsnetz-widgets.js';
const FEED = 'https://example.org/feed.json';

const source = (code: string, language: 'yml' | 'html' | 'text') =>
  h(Source, { code, language, dark: false });
const tagNames = () => elements.map((e) => e.tagName);

/** TYPO3 RTE (CKEditor 5, YAML preset): General HTML Support and the RTE's processing. */
export function Typo3RteYaml() {
  const allow = elements
    .map(
      (e) =>
        `        - name: '${e.tagName}'\n          attributes: [${e.attributes.map((a) => `'${a.name}'`).join(', ')}]`,
    )
    .join('\n');
  const tags = tagNames()
    .map((t) => `      - ${t}`)
    .join('\n');
  return source(
    `# EXT:sitepackage/Configuration/RTE/Bildungsnetz.yaml
imports:
  - { resource: 'EXT:rte_ckeditor/Configuration/RTE/Default.yaml' }

editor:
  config:
    htmlSupport:
      allow:
${allow}

processing:
  allowTags:
${tags}
`,
    'yml',
  );
}

/** TYPO3: the page's script tag (TypoScript), and the frontend's parseFunc for RTE content. */
export function Typo3TypoScript() {
  return source(
    `# Das Script einmal auf jeder Seite (weitere Attribute wie data-feed: ab TYPO3 11, Feature #91499)
page.includeJSFooter.bildungsnetzWidgets = ${SCRIPT}
page.includeJSFooter.bildungsnetzWidgets {
  external = 1
  defer = 1
  data-feed = ${FEED}
}

# Die Elemente im Frontend aus RTE-Text durchlassen
lib.parseFunc_RTE.allowTags := addToList(${tagNames().join(',')})`,
    'text',
  );
}

/** TYPO3 Fluid: the script from a template. */
export function Typo3Fluid() {
  return source(
    `<f:asset.script identifier="bildungsnetz-widgets" src="${SCRIPT}" defer="1" data="{feed: '${FEED}'}" />`,
    'html',
  );
}

/** Drupal: the "Allowed HTML tags" line of a text format (CKEditor 5 "Source editing" too). */
export function DrupalAllowedTags() {
  return source(
    elements.map((e) => `<${e.tagName} ${e.attributes.map((a) => a.name).join(' ')}>`).join(' '),
    'html',
  );
}

/** Drupal: a library of the theme with the script and its data-feed. */
export function DrupalLibrary() {
  return source(
    `# mytheme.libraries.yml
bildungsnetz-widgets:
  js:
    ${SCRIPT}:
      type: external
      minified: true
      attributes:
        defer: true
        data-feed: '${FEED}'

# mytheme.info.yml (auf jeder Seite) …
libraries:
  - mytheme/bildungsnetz-widgets

# … oder nur in einem Template: {{ attach_library('mytheme/bildungsnetz-widgets') }}`,
    'yml',
  );
}
