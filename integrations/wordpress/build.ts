/**
 * `npm run build:wordpress` (the last step of `npm run build`): makes the WordPress plugin in
 * integrations/wordpress/bildungsnetz-widgets/ complete and packs it as
 * dist/bildungsnetz-widgets-wordpress.zip.
 *
 * 1. elements.json: every element with its attributes, generated from custom-elements.json
 *    (names, types, enum values, defaults) and stories/docs/einbinden.ts (the German texts the
 *    "Einbinden" page shows editors). The plugin's shortcode, kses rules and block read it, so
 *    an attribute added to an element reaches WordPress with the next build.
 * 2. assets/bildungsnetz-widgets.js (only in the zip): the built script bundle, shipped inside
 *    the plugin so a site makes no third-party request.
 * 3. languages/*.mo from languages/*.po (see mo.ts).
 * 4. The zip (see zip.ts), with the plugin folder as its root, as WordPress expects.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commonAttributes, editorTexts } from '../../stories/docs/einbinden.ts';
import { compileMo, parsePo } from './mo.ts';
import { zip, type ZipEntry } from './zip.ts';
import { elementLabels } from '../labels.ts';
import { format, resolveConfig } from 'prettier';

const root = fileURLToPath(new URL('../..', import.meta.url));
const plugin = join(root, 'integrations/wordpress/bildungsnetz-widgets');

export interface PluginAttribute {
  /** `string`, `number`, `boolean`, or `enum` (then `values` lists the allowed values). */
  kind: 'string' | 'number' | 'boolean' | 'enum';
  values?: string[];
  default?: string;
  description: { de: string; en: string };
}
export interface PluginElement {
  label: { de: string; en: string };
  description: { de: string; en: string };
  attributes: Record<string, PluginAttribute>;
}

interface ManifestAttribute {
  name: string;
  description?: string;
  default?: string;
  type?: { text: string };
}
interface Declaration {
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: ManifestAttribute[];
}

/** `'a' | 'b' | undefined` → ['a', 'b']; null when the type is not a union of string literals. */
function literals(typeText: string): string[] | null {
  const parts = typeText
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined');
  return parts.length > 0 && parts.every((part) => /^'[^']*'$/.test(part))
    ? parts.map((p) => p.slice(1, -1))
    : null;
}

/** A named type (`When`) resolved through its `export type When = …` in src/. */
function resolveAlias(name: string): string | null {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? files(join(dir, entry.name))
        : entry.name.endsWith('.ts')
          ? [join(dir, entry.name)]
          : [],
    );
  for (const file of files(join(root, 'src'))) {
    const match = new RegExp(`export type ${name} =([^;]+);`).exec(readFileSync(file, 'utf8'));
    if (match) return match[1].trim();
  }
  return null;
}

function kindOf(typeText: string): Pick<PluginAttribute, 'kind' | 'values'> {
  const text = /^[A-Z]\w*$/.test(typeText.trim()) ? (resolveAlias(typeText.trim()) ?? typeText) : typeText;
  const values = literals(text);
  if (values) return { kind: 'enum', values };
  const base = text.replace(/\|\s*undefined/g, '').trim();
  if (base === 'number') return { kind: 'number' };
  if (base === 'boolean') return { kind: 'boolean' };
  if (base === 'string') return { kind: 'string' };
  throw new Error(`WordPress plugin: attribute type "${typeText}" is not one the plugin knows.`);
}

const firstSentence = (text = '') => text.split(/\n\n/)[0].replace(/\s+/g, ' ').trim();

/** elements.json's content, from custom-elements.json and the German editor texts. */
export function pluginElements(
  manifestPath = join(root, 'custom-elements.json'),
): Record<string, PluginElement> {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    modules: { declarations?: Declaration[] }[];
  };
  const declarations = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName)
    .sort((a, b) => a.tagName!.localeCompare(b.tagName!));
  const missing: string[] = [];
  const result: Record<string, PluginElement> = {};
  for (const declaration of declarations) {
    const tag = declaration.tagName!;
    const texts = editorTexts[tag];
    if (!texts || !elementLabels[tag]) missing.push(`<${tag}>`);
    const attributes: Record<string, PluginAttribute> = {};
    for (const attribute of declaration.attributes ?? []) {
      const german = texts?.attributes[attribute.name] ?? commonAttributes[attribute.name];
      if (!german) missing.push(`<${tag} ${attribute.name}>`);
      const fallback = attribute.default?.replace(/^'(.*)'$/, '$1');
      attributes[attribute.name] = {
        ...kindOf(attribute.type?.text ?? 'string'),
        ...(fallback && fallback !== 'undefined' ? { default: fallback } : {}),
        description: { de: german?.text ?? '', en: attribute.description?.replace(/\s+/g, ' ').trim() ?? '' },
      };
    }
    result[tag] = {
      label: elementLabels[tag] ?? { de: tag, en: tag },
      description: {
        de: texts?.shows ?? '',
        en: firstSentence(declaration.summary ?? declaration.description),
      },
      attributes,
    };
  }
  if (missing.length > 0)
    throw new Error(
      `WordPress plugin: no German text for ${missing.join(', ')}. Add it to stories/docs/einbinden.ts ` +
        '(attributes) or to integrations/labels.ts (element names).',
    );
  return result;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)]))
    .sort();
}

export async function buildPlugin(): Promise<string> {
  const file = join(plugin, 'elements.json');
  // Formatted as the project's Prettier settings want it, so `npm run lint` passes after a build.
  const options = { ...(await resolveConfig(file)), filepath: file };
  writeFileSync(file, await format(JSON.stringify(pluginElements()), options));

  const bundle = join(root, 'dist/bildungsnetz-widgets.js');
  if (!existsSync(bundle))
    throw new Error('WordPress plugin: dist/bildungsnetz-widgets.js is missing; run `vite build` first.');

  for (const file of readdirSync(join(plugin, 'languages')).filter((name) => name.endsWith('.po'))) {
    const po = parsePo(readFileSync(join(plugin, 'languages', file), 'utf8'));
    writeFileSync(join(plugin, 'languages', file.replace(/\.po$/, '.mo')), compileMo(po));
  }

  const entries: ZipEntry[] = listFiles(plugin).map((file) => ({
    name: `bildungsnetz-widgets/${relative(plugin, file).split('\\').join('/')}`,
    data: readFileSync(file),
    modified: statSync(file).mtime,
  }));
  // The script inside the plugin (the default script source): no request to another server.
  entries.push({
    name: 'bildungsnetz-widgets/assets/bildungsnetz-widgets.js',
    data: readFileSync(bundle),
    modified: statSync(bundle).mtime,
  });
  const out = join(root, 'dist/bildungsnetz-widgets-wordpress.zip');
  writeFileSync(out, zip(entries));
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = await buildPlugin();
  console.log(`WordPress plugin: ${relative(root, out)} (${statSync(out).size.toLocaleString('en')} bytes)`);
}
