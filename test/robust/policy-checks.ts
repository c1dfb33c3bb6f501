// The checks of csp.test.html and trusted-types.test.html: every element, from the built bundle,
// renders the matrix feed under the page's policy without a single violation. This module
// imports no Lit (a second copy would create a second `lit-html` Trusted Types policy).
import { runTests } from '@web/test-runner-mocha';
import { expect } from '@esm-bundle/chai';
import { elements, type FeedItems } from './elements.js';
import { shows } from './helpers.js';

declare global {
  interface Window {
    violations: string[];
    probe?: number;
  }
}

const trustedTypesPage = location.pathname.includes('trusted-types');

const until = async (ok: () => boolean, what: string) => {
  for (const start = Date.now(); !ok(); await new Promise((r) => setTimeout(r, 50)))
    if (Date.now() - start > 10_000) throw new Error(`timed out: ${what}`);
};

runTests(() => {
  describe(
    trustedTypesPage
      ? 'under Trusted Types (trusted-types lit-html bildungsnetz-widgets)'
      : "under CSP default-src 'self' (img-src: the feed's image host too)",
    () => {
      it('every element renders its items with zero policy violations', async () => {
        const widgets = elements.map(({ tag, attrs }) => {
          const el = document.createElement(tag);
          for (const [name, value] of Object.entries({ ...attrs, today: '2026-11-23' }))
            el.setAttribute(name, value);
          document.body.append(el);
          return el;
        });
        const feed = (await (await fetch('/test/fixtures/matrix/base.json')).json()) as FeedItems;
        for (const [i, el] of widgets.entries()) {
          await until(
            () => Boolean(el.shadowRoot) && !el.shadowRoot!.querySelector('.loading'),
            `<${el.localName}> loads`,
          );
          expect(el.shadowRoot!.querySelector('[role="alert"]'), `<${el.localName}> shows no error`).to.equal(
            null,
          );
          for (const text of elements[i]!.shows(feed)) expect(shows(el, text), text).to.equal(true);
        }
        // Late violations (styles applied on the next frame) count too.
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100)));
        expect(window.violations).to.deep.equal([]);
      });

      it('<event-card structured-data> writes its JSON-LD with zero policy violations', async () => {
        const card = document.createElement('event-card');
        for (const [name, value] of Object.entries({
          'event-id': 'ok-a',
          'structured-data': '',
          today: '2026-11-23',
        }))
          card.setAttribute(name, value);
        document.body.append(card);
        await until(() => Boolean(card.querySelector('script[type="application/ld+json"]')), 'the JSON-LD');
        const data = JSON.parse(card.querySelector('script[type="application/ld+json"]')!.textContent!);
        expect(data['@type']).to.equal('Event');
        expect(data.name).to.equal('Matrix-Netzwerktreffen A');
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100)));
        expect(window.violations).to.deep.equal([]);
        card.remove();
      });

      it('is really enforced on this page', async () => {
        if (trustedTypesPage) {
          // A plain string into innerHTML is refused.
          expect(() => (document.createElement('div').innerHTML = '<b>x</b>')).to.throw(TypeError);
        } else {
          const script = document.createElement('script');
          script.textContent = 'window.probe = 1';
          document.body.append(script);
          await until(() => window.violations.length > 0, 'a violation report');
          expect(window.probe).to.equal(undefined);
          expect(window.violations[0]).to.match(/^script-src/);
        }
      });
    },
  );
});
