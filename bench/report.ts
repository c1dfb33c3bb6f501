/** bench/report.md from the report object (bench/report.json holds the same, with every sample). */
import type { Comparison, Report, Scenario, Stat } from './run.ts';
import type { SizeRow } from './sizes.ts';
import { PROBES } from './probes.ts';

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)) + ' ms';
const stat = (s?: Stat) => (s ? `${ms(s.median)} <sub>mean 95% CI ${ms(s.ci[0])}–${ms(s.ci[1])}, n=${s.n}</sub>` : '—');
const kb = (b: number) => `${(b / 1000).toFixed(1)} KB`;
const mb = (b: number) => `${(b / 2 ** 20).toFixed(2)} MB`;

function ratio(c: Comparison): string {
  if (c.ratio === undefined) return c.ours ? '—' : 'not available yet';
  const ci = c.ratioCi ? ` <sub>95% CI ${c.ratioCi[0].toFixed(2)}–${c.ratioCi[1].toFixed(2)}</sub>` : '';
  return `**${c.ratio.toFixed(2)}×**${ci}`;
}

function status(s: Scenario): string {
  if (s.status === 'ok') return '';
  const label = s.status === 'not available yet' ? '**Not available yet.**' : `**${s.status}.**`;
  return `> ${label} ${s.note ?? ''}`.replace(/\n/g, '\n> ') + '\n\n';
}

function sizeRow(r: SizeRow, budget = ''): string {
  return `| ${r.name} | ${r.raw === r.min ? '' : kb(r.raw)} | ${kb(r.min)} | **${kb(r.gzip)}** | ${kb(r.brotli)} | ${budget} |`;
}

function samplesText(r: Report): string {
  const s = (r.settings as { samples: Record<string, number> }).samples;
  return `${s.list} samples per benchmark in scenario 1, ${s.calendar} in scenario 2, ${s.e2e} in scenario 3`;
}

export function renderMarkdown(r: Report): string {
  const m = r.machine;
  const { list, calendar, e2e, bytes, memory } = r.scenarios;
  const out: string[] = [];
  out.push(`# Benchmark report

Written by \`${r.command}\` on ${r.generated.slice(0, 16).replace('T', ' ')} UTC in ${Math.round(r.runtimeSeconds / 60)} min
(${r.runtimeSeconds} s). Absolute times drift on a shared machine; the ratios, measured side by side in
one run, are the figures to compare. Method and caveats: see the end of this file.

| machine | |
| --- | --- |
| CPU | ${m.cpu}, ${m.cores} cores (load average at start: ${m.loadAverageAtStart}) |
| memory | ${m.memoryGiB} GiB |
| OS | ${m.os} |
| browser | ${m.chromium}, headless (${m.chromedriver}) |
| Node | ${m.node}, tachometer ${m.tachometer} |

## Budgets

| claim | budget | measured | met |
| --- | --- | --- | --- |
${r.budgets
  .map(
    (b) =>
      `| ${b.name.replace(/</g, '&lt;')} | ${b.budget} | ${b.value} | ${b.met === null ? 'n/a' : b.met ? '✅ yes' : `❌ no — ${b.miss ?? ''}`} |`,
  )
  .join('\n')}
`);

  const misses = r.budgets.filter((b) => b.met === false);
  if (misses.length)
    out.push(`### Missed, and by how much

${misses.map((b) => `- ${b.name.replace(/</g, '&lt;')}: ${b.value} against ${b.budget} — ${b.miss ?? ''}.`).join('\n')}

Why, as far as the figures below show, is in docs/benchmarks.md.
`);

  out.push(`## 1. \`<event-list>\` first render vs the vanilla baseline

From the feed text already fetched to every event in the DOM, styled and laid out: \`JSON.parse\`,
then ours (validation, filtering, month groups, compact cards, via \`.feed\`) or the baseline (the
same DOM by hand with \`document.createElement\`, texts from the same \`src/data/dates.ts\`).
Limit off; every event of the feed is upcoming. \`<event-list>\` renders a long list in parts
(a first part, then the rest in later tasks, so no single task blocks the page): "every event in"
ends when the last card is in the DOM, "first part shown" at its \`feed-load\`. The ratio and the
budget use "every event in". Ratio = ours / baseline (medians); budget ≤ 1.25×.

${status(list)}| events | ours: every event in | ours: first part shown | vanilla baseline | ratio (every event) | budget |
| --- | --- | --- | --- | --- | --- |
${list.comparisons
  .map((c) => {
    const n = c.label.replace(/\D/g, '');
    const first = (list.extra as { firstChunk?: Record<string, Stat | undefined> } | undefined)?.firstChunk?.[n];
    return `| ${c.label.replace('first render, ', '').replace(' events', '')} | ${c.ours ? stat(c.ours) : 'not available yet'} | ${first ? stat(first) : '—'} | ${stat(c.peer)} | ${ratio(c)} | ≤ 1.25× |`;
  })
  .join('\n')}
${list.status === 'ok' && list.note ? `\n${list.note}\n` : ''}
`);

  const calExtra = calendar.extra as Record<string, { via?: string } | undefined> | undefined;
  out.push(`## 2. \`<meeting-calendar>\` vs FullCalendar 6 dayGrid, 5,000 events over 24 months

First render: from the feed text to the first month grid laid out (FullCalendar: \`JSON.parse\`,
mapping to its event objects, \`new Calendar(…).render()\`, with \`dayMaxEvents: true\`, German
locale). Ours shows the month of a long feed before every event is validated (its first look:
the events that may touch the month, validated at once, src/data/first-look.ts); the page checks
that the first look shows the same events as the whole feed. "Every event validated" ends at
\`feed-load\`, with the month shown from the whole feed (FullCalendar's first render beside it,
for scale). Month change: 12 months forward, each from a painted, idle state to the new month laid
out (ours: ${calExtra?.ours?.via ?? 'the next-month button, else the `month` attribute'}; FullCalendar: \`calendar.next()\`); each sample is the
median of its 12 changes. Ratio = FullCalendar / ours: how many times faster ours is.

${status(calendar)}| | ours | FullCalendar | ours faster by | budget |
| --- | --- | --- | --- | --- |
${calendar.comparisons.map((c) => `| ${c.label} | ${c.ours ? stat(c.ours) : 'not available yet'} | ${stat(c.peer)} | ${ratio(c)} | ${c.label.startsWith('month') ? '< 16 ms and ≥ 5×' : ''} |`).join('\n')}
`);

  const card = (e2e.extra as { card?: Stat } | undefined)?.card;
  out.push(`## 3. End to end: navigation → the first widget showing data

A page with the script bundle (\`dist/bildungsnetz-widgets.js\`, \`defer\`, \`data-feed\`) and one
\`<meeting-calendar>\`, vs a page with FullCalendar's published bundles (\`defer\`) and the
integrator's code that fetches and maps the feed. Both fetch the same ${r.feeds['e2e-1mb'] ? mb(r.feeds['e2e-1mb'].bytes) : '1 MB'} feed
(${r.feeds['e2e-1mb']?.events ?? '?'} events with every field) from localhost. Measured from navigation start to the
data in the DOM, laid out (ours: the element's \`feed-load\`). Every sample opens a fresh tab of
one browser; its HTTP cache revalidates (304), as a returning visitor's would.

${status(e2e)}| | ours | FullCalendar | ours faster by |
| --- | --- | --- | --- |
${e2e.comparisons.map((c) => `| ${c.label} | ${c.ours ? stat(c.ours) : 'not available yet'} | ${stat(c.peer)} | ${ratio(c)} |`).join('\n')}
${card ? `\nFor information (not like for like): \`<event-card>\`, the next event of the same feed with the same bundle: ${stat(card)}.\n` : ''}`);

  const sizes = bytes.sizes;
  out.push(`## 4. Bytes

Ours from ${sizes?.source ?? '—'}: the script bundle, and each entry bundled alone with Lit's
production build and minified, as an npm user's bundler ships it. The peers' published bundles
(FullCalendar's \`index.global.min.js\` of core and dayGrid, which include Preact and its CSS;
add-to-calendar-button's \`dist/atcb.js\`, the file its CDN serves, and the build without PRO
features) go through Oxc's minifier (Vite's own; a file published minified barely changes);
then gzip -9 and brotli q11 (node:zlib). 1 KB = 1,000 bytes, as in \`npm run size\`.

${status(bytes)}${
    sizes
      ? `| | as published | minified | gzip | brotli | budget |
| --- | --- | --- | --- | --- | --- |
${[
  ...sizes.ours.map((s, i) => sizeRow(s, i === 0 ? '≤ 32 KB gzip' : '')),
  ...sizes.missing.map((t) => `| ESM: one element + Lit: ${t} | not available yet | | | | |`),
  ...sizes.peers.map((s) => sizeRow(s)),
].join('\n')}

Script bundle vs FullCalendar core + dayGrid (gzip): **${(sizes.ours[0]!.gzip / sizes.peers[0]!.gzip).toFixed(2)}×** the bytes; vs add-to-calendar-button: **${(sizes.ours[0]!.gzip / sizes.peers[1]!.gzip).toFixed(2)}×**.
${bytes.note ? `\n${bytes.note}\n` : ''}`
      : ''
  }`);

  const runs = memory.runs ?? {};
  const med = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const k = s.length >> 1;
    return s.length % 2 ? s[k]! : (s[k - 1]! + s[k]!) / 2;
  };
  const memRow = (name: string, label: string) => {
    const rs = runs[name];
    if (!rs) return `| ${label} | not available yet | | | | |`;
    const longest = rs.map((x) => Math.max(0, ...x.longTasks));
    return `| ${label} | ${mb(med(rs.map((x) => x.after)))} | ${mb(med(rs.map((x) => x.after - x.before)))} | ${med(rs.map((x) => x.nodes)).toFixed(0)} | ${ms(med(longest))} (worst ${ms(Math.max(...longest))}) | ${med(rs.map((x) => x.longTasks.length))} |`;
  };
  out.push(`## 5. Memory and long tasks, 1,000 events (and 5,000 in the calendar)

The page loads its code and fetches the feed; then a forced GC (CDP \`HeapProfiler.collectGarbage\`),
the JS heap (\`Runtime.getHeapUsage\`), the render, another GC and the heap again. The baseline
drops its parsed feed after building the DOM; ours keeps the validated feed (for filters and
re-renders). Long tasks: \`PerformanceObserver('longtask')\` during that render. Median of
${Object.values(runs)[0]?.length ?? 0} page loads each (worst: the longest task of all loads). Budget: no long task over 50 ms.

${status(memory)}| | JS heap after render | heap added by the render | DOM nodes | longest task | long tasks |
| --- | --- | --- | --- | --- | --- |
${PROBES.map((p) => memRow(p.key, p.label)).join('\n')}
${memRow('list-vanilla', 'vanilla baseline, all 1,000')}
`);

  const { pageTypes, shifts } = r.scenarios.pages;
  out.push(`## 6. What a page loads, and layout shift (issue 14)

Three pages (one \`<event-card>\`; one \`<event-list limit="5">\`; all seven elements), each with
the autoloader (\`dist/autoload.js\`, which imports the chunks of the elements on the page) and
with the one-file script (\`dist/bildungsnetz-widgets.js\`), \`defer\` and \`data-feed\` (the sample
feed), loaded in Chromium until every element shows its data, before any click. Every script
request is counted, with its bytes minified + gzip -9; the feed is left out (the same for all).
FullCalendar: its published core + dayGrid bundles, the least it needs to show events at all
(it has no card; its list view is one more plugin).

${status(r.scenarios.pages)}${
    pageTypes
      ? `| page | loader | script requests | bytes (gzip) |
| --- | --- | --- | --- |
${pageTypes.map((p) => `| ${p.page} | ${p.loader} | ${p.requests} | ${kb(p.gzip)} |`).join('\n')}
`
      : ''
  }
Cumulative layout shift of the demo pages (1280×800, PerformanceObserver \`layout-shift\` from
navigation until every element shows its data, plus 500 ms; budget ≤ 0.02 per page; the same
measure is the browser test test/perf/layout-shift.test.ts):

${
    shifts
      ? `| page | CLS | shifts |
| --- | --- | --- |
${shifts.map((x) => `| ${x.page} | ${x.cls.toFixed(4)} | ${x.shifts.join(', ') || 'none'} |`).join('\n')}
`
      : 'not measured in this run\n'
  }`);

  out.push(`## Feeds

Generated by \`bench/generate.ts\` (seeded PRNG, byte-identical on every run, validated with the
project's parser: zero issues) into \`bench/tmp/feeds/\`: ${Object.entries(r.feeds)
    .map(([k, f]) => `\`${k}\` ${f.events} events, ${mb(f.bytes)}`)
    .join('; ')}. Dates in all four forms of the feed brief (timed, all-day, multi-day, month-only,
instants), statuses, online and on-site events, references to the sample feed's networks and topics.

## Method

- **Harness.** Timings come from [tachometer](https://github.com/google/tachometer) ${m.tachometer}: it
  serves the pages from localhost, drives headless Chromium through Debian's \`chromedriver\`, takes
  the benchmarks of one scenario round-robin in one browser (one warm-up each, then
  ${samplesText(r)}), each sample in a fresh tab, and computes 95% confidence intervals of each
  mean and of each difference (Student's t). The pages mark their own start and end
  (\`performance.mark\`/\`measure\`), so the figure is the work itself, not the page load; scenario 3
  measures from navigation start. Ratios are of medians; their intervals are tachometer's interval of
  the relative difference of means. Memory and long tasks are not comparisons with a confidence
  interval; they come from playwright-core with CDP. Bytes are deterministic.
- **What a time includes.** Script, style and layout (the page forces layout with
  \`getBoundingClientRect\`), not paint. Each measured render starts after a forced GC and a
  painted frame (Chromium runs with \`--js-flags=--expose-gc\`).
- **Checked before timed.** Every page runs once under playwright first and must render what it
  claims (all 100 or 1,000 events in the same order as the baseline, the right month after each
  change, events shown end to end), so an error state can never pass for a fast render.
- **Browser flags.** ${((r.settings as { flags: string[] }).flags ?? []).map((f) => `\`${f}\``).join(' ')}.
  Window ${(r.settings as { window: string }).window}.
`);
  return out.join('\n');
}

/** The figures for docs/benchmarks.md (between its bench markers). */
export function renderReadmeFigures(r: Report): string {
  const rows = r.budgets.map(
    (b) =>
      `| ${b.name.replace(/</g, '&lt;')} | ${b.budget} | ${b.value} | ${b.met === null ? 'n/a' : b.met ? '✅ met' : `❌ missed: ${b.miss ?? ''}`} |`,
  );
  const lines: string[] = [];
  const { list, calendar, e2e, bytes } = r.scenarios;
  for (const c of [...list.comparisons, ...calendar.comparisons, ...e2e.comparisons]) {
    if (!c.peer) continue;
    const ours = c.ours ? ms(c.ours.median) : 'not available yet';
    const ratioText =
      c.ratio === undefined ? '' : c.ratioKind === 'ours/peer' ? `, ${c.ratio.toFixed(2)}×` : `, ours ${c.ratio.toFixed(1)}× faster`;
    lines.push(`- ${c.label}: ours ${ours}, ${c.peerName} ${ms(c.peer.median)}${ratioText}`);
  }
  const sizes = bytes.sizes;
  if (sizes)
    lines.push(
      `- bytes (minified + gzip): script bundle ${kb(sizes.ours[0]!.gzip)}; ${sizes.peers.map((p) => `${p.name} ${kb(p.gzip)}`).join('; ')}`,
    );
  for (const p of r.scenarios.pages.pageTypes ?? [])
    if (p.loader !== 'FullCalendar core + dayGrid')
      lines.push(`- ${p.page}, ${p.loader}: ${p.requests} script request${p.requests === 1 ? '' : 's'}, ${kb(p.gzip)}`);
  const fc = r.scenarios.pages.pageTypes?.find((p) => p.loader === 'FullCalendar core + dayGrid');
  if (fc) lines.push(`- FullCalendar core + dayGrid (its least for any page): ${fc.requests} script requests, ${kb(fc.gzip)}`);
  const probes = r.scenarios.memory.runs ?? {};
  for (const p of PROBES) {
    const rs = probes[p.key];
    if (rs?.length)
      lines.push(
        `- longest task, ${p.label.replace(/`/g, '')}: ${Math.max(0, ...rs.flatMap((x) => x.longTasks)).toFixed(0)} ms worst of ${rs.length}`,
      );
  }
  return `Last run: ${r.generated.slice(0, 10)}, ${r.machine.cpu} (${r.machine.cores} cores), ${String(r.machine.chromium).replace(/ built on.*/, '')}, Node ${r.machine.node}; medians.

| claim | budget | figure | |
| --- | --- | --- | --- |
${rows.join('\n')}

${lines.join('\n')}
`;
}
