// FeedController on its own and through FeedElement: the task's AbortSignal reaches fetch (seen
// through the loader's setFetch seam, which passes every request on to the real fetch).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { feedLoader, type FetchLike } from '../../src/data/load.js';
import { errorMessage } from '../../src/data/errors.js';
import { defineElement } from '../../src/shared/define.js';
import { FeedController } from '../../src/shared/feed-controller.js';
import { FeedElement } from '../../src/shared/feed-element.js';
import type { ValidFeed } from '../../src/data/parse.js';

/** A plain LitElement that holds a FeedController: no FeedElement needed. */
class TestFeedHost extends LitElement {
  static override properties = { src: {}, feed: { attribute: false }, loading: {}, off: { type: Boolean } };
  src?: string;
  feed?: unknown;
  loading?: 'eager' | 'lazy';
  off = false;
  readonly controller = new FeedController(this);
  protected override willUpdate(): void {
    this.controller.task.autoRun = !this.off;
  }
  override render() {
    const loading = () => litHtml`<p class="loading">…</p>`;
    return this.controller.task.render({
      initial: loading,
      pending: loading,
      complete: ({ feed }) => litHtml`<p class="done">${feed.events.map((e) => e.title).join(', ')}</p>`,
      error: (error) => litHtml`<p class="failed">${errorMessage(error, 'en')}</p>`,
    });
  }
}
defineElement('test-feed-host', TestFeedHost);

class TestFeedTitles extends FeedElement {
  protected renderFeed(feed: ValidFeed) {
    return litHtml`<p>${feed.events.map((e) => e.title).join(', ')}</p>`;
  }
}
defineElement('test-feed-titles', TestFeedTitles);

let run = 0;
const key = () => `controller-${Date.now()}-${run++}`;
const text = (el: Element) => el.shadowRoot!.textContent!.trim();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every request the page's loader makes, with the signal it hands to fetch. */
const requests: { url: string; signal: AbortSignal }[] = [];
const recording: FetchLike = (url, init) => {
  requests.push({ url, signal: init.signal });
  return fetch(url, init);
};
const requested = (k: string, n = 1) =>
  waitUntil(() => requests.filter((r) => r.url.includes(k)).length === n, `${n} request(s) for ${k}`, {
    timeout: 5000,
  });
const signalsFor = (k: string) => requests.filter((r) => r.url.includes(k)).map((r) => r.signal);

describe('FeedController', () => {
  beforeEach(() => feedLoader.setFetch(recording));
  afterEach(() => {
    feedLoader.setFetch((url, init) => fetch(url, init));
    feedLoader.clear();
    requests.length = 0;
  });

  it('loads from src for a plain LitElement host and renders the complete template', async () => {
    const k = key();
    const el = await fixture<TestFeedHost>(
      html`<test-feed-host src=${`/api/slow?ms=10&key=${k}`}></test-feed-host>`,
    );
    expect(el.shadowRoot!.querySelector('.loading')).to.exist;
    await waitUntil(() => el.shadowRoot!.querySelector('.done'), 'loads', { timeout: 5000 });
    expect(text(el)).to.equal('Langsam');
    expect(el.controller.source).to.equal(new URL(`/api/slow?ms=10&key=${k}`, location.href).href);
    expect(signalsFor(k)).to.have.length(1);
  });

  it('renders the error template for a feed that fails', async () => {
    const el = await fixture<TestFeedHost>(
      html`<test-feed-host src=${`/api/status?code=404&key=${key()}`}></test-feed-host>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('.failed'), 'fails', { timeout: 5000 });
    expect(text(el)).to.contain('404');
  });

  it('starts no load while its host says no, and loads once it says yes', async () => {
    const k = key();
    const el = await fixture<TestFeedHost>(
      html`<test-feed-host off src=${`/api/slow?ms=10&key=${k}`}></test-feed-host>`,
    );
    await sleep(200);
    expect(requests, 'no request while disabled').to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('.loading')).to.exist;
    el.off = false;
    await waitUntil(() => el.shadowRoot!.querySelector('.done'), 'loads', { timeout: 5000 });
  });

  it('aborts the fetch of an element removed mid-load, and fetches again when it is back', async () => {
    const k = key();
    const el = await fixture<TestFeedTitles>(
      html`<test-feed-titles src=${`/api/slow?ms=1500&key=${k}`}></test-feed-titles>`,
    );
    const parent = el.parentElement!;
    await requested(k);
    const [first] = signalsFor(k);
    expect(first.aborted).to.equal(false);
    let errors = 0;
    el.addEventListener('feed-error', () => errors++);
    el.remove();
    await waitUntil(() => first.aborted, 'the fetch is aborted', { timeout: 1000 });
    parent.append(el);
    await requested(k, 2);
    await waitUntil(() => text(el) === 'Langsam', 'renders after the second request', { timeout: 5000 });
    expect(signalsFor(k)[1].aborted).to.equal(false);
    expect(errors, 'a cancelled load is no error').to.equal(0);
  });

  it('keeps the fetch of an element moved mid-load', async () => {
    const k = key();
    const el = await fixture<TestFeedTitles>(
      html`<test-feed-titles src=${`/api/slow?ms=600&key=${k}`}></test-feed-titles>`,
    );
    await requested(k);
    const other = document.createElement('div');
    document.body.append(other);
    try {
      other.append(el); // removed and inserted in one go
      await waitUntil(() => text(el) === 'Langsam', 'renders', { timeout: 5000 });
      expect(signalsFor(k)).to.have.length(1);
      expect(signalsFor(k)[0].aborted).to.equal(false);
    } finally {
      other.remove();
    }
  });

  it('aborts the fetch of a source that is replaced before it answers', async () => {
    const [k1, k2] = [key(), key()];
    const el = await fixture<TestFeedTitles>(
      html`<test-feed-titles src=${`/api/slow?ms=1500&key=${k1}`}></test-feed-titles>`,
    );
    await requested(k1);
    el.src = `/api/slow?ms=10&key=${k2}`;
    await waitUntil(() => signalsFor(k1)[0].aborted, 'the first fetch is aborted', { timeout: 1000 });
    await waitUntil(() => text(el) === 'Langsam', 'the second source renders', { timeout: 5000 });
  });

  it('does not abort a fetch that another element still waits for', async () => {
    const k = key();
    const wrapper = await fixture(
      html`<div>
        <test-feed-titles src=${`/api/slow?ms=600&key=${k}`}></test-feed-titles
        ><test-feed-titles src=${`/api/slow?ms=600&key=${k}`}></test-feed-titles>
      </div>`,
    );
    const [leaving, staying] = wrapper.querySelectorAll('test-feed-titles');
    await requested(k);
    leaving.remove();
    await waitUntil(() => text(staying) === 'Langsam', 'the staying element renders', { timeout: 5000 });
    expect(signalsFor(k)).to.have.length(1);
    expect(signalsFor(k)[0].aborted).to.equal(false);
  });
});
