import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { FeedElement } from '../../src/shared/feed-element.js';
import { defineElement } from '../../src/shared/define.js';
import { feedLoader } from '../../src/data/load.js';
import type { ValidFeed } from '../../src/data/parse.js';

/** The smallest real element on the base: lists event titles, or the empty state. */
class TestFeedView extends FeedElement {
  protected renderFeed(feed: ValidFeed) {
    return feed.events.length
      ? litHtml`<ul>${feed.events.map((e) => litHtml`<li>${e.title}</li>`)}</ul>`
      : this.renderEmpty('Keine Termine');
  }
}
defineElement('test-feed-view', TestFeedView);

const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
const settled = (el: FeedElement) =>
  waitUntil(() => !el.shadowRoot!.querySelector('.loading'), 'still loading', { timeout: 10_000 });
let run = 0;
const key = () => `el-${Date.now()}-${run++}`;

describe('FeedElement (the base of every element)', () => {
  afterEach(() => {
    feedLoader.clear();
    document.querySelectorAll('script[data-feed]').forEach((s) => s.remove());
  });

  it('shows a loading state, then the feed, and fires feed-load', async () => {
    const el = await fixture<TestFeedView>(
      html`<test-feed-view src=${`/api/slow?ms=300&key=${key()}`}></test-feed-view>`,
    );
    const status = el.shadowRoot!.querySelector('[role="status"]');
    expect(status?.textContent).to.contain('Wird geladen');
    const { detail } = await oneEvent(el, 'feed-load');
    expect(detail.feed.events[0].title).to.equal('Langsam');
    expect(detail.source).to.match(/\/api\/slow/);
    await el.updateComplete;
    expect(shadowText(el)).to.equal('Langsam');
    await expect(el).to.be.accessible();
  });

  // These tests read the technical advice in the box: it shows with `debug` (for editors); what
  // visitors see without it is tested in test/polish/errors.test.ts.
  it('shows a German sentence and a working retry button after a server error', async () => {
    const k = key();
    const el = await fixture<TestFeedView>(
      html`<test-feed-view debug src=${`/api/status?code=500&key=${k}`}></test-feed-view>`,
    );
    const { detail } = await oneEvent(el, 'feed-error');
    expect(detail.error.kind).to.equal('http');
    expect(detail.message).to.contain('Fehler 500');
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Die Inhalte können gerade nicht angezeigt werden.');
    expect(alert.textContent).to.contain('Fehler 500');
    const retry = alert.querySelector('button')!;
    expect(retry.textContent).to.equal('Erneut versuchen');
    await expect(el).to.be.accessible();
    // The retry goes to the network again (the server still fails: a new request, a new error).
    const again = oneEvent(el, 'feed-error');
    retry.click();
    await again;
    const count = await (await fetch(`/api/count?path=/api/status&key=${k}`)).json();
    expect(count.count).to.equal(4);
  });

  it('recovers through the retry button when the server comes back', async () => {
    const el = await fixture<TestFeedView>(
      html`<test-feed-view src=${`/api/status?code=503&key=${key()}`}></test-feed-view>`,
    );
    await oneEvent(el, 'feed-error');
    el.src = `/api/slow?ms=10&key=${key()}`;
    await oneEvent(el, 'feed-load');
    await el.updateComplete;
    expect(shadowText(el)).to.equal('Langsam');
  });

  it('offers no retry for a feed that is broken, and says so in English when the page is English', async () => {
    const wrapper = await fixture(
      html`<div lang="en">
        <test-feed-view debug src=${`/api/text?body=%5B%5D&key=${key()}`}></test-feed-view>
      </div>`,
    );
    const el = wrapper.querySelector<TestFeedView>('test-feed-view')!;
    await settled(el);
    expect(shadowText(el)).to.contain('a JSON object with "version": 1');
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
  });

  it('lets the locale attribute win over the page language', async () => {
    const wrapper = await fixture(
      html`<div lang="en">
        <test-feed-view debug locale="de" src=${`/api/status?code=404&key=${key()}`}></test-feed-view>
      </div>`,
    );
    const el = wrapper.querySelector<TestFeedView>('test-feed-view')!;
    await settled(el);
    expect(shadowText(el)).to.contain('Fehler 404');
  });

  it('renders an inline JSON feed without any request', async () => {
    const el = await fixture<TestFeedView>(
      html`<test-feed-view>
        <script type="application/json">
          { "version": 1, "events": [{ "id": "a", "title": "Inline-Treffen", "start": "2030-05-01" }] }
        </script>
      </test-feed-view>`,
    );
    await settled(el);
    expect(shadowText(el)).to.equal('Inline-Treffen');
  });

  it('takes the page default from the first script tag with data-feed, and src wins over it', async () => {
    const script = document.createElement('script');
    script.type = 'text/plain';
    script.dataset.feed = `/api/slow?ms=10&key=${key()}`;
    document.head.append(script);
    const byDefault = await fixture<TestFeedView>(html`<test-feed-view></test-feed-view>`);
    await settled(byDefault);
    expect(shadowText(byDefault)).to.equal('Langsam');
    const own = await fixture<TestFeedView>(
      html`<test-feed-view src=${`/api/flaky?key=${key()}`}></test-feed-view>`,
    );
    await waitUntil(() => shadowText(own).includes('Nach dem Fehler'), 'own src not used', {
      timeout: 10_000,
    });
  });

  it('renders a feed object set from JavaScript', async () => {
    const el = await fixture<TestFeedView>(
      html`<test-feed-view
        .feed=${{ version: 1, events: [{ id: 'p', title: 'Aus JavaScript', start: '2030-01-01' }] }}
      ></test-feed-view>`,
    );
    await settled(el);
    expect(shadowText(el)).to.equal('Aus JavaScript');
  });

  it('shows the empty state', async () => {
    const el = await fixture<TestFeedView>(html`<test-feed-view .feed=${{ version: 1 }}></test-feed-view>`);
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part="empty"]')?.textContent).to.contain('Keine Termine');
  });

  it('explains what to do when there is no feed at all (to editors: debug)', async () => {
    const el = await fixture<TestFeedView>(html`<test-feed-view debug></test-feed-view>`);
    await settled(el);
    expect(shadowText(el)).to.contain('Attribut „src“');
  });

  it('fires feed-load and feed-error as bubbling, composed events', async () => {
    const el = await fixture<TestFeedView>(
      html`<test-feed-view src=${`/api/status?code=404&key=${key()}`}></test-feed-view>`,
    );
    const event = await oneEvent(document, 'feed-error');
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.target).to.equal(el);
  });

  it('hides its no-JavaScript fallback children once it runs', async () => {
    const el = await fixture<TestFeedView>(
      html`<test-feed-view .feed=${{ version: 1 }}
        ><a href="https://example.org/termine">Alle Termine</a></test-feed-view
      >`,
    );
    await settled(el);
    expect(el.querySelector('a')!.getBoundingClientRect().height).to.equal(0);
  });
});

describe('defineElement', () => {
  it('registering the same tag twice does not throw and says nothing', () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      class Again extends TestFeedView {}
      defineElement('test-feed-view', Again);
      expect(customElements.get('test-feed-view')).to.equal(TestFeedView);
    } finally {
      console.warn = original;
    }
    expect(warnings).to.deep.equal([]);
  });

  it("keeps a page's own element of the same name and warns once", () => {
    customElements.define('test-page-owned', class extends HTMLElement {});
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      defineElement('test-page-owned', class extends TestFeedView {});
      defineElement('test-page-owned', class extends TestFeedView {});
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.contain('<test-page-owned> is already defined');
  });
});
