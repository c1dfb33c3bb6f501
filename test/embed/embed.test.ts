import { expect, waitUntil } from '@open-wc/testing';
import { closePages, delay, elementTags, openPage, requestCount, settled, shadowText } from './pages.js';

// Real pages (test/embed/pages/, demo/) with the built script bundle and the ESM build, loaded
// the ways partner sites load them. `npm test` builds dist/ before the browser tests.

let tags: string[] = [];
before(async () => {
  tags = await elementTags();
  expect(tags, 'src/components has elements').to.include('event-card');
});
afterEach(closePages);

/** Every instance of every element of this branch on the page has rendered without an error. */
async function expectAllRendered(doc: Document): Promise<void> {
  for (const tag of tags) {
    const elements = [...doc.querySelectorAll(tag)];
    expect(elements.length, `the page has a <${tag}>`).to.be.greaterThan(0);
    for (const el of elements) {
      expect(doc.defaultView!.customElements.get(tag), `<${tag}> is defined`).to.be.a('function');
      await settled(el);
      expect(el.shadowRoot!.querySelector('.error'), `<${tag}> shows an error: ${shadowText(el)}`).to.equal(
        null,
      );
    }
  }
}

describe('embedding: the script tag, every way a partner site writes it', () => {
  for (const mode of ['classic', 'defer', 'async', 'module', 'esm', 'end']) {
    it(`${mode}: every element renders from the script's data-feed, with one request and no console output`, async () => {
      const before = await requestCount(mode);
      const { win, doc } = await openPage(`/test/embed/pages/load-${mode}.html`);
      await expectAllRendered(doc);
      const cards = [...doc.querySelectorAll('event-card')];
      expect(shadowText(cards[0])).to.contain('Treffen des Netzwerks');
      expect(cards[1].shadowRoot!.querySelector('h3')!.textContent).to.not.equal(
        cards[0].shadowRoot!.querySelector('h3')!.textContent,
      );
      // One network request, however many elements share the page's feed.
      expect((await requestCount(mode)) - before, 'requests for the shared feed').to.equal(1);
      expect(win.embedHarness.errors).to.deep.equal([]);
      expect(win.embedHarness.console).to.deep.equal([]);
    });
  }

  it('adds no globals but the version markers Lit keeps, in the ESM build too', async () => {
    const { win } = await openPage('/test/embed/pages/load-esm.html');
    const fresh = await openPage('/demo/harness-only.html');
    const known = new Set(Object.getOwnPropertyNames(fresh.win));
    const lits = ['litPropertyMetadata', 'reactiveElementVersions', 'litHtmlVersions', 'litElementVersions'];
    await settled(win.document.querySelector('event-card')!);
    const added = Object.getOwnPropertyNames(win).filter((name) => !known.has(name) && !lits.includes(name));
    expect(added).to.deep.equal([]);
  });
});

describe('embedding: no JavaScript, inline feed', () => {
  it('shows the fallback children when scripts never run, and hides them once the element runs', async () => {
    // A sandbox without allow-scripts is a browser with JavaScript off.
    const off = await openPage('/demo/plain.html', { sandbox: 'allow-same-origin' });
    for (const tag of tags) {
      const link = off.doc.querySelector(`${tag} > a`) as HTMLAnchorElement;
      expect(link, `<${tag}> has a fallback link`).to.exist;
      expect(link.getClientRects().length, `<${tag}> fallback visible without JS`).to.be.greaterThan(0);
      expect(link.href).to.match(/^https:\/\//);
    }
    const on = await openPage('/demo/plain.html');
    for (const tag of tags) {
      const el = on.doc.querySelector(tag)!;
      await settled(el);
      expect(el.querySelector('a')!.getClientRects().length, `<${tag}> fallback hidden with JS`).to.equal(0);
    }
  });

  it('renders an inline JSON feed and keeps it invisible', async () => {
    const { doc } = await openPage('/demo/plain.html');
    const card = doc.getElementById('inline-card')!;
    await settled(card);
    expect(shadowText(card)).to.contain('Werkstatt aus dem eingebetteten Feed');
    expect(card.querySelector('script')!.getClientRects().length).to.equal(0);
  });
});

describe('embedding: registration never throws', () => {
  it('is silent when the bundle is loaded four times (classic twice, another copy, module) and the ESM build too', async () => {
    const { win, doc } = await openPage('/test/embed/pages/double.html');
    await expectAllRendered(doc);
    expect(win.embedHarness.errors).to.deep.equal([]);
    expect(win.embedHarness.console).to.deep.equal([]);
  });

  it("keeps a page's own element and warns exactly once, with two different copies of our code", async () => {
    const { win, doc } = await openPage('/test/embed/pages/page-defined.html');
    const own = (win as unknown as { PageOwnCard: CustomElementConstructor }).PageOwnCard;
    expect(win.customElements.get('event-card')).to.equal(own);
    for (const card of doc.querySelectorAll('event-card')) {
      expect((card as HTMLElement).dataset.ownedBy).to.equal('page');
      expect(card.shadowRoot).to.equal(null);
    }
    // The other elements are ours and work.
    for (const tag of tags.filter((t) => t !== 'event-card')) {
      for (const el of doc.querySelectorAll(tag)) await settled(el);
    }
    await delay(300);
    expect(win.embedHarness.errors).to.deep.equal([]);
    expect(win.embedHarness.console).to.deep.equal([
      {
        level: 'warn',
        text: "bildungsnetz-widgets: <event-card> is already defined by this page; the page's own element is kept.",
      },
    ]);
  });
});

describe('embedding: loading="lazy"', () => {
  it('sends no request for a lazy element far below the fold until it is scrolled near', async () => {
    const before = await requestCount('lazy');
    const { win, doc } = await openPage('/test/embed/pages/lazy.html');
    await settled(doc.getElementById('eager')!);
    await delay(500);
    const lazy = doc.getElementById('lazy')!;
    expect(await requestCount('lazy'), 'requests before scrolling').to.equal(before);
    expect(lazy.shadowRoot!.querySelector('.loading'), 'the lazy element holds its place').to.exist;
    // Scrolled to within 400 px of it: it starts.
    win.scrollTo(0, lazy.getBoundingClientRect().top + win.scrollY - win.innerHeight - 300);
    await settled(lazy);
    expect(shadowText(lazy)).to.contain('Reflexion');
    expect(await requestCount('lazy')).to.equal(before + 1);
    expect(win.embedHarness.console).to.deep.equal([]);
  });

  it('a lazy element in view loads at once; eager is the default', async () => {
    const { doc } = await openPage('/demo/plain.html');
    const first = doc.querySelector('event-card')!;
    expect(first.getAttribute('loading')).to.equal(null);
    await settled(first);
    const lazyCard = doc.getElementById('lazy-card')!;
    expect(lazyCard.shadowRoot!.querySelector('.loading')).to.exist;
    lazyCard.scrollIntoView();
    await settled(lazyCard);
    await waitUntil(() => shadowText(lazyCard).length > 0);
  });
});
