/**
 * Scenario 1, the vanilla baseline: the same DOM as `<event-list>` built by hand —
 * JSON.parse, document.createElement, textContent — with the texts from the same formatting
 * functions (src/data/dates.ts) and the same CSS. No validation, no framework, no custom
 * element, no chunking: the floor.
 *
 * Mirrors what `<event-list>` renders (main, 2026-11-23): a shadow root with the element's
 * styles (copied from its sources at build time, see bench/build.ts); `div.months` >
 * `div.month` (heading, `ul.events`) > `li` > the compact card (`article.card.compact`: title
 * with its link, status, date (struck through when cancelled or postponed), place, type). The preflight compares the two structures and
 * style sheets and notes any difference in the report.
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
import { LIST_CSS } from 'virtual:event-list-css';
import { TODAY, fetchText, layout, markers, params, scenario, shape, sheetText } from './common.ts';

const n = Number(params.get('n') ?? 100);
/** How many cards are shown (`?limit=`, as `<event-list limit>`), then a "show more" button: all by default. */
const limit = Number(params.get('limit') ?? n);
let text = '';

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
  cls: string,
  part?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = cls;
  if (part) node.setAttribute('part', part);
  if (text !== undefined) node.textContent = text;
  return node;
}

scenario(
  async () => {
    text = await fetchText(`list-${n}.json`);
  },
  async () => {
    performance.mark('start');
    const host = document.createElement('div');
    host.className = 'host';
    const root = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(LIST_CSS);
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

    const months = el('div', 'months');
    let month = '';
    let ul: HTMLUListElement | undefined;
    rows.slice(0, limit).forEach(({ e, s, end }, i) => {
      const key = monthKeyOf(s);
      if (key !== month) {
        month = key;
        const group = el('div', 'month', 'month');
        group.append(el('h3', 'heading', 'month-heading', formatMonthYear(s.year, s.month, 'de')));
        group.append((ul = el('ul', 'events', 'events')));
        months.append(group);
      }
      const article = el('article', 'card compact', 'card');
      article.setAttribute('aria-labelledby', `e${i}`);
      const h = el('h4', 'heading', 'heading');
      h.id = `e${i}`;
      if (e.url && /^(https?|mailto|tel):/i.test(e.url)) {
        const a = el('a', '', 'link', e.title);
        a.removeAttribute('class');
        a.href = e.url;
        h.append(a);
      } else h.textContent = e.title;
      article.append(h);
      if (e.status && e.status !== 'scheduled')
        article.append(el('p', `status ${e.status}`, 'status', STATUS[e.status]));
      // A cancelled or postponed event's date is struck through.
      const date = el('p', 'date', 'date');
      const dateText = formatEventDate(s, end, 'de', e.tentative);
      if (e.status === 'cancelled' || e.status === 'postponed') {
        const struck = document.createElement('s');
        struck.textContent = dateText;
        date.append(struck);
      } else date.textContent = dateText;
      article.append(date, el('p', 'location', 'location', place(e)));
      if (e.type) article.append(el('p', 'type', 'type', e.type));
      const li = document.createElement('li');
      li.dataset.index = String(i);
      li.append(article);
      ul!.append(li);
    });
    root.append(months);
    if (rows.length > limit) {
      // As `<event-list>`: "Weitere Termine anzeigen" with the number left.
      const more = el('button', 'more', 'more', 'Weitere Termine anzeigen ');
      more.type = 'button';
      more.append(el('span', 'remaining', undefined, `(noch ${rows.length - limit})`));
      root.append(more);
    }
    document.body.append(host);
    layout(host);
    performance.measure('render', { start: 'start' });
    const seen = markers(host);
    window.bench.check = {
      events: seen.length,
      order: seen.join(' '),
      shape: shape(root),
      css: sheetText(root),
    };
  },
);
