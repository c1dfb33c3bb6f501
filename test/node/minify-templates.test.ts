// The build's template folding: indentation inside html/svg/css templates becomes one space;
// everything else (expressions, strings, comments, untagged templates) stays as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyTemplates } from '../../scripts/minify-templates.ts';

test('folds indentation in html, svg and css templates, nested ones included', () => {
  const code = 'html`<p>\n    ${a ? html`<b>\n  x</b>` : ""}\n  </p>`; css`\n  a {\n    color: red;\n  }\n`;';
  assert.equal(minifyTemplates(code), 'html`<p> ${a ? html`<b> x</b>` : ""} </p>`; css`a{color:red}`;');
});

test('minifies stylesheets: comments, spaces and last semicolons go, the rules stay', () => {
  const code =
    "css`\n  /* why */\n  :host > * {\n    color: var(--bn-text, red);\n  }\n  .ev::before { content: '▸ ' / ''; }\n  @container (width < 40rem) {\n    .grid { display: none; }\n  }\n`";
  assert.equal(
    minifyTemplates(code),
    'css`:host>*{color:var(--bn-text,red)}.ev:before{content:"▸ " / ""}@container (width<40rem){.grid{display:none}}`',
  );
});

test('keeps syntax Safari 16.2 understands and escapes what Lightning CSS escapes', () => {
  const out = minifyTemplates(`css\`@media (max-width: 30em) { a::after { content: 'say "hi"'; } }\``);
  assert.equal(out, 'css`@media (max-width:30em){a:after{content:"say \\\\"hi\\\\""}}`');
  // The template's value (what Lit's css tag receives: escapes resolved) is the CSS Lightning wrote.
  const value = out.slice('css`'.length, -1).replace(/\\(.)/g, '$1');
  assert.equal(value, '@media (max-width:30em){a:after{content:"say \\"hi\\""}}');
});

test('leaves a stylesheet with expressions folded only', () => {
  assert.equal(minifyTemplates('css`\n  a { color: ${c}; }\n`'), 'css` a { color: ${c}; } `');
});

test('keeps spaces without a line break, untagged templates, strings and comments', () => {
  const code = [
    'const t = `keep\n   this`;',
    "const s = 'html`\\n  x`';",
    '// html`\n',
    '/* css` \n  y` */',
    'html`<a>  b</a>`;',
  ].join('\n');
  assert.equal(minifyTemplates(code), code);
});

test('copies expressions with braces, quotes and backslashes untouched', () => {
  const code = 'html`<i>${JSON.stringify({ a: "}" })}\\`</i>\n  <b>${`${x}\n  y`}</b>`';
  assert.equal(minifyTemplates(code), 'html`<i>${JSON.stringify({ a: "}" })}\\`</i> <b>${`${x}\n  y`}</b>`');
});
