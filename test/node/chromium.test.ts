// scripts/chromium.mjs, the first step of `npm test`: finds a Chromium or Chrome, or says in one
// line what to do. (Installing Debian's Chromium is what .ci/run proves on a fresh machine.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumCandidates, findChromium, missingMessage } from '../../scripts/chromium.mjs';

const dir = mkdtempSync(join(tmpdir(), 'bn-chromium-'));
const browser = join(dir, 'chrome');
writeFileSync(browser, '#!/bin/sh\n');
chmodSync(browser, 0o755);
const notExecutable = join(dir, 'readme.txt');
writeFileSync(notExecutable, 'not a browser');
const missing = join(dir, 'missing');
test.after(() => rmSync(dir, { recursive: true, force: true }));

test('CHROME_PATH wins when it is an executable file', () => {
  assert.equal(findChromium({ CHROME_PATH: browser }, [missing]), browser);
});

test('a CHROME_PATH that is missing or not executable is reported, not replaced by another browser', () => {
  assert.equal(findChromium({ CHROME_PATH: missing }, [browser]), undefined);
  assert.equal(findChromium({ CHROME_PATH: notExecutable }, [browser]), undefined);
  assert.match(missingMessage({ CHROME_PATH: missing }), /^CHROME_PATH=.*missing is not an executable file/);
});

test('without CHROME_PATH, the first executable of the usual places', () => {
  assert.equal(findChromium({}, [missing, notExecutable, browser]), browser);
  assert.equal(findChromium({}, [missing]), undefined);
  assert.match(missingMessage({}), /install Chromium .* or set CHROME_PATH/);
  for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable'])
    assert.ok(chromiumCandidates.includes(path), path);
  assert.ok(
    chromiumCandidates.some((p) => p.startsWith('/Applications/')),
    'macOS',
  );
});

test('`node scripts/chromium.mjs` stops at once with one line when CHROME_PATH names no browser', () => {
  const script = fileURLToPath(new URL('../../scripts/chromium.mjs', import.meta.url));
  const started = Date.now();
  const run = spawnSync(process.execPath, [script], {
    env: { ...process.env, CHROME_PATH: missing },
    encoding: 'utf8',
  });
  assert.equal(run.status, 1);
  assert.equal(run.stdout, '');
  assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
  assert.match(run.stderr, /CHROME_PATH=/);
  assert.ok(Date.now() - started < 5_000, 'no install attempted');
});

test('`node scripts/chromium.mjs` is silent and succeeds when a browser is there', () => {
  const script = fileURLToPath(new URL('../../scripts/chromium.mjs', import.meta.url));
  const run = spawnSync(process.execPath, [script], {
    env: { ...process.env, CHROME_PATH: browser },
    encoding: 'utf8',
  });
  assert.equal(run.status, 0);
  assert.equal(run.stdout + run.stderr, '');
});
