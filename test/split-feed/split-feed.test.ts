// The widgets with a split feed (issue #18): test/fixtures/split/out/ is what the CLI's `build`
// wrote for test/fixtures/split/source.json with `--today 2026-12-02 --keep-months 23` (a cutoff
// on 1 January 2025: 2019, 2020 and 2024 archived); test/fixtures/split/months/ is the same with
// the default `--keep-months 1` (a cutoff on 1 November 2026: the parts of 2025 and 2026 too, the
// one of 2026 ending on 31 October).
// The test server serves it as /api/split/<key>/… and counts the requests of each file.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/event-card/event-card.js';
import '../../src/components/event-list/event-list.js';
import type { EventList } from '../../src/components/event-list/event-list.js';
import '../../src/components/meeting-calendar/meeting-calendar.js';
import type { MeetingCalendar } from '../../src/components/meeting-calendar/meeting-calendar.js';

const TODAY = '2026-12-02';
const YEARS = ['2019', '2020', '2024'];

let serial = 0;
/** A key of its own per test: the server counts its requests, the page's loader has none of them. */
const newKey = (prefix = 'split') => `${prefix}-${Date.now()}-${serial++}`;
const feedUrl = (key: string, file = 'out/feed.json') => `/api/split/${key}/${file}`;
const partPath = (key: string, year: string, dir = 'out') => `/api/split/${key}/${dir}/archive/${year}.json`;

/** How many requests the test server answered for a path. */
async function requests(path: string): Promise<number> {
  const response = await fetch(`/api/count?path=${encodeURIComponent(path)}`);
  return ((await response.json()) as { count: number }).count;
}
const partRequests = (key: string) => Promise.all(YEARS.map((year) => requests(partPath(key, year))));

/** The page's resource timing entries of a test's key (what the browser fetched). */
const fetched = (key: string) =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith(`/api/split/${key}/`));

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const titles = (el: EventList) => $$(el, 'article [part="heading"]').map(text);
const chips = (el: MeetingCalendar) =>
  $$(el, '[part~="chip"]').map((chip) => text(chip.querySelector('.what')));
const notice = (el: Element) => text($(el, '[part="archive-notice"]'));

const rendered = (el: Element) =>
  waitUntil(() => el.shadowRoot?.querySelector('.cal, .months, .state:not(.loading)'), 'not rendered', {
    timeout: 10_000,
  });
/** A pause long enough for a request that was going to be made to have been made. */
const pause = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a split feed', () => {
  it('upcoming views (list and current month) make no archive request and show the main feed', async () => {
    const key = newKey();
    const page = await fixture(
      html`<div>
        <event-list src=${feedUrl(key)} today=${TODAY}></event-list>
        <meeting-calendar src=${feedUrl(key)} today=${TODAY} view="list"></meeting-calendar>
      </div>`,
    );
    const list = page.querySelector('event-list')!;
    const calendar = page.querySelector('meeting-calendar')!;
    await Promise.all([rendered(list), rendered(calendar)]);
    await pause();
    expect(titles(list)).to.deep.equal(['Netzwerktreffen Dezember 2026', 'Fachtag Februar 2027']);
    expect(text($(calendar, '[part="heading"]'))).to.equal('Dezember 2026');
    expect(text($(calendar, '[part="list"]'))).to.contain('Netzwerktreffen Dezember 2026');
    expect(await partRequests(key)).to.deep.equal([0, 0, 0]);
    expect(await requests(feedUrl(key)), 'one request for the feed, shared').to.equal(1);
    expect(fetched(key)).to.deep.equal([feedUrl(key)]);
    expect($(list, '[part="archive-notice"]')).to.equal(null);
    expect($(calendar, '[part="archive-notice"]')).to.equal(null);
  });

  it('an archived month costs one request, for its part only; moving within the part costs none', async () => {
    const key = newKey();
    const calendar = await fixture<MeetingCalendar>(
      html`<meeting-calendar src=${feedUrl(key)} today=${TODAY} month="2024-06"></meeting-calendar>`,
    );
    await rendered(calendar);
    await waitUntil(() => chips(calendar).length, 'the archived events never came', { timeout: 10_000 });
    expect(chips(calendar)).to.deep.equal(['Netzwerktreffen Juni 2024']);
    expect(notice(calendar)).to.equal('');
    expect(await partRequests(key)).to.deep.equal([0, 0, 1]);
    // Back to May 2024 and on to November: the same part, no request; December 2023 is in none.
    $(calendar, '[part="nav"]')!.click();
    await calendar.updateComplete;
    expect(text($(calendar, '[part="heading"]'))).to.equal('Mai 2024');
    calendar.month = '2024-11';
    await calendar.updateComplete;
    expect(chips(calendar)).to.include('Jahrestagung 2024');
    calendar.month = '2023-12';
    await calendar.updateComplete;
    expect(text($(calendar, '[part="note"]'))).to.equal('Keine Termine im Dezember 2023.');
    await pause();
    expect(await partRequests(key)).to.deep.equal([0, 0, 1]);
  });

  it('two elements that need the same part share one request; a past list asks for one part at a time', async () => {
    const key = newKey();
    const page = await fixture(
      html`<div>
        <meeting-calendar src=${feedUrl(key)} today=${TODAY} month="2024-11" view="list"></meeting-calendar>
        <event-list src=${feedUrl(key)} today=${TODAY} when="past" limit="3"></event-list>
      </div>`,
    );
    const calendar = page.querySelector('meeting-calendar')!;
    const list = page.querySelector('event-list')!;
    await Promise.all([rendered(calendar), rendered(list)]);
    await waitUntil(() => chips(calendar).length || text($(calendar, '[part="list"]')), 'no events', {
      timeout: 10_000,
    });
    // The main feed has 3 past events: to know whether there are more, the list needs 2024.
    await waitUntil(() => $(list, '[part="more"]'), 'no "more" button', { timeout: 10_000 });
    expect(titles(list)).to.deep.equal([
      'Werkstatt Oktober 2026',
      'Netzwerktreffen März 2026',
      'Netzwerktreffen April 2025',
    ]);
    // 2020 and 2019 are not loaded yet: how many more there are is not known.
    expect(text($(list, '[part="more"]'))).to.equal('Weitere Termine anzeigen');
    expect(text($(calendar, '[part="list"]'))).to.contain('Jahrestagung 2024');
    expect(await partRequests(key)).to.deep.equal([0, 0, 1]);

    // Show more: the list goes on into 2020 and 2019, each part fetched once.
    $(list, '[part="more"]')!.click();
    await waitUntil(() => titles(list).length === 6, 'the list did not go on', { timeout: 10_000 });
    expect(titles(list).slice(3)).to.deep.equal([
      'Jahrestagung 2024',
      'Netzwerktreffen Juni 2024',
      'Online-Treffen Mai 2020',
    ]);
    await waitUntil(() => !$(list, '[part="archive-notice"]'), 'still loading', { timeout: 10_000 });
    expect(text($(list, '[part="more"]'))).to.equal('Weitere Termine anzeigen (noch 3)');
    expect(await partRequests(key)).to.deep.equal([1, 1, 1]);
  });

  it('a part that fails shows an error for its year only, the rest still shown; retry fetches it again', async () => {
    const key = newKey('missing');
    const page = await fixture(
      html`<div>
        <meeting-calendar src=${feedUrl(key)} today=${TODAY} month="2019-03"></meeting-calendar>
        <event-list src=${feedUrl(key)} today=${TODAY} when="past" limit="3"></event-list>
      </div>`,
    );
    const calendar = page.querySelector('meeting-calendar')!;
    const list = page.querySelector('event-list')!;
    await Promise.all([rendered(calendar), rendered(list)]);
    await waitUntil(() => $(calendar, '[role="alert"]') && $(list, '[role="alert"]'), 'no error', {
      timeout: 10_000,
    });
    // The calendar: the month, its grid and navigation stay; the note names the year.
    const alert = $(calendar, '[part="archive-notice"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(text(alert)).to.equal('Die Termine für 2019 können gerade nicht geladen werden. Erneut versuchen');
    expect(text($(calendar, '[part="heading"]'))).to.equal('März 2019');
    expect($(calendar, 'td[data-day="2019-03-12"]')).to.exist;
    expect($(calendar, '[part~="error"]'), 'no error state for the whole element').to.equal(null);
    // The list: the main feed's past events, then the error for 2024.
    expect(titles(list)).to.have.length(3);
    expect(notice(list)).to.equal(
      'Die Termine für 2024 können gerade nicht geladen werden. Erneut versuchen',
    );
    await expect(calendar).to.be.accessible();

    // Retry: fetched again (the server answers this time), the events come, the error goes.
    $(calendar, '[part="archive-retry"]')!.click();
    await waitUntil(() => chips(calendar).length === 2, 'the retried part never came', { timeout: 10_000 });
    expect(chips(calendar)).to.deep.equal(['Netzwerktreffen März 2019', 'Fachtag Datenkompetenz 2019']);
    expect(notice(calendar)).to.equal('');
    expect(await requests(partPath(key, '2019'))).to.equal(2);
    // The list's error for 2024 stays until it is retried there.
    expect(notice(list)).to.contain('2024');
    $(list, '[part="archive-retry"]')!.click();
    await waitUntil(() => $(list, '[part="more"]'), 'the list did not recover', { timeout: 10_000 });
    expect(notice(list)).to.equal('');
    expect(await requests(partPath(key, '2024'))).to.equal(2);
  });

  it('English texts', async () => {
    const key = newKey('missing');
    const calendar = await fixture<MeetingCalendar>(
      html`<meeting-calendar
        src=${feedUrl(key)}
        today=${TODAY}
        month="2020-05"
        locale="en"
      ></meeting-calendar>`,
    );
    await rendered(calendar);
    await waitUntil(() => $(calendar, '[role="alert"]'), 'no error', { timeout: 10_000 });
    expect(notice(calendar)).to.equal('The events for 2020 cannot be loaded right now. Try again');
  });

  it('a feed without archive behaves as before: every event from the one file, no other request', async () => {
    const key = newKey();
    const src = feedUrl(key, 'source.json');
    const page = await fixture(
      html`<div>
        <meeting-calendar src=${src} today=${TODAY} month="2019-03"></meeting-calendar>
        <event-list src=${src} today=${TODAY} when="past"></event-list>
      </div>`,
    );
    const calendar = page.querySelector('meeting-calendar')!;
    const list = page.querySelector('event-list')!;
    await Promise.all([rendered(calendar), rendered(list)]);
    expect(chips(calendar)).to.deep.equal(['Netzwerktreffen März 2019', 'Fachtag Datenkompetenz 2019']);
    expect(titles(list)).to.have.length(9);
    await pause();
    expect(fetched(key)).to.deep.equal([src]);
    expect($(list, '[part="archive-notice"]')).to.equal(null);
  });

  it('a feed set from JavaScript resolves relative part URLs against the page', async () => {
    const key = newKey();
    const feed = (await (await fetch(feedUrl(key))).json()) as { archive: { url: string }[] };
    // Relative to the document (its base), not to where the JSON came from.
    const base = new URL(document.baseURI);
    const relative = (year: string) =>
      new URL(partPath(key, year), base).pathname.slice(base.pathname.length);
    feed.archive.forEach((part, i) => (part.url = relative(YEARS[i]!)));
    expect(feed.archive[0]!.url).not.to.match(/^\//);
    const calendar = await fixture<MeetingCalendar>(
      html`<meeting-calendar .feed=${feed} today=${TODAY} month="2020-05"></meeting-calendar>`,
    );
    await rendered(calendar);
    await waitUntil(() => chips(calendar).length, 'the part never came', { timeout: 10_000 });
    expect(chips(calendar)).to.deep.equal(['Online-Treffen Mai 2020']);
    expect(await partRequests(key)).to.deep.equal([0, 1, 0]);
  });

  it('a month-granular cutoff: the current and the previous month need no part, the month before one', async () => {
    const key = newKey();
    const src = feedUrl(key, 'months/feed.json');
    const years = ['2019', '2020', '2024', '2025', '2026'];
    const parts = () => Promise.all(years.map((year) => requests(partPath(key, year, 'months'))));
    const page = await fixture(
      html`<div>
        <event-list src=${src} today=${TODAY}></event-list>
        <meeting-calendar src=${src} today=${TODAY}></meeting-calendar>
      </div>`,
    );
    const list = page.querySelector('event-list')!;
    const calendar = page.querySelector('meeting-calendar')!;
    await Promise.all([rendered(list), rendered(calendar)]);
    await pause();
    // The main feed holds the upcoming events and the months from November 2026 on.
    expect(titles(list)).to.deep.equal(['Netzwerktreffen Dezember 2026', 'Fachtag Februar 2027']);
    expect(text($(calendar, '[part="heading"]'))).to.equal('Dezember 2026');
    expect(chips(calendar)).to.deep.equal(['Netzwerktreffen Dezember 2026']);
    expect(fetched(key)).to.deep.equal([src]);
    // November 2026, the first kept month: still no part.
    $(calendar, '[part="nav"]')!.click();
    await calendar.updateComplete;
    expect(text($(calendar, '[part="heading"]'))).to.equal('November 2026');
    expect(text($(calendar, '[part="note"]'))).to.equal('Keine Termine im November 2026.');
    await pause();
    expect(await parts()).to.deep.equal([0, 0, 0, 0, 0]);
    // October 2026, before the cutoff: one request, for this year's part only.
    $(calendar, '[part="nav"]')!.click();
    await waitUntil(() => chips(calendar).length, 'the archived month never came', { timeout: 10_000 });
    expect(text($(calendar, '[part="heading"]'))).to.equal('Oktober 2026');
    expect(chips(calendar)).to.deep.equal(['Werkstatt Oktober 2026']);
    expect(await parts()).to.deep.equal([0, 0, 0, 0, 1]);
    // March 2026 is in the same part: no request; December 2025 needs 2025's part.
    calendar.month = '2026-03';
    await calendar.updateComplete;
    expect(chips(calendar)).to.deep.equal(['Netzwerktreffen März 2026']);
    calendar.month = '2025-12';
    await calendar.updateComplete;
    await waitUntil(() => !$(calendar, '[part="archive-notice"]'), 'still loading', { timeout: 10_000 });
    expect(text($(calendar, '[part="note"]'))).to.equal('Keine Termine im Dezember 2025.');
    await pause();
    expect(await parts()).to.deep.equal([0, 0, 0, 1, 1]);
    // The upcoming list never asked for a part.
    expect($(list, '[part="archive-notice"]')).to.equal(null);
  });

  it('<event-card event-id> of an archived event reads the parts newest first, until one holds it', async () => {
    const key = newKey();
    const card = await fixture(
      html`<event-card src=${feedUrl(key)} today=${TODAY} event-id="t2024-06"></event-card>`,
    );
    await waitUntil(() => $(card, '[part="heading"]'), 'the archived event never came', { timeout: 10_000 });
    expect(text($(card, '[part="heading"]'))).to.equal('Netzwerktreffen Juni 2024');
    expect(text($(card, '[part="past"]'))).to.contain('Vergangen');
    // 2024 is the newest part: the older ones are not asked for.
    expect(await partRequests(key)).to.deep.equal([0, 0, 1]);

    // An event of 2019: 2024, 2020, then 2019, each once (2024 again from the page's loader).
    const older = await fixture(
      html`<event-card src=${feedUrl(key)} today=${TODAY} event-id="t2019-09"></event-card>`,
    );
    await waitUntil(() => $(older, '[part="heading"]'), 'the 2019 event never came', { timeout: 10_000 });
    expect(text($(older, '[part="heading"]'))).to.equal('Werkstatt September 2019');
    expect(await partRequests(key)).to.deep.equal([1, 1, 1]);
    await expect(older).to.be.accessible();
  });

  it('<event-card event-id> of an id in no part says so after reading every part; the main feed needs none', async () => {
    const key = newKey();
    const page = await fixture(
      html`<div>
        <event-card src=${feedUrl(key)} today=${TODAY} event-id="t2026-12"></event-card>
        <event-card src=${feedUrl(key)} today=${TODAY} event-id="gibt-es-nicht"></event-card>
      </div>`,
    );
    const [main, unknown] = [...page.querySelectorAll('event-card')];
    await waitUntil(() => $(unknown!, '[part="empty"]'), 'no not-found state', { timeout: 10_000 });
    expect(text($(main!, '[part="heading"]'))).to.equal('Netzwerktreffen Dezember 2026');
    expect(text($(unknown!, '[part="empty"]'))).to.contain('„gibt-es-nicht“');
    expect(await partRequests(key)).to.deep.equal([1, 1, 1]);
  });

  it('<event-card event-id> whose part fails shows the error state with a retry, and recovers', async () => {
    const key = newKey('missing');
    const card = await fixture(
      html`<event-card src=${feedUrl(key)} today=${TODAY} event-id="t2024-11"></event-card>`,
    );
    await waitUntil(() => $(card, '[part~="error"]'), 'no error state', { timeout: 10_000 });
    expect($(card, '[part="loading"]')).to.equal(null);
    // A missing part (404) is not worth retrying at once; after a reload of the page it is.
    expect(await requests(partPath(key, '2024'))).to.equal(1);
    (card as HTMLElement & { retry(): void }).retry();
    await waitUntil(() => $(card, '[part="heading"]'), 'the card did not recover', { timeout: 10_000 });
    expect(text($(card, '[part="heading"]'))).to.equal('Jahrestagung 2024');
    expect(await requests(partPath(key, '2024'))).to.equal(2);
  });
});
