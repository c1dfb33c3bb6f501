// src/cli/read-json.ts: a feed's JSON read from its bytes, value by value, gives what JSON.parse
// of the whole text gives; anything that is no JSON object is a SyntaxError (build then reads
// the text as before, for the check's message).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseJsonBytes } from '../../src/cli/read-json.ts';
import { sample } from './cli-helpers.ts';

const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

test('the sample feed and tricky texts: the same values as JSON.parse', () => {
  const texts = [
    readFileSync(sample, 'utf8'),
    '{}',
    ' \n{ "events" : [ ] }\r\n',
    '{"events":[{"id":"a\\"b\\\\","title":"„Schule–Beruf“ 👩‍🏫 \\u00fc","n":-1.5e3,"x":[[],{}],"t":true,"f":null}]}',
    '{"a":1,"a":2,"events":[1,"2",[3]],"__proto__":{"polluted":true},"z":"}]"}',
    '{"events":{"not":"an array"},"version":1}',
  ];
  for (const text of texts) {
    const parsed = parseJsonBytes(bytes(text)) as Record<string, unknown>;
    assert.deepEqual(parsed, JSON.parse(text));
    assert.equal(Object.getPrototypeOf(parsed), Object.prototype);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  }
  // A byte order mark is skipped, as browsers and the text path do.
  assert.deepEqual(parseJsonBytes(bytes('\uFEFF{"version":1}')), { version: 1 });
});

test('any JSON object: the same values as JSON.parse', () => {
  fc.assert(
    fc.property(
      fc.dictionary(fc.string(), fc.jsonValue()),
      fc.array(fc.jsonValue()),
      fc.boolean(),
      (members, events, pretty) => {
        const value = { ...members, events };
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        assert.deepEqual(parseJsonBytes(bytes(text)), JSON.parse(text));
      },
    ),
    { numRuns: 300 },
  );
});

test('what is no JSON object throws a SyntaxError', () => {
  for (const text of [
    '',
    '[]',
    '"x"',
    '{',
    '{"a":}',
    '{"a":1,}',
    '{"events":[1,]}',
    '{"a":1} x',
    '{"a":tru}',
    "{'a':1}",
  ])
    assert.throws(() => parseJsonBytes(bytes(text)), SyntaxError, text);
});
