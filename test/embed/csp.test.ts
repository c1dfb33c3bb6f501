import { expect, waitUntil } from '@open-wc/testing';
import { closePages, delay, downloadIcs, elementTags, openPage, settled, shadowText } from './pages.js';

// demo/csp.html (the script bundle) and test/embed/pages/csp-esm.html (the ESM build, Lit
// from node_modules) are served with `Content-Security-Policy: default-src 'self'`
// (test/embed/server.mjs): no inline script, no inline style, no `style` attribute, no eval,
// no other origin. demo/harness.js records every `securitypolicyviolation` event from the start.

let tags: string[] = [];
before(async () => {
  tags = await elementTags();
});
afterEach(closePages);

for (const url of ['/demo/csp.html', '/test/embed/pages/csp-esm.html']) {
  describe(`embedding under a strict Content-Security-Policy: ${url}`, () => {
    it('is served with the policy', async () => {
      const response = await fetch(url);
      expect(response.headers.get('content-security-policy')).to.equal(
        "default-src 'self'; img-src 'self' https://www.transferagentur-nordost.example.org",
      );
    });

    it('renders every element (inline JSON feed included) with zero CSP violations', async () => {
      const { win, doc } = await openPage(url, { height: 2000 });
      for (const tag of tags) {
        for (const el of doc.querySelectorAll(tag)) {
          await settled(el);
          expect(el.shadowRoot!.querySelector('.error'), `<${tag}>: ${shadowText(el)}`).to.equal(null);
          // Styles arrive through adoptedStyleSheets, which the policy allows.
          expect(win.getComputedStyle(el).display, `<${tag}> is styled`).to.equal('block');
        }
      }
      const inline = doc.getElementById('inline-card');
      if (inline) expect(shadowText(inline)).to.contain('Inline unter CSP');
      await delay(300);
      expect(win.embedHarness.violations).to.deep.equal([]);
      expect(win.embedHarness.errors).to.deep.equal([]);

      // The check can fail: an inline style on this page is reported.
      const style = doc.createElement('style');
      style.textContent = 'body { color: red }';
      doc.head.append(style);
      await waitUntil(() => win.embedHarness.violations.length === 1, 'the policy is not in force');
      expect(win.embedHarness.violations[0]).to.match(/^style-src/);
    });

    it("runs the card's .ics download and JSON-LD under the policy", async () => {
      const { win, doc } = await openPage(url);
      const card = doc.querySelector('event-card[event-id="kiel-2019-09-24"]')!;
      await settled(card);
      card.setAttribute('structured-data', '');
      // The JSON-LD and .ics writers load on first use (chunks of their own in the ESM build).
      await waitUntil(() => card.querySelector('script[type="application/ld+json"]'), 'no JSON-LD', {
        timeout: 5000,
      });
      const jsonLd = JSON.parse(card.querySelector('script[type="application/ld+json"]')!.textContent!);
      expect(jsonLd['@type']).to.equal('Event');

      const download = await downloadIcs(card);
      expect(download.download).to.equal('kiel-2019-09-24.ics');
      // Read from the test page: the policy (connect-src) keeps the page itself from fetching blob: URLs.
      const text = await (await fetch(download.href)).text();
      expect(text).to.match(/^BEGIN:VCALENDAR\r\n/);
      await delay(100);
      expect(win.embedHarness.violations).to.deep.equal([]);
      expect(win.embedHarness.errors).to.deep.equal([]);
    });
  });
}
