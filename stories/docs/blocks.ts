/**
 * Small React components for the MDX docs pages. Everything they show is computed from the
 * sources of truth: custom-elements.json (elements), src/data/feed.schema.json (feed format),
 * src/data/dates.ts (how dates are shown), src/data/errors.ts (error sentences), the sample
 * feed (examples). Written with createElement so they need no JSX setup.
 */
import { createElement as h, Fragment, type ReactNode } from 'react';
import { Source } from '@storybook/addon-docs/blocks';
import schema from '../../src/data/feed.schema.json';
import sample from '../../src/data/sample-feed.json';
import { formatEventDate, parseFeedDate, DEFAULT_TIME_ZONE } from '../../src/data/dates.js';
import { FeedError, type FeedErrorKind } from '../../src/data/errors.js';
import { common } from '../../src/shared/i18n.js';
import { commonAttributes, editorTexts } from './einbinden.js';
import { elements, type Item, type ManifestElement } from './manifest.js';
import { keyboard } from './keyboard.js';

const code = (text: string) => h('code', null, text);
const table = (head: string[], rows: ReactNode[][]) =>
  h(
    'table',
    null,
    h('thead', null, h('tr', null, ...head.map((cell) => h('th', { scope: 'col' }, cell)))),
    h('tbody', null, ...rows.map((row) => h('tr', null, ...row.map((cell) => h('td', null, cell))))),
  );
/** Inline Markdown-ish text: `code` spans only. */
const text = (value: string | undefined): ReactNode =>
  value ? value.split(/(`[^`]+`)/).map((part) => (/^`.*`$/.test(part) ? code(part.slice(1, -1)) : part)) : '';

const SCRIPT_TAG =
  '<script src="https://example.org/bildungsnetz-widgets.js" data-feed="https://example.org/feed.json" defer></script>';

function snippet(tag: string, attributes: Record<string, string | true>): string {
  const list = Object.entries(attributes)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${value}"`))
    .join('');
  return `<${tag}${list}></${tag}>`;
}

// ---------------------------------------------------------------------------------------------
// Einbinden (German, for editors)

export function ScriptTag() {
  return h(Source, { code: SCRIPT_TAG, language: 'html', dark: false });
}

/** Every element, then every attribute, each with a snippet to copy. */
export function EditorSnippets() {
  return h(
    Fragment,
    null,
    ...elements.map((el) => {
      const texts = editorTexts[el.tagName];
      const attributes = el.attributes.map((a) => ({
        name: a.name,
        text: texts?.attributes[a.name] ?? commonAttributes[a.name],
      }));
      return h(
        'section',
        { key: el.tagName, lang: 'de' },
        h('h3', { id: `element-${el.tagName}` }, code(`<${el.tagName}>`)),
        h('p', null, texts?.shows ?? el.summary),
        h(Source, { code: snippet(el.tagName, texts?.snippet ?? {}), language: 'html', dark: false }),
        table(
          ['Attribut', 'Bedeutung', 'Zum Kopieren'],
          attributes.map(({ name, text: t }) => [
            code(name),
            text(t?.text),
            t?.example === undefined ? '' : code(snippet(el.tagName, { [name]: t.example })),
          ]),
        ),
      );
    }),
  );
}

const advice: Record<FeedErrorKind, string> = {
  'no-source':
    'Das Script-Tag mit `data-feed` fehlt auf der Seite, oder es steht hinter dem Element. Fügen Sie das Script-Tag ein (siehe oben) oder geben Sie dem Element ein Attribut `src`.',
  url: 'Die Adresse im Attribut `src` ist keine gültige Adresse (z. B. nur `http://`, ein Port mit Buchstaben oder eine nicht geschlossene IPv6-Adresse). Kopieren Sie die Adresse des Feeds erneut aus dem Browser.',
  network:
    'Der Server des Feeds war nicht erreichbar (keine Verbindung, Adresse falsch geschrieben, oder der Server erlaubt den Abruf von Ihrer Website nicht). Prüfen Sie die Adresse; klappt „Erneut versuchen“ später auch nicht, melden Sie die Adresse Ihrer Seite der Transferagentur.',
  timeout:
    'Der Server hat zu lange gebraucht. Meist ist das vorübergehend: später erneut versuchen. Bleibt es so, die Transferagentur informieren.',
  http: 'Unter der Adresse liegt kein Feed (404: Adresse falsch geschrieben oder Datei verschoben) oder der Server hat einen Fehler (500 und höher: später erneut versuchen).',
  empty:
    'Die Datei unter der Adresse ist leer. Die Adresse zeigt auf die falsche Datei, oder der Feed wird gerade neu erzeugt.',
  syntax:
    'Unter der Adresse liegt keine JSON-Datei, oft eine Webseite (z. B. eine Anmeldeseite oder eine Fehlerseite). Prüfen Sie, ob die Adresse direkt auf die Datei `….json` zeigt.',
  'not-object': 'Die Datei ist JSON, aber kein Feed. Prüfen Sie die Adresse.',
  version:
    'Der Feed ist für eine neuere Version der Widgets geschrieben. Die Transferagentur muss die Widgets auf Ihrer Seite aktualisieren (neue Adresse des Script-Tags).',
};

/** The sentences the widgets show (from src/data/errors.ts), with what to do. */
export function ErrorMessages() {
  const details = { status: 404, seconds: 15, version: '2' };
  const retryable = (kind: FeedErrorKind) => {
    const clientError = new FeedError(kind, details).retryable;
    const serverError = new FeedError(kind, { ...details, status: 503 }).retryable;
    return clientError === serverError ? (clientError ? 'ja' : 'nein') : 'bei Fehler 500 und höher';
  };
  return h(
    'div',
    { lang: 'de' },
    h(
      'p',
      null,
      'Über jeder Fehlermeldung steht: ',
      h('strong', null, common.de.errorTitle),
      ' Bei Verbindungsproblemen gibt es zusätzlich die Schaltfläche „',
      common.de.retry,
      '“.',
    ),
    table(
      ['Meldung im Widget', 'Was tun?', '„' + common.de.retry + '“'],
      (Object.keys(advice) as FeedErrorKind[]).map((kind) => [
        new FeedError(kind, details).localizedMessage('de'),
        text(advice[kind]),
        retryable(kind),
      ]),
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Embedding (English, for developers): theming

/** Every custom property of every element: one row each, with the elements that read it. */
export function CustomPropertiesTable() {
  const rows = new Map<string, { item: Item; tags: string[] }>();
  for (const el of elements)
    for (const p of el.cssProperties) {
      const row = rows.get(p.name) ?? { item: p, tags: [] };
      row.tags.push(el.tagName);
      rows.set(p.name, row);
    }
  return table(
    ['Custom property', 'Default', 'Meaning', 'Elements'],
    [...rows.values()].map(({ item, tags }) => [
      code(item.name),
      item.default ? code(item.default) : '—',
      text(item.description),
      tags.length === elements.length ? 'all' : tags.map((t) => code(`<${t}>`)).reduce(join, []),
    ]),
  );
}

const join = (acc: ReactNode[], node: ReactNode) => (acc.length ? [...acc, ', ', node] : [node]);

/** Every part of every element. */
export function PartsTables() {
  return h(
    Fragment,
    null,
    ...elements.map((el: ManifestElement) =>
      h(
        Fragment,
        { key: el.tagName },
        h('h4', null, code(`<${el.tagName}>`)),
        table(
          ['Part', 'What it is', 'Selector'],
          el.cssParts.map((p) => [code(p.name), text(p.description), code(`${el.tagName}::part(${p.name})`)]),
        ),
      ),
    ),
  );
}

/** Events of every element. */
export function EventsTable() {
  const rows: ReactNode[][] = [];
  for (const el of elements)
    for (const e of el.events) rows.push([code(`<${el.tagName}>`), code(e.name), text(e.description)]);
  return table(['Element', 'Event', 'When, and its detail'], rows);
}

// ---------------------------------------------------------------------------------------------
// Feed format: rendered from feed.schema.json

interface SchemaNode {
  $ref?: string;
  type?: string;
  const?: unknown;
  enum?: string[];
  items?: SchemaNode;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  description?: string;
  pattern?: string;
  minimum?: number;
}
const definitions = (schema as { definitions: Record<string, SchemaNode> }).definitions;
const refName = (ref: string) => ref.replace('#/definitions/', '');
const anchor = (name: string) => `feed-${name.toLowerCase()}`;

function typeOf(node: SchemaNode): ReactNode {
  if (node.$ref) {
    const name = refName(node.$ref);
    const target = definitions[name]!;
    if (target.enum) return target.enum.map((v) => code(JSON.stringify(v))).reduce(join, []);
    return h('a', { href: `#${anchor(name)}` }, name);
  }
  if (node.type === 'array') return h(Fragment, null, typeOf(node.items ?? {}), '[]');
  if (node.const !== undefined) return code(JSON.stringify(node.const));
  if (node.enum) return node.enum.map((v) => code(JSON.stringify(v))).reduce(join, []);
  const limits = node.minimum !== undefined ? ` ≥ ${node.minimum}` : '';
  return `${node.type ?? 'any'}${limits}`;
}

/** The object types of the feed, from the top level down, in the order they are reached. */
function objectTypes(): string[] {
  const order: string[] = [];
  const visit = (name: string) => {
    if (order.includes(name) || definitions[name]?.type !== 'object') return;
    order.push(name);
    for (const p of Object.values(definitions[name]!.properties ?? {})) {
      const ref = p.$ref ?? p.items?.$ref;
      if (ref) visit(refName(ref));
    }
  };
  visit('Feed');
  return order;
}

export function SchemaTables() {
  return h(
    Fragment,
    null,
    ...objectTypes().map((name) => {
      const def = definitions[name]!;
      return h(
        'section',
        { key: name },
        h('h3', { id: anchor(name) }, name === 'Feed' ? 'Feed (top level)' : name),
        def.description ? h('p', null, text(def.description)) : null,
        table(
          ['Key', 'Type', 'Required', 'Meaning'],
          Object.entries(def.properties ?? {}).map(([key, p]) => [
            code(key),
            typeOf(p),
            def.required?.includes(key) ? 'yes' : 'no',
            text(p.description),
          ]),
        ),
      );
    }),
  );
}

/** The string formats (dates, URLs, state codes …) the tables link to. */
export function FormatsTable() {
  const formats = Object.entries(definitions).filter(([, d]) => d.type === 'string' && !d.enum);
  return table(
    ['Format', 'Meaning', 'Pattern'],
    formats.map(([name, d]) => [
      h('span', { id: anchor(name) }, name),
      text(d.description),
      code(d.pattern ?? ''),
    ]),
  );
}

const dateExamples: { form: string; start: string; end?: string; tentative?: boolean; meaning: string }[] = [
  { form: 'YYYY-MM-DD', start: '2019-09-24', meaning: 'all-day' },
  {
    form: 'YYYY-MM-DDTHH:MM',
    start: '2019-09-24T10:00',
    meaning: 'wall-clock time in the feed’s `timeZone`',
  },
  {
    form: 'with offset or Z',
    start: '2019-09-24T08:00:00Z',
    meaning: 'an instant; shown converted to `timeZone`',
  },
  { form: 'YYYY-MM', start: '2020-12', meaning: 'only the month is known' },
  {
    form: 'start and end on one day',
    start: '2019-09-24T10:00',
    end: '2019-09-24T16:00',
    meaning: 'a time range',
  },
  {
    form: 'start and end on different days',
    start: '2021-06-14',
    end: '2021-06-15',
    meaning: 'a date range',
  },
  { form: 'with `"tentative": true`', start: '2020-12', tentative: true, meaning: 'provisional' },
];

/** The date forms, each shown the way the widgets show it (computed by src/data/dates.ts). */
export function DateFormsTable() {
  const show = (start: string, end: string | undefined, locale: 'de' | 'en', tentative?: boolean) =>
    formatEventDate(
      parseFeedDate(start, DEFAULT_TIME_ZONE)!,
      end ? parseFeedDate(end, DEFAULT_TIME_ZONE) : undefined,
      locale,
      tentative,
    );
  return table(
    ['Form', 'Example', 'Meaning', 'Shown (de)', 'Shown (en)'],
    dateExamples.map((d) => [
      text(d.form.startsWith('YYYY') ? `\`${d.form}\`` : d.form),
      code(d.end ? `"start": "${d.start}", "end": "${d.end}"` : `"${d.start}"`),
      text(d.meaning),
      h('span', { lang: 'de', style: { fontSize: 'inherit' } }, show(d.start, d.end, 'de', d.tentative)),
      show(d.start, d.end, 'en', d.tentative),
    ]),
  );
}

/** An excerpt of the sample feed: every top-level key, one or two items of each list. */
export function FeedExample() {
  const feed = sample as Record<string, unknown> & {
    events: { id: string }[];
    networks: { id: string; members?: unknown[]; participation?: unknown[] }[];
  };
  const network = feed.networks.find((n) => n.id === 'wissen-was-zaehlt')!;
  const excerpt = {
    ...feed,
    offices: (feed.offices as unknown[]).slice(0, 1),
    topics: (feed.topics as unknown[]).slice(0, 2),
    networks: [
      {
        ...network,
        members: network.members?.slice(0, 2),
        participation: network.participation?.slice(0, 2),
      },
    ],
    events: feed.events.filter((e) => e.id === 'kiel-2019-09-24' || e.id === 'dkbm-reflexion-2020-12'),
    programmes: (feed.programmes as unknown[]).slice(0, 1),
  };
  return h(Source, { code: JSON.stringify(excerpt, null, 2), language: 'json', dark: false });
}

// ---------------------------------------------------------------------------------------------
// Accessibility

/** The keyboard model of every element in the manifest (stories/docs/keyboard.ts). */
export function KeyboardModels() {
  return h(
    Fragment,
    null,
    ...elements.map((el) => {
      const model = keyboard[el.tagName];
      return h(
        'section',
        { key: el.tagName },
        h('h3', null, code(`<${el.tagName}>`)),
        model ? h('p', null, text(model.summary)) : null,
        model?.keys.length
          ? table(
              ['Key', 'Does'],
              model.keys.map(([key, does]) => [h('kbd', null, key), text(does)]),
            )
          : null,
      );
    }),
  );
}
