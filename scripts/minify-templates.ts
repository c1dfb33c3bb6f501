/**
 * A build step that folds the indentation inside Lit's `html`, `svg` and `css` template
 * literals: every run of white space that holds a line break becomes one space. The markup and
 * styles mean the same (HTML and CSS treat such runs as one space; no element here uses
 * `white-space: pre`), and visitors download less. Expressions (`${…}`) are copied as they are,
 * apart from templates nested in them, which are folded the same way.
 *
 * A `css` template without expressions (every stylesheet here) is minified as CSS by Lightning
 * CSS, the minifier Vite itself uses: comments, spaces around `{`, `:` and `;` and the last `;`
 * of a rule go. It is told the browsers we support (`CSS_TARGETS`), so it writes nothing they
 * would not understand.
 */
import { transform } from 'lightningcss';
import type { Plugin } from 'vite';

const TAGGED = /\b(?:html|svg|css)$/;

/** Folds every tagged template in `code` (comments and quoted strings are copied untouched). */
export function minifyTemplates(code: string): string {
  let out = '';
  let i = 0;
  while (i < code.length) {
    const c = code[i]!;
    const skip =
      c === '/' && code[i + 1] === '/'
        ? code.indexOf('\n', i)
        : c === '/' && code[i + 1] === '*'
          ? code.indexOf('*/', i + 2) + 2
          : c === "'" || c === '"'
            ? stringEnd(code, i)
            : undefined;
    if (skip !== undefined) {
      const end = skip <= i ? code.length : skip;
      out += code.slice(i, end);
      i = end;
    } else if (c === '`') {
      const [template, end] = readTemplate(code, i + 1, TAGGED.test(out.slice(-4)));
      out += /\bcss$/.test(out.slice(-4)) && !template.includes('${') ? minifyCss(template) : template;
      i = end;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/**
 * The browsers the stylesheets are written for (color-mix() and container queries set the
 * floor): Lightning CSS then keeps syntax they understand (`max-width` media queries, not the
 * range form Safari 16.2 lacks) instead of assuming the newest browser.
 */
const CSS_TARGETS = { chrome: 111 << 16, firefox: 113 << 16, safari: (16 << 16) | (2 << 8) };

/** A whole template literal of CSS (backticks included), minified; escapes are kept as they are. */
function minifyCss(template: string): string {
  const source = template.slice(1, -1);
  if (source.includes('\\')) return template; // escapes would need unescaping first
  const { code } = transform({
    filename: 'template.css',
    code: Buffer.from(source),
    minify: true,
    targets: CSS_TARGETS,
  });
  // Back into a template literal: Lightning's own escapes (`"say \"hi\""`) must survive it.
  return '`' + code.toString().replace(/[\\`]|\$\{/g, (c) => '\\' + c) + '`';
}

/** The index just after the quoted string starting at `start`. */
function stringEnd(code: string, start: number): number {
  let j = start + 1;
  while (j < code.length && code[j] !== code[start]) j += code[j] === '\\' ? 2 : 1;
  return j + 1;
}

/** Reads a template literal whose opening backtick is just before `start`. */
function readTemplate(code: string, start: number, fold: boolean): [string, number] {
  let out = '`';
  let i = start;
  while (i < code.length) {
    const c = code[i]!;
    if (c === '\\') {
      out += code.slice(i, i + 2);
      i += 2;
    } else if (c === '`') {
      return [out + '`', i + 1];
    } else if (c === '$' && code[i + 1] === '{') {
      const [expression, end] = readExpression(code, i + 2);
      out += '${' + expression;
      i = end;
    } else if (fold && /\s/.test(c)) {
      let j = i;
      while (j < code.length && /\s/.test(code[j]!)) j++;
      const run = code.slice(i, j);
      out += run.includes('\n') ? ' ' : run;
      i = j;
    } else {
      out += c;
      i++;
    }
  }
  throw new Error('unterminated template literal');
}

/** Reads a `${…}` expression up to and including its closing brace. */
function readExpression(code: string, start: number): [string, number] {
  let out = '';
  let depth = 1;
  let i = start;
  while (i < code.length) {
    const c = code[i]!;
    if (c === '`') {
      const [template, end] = readTemplate(code, i + 1, TAGGED.test(out.slice(-4)));
      out += template;
      i = end;
      continue;
    }
    if (c === "'" || c === '"') {
      const end = stringEnd(code, i);
      out += code.slice(i, end);
      i = end;
      continue;
    }
    if (c === '{') depth++;
    if (c === '}' && --depth === 0) return [out + '}', i + 1];
    out += c;
    i++;
  }
  throw new Error('unterminated template expression');
}

/** The Vite plugin: folds templates in the project's own TypeScript, for builds only. */
export function minifyTemplatesPlugin(): Plugin {
  return {
    name: 'bildungsnetz:minify-templates',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/(?:html|svg|css)`/.test(code)) return null;
      return { code: minifyTemplates(code), map: null };
    },
  };
}
