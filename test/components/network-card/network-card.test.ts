import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/components/network-card/network-card.js';
import '../../../src/components/network-list/network-list.js';
import type { NetworkCard } from '../../../src/components/network-card/network-card.js';
import type { NetworkList } from '../../../src/components/network-list/network-list.js';

const FEED = '/src/data/sample-feed.json';
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const settled = async <T extends NetworkCard | NetworkList>(el: T) => {
  await waitUntil(() => !el.shadowRoot!.querySelector('.loading'), 'still loading', { timeout: 10_000 });
  await el.updateComplete;
  return el;
};

describe('<network-card>', () => {
  it('shows one network exactly as <network-list> does', async () => {
    const card = await settled(
      await fixture<NetworkCard>(
        html`<network-card src=${FEED} network-id="wissen-was-zaehlt" today="2026-11-23"></network-card>`,
      ),
    );
    const list = await settled(
      await fixture<NetworkList>(
        html`<network-list src=${FEED} office="regionalbuero-brandenburg" today="2026-11-23"></network-list>`,
      ),
    );
    const article = card.shadowRoot!.querySelector('article')!;
    expect(card.shadowRoot!.querySelectorAll('article')).to.have.length(1);
    expect(article.querySelector('h3')!.textContent).to.contain('Wissen, was zählt!');
    expect(squash(article.textContent)).to.equal(
      squash(list.shadowRoot!.querySelector('article')!.textContent),
    );
    expect(squash(article.textContent)).to.contain('Brandenburg, Mecklenburg-Vorpommern, Schleswig-Holstein');
    expect(squash(article.textContent)).to.contain('Regionalbüro Brandenburg');
    await expect(card).to.be.accessible();
  });

  it('takes the first network without network-id, and the heading level it is given', async () => {
    const el = await settled(
      await fixture<NetworkCard>(html`<network-card src=${FEED} heading-level="4"></network-card>`),
    );
    expect(el.shadowRoot!.querySelector('h4')!.textContent).to.equal(
      'Übergänge gestalten – Bildungsübergänge kommunal koordinieren',
    );
  });

  it('names an id the feed does not have, in German and English', async () => {
    const el = await settled(
      await fixture<NetworkCard>(html`<network-card src=${FEED} network-id="gibt-es-nicht"></network-card>`),
    );
    expect(squash(el.shadowRoot!.querySelector('[part="empty"]')!.textContent)).to.equal(
      'Das Netzwerk „gibt-es-nicht“ ist im Feed nicht enthalten.',
    );
    await expect(el).to.be.accessible();
    el.locale = 'en';
    await el.updateComplete;
    expect(squash(el.shadowRoot!.textContent)).to.equal('The network “gibt-es-nicht” is not in the feed.');
  });

  it('shows the empty, loading and error states', async () => {
    const empty = await settled(
      await fixture<NetworkCard>(html`<network-card .feed=${{ version: 1 }}></network-card>`),
    );
    expect(squash(empty.shadowRoot!.textContent)).to.equal('Der Feed enthält keine Netzwerke.');
    const slow = await fixture<NetworkCard>(
      html`<network-card src=${'/api/slow?ms=300&key=nc-loading'}></network-card>`,
    );
    expect(slow.shadowRoot!.querySelector('[role="status"]')).to.exist;
    await oneEvent(slow, 'feed-load');
    const failing = await fixture<NetworkCard>(
      html`<network-card src=${'/api/status?code=503&key=nc-error'}></network-card>`,
    );
    await oneEvent(failing, 'feed-error');
    await failing.updateComplete;
    expect(failing.shadowRoot!.querySelector('[role="alert"] button')!.textContent).to.equal(
      'Erneut versuchen',
    );
  });
});
