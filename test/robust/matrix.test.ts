// The bad-input matrix: every row of ./rows.ts against every element of ./elements.ts, in
// Chromium, over real HTTP. Each row asserts what the visitor sees, that the rest of the page
// still works (another element renders, a button outside still takes a real click, the page
// does not scroll sideways, no uncaught error) and that no valid item of the feed was lost.
// The last test checks the figures in README.md and docs/reliability.md against this run.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import { feedLoader, warnIssues } from '../../src/data/load.js';
import type { FeedIssue } from '../../src/data/parse.js';
import type { FeedErrorDetail, FeedLoadDetail } from '../../src/shared/feed-element.js';
import { elements, type FeedItems } from './elements.js';
import {
  deepElements,
  injectedMarkup,
  normalize,
  relativeAddresses,
  shows,
  unsafeAddresses,
} from './helpers.js';
import { rows } from './rows.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const TODAY = '2026-11-23';
const tally = { tried: 0, passed: 0, lost: 0 };
let run = 0;
const key = () => `matrix-${Date.now()}-${run++}`;
const otherOrigin = () =>
  `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;

/** The valid items of a matrix fixture: ids starting with `ok-`, the first of each id. */
async function validItems(fixture: string): Promise<FeedItems> {
  const feed = await (await fetch(`/test/fixtures/matrix/${fixture}.json`)).json();
  const firsts = <T extends { id: string }>(list: T[] = []) =>
    list.filter((item, i) => item.id.startsWith('ok-') && list.findIndex((x) => x.id === item.id) === i);
  return {
    events: firsts(feed.events),
    networks: firsts(feed.networks),
    programmes: firsts(feed.programmes),
    posts: firsts(feed.posts),
  };
}

/** Clicks the middle of an element with the real mouse, after scrolling it into view. */
async function realClick(el: Element) {
  el.scrollIntoView({ block: 'center' });
  const r = el.getBoundingClientRect();
  const x = Math.round(r.left + r.width / 2);
  const y = Math.round(r.top + r.height / 2);
  await sendMouse({ type: 'click', position: [x, y] });
}

interface Page {
  root: HTMLElement;
  widget: HTMLElement;
  control: HTMLElement;
  button: HTMLButtonElement;
  clicks: () => number;
}

/** A host page: some text, the widget, another element on the sample feed, a button. */
function buildPage(tag: string, attrs: Record<string, string>, src: string): Page {
  const root = document.createElement('main');
  root.style.maxWidth = '40rem';
  const intro = document.createElement('p');
  intro.textContent = 'Text der Gastseite vor dem Widget.';
  const widget = document.createElement(tag);
  for (const [name, value] of Object.entries({ ...attrs, today: TODAY, src }))
    widget.setAttribute(name, value);
  const control = document.createElement('event-card');
  control.setAttribute('src', '/src/data/sample-feed.json');
  control.setAttribute('event-id', 'kiel-2019-09-24');
  const button = document.createElement('button');
  button.textContent = 'Knopf der Gastseite';
  let clicks = 0;
  button.addEventListener('click', () => clicks++);
  root.append(intro, widget, control, button);
  document.body.append(root);
  return { root, widget, control, button, clicks: () => clicks };
}

type Outcome =
  { type: 'feed-load'; detail: FeedLoadDetail } | { type: 'feed-error'; detail: FeedErrorDetail };

const outcome = (el: HTMLElement) =>
  Promise.race([
    oneEvent(el, 'feed-load').then((e) => ({ type: 'feed-load', detail: e.detail }) as Outcome),
    oneEvent(el, 'feed-error').then((e) => ({ type: 'feed-error', detail: e.detail }) as Outcome),
  ]);

describe('bad-input matrix', function () {
  this.timeout(60_000);
  const issues: FeedIssue[] = [];
  const uncaught: string[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(String(e.message));
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));
  let page: Page | undefined;

  before(() => {
    // A short retry wait for this suite only; issues are collected, not printed.
    feedLoader.configure({ retryDelay: 100, warn: (found) => issues.push(...found) });
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    feedLoader.configure({ timeout: 15_000, retryDelay: 800, warn: warnIssues });
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    page?.root.remove();
    page = undefined;
    feedLoader.clear();
    delete window.__pwned;
  });

  it('runs against every element, each defined on the page', () => {
    for (const { tag } of elements) expect(customElements.get(tag), tag).to.be.a('function');
  });

  for (const row of rows)
    for (const element of elements)
      it(`${row.id} × <${element.tag}>: ${row.sees}`, async () => {
        tally.tried++;
        uncaught.length = 0;
        const expected = row.items ? element.shows(await validItems(row.items)) : [];
        // The time limit is 2 s for the row that tries it, the real 15 s for the others.
        feedLoader.configure({ timeout: row.error?.kind === 'timeout' ? 2000 : 15_000 });
        const issuesBefore = issues.length;
        page = buildPage(element.tag, element.attrs, row.src(key(), otherOrigin()));
        // With `debug`, the box also shows the technical advice checked below (visitors see one sentence).
        page.widget.toggleAttribute('debug', true);
        const { widget, control, button } = page;
        let result = await outcome(widget);
        await (widget as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;

        if (row.error) {
          expect(result.type, 'the feed cannot be shown').to.equal('feed-error');
          const { error, message } = (result as { detail: FeedErrorDetail }).detail;
          expect(error.kind).to.equal(row.error.kind);
          const alert = widget.shadowRoot!.querySelector('[role="alert"]')!;
          expect(alert, 'an error box').to.exist;
          expect(alert.checkVisibility()).to.equal(true);
          expect(normalize(alert.textContent!)).to.contain(row.error.says);
          expect(normalize(alert.textContent!)).to.contain(message);
          const retry = alert.querySelector('button');
          expect(Boolean(retry), 'a retry button').to.equal(row.error.retry);
          if (row.recovers) {
            const next = outcome(widget);
            await realClick(retry!);
            result = await next;
            await (widget as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          }
        }
        if (!row.error || row.recovers) {
          expect(result.type, 'the feed is shown').to.equal('feed-load');
          expect(widget.shadowRoot!.querySelector('[role="alert"]'), 'no error box').to.equal(null);
        }

        // No valid item lost.
        const missing = expected.filter((text) => !shows(widget, text));
        tally.lost += missing.length;
        expect(missing, 'valid items not shown').to.deep.equal([]);
        if (row.loadedEvents !== undefined && result.type === 'feed-load')
          expect(result.detail.feed.events.length).to.equal(row.loadedEvents);
        for (const text of row.absent ?? [])
          expect(
            deepElements(widget.shadowRoot!).some((el) => el.textContent?.includes(text)),
            text,
          ).to.equal(false);
        for (const text of row.see?.[element.tag] ?? []) expect(shows(widget, text), text).to.equal(true);
        if (row.rtl)
          for (const heading of deepElements(widget.shadowRoot!).filter((el) => /^H[2-6]$/.test(el.tagName)))
            if (/[\u0590-\u08FF]/.test(heading.textContent!.trim().charAt(0)))
              expect(heading.matches(':dir(rtl)'), heading.textContent!).to.equal(true);

        if (row.absolute) expect(relativeAddresses(widget), 'relative addresses').to.deep.equal([]);
        if (row.warns)
          expect(
            issues.slice(issuesBefore).map((i) => i.code),
            `a warning names ${row.warns}`,
          ).to.include(row.warns);
        if (row.noEmptyHeadings)
          for (const heading of deepElements(widget.shadowRoot!).filter((el) => /^H[1-6]$/.test(el.tagName)))
            expect(
              /[^\s\p{Cc}\p{Default_Ignorable_Code_Point}]/u.test(heading.textContent!),
              'an empty heading',
            ).to.equal(true);

        // Nothing from the feed runs (an image error handler would fire a moment later) or
        // becomes markup or a dangerous link.
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(window.__pwned, 'feed script ran').to.equal(undefined);
        expect(injectedMarkup(widget)).to.deep.equal([]);
        expect(unsafeAddresses(widget)).to.deep.equal([]);

        // The rest of the page still works.
        await waitUntil(() => control.shadowRoot?.querySelector('h3'), 'the other element renders', {
          timeout: 10_000,
        });
        expect(control.shadowRoot!.querySelector('h3')!.textContent).to.contain('Treffen des Netzwerks');
        expect(document.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(innerWidth);
        await realClick(button);
        expect(page.clicks(), 'the page’s own button takes a real click').to.equal(1);
        expect(uncaught, 'uncaught errors').to.deep.equal([]);
        tally.passed++;
      });

  it('names the left-out items and fields in warnings', () => {
    const ids = new Set(issues.map((i) => i.id));
    for (const id of ['bad-february', 'bad-month', 'bad-hour', 'bad-german', 'ok-a', 'ok-network'])
      expect(ids.has(id), id).to.equal(true);
  });

  it('matches the figures in README.md and docs/reliability.md', async () => {
    const tried = rows.length * elements.length;
    expect(tally).to.deep.equal({ tried, passed: tried, lost: 0 });
    const figures = `Rows tried: ${tried} (${rows.length} inputs × ${elements.length} elements). Rows passing: ${tried}. Items lost: 0.`;
    for (const file of ['/README.md', '/docs/reliability.md'])
      expect((await (await fetch(file)).text()).includes(figures), `${file} says: ${figures}`).to.equal(true);
  });
});
