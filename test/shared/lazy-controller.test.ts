// LazyController: a host waits until it comes within 400 px of the viewport, in the page and in
// an iframe; FeedElement with loading="lazy" starts its request only then.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { feedLoader, type FetchLike } from '../../src/data/load.js';
import { defineElement } from '../../src/shared/define.js';
import { FeedElement } from '../../src/shared/feed-element.js';
import { LazyController } from '../../src/shared/lazy-controller.js';
import type { ValidFeed } from '../../src/data/parse.js';

class TestLazyHost extends LitElement {
  static override properties = { lazy: { type: Boolean } };
  lazy = true;
  readonly controller = new LazyController(this, () => this.lazy);
  override render() {
    return litHtml`<p>${this.controller.waiting ? 'waiting' : 'near'}</p>`;
  }
}
defineElement('test-lazy-host', TestLazyHost);

class TestLazyFeed extends FeedElement {
  protected renderFeed(feed: ValidFeed) {
    return litHtml`<p>${feed.events.map((e) => e.title).join(', ')}</p>`;
  }
}
defineElement('test-lazy-feed', TestLazyFeed);

const text = (el: Element) => el.shadowRoot!.textContent!.trim();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Two animation frames: IntersectionObserver has delivered what there is to deliver. */
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

describe('LazyController', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('waits while the host is far below the viewport and is near once scrolled within 400 px', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <div style="height: ${innerHeight + 1000}px"></div>
        <test-lazy-host></test-lazy-host>
      </div>`,
    );
    const el = wrapper.querySelector<TestLazyHost>('test-lazy-host')!;
    await frames();
    await sleep(100);
    expect(el.controller.waiting).to.equal(true);
    expect(text(el)).to.equal('waiting');
    // 1000 px below the fold: scrolled by 500 it is 500 px away, still too far.
    window.scrollTo(0, 500);
    await frames();
    await sleep(100);
    expect(el.controller.near, '500 px away').to.equal(false);
    // Scrolled by 700 it is 300 px away: near, and the host renders again.
    window.scrollTo(0, 700);
    await waitUntil(() => el.controller.near, 'near within 400 px', { timeout: 2000 });
    await el.updateComplete;
    expect(text(el)).to.equal('near');
    window.scrollTo(0, 0);
    await frames();
    expect(el.controller.waiting, 'once near, it stays near').to.equal(false);
  });

  it('does not wait when it is not enabled (loading="eager")', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <div style="height: ${innerHeight + 1000}px"></div>
        <test-lazy-host .lazy=${false}></test-lazy-host>
      </div>`,
    );
    const el = wrapper.querySelector<TestLazyHost>('test-lazy-host')!;
    expect(el.controller.waiting).to.equal(false);
    expect(text(el)).to.equal('near');
  });

  it('stops waiting when it is switched off while waiting', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <div style="height: ${innerHeight + 1000}px"></div>
        <test-lazy-host></test-lazy-host>
      </div>`,
    );
    const el = wrapper.querySelector<TestLazyHost>('test-lazy-host')!;
    expect(el.controller.waiting).to.equal(true);
    el.lazy = false;
    await el.updateComplete;
    expect(text(el)).to.equal('near');
  });

  it('counts the margin in the iframe the host is in', async () => {
    const iframe = await fixture<HTMLIFrameElement>(
      html`<iframe
        title="Lazy test"
        style="width: 400px; height: 300px; border: 0"
        .srcdoc=${'<!doctype html><body></body>'}
      ></iframe>`,
    );
    // The srcdoc document replaces the iframe's first, empty one.
    await waitUntil(
      () =>
        iframe.contentDocument?.URL === 'about:srcdoc' && iframe.contentDocument.readyState === 'complete',
      'the iframe has its document',
    );
    const doc = iframe.contentDocument!;
    const spacer = doc.createElement('div');
    spacer.style.height = '1300px'; // 1000 px below the iframe's fold
    const el = document.createElement('test-lazy-host') as TestLazyHost;
    doc.body.append(spacer, el);
    await frames();
    await sleep(100);
    expect(el.controller.waiting, 'far below the iframe’s fold').to.equal(true);
    // 300 px away inside the iframe: near only with the iframe's document as root (with the
    // implicit root, the top-level viewport, the margin would not apply inside the iframe).
    iframe.contentWindow!.scrollTo(0, 700);
    await waitUntil(() => el.controller.near, 'near within 400 px of the iframe’s viewport', {
      timeout: 2000,
    });
  });

  it('lets a lazy FeedElement start its request only when it comes near', async () => {
    const requested: string[] = [];
    const recording: FetchLike = (url, init) => {
      requested.push(url);
      return fetch(url, init);
    };
    feedLoader.setFetch(recording);
    try {
      const src = `/api/slow?ms=10&key=lazy-${Date.now()}`;
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <div style="height: ${innerHeight + 1000}px"></div>
          <test-lazy-feed loading="lazy" src=${src}></test-lazy-feed>
        </div>`,
      );
      const el = wrapper.querySelector<TestLazyFeed>('test-lazy-feed')!;
      await frames();
      await sleep(200);
      expect(requested, 'no request far below the fold').to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('[part="loading"]'), 'holds its place').to.exist;
      el.scrollIntoView();
      await waitUntil(() => text(el) === 'Langsam', 'loads when near', { timeout: 5000 });
      expect(requested).to.have.length(1);
    } finally {
      feedLoader.setFetch((url, init) => fetch(url, init));
      feedLoader.clear();
    }
  });
});
