// Each element's Storybook docs page starts with a short German introduction (what it shows and
// how editors place it), before the developers' description from the manifest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { elementDocs, elementIntro, elements } from '../../stories/docs/manifest.ts';

test('every element has a German introduction, and its docs page starts with it', () => {
  assert.ok(elements.length >= 9, `${elements.length} elements`);
  for (const { tagName } of elements) {
    const intro = elementIntro(tagName);
    assert.ok(intro, `<${tagName}>: no introduction (add "shows" in stories/docs/einbinden.ts)`);
    // German: the words of German sentences, and the tag to write.
    assert.match(intro, /\b(der|die|das|und|mit|ein|eine)\b/, `<${tagName}>: not German`);
    assert.ok(intro.includes(`<${tagName}></${tagName}>`), `<${tagName}>: how to place it`);
    assert.ok(intro.length < 600, `<${tagName}>: short`);
    const docs = elementDocs(tagName)!;
    assert.ok(docs.startsWith(intro), `<${tagName}>: the docs page starts with the introduction`);
    assert.ok(docs.length > intro.length, `<${tagName}>: the developers' description follows`);
  }
});
