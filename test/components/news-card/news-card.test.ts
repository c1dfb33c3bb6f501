import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/news-card/news-card.js';
import '../../../src/components/news-list/news-list.js';
import type { NewsCard } from '../../../src/components/news-card/news-card.js';
import type { NewsList } from '../../../src/components/news-list/news-list.js';
import type { ParticipationChart } from '../../../src/components/participation-chart/participation-chart.js';
import { resetEasyLanguageChoice } from '../../../src/shared/easy-language.js';

const FEED = '/src/data/sample-feed.json';
const SEED = '5-jahre-netzwerktreffen-bildungsmonitoring';
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const settled = async <T extends NewsCard | NewsList | ParticipationChart>(el: T) => {
  await waitUntil(() => !el.shadowRoot!.querySelector('.loading'), 'still loading', { timeout: 10_000 });
  await el.updateComplete;
  return el;
};

afterEach(() => resetEasyLanguageChoice());

describe('<news-card>', () => {
  it('shows the seed article: title, date, image credit, body, and the participation chart with its numbers', async () => {
    const el = await settled(
      await fixture<NewsCard>(html`<news-card src=${FEED} post-id=${SEED} today="2026-11-23"></news-card>`),
    );
    const root = el.shadowRoot!;
    expect(root.querySelector('h3')!.textContent).to.equal(
      '5 Jahre Netzwerktreffen Bildungsmonitoring – Rückblick und Ausblick',
    );
    const time = root.querySelector('[part="date"] time')!;
    expect(time.textContent).to.equal('Dienstag, 2. Februar 2021');
    expect(time.getAttribute('datetime')).to.equal('2021-02-02');
    expect(root.querySelector('[part="image"] img')!.getAttribute('alt')).to.equal(
      'Teilnehmer*innen des 9. Netzwerktreffens Bildungsmonitoring',
    );
    expect(root.querySelector('[part="credit"]')!.textContent).to.equal('Bildquelle: DKJS');
    // The body: paragraphs as the event descriptions render them, with the seed's facts.
    const body = root.querySelector('[part="body"]')!;
    expect(body.querySelectorAll('p').length).to.be.greaterThan(5);
    expect(squash(body.textContent)).to.contain('Bis zu 21 Kommunen aus drei Bundesländern');
    expect(squash(body.textContent)).to.contain('540 bis 690 Minuten');
    expect(squash(root.querySelector('[part="topics"]')!.textContent)).to.equal('Bildungsmonitoring');
    // The chart in place, for the network and metric the post names, with the network's numbers.
    const chart = root.querySelector<ParticipationChart>('participation-chart')!;
    expect(chart.getAttribute('network')).to.equal('wissen-was-zaehlt');
    expect(chart.getAttribute('metric')).to.equal('municipalities');
    await settled(chart);
    const rows = [...chart.shadowRoot!.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((c) => squash(c.textContent)),
    );
    expect(rows.map((r) => [r[0], r[2]])).to.deep.equal([
      ['1. Treffen', '12'],
      ['2. Treffen', '14'],
      ['3. Treffen', '16'],
      ['4. Treffen', '18'],
      ['5. Treffen', '19'],
      ['6. Treffen', '20'],
      ['7. Treffen', '19'],
      ['8. Treffen (online)', '15'],
      ['9. Treffen (online)', '16'],
      ['10. Treffen (online)', '16'],
      ['11. Treffen', '18'],
      ['12. Treffen (online)', '15'],
    ]);
    expect(squash(chart.shadowRoot!.querySelector('figcaption')!.textContent)).to.contain(
      'Netzwerk Bildungsmonitoring',
    );
    await expect(el).to.be.accessible();
  });

  it('fires feed-load once for itself; the chart inside keeps its own events', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    let loads = 0;
    wrapper.addEventListener('feed-load', () => loads++);
    const el = document.createElement('news-card');
    el.setAttribute('src', FEED);
    const loaded = oneEvent(el, 'feed-load');
    wrapper.append(el);
    await loaded;
    await settled(el);
    await settled(el.shadowRoot!.querySelector<ParticipationChart>('participation-chart')!);
    expect(loads).to.equal(1);
  });

  it('takes the newest post without post-id and renders it as <news-list> does', async () => {
    const el = await settled(
      await fixture<NewsCard>(html`<news-card src=${FEED} heading-level="2"></news-card>`),
    );
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.contain('5 Jahre Netzwerktreffen');
    const list = await settled(
      await fixture<NewsList>(html`<news-list src=${FEED} heading-level="2"></news-list>`),
    );
    const short = list.shadowRoot!.querySelector('article')!;
    // The list shows the same title, date, image and summary; body and chart only in the card.
    for (const part of ['heading', 'date', 'image', 'summary', 'topics'])
      expect(squash(short.querySelector(`[part="${part}"]`)!.textContent)).to.equal(
        squash(el.shadowRoot!.querySelector(`[part="${part}"]`)!.textContent),
      );
    expect(short.querySelector('[part="body"]')).to.equal(null);
    expect(short.querySelector('participation-chart')).to.equal(null);
  });

  it('names a missing post and an empty feed, in German and English', async () => {
    const el = await settled(
      await fixture<NewsCard>(html`<news-card src=${FEED} post-id="fehlt"></news-card>`),
    );
    expect(squash(el.shadowRoot!.querySelector('[part="empty"]')!.textContent)).to.equal(
      'Der Beitrag „fehlt“ ist im Feed nicht enthalten.',
    );
    el.locale = 'en';
    await el.updateComplete;
    expect(squash(el.shadowRoot!.querySelector('[part="empty"]')!.textContent)).to.equal(
      'The post “fehlt” is not in the feed.',
    );
    const empty = await settled(
      await fixture<NewsCard>(html`<news-card .feed=${{ version: 1 }}></news-card>`),
    );
    expect(squash(empty.shadowRoot!.textContent)).to.equal('Der Feed enthält keine Beiträge.');
    await expect(empty).to.be.accessible();
  });

  it('shows the English date and labels', async () => {
    const el = await settled(
      await fixture<NewsCard>(html`<news-card src=${FEED} post-id=${SEED} locale="en"></news-card>`),
    );
    expect(el.shadowRoot!.querySelector('[part="date"] time')!.textContent).to.equal(
      'Tuesday, 2 February 2021',
    );
    expect(el.shadowRoot!.querySelector('[part="link"]')!.textContent).to.equal('The post on the website');
  });

  it('is usable by keyboard: the switch, the link and the chart toggle take focus in order', async () => {
    const el = await settled(
      await fixture<NewsCard>(html`<news-card src=${FEED} post-id=${SEED}></news-card>`),
    );
    const chart = await settled(el.shadowRoot!.querySelector<ParticipationChart>('participation-chart')!);
    const before = await fixture<HTMLButtonElement>(html`<button>vorher</button>`);
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('easy-toggle');
    await sendKeys({ press: 'Tab' });
    expect(chart.shadowRoot!.activeElement?.getAttribute('part')).to.equal('toggle');
    await sendKeys({ press: 'Enter' });
    await chart.updateComplete;
    expect(chart.shadowRoot!.querySelector('#table')!.className).to.equal('table');
    // The shown table is a scrollable region: the next stop, then the post's link.
    await sendKeys({ press: 'Tab' });
    expect(chart.shadowRoot!.activeElement?.id).to.equal('table');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('link');
  });
});
