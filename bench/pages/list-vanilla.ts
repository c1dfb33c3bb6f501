/**
 * Scenario 1, the vanilla baseline: the same DOM as `<event-list>` built by hand —
 * JSON.parse, document.createElement, textContent — with the texts from the same formatting
 * functions (src/data/dates.ts). No validation, no framework, no custom element: the floor.
 *
 * The structure mirrors what `<event-list>` renders: a shadow root with the list's styles, one
 * section per month with its heading, a list of compact cards (title, status, date, place,
 * type).
 */
import {
  formatEventDate,
  formatMonthYear,
  isUpcoming,
  monthKeyOf,
  parseFeedDate,
  startOfDay,
  type FeedDateValue,
} from '../../src/data/dates.ts';
import type { Feed, FeedEvent } from '../../src/data/types.ts';
import { TODAY, fetchText, layout, markers, params, scenario } from './common.ts';

const n = Number(params.get('n') ?? 100);
let text = '';

const css = `
:host { display: block; font-family: var(--bn-font, inherit); color: var(--bn-text, inherit);
  --bn-space: 1rem; --bn-radius: 0.5rem; --bn-border: #c4c7cc; --bn-muted: #555b61; --bn-danger: #b3261e; }
ul { list-style: none; margin: 0; padding: 0; display: grid; gap: calc(var(--bn-space) / 2); }
h3 { margin: var(--bn-space) 0 calc(var(--bn-space) / 2); font-size: 1.15em; }
h4 { margin: 0; font-size: 1.05em; }
.card { padding: var(--bn-space); border: 1px solid var(--bn-border); border-radius: var(--bn-radius); }
.card p { margin: 0.25em 0 0; }
.status { display: inline-block; font-weight: 700; padding: 0 0.4em; border: 2px solid var(--bn-danger);
  color: var(--bn-danger); border-radius: 0.25em; text-transform: uppercase; letter-spacing: 0.03em; }
.date { font-weight: 600; }
.location, .type { color: var(--bn-muted); }
`;

const STATUS: Record<string, string> = {
  cancelled: 'Abgesagt',
  postponed: 'Verschoben',
  rescheduled: 'Neuer Termin',
};

function place(e: FeedEvent): string {
  const p = [e.location?.name, e.location?.city].filter(Boolean).join(', ');
  if (e.attendance === 'online') return p ? `Online · ${p}` : 'Online';
  return p || (e.location?.onlineUrl ? 'Online' : 'Ort wird noch bekanntgegeben');
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  cls?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}

scenario(
  async () => {
    text = await fetchText(`list-${n}.json`);
  },
  async () => {
    performance.mark('start');
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];

    const feed = JSON.parse(text) as Feed;
    const tz = feed.timeZone ?? 'Europe/Berlin';
    const now = startOfDay(TODAY, tz);
    const rows: { e: FeedEvent; s: FeedDateValue; end?: FeedDateValue }[] = [];
    for (const e of feed.events ?? []) {
      const s = parseFeedDate(e.start, tz)!;
      const end = e.end ? parseFeedDate(e.end, tz) : undefined;
      if (isUpcoming(s, end, now, tz)) rows.push({ e, s, end });
    }
    rows.sort((a, b) => a.s.instant - b.s.instant);

    let month = '';
    let ul: HTMLUListElement | undefined;
    for (const { e, s, end } of rows) {
      const key = monthKeyOf(s);
      if (key !== month) {
        month = key;
        const section = el('section');
        section.append(el('h3', formatMonthYear(s.year, s.month, 'de')), (ul = el('ul')));
        root.append(section);
      }
      const article = el('article', undefined, 'card compact');
      const h = el('h4', e.title, 'heading');
      h.id = `t-${e.id}`;
      article.setAttribute('aria-labelledby', h.id);
      article.append(h);
      if (e.status && e.status !== 'scheduled')
        article.append(el('p', STATUS[e.status], `status ${e.status}`));
      article.append(
        el('p', formatEventDate(s, end, 'de', e.tentative), 'date'),
        el('p', place(e), 'location'),
      );
      if (e.type) article.append(el('p', e.type, 'type'));
      const li = el('li');
      li.append(article);
      ul!.append(li);
    }
    document.body.append(host);
    layout(host);
    performance.measure('render', { start: 'start' });
    const seen = markers(host);
    window.bench.check = { events: seen.length, order: seen.join(' ') };
  },
);
