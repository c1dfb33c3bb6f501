import { readFileSync, writeFileSync } from 'node:fs';
import * as acorn from 'acorn';
import MagicString from 'magic-string';
const src = readFileSync('/tmp/unmin/bildungsnetz-widgets.js', 'utf8');
const ast = acorn.parse(src, { ecmaVersion: 'latest' });
const s = new MagicString(src);
let n = 0;
(function walk(node) {
  if (!node || typeof node.type !== 'string') return;
  if (node.type === 'ObjectExpression' && node.properties.length === 2) {
    const [a, b] = node.properties;
    const name = (p) => p.type === 'Property' && (p.key.name ?? p.key.value);
    if (name(a) === 'de' && name(b) === 'en' && a.value.type === 'ObjectExpression' && b.value.type === 'ObjectExpression' && a.value.properties.every(p => p.type === 'Property')) {
      const en = new Map(b.value.properties.filter(p => p.type === 'Property').map((p) => [p.key.name ?? p.key.value, src.slice(p.value.start, p.value.end)]));
      const body = a.value.properties.map((p) => { const k = p.key.name ?? p.key.value; return `${JSON.stringify(k)}: [${src.slice(p.value.start, p.value.end)}, ${en.get(k) ?? '""'}]`; }).join(', ');
      s.overwrite(node.start, node.end, `T({${body}})`);
      n++;
      return;
    }
  }
  for (const k in node) { const v = node[k]; if (Array.isArray(v)) v.forEach(walk); else if (v && typeof v === 'object' && k !== 'parent') walk(v); }
})(ast);
s.prepend('var T=(t)=>{const de={},en={};for(const k in t){de[k]=t[k][0];en[k]=t[k][1]}return{de,en}};');
writeFileSync('/tmp/pairs.js', s.toString());
console.log('tables', n);
