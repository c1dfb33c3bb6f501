// The check of page-feed.test.html: another vendor's script[data-feed] comes first on the page;
// the element without src shows the feed of the script tag that loaded the bundle.
import { runTests } from '@web/test-runner-mocha';
import { expect } from '@esm-bundle/chai';

runTests(() => {
  it('the data-feed of the script tag that loaded the bundle is the page feed', async () => {
    const el = document.querySelector('event-list')!;
    const done = () => /Matrix-Netzwerktreffen A|Fehler/.test(el.shadowRoot?.textContent ?? '');
    for (const start = Date.now(); !done(); await new Promise((r) => setTimeout(r, 50)))
      if (Date.now() - start > 10_000) throw new Error('timed out');
    expect(el.shadowRoot!.textContent).to.contain('Matrix-Netzwerktreffen A');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });
});
