// The JSON Schema is generated from the TypeScript types; these tests prove the committed
// schema is current, that the sample feed passes a standard validator (Ajv), and that the
// schema and the parser agree on what is wrong.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { generateSchema, schemaPath } from '../../scripts/schema.ts';
import { parseFeed } from '../../src/data/parse.ts';

const committed = readFileSync(schemaPath, 'utf8');
const schema = JSON.parse(committed);
const sample = JSON.parse(readFileSync(new URL('../../src/data/sample-feed.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

test('feed.schema.json is generated from src/data/types.ts (run `npm run schema` after changing the types)', () => {
  assert.equal(committed, generateSchema());
});

test('the sample feed is valid against feed.schema.json (Ajv, draft-07)', () => {
  const valid = validate(sample);
  assert.equal(valid, true, JSON.stringify(validate.errors, null, 2));
});

test('the parser finds nothing wrong with the sample feed either', () => {
  const result = parseFeed(sample);
  assert.ok(result.ok);
  assert.deepEqual(result.issues, []);
});

const base = { id: 'e1', title: 'Treffen', start: '2019-09-24' };
const broken: [string, unknown][] = [
  ['version 2', { version: 2 }],
  ['an event without title', { version: 1, events: [{ id: 'e1', start: '2019-09-24' }] }],
  ['an event without id', { version: 1, events: [{ title: 'x', start: '2019-09-24' }] }],
  ['a start in no form', { version: 1, events: [{ ...base, start: '24.09.2019' }] }],
  ['a javascript: URL', { version: 1, events: [{ ...base, url: 'javascript:alert(1)' }] }],
  ['a number as a string', { version: 1, events: [{ ...base, sequence: '4' }] }],
  ['an unknown status', { version: 1, events: [{ ...base, status: 'abgesagt' }] }],
  ['an image without alt', { version: 1, events: [{ ...base, image: { url: 'https://a.example/b.jpg' } }] }],
];

for (const [name, feed] of broken) {
  test(`schema and parser both reject ${name}`, () => {
    assert.equal(validate(feed), false, `the schema accepts ${name}`);
    const result = parseFeed(feed);
    assert.ok(!result.ok || result.issues.length > 0, `the parser accepts ${name}`);
  });
}

test('schema and parser both accept unknown keys (forward compatible)', () => {
  const feed = { version: 1, channel: 'x', events: [{ ...base, colour: 'red' }] };
  assert.equal(validate(feed), true);
  const result = parseFeed(feed);
  assert.ok(result.ok);
  assert.deepEqual(result.issues, []);
});
