import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/news-list/news-list.js';
import type { NewsList } from '../../../src/components/news-list/news-list.js';

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const settled = async (el: NewsList) => {
  await waitUntil(() => !el.shadowRoot!.querySelector('.loading'), 'still loading', { timeout: 10_000 });
  await el.updateComplete;
  return el;
};
const titles = (el: NewsList) =>
  [...el.shadowRoot!.querySelectorAll('[part="heading"]')].map((h) => squash(h.textContent));

/** Five posts (test data, not the agency's): dates out of order, topics and networks. */
const FEED = {
  version: 1,
  topics: [
    { id: 'monitoring', label: 'Bildungsmonitoring' },
    { id: 'kita', label: 'Frühkindliche Bildung' },
  ],
  networks: [{ id: 'nord', name: 'Netzwerk Nord', shortName: 'Nord' }],
  posts: [
    { id: 'b', title: 'Beitrag B', date: '2021-02-02', topics: ['monitoring'], networks: ['nord'] },
    { id: 'd', title: 'Beitrag D', date: '2023-05', summary: 'Nur der Monat ist bekannt.', topics: ['kita'] },
    { id: 'a', title: 'Beitrag A', date: '2020-01-15T10:00', topics: ['monitoring'] },
    { id: 'c', title: 'Beitrag C', date: '2022-11-30', chart: { network: 'nord', metric: 'people' } },
    {
      id: 'e',
      title: 'Beitrag E',
      date: '2024-03-01',
      url: 'https://example.org/e',
      image: { url: 'https://example.org/e.jpg', alt: 'Ein Bild', credit: 'Bildquelle: Test' },
    },
  ],
};

describe('<news-list>', () => {
  it('lists the posts newest first, with date, summary, image credit and a link', async () => {
    const el = await settled(await fixture<NewsList>(html`<news-list .feed=${FEED}></news-list>`));
    expect(titles(el)).to.deep.equal(['Beitrag E', 'Beitrag D', 'Beitrag C', 'Beitrag B', 'Beitrag A']);
    const first = el.shadowRoot!.querySelector('article')!;
    expect(squash(first.querySelector('[part="date"]')!.textContent)).to.equal(
      'Veröffentlicht am Freitag, 1. März 2024',
    );
    expect(first.querySelector('[part="credit"]')!.textContent).to.equal('Bildquelle: Test');
    expect(first.querySelector('a[part="link"]')!.getAttribute('href')).to.equal('https://example.org/e');
    expect(first.querySelector('a[part="link"]')!.textContent).to.equal('Weiterlesen');
    expect(squash(el.shadowRoot!.querySelectorAll('article')[1]!.textContent)).to.contain(
      'Nur der Monat ist bekannt.',
    );
    await expect(el).to.be.accessible();
  });

  it('filters by topic and network (the chart network counts) and names an empty result', async () => {
    const el = await settled(
      await fixture<NewsList>(html`<news-list .feed=${FEED} topic="monitoring"></news-list>`),
    );
    expect(titles(el)).to.deep.equal(['Beitrag B', 'Beitrag A']);
    el.removeAttribute('topic');
    el.network = 'NORD';
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Beitrag C', 'Beitrag B']);
    el.topic = 'kita';
    await el.updateComplete;
    expect(squash(el.shadowRoot!.querySelector('[part="empty"]')!.textContent)).to.equal(
      'Keine Beiträge zum Thema „Frühkindliche Bildung“ und zum Netzwerk „Nord“.',
    );
    el.locale = 'en';
    await el.updateComplete;
    expect(squash(el.shadowRoot!.querySelector('[part="empty"]')!.textContent)).to.equal(
      'No posts on the topic “Frühkindliche Bildung” and about the network “Nord”.',
    );
    const none = await settled(
      await fixture<NewsList>(html`<news-list .feed=${{ version: 1 }}></news-list>`),
    );
    expect(squash(none.shadowRoot!.textContent)).to.equal('Der Feed enthält keine Beiträge.');
  });

  it('shows limit posts and "Weitere Beiträge" with the rest, moving focus to the first new one', async () => {
    const el = await settled(await fixture<NewsList>(html`<news-list .feed=${FEED} limit="2"></news-list>`));
    expect(titles(el)).to.deep.equal(['Beitrag E', 'Beitrag D']);
    const more = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="more"]')!;
    expect(squash(more.textContent)).to.equal('Weitere Beiträge (3 weitere)');
    more.focus();
    more.click();
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Beitrag E', 'Beitrag D', 'Beitrag C', 'Beitrag B']);
    expect(el.shadowRoot!.activeElement).to.equal(
      el.shadowRoot!.querySelector('li[data-index="2"] > article'),
    );
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="more"]')!.click();
    await el.updateComplete;
    expect(titles(el)).to.have.length(5);
    expect(el.shadowRoot!.querySelector('[part="more"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows no body and no chart in the list', async () => {
    const el = await settled(await fixture<NewsList>(html`<news-list .feed=${FEED}></news-list>`));
    expect(el.shadowRoot!.querySelector('participation-chart')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="body"]')).to.equal(null);
  });
});
