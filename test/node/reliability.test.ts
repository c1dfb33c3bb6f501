// docs/reliability.md is generated from the matrix's rows and elements; README.md quotes its
// figures. Both must follow every change of test/robust/rows.ts or test/robust/elements.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { docPath, figures, reliabilityDoc } from '../../scripts/reliability.ts';
import { HUGE_EVENTS } from '../../test/robust/rows.ts';
import { HUGE_EVENTS as SERVED } from '../server/routes.mjs';

test('docs/reliability.md is current (run `npm run docs:reliability` after changing the matrix)', () => {
  assert.equal(readFileSync(docPath, 'utf8'), reliabilityDoc());
});

test("README.md's Reliability section quotes the matrix figures", () => {
  assert.ok(readFileSync(new URL('../../README.md', import.meta.url), 'utf8').includes(figures()), figures());
});

test('the 20 MB row and the test server agree on the number of archived events', () => {
  assert.equal(HUGE_EVENTS, SERVED);
});
