// The checks of legacy-page.test.html: on a page that polluted Object.prototype, wrapped
// JSON.parse and made one customElements.define throw, every other element registers and
// renders every item of the matrix feed, and nothing throws uncaught.
import { runTests } from '@web/test-runner-mocha';
import { expect } from '@esm-bundle/chai';
import { elements, type FeedItems } from './elements.js';
import { shows } from './helpers.js';

declare global {
  interface Window {
    uncaught: string[];
    globalsBefore: Set<string>;
  }
}

const until = async (ok: () => boolean, what: string) => {
  for (const start = Date.now(); !ok(); await new Promise((r) => setTimeout(r, 50)))
    if (Date.now() - start > 10_000) throw new Error(`timed out: ${what}`);
};

runTests(() => {
  describe('on a legacy host page', () => {
    let added: string[] = [];
    before(async () => {
      const before = new Set(Object.getOwnPropertyNames(window));
      await import('../../src/index.js');
      added = Object.getOwnPropertyNames(window).filter((name) => !before.has(name));
    });

    it('adds to window only the globals README.md names (Lit’s)', async () => {
      const readme = await (await fetch('/README.md')).text();
      expect(added, 'Lit records its version').to.include('reactiveElementVersions');
      expect(added.sort()).to.deep.equal(
        ['litElementVersions', 'litHtmlVersions', 'litPropertyMetadata', 'reactiveElementVersions'].filter(
          (name) => added.includes(name),
        ),
      );
      for (const name of added) expect(readme, `README names ${name}`).to.include(`\`${name}\``);
    });

    // The page's shim refuses <network-card>; every other element must work.
    const others = elements.filter(({ tag }) => tag !== 'network-card');

    it('registers every element but the one whose define throws', () => {
      for (const { tag } of others) expect(customElements.get(tag), tag).to.be.a('function');
      expect(customElements.get('network-card')).to.equal(undefined);
    });

    it('every element renders every item (own properties only, the platform JSON.parse)', async () => {
      // Read with the platform's parser: the page's JSON.parse turns dates into Date objects.
      const text = await (await fetch('/test/fixtures/matrix/base.json')).text();
      const feed = (await new Response(text).json()) as FeedItems;
      for (const { tag, attrs, shows: expected } of others) {
        const el = document.createElement(tag);
        for (const [name, value] of Object.entries({
          ...attrs,
          today: '2026-11-23',
          src: '/test/fixtures/matrix/base.json',
        }))
          el.setAttribute(name, value);
        document.body.append(el);
        await until(
          () =>
            (el as HTMLElement & { hasUpdated: boolean }).hasUpdated &&
            !el.shadowRoot!.querySelector('.loading'),
          `<${tag}> loads`,
        );
        expect(el.shadowRoot!.querySelector('[role="alert"]'), `<${tag}>: no error`).to.equal(null);
        for (const item of expected(feed))
          expect(
            shows(el, item),
            `<${tag}>: ${item} in ${el.shadowRoot!.textContent!.replace(/\s+/g, ' ').slice(0, 400)}`,
          ).to.equal(true);
        expect(shows(el, 'Von Object.prototype'), `<${tag}>: no inherited field`).to.equal(false);
      }
      expect(window.uncaught).to.deep.equal([]);
    });
  });
});
