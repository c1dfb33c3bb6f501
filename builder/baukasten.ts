/**
 * The "Baukasten": a snippet builder for editors. Choose an element, enter the feed address,
 * pick filters from what the feed actually contains (states by name, topics by label, networks,
 * events and programmes by title, never raw ids), see the real widget as a preview, copy the
 * HTML or the WordPress shortcode. A pasted snippet is checked against the feed and the
 * elements' attributes, and every mistake is named with what to write instead.
 *
 * The elements and their attributes come from custom-elements.json (passed in, see elementsFrom),
 * the German texts from
 * stories/docs/einbinden.ts (the "Einbinden" page), so the builder never lists an attribute the
 * elements do not have. Nothing from the feed is written as HTML: every text goes in through
 * textContent or an attribute.
 */
import '../src/bundle.ts';
import { commonAttributes, editorTexts } from '../stories/docs/einbinden.ts';
import { stateNames } from '../src/shared/i18n.ts';
import { elementLabels } from '../integrations/labels.ts';

// ---------------------------------------------------------------------------------------------
// The elements, from custom-elements.json

export interface ManifestElement {
  tagName: string;
  summary?: string;
  attributes: { name: string; type?: { text: string }; default?: string; description?: string }[];
}

const contractOrder = [
  'event-card',
  'event-list',
  'meeting-calendar',
  'network-list',
  'network-card',
  'programme-overview',
  'participation-chart',
];

/** The elements of a custom-elements.json, in the order of the contract (others after). */
export function elementsFrom(manifest: unknown): ManifestElement[] {
  const modules =
    (manifest as { modules?: { declarations?: (ManifestElement & { kind?: string })[] }[] }).modules ?? [];
  const rank = (tag: string) => (contractOrder.includes(tag) ? contractOrder.indexOf(tag) : 99);
  return modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName)
    .map((d) => ({ tagName: d.tagName, summary: d.summary, attributes: d.attributes ?? [] }))
    .sort((a, b) => rank(a.tagName) - rank(b.tagName) || a.tagName.localeCompare(b.tagName));
}

// ---------------------------------------------------------------------------------------------
// The feed, read only for its choices

export interface Choice {
  value: string;
  label: string;
}
export interface FeedChoices {
  events: Choice[];
  networks: Choice[];
  programmes: Choice[];
  topics: Choice[];
  offices: Choice[];
  states: Choice[];
  types: Choice[];
}

type Json = Record<string, unknown>;
const list = (value: unknown): Json[] =>
  Array.isArray(value) ? value.filter((v): v is Json => typeof v === 'object' && v !== null) : [];
const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const byLabel = (a: Choice, b: Choice) => a.label.localeCompare(b.label, 'de');
const unique = (choices: Choice[]) => [...new Map(choices.map((c) => [c.value, c])).values()];

/** What a feed offers to choose from, each with the name an editor knows. */
export function feedChoices(feed: unknown): FeedChoices {
  const data = (typeof feed === 'object' && feed !== null ? feed : {}) as Json;
  const events = list(data.events).filter((e) => str(e.id));
  const networks = list(data.networks).filter((n) => str(n.id));
  const dated = (e: Json) => {
    const start = str(e.start);
    const [y, m, d] = start.slice(0, 10).split('-');
    const date = d ? `${d}.${m}.${y}` : m ? `${m}/${y}` : y;
    return `${str(e.title) || str(e.id)}${date ? ` (${date})` : ''}`;
  };
  const codes = new Set<string>();
  for (const item of [...events, ...networks])
    for (const code of Array.isArray(item.states) ? item.states : [])
      if (typeof code === 'string') codes.add(code);
  return {
    events: events
      .slice()
      .sort((a, b) => str(a.start).localeCompare(str(b.start)))
      .map((e) => ({ value: str(e.id), label: dated(e) })),
    networks: unique(
      networks.map((n) => ({ value: str(n.id), label: str(n.name) || str(n.title) || str(n.id) })),
    ).sort(byLabel),
    programmes: unique(
      list(data.programmes)
        .filter((p) => str(p.id))
        .map((p) => ({ value: str(p.id), label: str(p.name) || str(p.title) || str(p.id) })),
    ).sort(byLabel),
    topics: unique(
      list(data.topics)
        .filter((t) => str(t.id))
        .map((t) => ({ value: str(t.id), label: str(t.label) || str(t.id) })),
    ).sort(byLabel),
    offices: unique(
      list(data.offices)
        .filter((o) => str(o.id))
        .map((o) => ({ value: str(o.id), label: str(o.name) || str(o.id) })),
    ).sort(byLabel),
    states: [...codes].map((code) => ({ value: code, label: stateNames.de[code] ?? code })).sort(byLabel),
    types: [...new Set(events.map((e) => str(e.type)).filter(Boolean))]
      .map((type) => ({ value: type, label: type }))
      .sort(byLabel),
  };
}

// ---------------------------------------------------------------------------------------------
// Which attribute takes which kind of input

export type Field =
  | { kind: 'one'; from: keyof FeedChoices; none: string }
  | { kind: 'many'; from: keyof FeedChoices }
  | { kind: 'enum'; values: string[]; fallback?: string }
  | { kind: 'boolean' }
  | { kind: 'number'; min: number; max?: number }
  | { kind: 'text'; type: 'text' | 'month' | 'date' };

/** `'a' | 'b' | undefined` → ['a', 'b']. */
const literals = (type = '') => [...type.matchAll(/'([^']*)'/g)].map((m) => m[1]);
/**
 * Values named in a description: `upcoming` (…), `past` …, for enums typed by an alias (`When`),
 * whose values custom-elements.json does not list.
 */
const described = (text = '') => [...text.matchAll(/`([a-z]+)`/g)].map((m) => m[1]);

/** The input for one attribute of one element; null for attributes the builder leaves out. */
export function fieldFor(tag: string, name: string, element: ManifestElement): Field | null {
  const attribute = element.attributes.find((a) => a.name === name);
  const type = attribute?.type?.text ?? 'string';
  const fallback = attribute?.default?.replace(/^'(.*)'$/, '$1');
  switch (name) {
    case 'src': // the feed address is the builder's first field
      return null;
    case 'event-id':
      return { kind: 'one', from: 'events', none: 'Der nächste kommende Termin' };
    case 'network-id':
      return { kind: 'one', from: 'networks', none: 'Das erste Netzwerk des Feeds' };
    case 'programme-id':
      return { kind: 'one', from: 'programmes', none: 'Das erste Programm des Feeds' };
    case 'network':
      return tag === 'participation-chart'
        ? { kind: 'one', from: 'networks', none: 'Das erste Netzwerk mit Teilnahmezahlen' }
        : { kind: 'many', from: 'networks' };
    case 'state':
      return { kind: 'many', from: 'states' };
    case 'topic':
      return { kind: 'many', from: 'topics' };
    case 'office':
      return { kind: 'many', from: 'offices' };
    case 'type':
      return { kind: 'many', from: 'types' };
    case 'locale':
      return { kind: 'enum', values: ['de', 'en'] };
    case 'month':
      return { kind: 'text', type: 'month' };
    case 'today':
      return { kind: 'text', type: 'date' };
    case 'heading-level':
      return { kind: 'number', min: 2, max: 6 };
  }
  if (/\bboolean\b/.test(type)) return { kind: 'boolean' };
  if (/\bnumber\b/.test(type)) return { kind: 'number', min: 1 };
  const values = literals(type);
  if (values.length > 0) return { kind: 'enum', values, fallback };
  if (/^[A-Z]\w*$/.test(type.trim())) {
    // A backticked attribute name (`today`) is a reference, not a value.
    const names = new Set(element.attributes.map((a) => a.name));
    const named = described(attribute?.description).filter((value) => !names.has(value));
    if (named.length > 1) return { kind: 'enum', values: named, fallback };
  }
  return { kind: 'text', type: 'text' };
}

// ---------------------------------------------------------------------------------------------
// The snippets

export type Values = Record<string, string | true>;

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `<event-list state="SH" limit="5"></event-list>` */
export function elementSnippet(tag: string, values: Values): string {
  const attributes = Object.entries(values)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  return `<${tag}${attributes}></${tag}>`;
}

/** The script tag (once per page) and the element. */
export function htmlSnippet(tag: string, values: Values, scriptUrl: string, feedUrl: string): string {
  const feed = feedUrl ? ` data-feed="${escapeAttribute(feedUrl)}"` : '';
  return `<script src="${escapeAttribute(scriptUrl)}"${feed} defer></script>\n${elementSnippet(tag, values)}`;
}

/** `[bildungsnetz element="event-list" state="SH" limit="5"]` for the WordPress plugin. */
export function shortcode(tag: string, values: Values): string {
  const attributes = Object.entries(values)
    .map(([name, value]) => ` ${name}="${value === true ? 'true' : value.replace(/["[\]]/g, '')}"`)
    .join('');
  return `[bildungsnetz element="${tag}"${attributes}]`;
}

// ---------------------------------------------------------------------------------------------
// Checking a pasted snippet

export interface Found {
  tag: string;
  values: Values;
  /** What is wrong and what to write instead, in German. */
  problems: string[];
}
export interface Checked {
  widgets: Found[];
  /** Problems of the page as a whole (script tag, feed). */
  page: string[];
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

/** The closest of the candidates, when it is close enough to be a typo. */
export function closest(value: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(value.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  const allowed = value.length <= 3 ? 1 : Math.max(2, Math.floor(value.length / 3));
  return best !== undefined && bestDistance <= allowed ? best : undefined;
}

const quote = (text: string) => `„${text}“`;

/** The problems of one widget's values, judged by the elements' attributes and the feed. */
export function checkValues(
  elements: ManifestElement[],
  tag: string,
  values: Values,
  choices: FeedChoices | null,
): string[] {
  const element = elements.find((e) => e.tagName === tag)!;
  const names = element.attributes.map((a) => a.name);
  const problems: string[] = [];
  for (const [name, value] of Object.entries(values)) {
    if (!names.includes(name)) {
      const near = closest(name, names);
      problems.push(
        `${quote(name)} ist kein Attribut von <${tag}>.` +
          (near ? ` Meinten Sie ${quote(near)}?` : ` Möglich sind: ${names.join(', ')}.`),
      );
      continue;
    }
    const field = fieldFor(tag, name, element);
    if (!field) continue;
    const text = value === true ? '' : value;
    if (field.kind === 'boolean') continue;
    if (value === true) {
      problems.push(`${quote(name)} braucht einen Wert, z. B. ${name}="…".`);
      continue;
    }
    if (field.kind === 'enum' && !field.values.includes(text)) {
      problems.push(
        `${quote(text)} ist kein Wert von ${quote(name)}. Möglich sind: ${field.values.join(', ')}.`,
      );
    } else if (
      field.kind === 'number' &&
      (!/^\d+$/.test(text) || Number(text) < field.min || Number(text) > (field.max ?? Infinity))
    ) {
      problems.push(
        `${quote(name)} braucht eine ganze Zahl${field.max ? ` von ${field.min} bis ${field.max}` : ''}, nicht ${quote(text)}.`,
      );
    } else if ((field.kind === 'one' || field.kind === 'many') && choices) {
      const options = choices[field.from];
      const known = options.map((o) => o.value);
      for (const part of field.kind === 'one' ? [text] : text.split(/\s+/).filter(Boolean)) {
        if (known.includes(part)) continue;
        const near = closest(part, known);
        const label = options.find((o) => o.value === near)?.label;
        problems.push(
          `${quote(part)} (${name}) gibt es im Feed nicht.` +
            (near
              ? ` Meinten Sie ${quote(near)}${label && label !== near ? ` – ${label}` : ''}?`
              : ' Wählen Sie oben aus der Liste.'),
        );
      }
    }
  }
  return problems;
}

/** Reads a snippet (HTML or shortcodes) without running anything in it, and checks it. */
export function checkSnippet(
  elements: ManifestElement[],
  text: string,
  choices: FeedChoices | null,
): Checked {
  const widgets: Found[] = [];
  const page: string[] = [];
  // DOMParser builds an inert document: its scripts never run, its images never load.
  const doc = new DOMParser().parseFromString(`<body>${text}</body>`, 'text/html');
  const known = elements.map((e) => e.tagName);
  for (const node of doc.body.querySelectorAll('*')) {
    const tag = node.localName;
    if (known.includes(tag)) {
      const values: Values = {};
      for (const attribute of node.attributes)
        values[attribute.name] = attribute.value === '' ? true : attribute.value;
      widgets.push({ tag, values, problems: checkValues(elements, tag, values, choices) });
    } else if (tag.includes('-')) {
      const near = closest(tag, known);
      widgets.push({
        tag,
        values: {},
        problems: [
          `<${tag}> ist kein Widget.` +
            (near ? ` Meinten Sie <${near}>?` : ` Möglich sind: ${known.join(', ')}.`),
        ],
      });
    }
  }
  for (const match of text.matchAll(/\[bildungsnetz\b([^\]]*)\]/g)) {
    const values: Values = {};
    for (const pair of match[1].matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))|([\w-]+)/g)) {
      if (pair[5]) values[pair[5].toLowerCase()] = true;
      else values[pair[1].toLowerCase()] = pair[2] ?? pair[3] ?? pair[4] ?? '';
    }
    const tag = typeof values.element === 'string' ? values.element : '';
    delete values.element;
    for (const [name, value] of Object.entries(values)) if (value === 'true') values[name] = true;
    if (!known.includes(tag)) {
      const near = closest(tag, known);
      widgets.push({
        tag,
        values: {},
        problems: [
          tag
            ? `${quote(tag)} ist kein Widget.` + (near ? ` Meinten Sie ${quote(near)}?` : '')
            : 'Im Shortcode fehlt element="…", z. B. element="event-list".',
        ],
      });
    } else widgets.push({ tag, values, problems: checkValues(elements, tag, values, choices) });
  }
  const scripts = [...doc.querySelectorAll('script')];
  const htmlWidgets = widgets.length > 0 && !/\[bildungsnetz\b/.test(text);
  if (htmlWidgets && scripts.length === 0)
    page.push(
      'Das Script-Tag fehlt. Es muss einmal auf jeder Seite mit Widgets stehen (oben unter „Zum Kopieren“); steht es schon im Kopfbereich Ihrer Seite, ist alles in Ordnung.',
    );
  const feedOnScript = scripts.some((s) => s.dataset.feed);
  const withoutFeed = widgets.filter((w) => typeof w.values.src !== 'string');
  if (scripts.length > 0 && !feedOnScript && withoutFeed.length > 0 && htmlWidgets)
    page.push(
      'Keine Datenquelle: Das Script-Tag hat kein data-feed="…" und das Element kein src="…". Tragen Sie die Adresse des Feeds in data-feed ein.',
    );
  if (widgets.length === 0)
    page.push(
      'Im eingefügten Text steht kein Widget (kein <event-list>, <event-card> … und kein [bildungsnetz]).',
    );
  return { widgets, page };
}

// ---------------------------------------------------------------------------------------------
// Loading the feed, with messages an editor can act on

export async function loadChoices(url: string): Promise<FeedChoices> {
  if (!url.trim()) throw new Error('Bitte geben Sie die Adresse des Feeds ein (sie endet meist auf .json).');
  let absolute: URL;
  try {
    absolute = new URL(url, document.baseURI);
  } catch {
    throw new Error(`${quote(url)} ist keine Adresse. Sie beginnt mit https://`);
  }
  let response: Response;
  try {
    response = await fetch(absolute);
  } catch {
    throw new Error(
      `Der Feed unter ${absolute.href} ließ sich nicht abrufen: Die Adresse ist falsch, der Server nicht erreichbar, oder er erlaubt den Abruf von dieser Seite nicht (CORS).`,
    );
  }
  if (!response.ok)
    throw new Error(
      `Unter ${absolute.href} gibt es keinen Feed (der Server antwortet ${response.status}). Prüfen Sie die Adresse.`,
    );
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new Error(
      `Unter ${absolute.href} steht keine JSON-Datei. Ist es die Adresse des Feeds, nicht die einer Seite?`,
    );
  }
  const choices = feedChoices(json);
  if (choices.events.length === 0 && choices.networks.length === 0 && choices.programmes.length === 0)
    throw new Error(`Die Datei unter ${absolute.href} enthält keine Termine, Netzwerke oder Programme.`);
  return choices;
}

// ---------------------------------------------------------------------------------------------
// The page

export interface BuilderOptions {
  /** The elements (elementsFrom(custom-elements.json)). */
  elements: ManifestElement[];
  /** The feed address to start with. */
  feed?: string;
  /** Where the widgets' script is published (for the copied HTML). */
  scriptUrl?: string;
  /** Level of the builder's own section headings (2 by default). */
  headingLevel?: number;
}

export interface Builder {
  /** Resolves when the feed has loaded (or failed) and the form shows its choices. */
  ready: Promise<void>;
  form: HTMLFormElement;
  preview: HTMLElement;
  htmlOutput: HTMLTextAreaElement;
  shortcodeOutput: HTMLTextAreaElement;
  /** The element and values in the form now. */
  state(): { tag: string; values: Values; feed: string };
  /** Sets element and values (as "Übernehmen" does after a check). */
  load(tag: string, values: Values): void;
}

let counter = 0;

/** The builder's look, scoped to its own container (it also runs inside Storybook). */
const styles = `
.baukasten { font: 1rem/1.5 system-ui, sans-serif; color: #1a1a1a; max-width: 60rem; }
.baukasten fieldset { border: 1px solid #8a8a8a; border-radius: 4px; margin: 0 0 1rem; padding: 0.75rem 1rem; }
.baukasten legend { font-weight: 700; padding: 0 0.25rem; }
.baukasten label { display: block; font-weight: 600; margin-top: 0.5rem; }
.baukasten label.choice { display: inline-flex; gap: 0.35rem; align-items: center; font-weight: 400; margin: 0.15rem 1rem 0.15rem 0; }
.baukasten input:not([type=checkbox]), .baukasten select, .baukasten textarea {
  font: inherit; box-sizing: border-box; width: 100%; padding: 0.35rem 0.5rem; border: 1px solid #595959; border-radius: 4px; background: #fff; color: inherit; }
.baukasten textarea { font-family: ui-monospace, monospace; font-size: 0.9rem; }
.baukasten .row { display: flex; gap: 0.5rem; align-items: center; margin-top: 0.5rem; }
.baukasten button { font: inherit; padding: 0.35rem 0.9rem; border: 1px solid #0b4f8a; border-radius: 4px; background: #0b4f8a; color: #fff; cursor: pointer; white-space: nowrap; }
.baukasten button:focus-visible, .baukasten input:focus-visible, .baukasten select:focus-visible, .baukasten textarea:focus-visible {
  outline: 3px solid #f2a900; outline-offset: 2px; }
.baukasten .help { color: #4a4a4a; font-size: 0.9rem; margin: 0.25rem 0 0; }
.baukasten fieldset.attribute { margin: 0.75rem 0 0; }
.baukasten .attribute { margin-bottom: 0.5rem; }
.baukasten .status { min-height: 1.5em; }
.baukasten .error { color: #a50e0e; font-weight: 600; }
.baukasten .preview { border: 2px dashed #8a8a8a; padding: 1rem; margin-bottom: 1rem; }
.baukasten .check-result ul { padding-left: 1.25rem; }
`;

/** Creates an element with attributes and text, never parsing HTML. */
function h<K extends keyof HTMLElementTagNameMap>(
  name: K,
  attributes: Record<string, string | boolean> = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(attributes))
    if (value === true) node.setAttribute(key, '');
    else if (value !== false) node.setAttribute(key, value);
  for (const child of children) if (child != null) node.append(child);
  return node;
}

/** Text with `code` spans as <code>. */
function rich(text: string): Node[] {
  return text
    .split(/(`[^`]+`)/)
    .map((part) => (/^`.*`$/.test(part) ? h('code', {}, part.slice(1, -1)) : document.createTextNode(part)));
}

export function mountBuilder(root: HTMLElement, options: BuilderOptions): Builder {
  const { elements } = options;
  const id = (name: string) => `baukasten-${counter}-${name}`;
  counter++;
  const heading = `h${options.headingLevel ?? 2}` as 'h2';
  const defaultScript = options.scriptUrl ?? new URL('bildungsnetz-widgets.js', document.baseURI).href;
  let choices: FeedChoices | null = null;
  let values: Values = {};

  const feedInput = h('input', {
    id: id('feed'),
    type: 'url',
    name: 'feed',
    autocomplete: 'url',
    spellcheck: 'false',
    placeholder: 'https://example.org/feed.json',
    'aria-describedby': id('feed-status'),
  });
  feedInput.value = options.feed ?? '';
  const feedButton = h('button', { type: 'button' }, 'Feed laden');
  const feedStatus = h('p', { id: id('feed-status'), role: 'status', class: 'status' });
  const elementSelect = h('select', {
    id: id('element'),
    name: 'element',
    'aria-describedby': id('element-help'),
  });
  for (const element of elements)
    elementSelect.append(
      h(
        'option',
        { value: element.tagName },
        `${elementLabels[element.tagName]?.de ?? element.tagName} (<${element.tagName}>)`,
      ),
    );
  elementSelect.value = elements.some((e) => e.tagName === 'event-list') ? 'event-list' : elements[0].tagName;
  const elementHelp = h('p', { id: id('element-help'), class: 'help' });
  const fields = h('div', { class: 'fields' });
  const form = h(
    'form',
    { class: 'form', 'aria-label': 'Widget zusammenstellen' },
    h(
      'fieldset',
      {},
      h('legend', {}, '1. Daten'),
      h('label', { for: feedInput.id }, 'Adresse des Feeds'),
      h('div', { class: 'row' }, feedInput, feedButton),
      feedStatus,
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, '2. Widget'),
      h('label', { for: elementSelect.id }, 'Was soll gezeigt werden?'),
      elementSelect,
      elementHelp,
    ),
    h('fieldset', {}, h('legend', {}, '3. Auswahl und Einstellungen'), fields),
  );
  form.addEventListener('submit', (event) => event.preventDefault());

  const preview = h('div', { class: 'preview', id: id('preview') });
  const scriptInput = h('input', {
    id: id('script'),
    type: 'url',
    spellcheck: 'false',
    'aria-describedby': id('script-help'),
  });
  scriptInput.value = defaultScript;
  const htmlOutput = h('textarea', { id: id('html'), readonly: true, rows: '4', spellcheck: 'false' });
  const shortcodeOutput = h('textarea', {
    id: id('shortcode'),
    readonly: true,
    rows: '2',
    spellcheck: 'false',
  });
  const copyStatus = h('p', { role: 'status', class: 'status', id: id('copy-status') });
  const copyHtml = h('button', { type: 'button' }, 'HTML kopieren');
  const copyShortcode = h('button', { type: 'button' }, 'Shortcode kopieren');

  const checkInput = h('textarea', {
    id: id('check'),
    rows: '5',
    spellcheck: 'false',
    'aria-describedby': id('check-help'),
  });
  const checkButton = h('button', { type: 'button' }, 'Prüfen');
  const checkResult = h('div', { id: id('check-result'), role: 'status', class: 'check-result' });

  root.replaceChildren(
    h(
      'div',
      { class: 'baukasten', lang: 'de' },
      h('style', {}, styles),
      form,
      h(
        'section',
        { 'aria-labelledby': id('preview-heading') },
        h(heading, { id: id('preview-heading') }, 'Vorschau'),
        preview,
      ),
      h(
        'section',
        { 'aria-labelledby': id('copy-heading') },
        h(heading, { id: id('copy-heading') }, 'Zum Kopieren'),
        h(
          'label',
          { for: htmlOutput.id },
          'HTML für Ihre Seite (Script-Tag einmal pro Seite, dann das Element)',
        ),
        htmlOutput,
        h('div', { class: 'row' }, copyHtml),
        h('label', { for: scriptInput.id }, 'Adresse des Scripts'),
        scriptInput,
        h(
          'p',
          { id: id('script-help'), class: 'help' },
          'Wo die Datei bildungsnetz-widgets.js liegt; die Transferagentur nennt sie Ihnen.',
        ),
        h(
          'label',
          { for: shortcodeOutput.id },
          'Shortcode für WordPress (mit dem Plugin „Bildungsnetz-Widgets“)',
        ),
        shortcodeOutput,
        h('div', { class: 'row' }, copyShortcode),
        copyStatus,
      ),
      h(
        'section',
        { 'aria-labelledby': id('check-heading') },
        h(heading, { id: id('check-heading') }, 'Vorhandenen Code prüfen'),
        h('label', { for: checkInput.id }, 'HTML oder Shortcode einfügen'),
        checkInput,
        h(
          'p',
          { id: id('check-help'), class: 'help' },
          'Der Baukasten prüft Elementnamen, Attribute und Werte gegen den Feed oben und sagt, was zu ändern ist.',
        ),
        h('div', { class: 'row' }, checkButton),
        checkResult,
      ),
    ),
  );

  const currentElement = () => elements.find((e) => e.tagName === elementSelect.value)!;
  const feedUrl = () => {
    try {
      return feedInput.value.trim() ? new URL(feedInput.value.trim(), document.baseURI).href : '';
    } catch {
      return feedInput.value.trim();
    }
  };

  function describe(tag: string, name: string): string {
    return (editorTexts[tag]?.attributes[name] ?? commonAttributes[name])?.text ?? '';
  }

  /** One control per attribute. */
  function renderFields() {
    const element = currentElement();
    const tag = element.tagName;
    elementHelp.replaceChildren(...rich(editorTexts[tag]?.shows ?? element.summary ?? ''));
    const controls: Node[] = [];
    for (const attribute of element.attributes) {
      const name = attribute.name;
      const field = fieldFor(tag, name, element);
      if (!field) continue;
      const help = h('p', { class: 'help', id: id(`help-${name}`) }, ...rich(describe(tag, name)));
      const controlId = id(`attr-${name}`);
      const current = values[name];
      if (field.kind === 'many') {
        const options = choices?.[field.from] ?? [];
        const chosen = new Set(typeof current === 'string' ? current.split(/\s+/) : []);
        const boxes = options.map((option) => {
          const box = h('input', {
            type: 'checkbox',
            value: option.value,
            'data-attribute': name,
            checked: chosen.has(option.value),
          });
          return h('label', { class: 'choice' }, box, ` ${option.label}`);
        });
        controls.push(
          h(
            'fieldset',
            { class: 'attribute', 'aria-describedby': help.id, 'data-attribute': name },
            h('legend', {}, `${name}`),
            options.length > 0
              ? h('div', { class: 'choices' }, ...boxes)
              : h(
                  'p',
                  { class: 'help' },
                  choices ? 'Der Feed enthält hierfür keine Werte.' : 'Erst den Feed laden.',
                ),
            help,
          ),
        );
        continue;
      }
      let control: HTMLInputElement | HTMLSelectElement;
      if (field.kind === 'one' || field.kind === 'enum') {
        const options: { value: string; label: string }[] =
          field.kind === 'one'
            ? [{ value: '', label: field.none }, ...(choices?.[field.from] ?? [])]
            : [
                { value: '', label: field.fallback ? `Standard (${field.fallback})` : 'Standard' },
                ...field.values.map((v) => ({ value: v, label: v })),
              ];
        control = h('select', { id: controlId, 'data-attribute': name, 'aria-describedby': help.id });
        for (const option of options) control.append(h('option', { value: option.value }, option.label));
        control.value =
          typeof current === 'string' && options.some((o) => o.value === current) ? current : '';
      } else if (field.kind === 'boolean') {
        control = h('input', {
          id: controlId,
          type: 'checkbox',
          'data-attribute': name,
          'aria-describedby': help.id,
        });
        control.checked = current === true;
        controls.push(
          h('div', { class: 'attribute' }, h('label', { class: 'choice' }, control, ` ${name}`), help),
        );
        continue;
      } else {
        control = h('input', {
          id: controlId,
          type: field.kind === 'number' ? 'number' : field.type,
          'data-attribute': name,
          'aria-describedby': help.id,
          ...(field.kind === 'number'
            ? { min: String(field.min), ...(field.max ? { max: String(field.max) } : {}) }
            : {}),
        });
        control.value = typeof current === 'string' ? current : '';
      }
      controls.push(h('div', { class: 'attribute' }, h('label', { for: controlId }, name), control, help));
    }
    fields.replaceChildren(...controls);
  }

  /** The form's values, in the element's attribute order. */
  function readFields(): Values {
    const element = currentElement();
    const next: Values = {};
    for (const attribute of element.attributes) {
      const name = attribute.name;
      const checked = [
        ...fields.querySelectorAll<HTMLInputElement>(`input[type=checkbox][data-attribute="${name}"]`),
      ];
      const fieldset = fields.querySelector(`fieldset[data-attribute="${name}"]`);
      if (fieldset) {
        const picked = checked.filter((box) => box.checked).map((box) => box.value);
        if (picked.length > 0) next[name] = picked.join(' ');
        continue;
      }
      const control = fields.querySelector<HTMLInputElement | HTMLSelectElement>(
        `[data-attribute="${name}"]`,
      );
      if (!control) continue;
      if (control instanceof HTMLInputElement && control.type === 'checkbox') {
        if (control.checked) next[name] = true;
      } else if (control.value.trim() !== '') next[name] = control.value.trim();
    }
    return next;
  }

  function update() {
    const tag = elementSelect.value;
    values = readFields();
    const feed = feedUrl();
    htmlOutput.value = htmlSnippet(tag, values, scriptInput.value.trim() || defaultScript, feed);
    shortcodeOutput.value = shortcode(tag, values);
    // The preview: the real element, with the feed as its src (the copied HTML gives the page's
    // script the feed as data-feed instead; both render the same).
    const widget = document.createElement(tag);
    for (const [name, value] of Object.entries(values))
      widget.setAttribute(name, value === true ? '' : value);
    if (feed) widget.setAttribute('src', feed);
    preview.replaceChildren(widget);
  }

  let loading: Promise<void> = Promise.resolve();
  function loadFeed(): Promise<void> {
    feedStatus.textContent = 'Feed wird geladen …';
    feedStatus.classList.remove('error');
    loading = loadChoices(feedInput.value)
      .then((loaded) => {
        choices = loaded;
        feedStatus.textContent =
          `Feed geladen: ${loaded.events.length} Termine, ${loaded.networks.length} Netzwerke, ` +
          `${loaded.programmes.length} Programme. Die Auswahl unten zeigt, was er enthält.`;
      })
      .catch((error: Error) => {
        choices = null;
        feedStatus.textContent = error.message;
        feedStatus.classList.add('error');
      })
      .then(() => {
        renderFields();
        update();
      });
    return loading;
  }

  async function copy(text: string, what: string, source: HTMLTextAreaElement) {
    try {
      await navigator.clipboard.writeText(text);
      copyStatus.textContent = `${what} kopiert. Fügen Sie ihn in Ihrem CMS ein.`;
    } catch {
      source.focus();
      source.select();
      copyStatus.textContent = `${what} ist markiert: Kopieren Sie ihn mit Strg+C (Mac: Cmd+C).`;
    }
  }

  function showCheck(result: Checked) {
    const items: Node[] = [];
    for (const problem of result.page) items.push(h('li', {}, problem));
    result.widgets.forEach((widget, i) => {
      const label = `<${widget.tag || '?'}>`;
      if (widget.problems.length === 0) items.push(h('li', {}, `${label}: in Ordnung.`));
      for (const problem of widget.problems) items.push(h('li', {}, `${label}: ${problem}`));
      if (elements.some((e) => e.tagName === widget.tag)) {
        const take = h('button', { type: 'button' }, `${label} in den Baukasten übernehmen`);
        take.addEventListener('click', () => load(widget.tag, widget.values));
        items.push(h('li', { class: 'take', 'data-index': String(i) }, take));
      }
    });
    const problems = result.page.length + result.widgets.reduce((n, w) => n + w.problems.length, 0);
    checkResult.replaceChildren(
      h(
        'p',
        {},
        problems === 0
          ? 'Keine Fehler gefunden.'
          : `${problems === 1 ? 'Ein Fehler' : `${problems} Fehler`} gefunden:`,
      ),
      h('ul', {}, ...items),
    );
  }

  function load(tag: string, next: Values) {
    elementSelect.value = tag;
    values = { ...next };
    delete values.src;
    renderFields();
    update();
  }

  feedButton.addEventListener('click', () => void loadFeed());
  feedInput.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void loadFeed();
    }
  });
  elementSelect.addEventListener('change', () => {
    const known = new Set(currentElement().attributes.map((a) => a.name));
    values = Object.fromEntries(Object.entries(values).filter(([name]) => known.has(name)));
    renderFields();
    update();
  });
  fields.addEventListener('change', update);
  fields.addEventListener('input', update);
  scriptInput.addEventListener('input', update);
  copyHtml.addEventListener('click', () => void copy(htmlOutput.value, 'Der HTML-Code', htmlOutput));
  copyShortcode.addEventListener(
    'click',
    () => void copy(shortcodeOutput.value, 'Der Shortcode', shortcodeOutput),
  );
  checkButton.addEventListener(
    'click',
    () => void loading.then(() => showCheck(checkSnippet(elements, checkInput.value, choices))),
  );

  renderFields();
  update();
  const ready = feedInput.value
    ? loadFeed()
    : Promise.resolve().then(
        () => void (feedStatus.textContent = 'Bitte geben Sie die Adresse des Feeds ein.'),
      );
  return {
    ready,
    form,
    preview,
    htmlOutput,
    shortcodeOutput,
    state: () => ({ tag: elementSelect.value, values: { ...values }, feed: feedUrl() }),
    load,
  };
}
