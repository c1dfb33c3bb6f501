import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { FeedElement } from '../../src/shared/feed-element.js';
import { resetEasyLanguageChoice } from '../../src/shared/easy-language.js';

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const settled = async <T extends FeedElement>(el: T) => {
  await waitUntil(() => !el.shadowRoot!.querySelector('.loading'), 'still loading', { timeout: 10_000 });
  await el.updateComplete;
  return el;
};
const toggle = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="easy-toggle"]');

/** Test data: easy texts for some fields only, so the fallback per field shows. */
const FEED = {
  version: 1,
  networks: [
    {
      id: 'n',
      name: 'Netzwerk Bildungsmonitoring',
      description: 'Die Standardbeschreibung des Netzwerks.',
      easy: { title: 'Netzwerk: Zahlen zur Bildung' },
    },
  ],
  events: [
    {
      id: 'e',
      title: 'Netzwerktreffen Bildungsmonitoring',
      start: '2026-12-08T10:00',
      location: { name: 'musiculum', city: 'Kiel' },
      summary: 'Die Standardzusammenfassung.',
      description: 'Die Standardbeschreibung.',
      network: 'n',
      easy: {
        title: 'Treffen zu Zahlen über Bildung',
        description: 'Wir reden über Zahlen.\n\n- Kommen Sie gern.',
      },
    },
  ],
  posts: [
    {
      id: 'p',
      title: 'Rückblick',
      date: '2021-02-02',
      summary: 'Die Standardzusammenfassung des Beitrags.',
      easy: { summary: 'Ein Text in Leichter Sprache.' },
    },
  ],
};

afterEach(() => resetEasyLanguageChoice());

describe('Leichte Sprache', () => {
  it('offers a switch with aria-pressed, announces it, and falls back per field', async () => {
    const el = await settled(
      await fixture<FeedElement>(html`<event-card .feed=${FEED} event-id="e"></event-card>`),
    );
    const root = el.shadowRoot!;
    const button = toggle(el)!;
    expect(squash(button.textContent)).to.equal('Leichte Sprache');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect(root.querySelector('h3')!.textContent).to.equal('Netzwerktreffen Bildungsmonitoring');
    const status = root.querySelector('[part="easy"] [aria-live]')!;
    expect(status.textContent).to.equal('');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(status.textContent).to.equal('Leichte Sprache ist an.');
    expect(root.querySelector('h3')!.textContent).to.equal('Treffen zu Zahlen über Bildung');
    // The description in Leichte Sprache keeps paragraphs and lists.
    const description = root.querySelector('[part="description"]')!;
    expect(squash(description.querySelector('p')!.textContent)).to.equal('Wir reden über Zahlen.');
    expect(squash(description.querySelector('li')!.textContent)).to.equal('Kommen Sie gern.');
    // No easy summary: the standard one stays.
    expect(root.querySelector('[part="summary"]')!.textContent).to.equal('Die Standardzusammenfassung.');
    await expect(el).to.be.accessible();
    button.click();
    await el.updateComplete;
    expect(status.textContent).to.equal('Leichte Sprache ist aus.');
    expect(root.querySelector('h3')!.textContent).to.equal('Netzwerktreffen Bildungsmonitoring');
  });

  it('switches every element of the page at once, and only the pressed one announces', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <event-list .feed=${FEED} when="all"></event-list>
        <network-card .feed=${FEED}></network-card>
        <news-card .feed=${FEED}></news-card>
      </div>`,
    );
    const [list, network, news] = [...page.children] as FeedElement[];
    await Promise.all([list, network, news].map((el) => settled(el!)));
    toggle(news!)!.click();
    await Promise.all([list, network, news].map((el) => el!.updateComplete));
    for (const el of [list, network, news])
      expect(toggle(el!)!.getAttribute('aria-pressed')).to.equal('true');
    expect(squash(list!.shadowRoot!.querySelector('[part="heading"]')!.textContent)).to.equal(
      'Treffen zu Zahlen über Bildung',
    );
    const net = network!.shadowRoot!;
    expect(net.querySelector('h3')!.textContent).to.equal('Netzwerk: Zahlen zur Bildung');
    expect(squash(net.querySelector('.description')!.textContent)).to.equal(
      'Die Standardbeschreibung des Netzwerks.',
    );
    expect(news!.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.equal(
      'Ein Text in Leichter Sprache.',
    );
    expect(news!.shadowRoot!.querySelector('h3')!.textContent).to.equal('Rückblick');
    expect(news!.shadowRoot!.querySelector('[part="easy"] [aria-live]')!.textContent).to.equal(
      'Leichte Sprache ist an.',
    );
    expect(network!.shadowRoot!.querySelector('[part="easy"] [aria-live]')!.textContent).to.equal('');
    // A new element of the same page view follows the choice.
    const later = await settled(
      await fixture<FeedElement>(html`<event-card .feed=${FEED} event-id="e"></event-card>`),
    );
    expect(later.shadowRoot!.querySelector('h3')!.textContent).to.equal('Treffen zu Zahlen über Bildung');
    expect(sessionStorage.length + localStorage.length).to.equal(0);
  });

  it('takes the easy-language attribute as the page default, and works by keyboard', async () => {
    const el = await settled(
      await fixture<FeedElement>(
        html`<event-card .feed=${FEED} event-id="e" easy-language locale="en"></event-card>`,
      ),
    );
    const button = toggle(el)!;
    expect(squash(button.textContent)).to.equal('Easy Read (Leichte Sprache)');
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(el.shadowRoot!.querySelector('h3')!.textContent).to.equal('Treffen zu Zahlen über Bildung');
    button.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect(el.shadowRoot!.querySelector('[part="easy"] [aria-live]')!.textContent).to.equal(
      'Easy Read is off.',
    );
    expect(el.shadowRoot!.querySelector('h3')!.textContent).to.equal('Netzwerktreffen Bildungsmonitoring');
  });

  it('shows no switch where the feed has no easy texts for the element', async () => {
    const plain = { ...FEED, posts: [], events: [], networks: [{ id: 'n', name: 'N' }] };
    const el = await settled(await fixture<FeedElement>(html`<network-card .feed=${plain}></network-card>`));
    expect(toggle(el)).to.equal(null);
    // Posts have easy texts, networks not: the network card offers no switch.
    const mixed = { version: 1, networks: [{ id: 'n', name: 'N' }], posts: FEED.posts };
    const network = await settled(
      await fixture<FeedElement>(html`<network-card .feed=${mixed}></network-card>`),
    );
    expect(toggle(network)).to.equal(null);
  });
});
