/**
 * Renders bench/report.md again from bench/report.json (after a change to bench/report.ts),
 * without measuring anything: `node --import tsx bench/render-report.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderMarkdown } from './report.ts';
import type { Report } from './run.ts';

const dir = dirname(fileURLToPath(import.meta.url));
const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Report;
writeFileSync(join(dir, 'report.md'), renderMarkdown(report));
