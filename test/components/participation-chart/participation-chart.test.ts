import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/participation-chart/participation-chart.js';
import type { ParticipationChart } from '../../../src/components/participation-chart/participation-chart.js';

const FEED = '/src/data/sample-feed.json';
const MUNICIPALITIES = ['12', '14', '16', '18', '19', '20', '19', '15', '16', '16', '18', '15'];
const PEOPLE = ['17', '21', '25', '28', '31', '34', '32', '26', '28', '27', '30', '24'];
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const settled = async (el: ParticipationChart) => {
  await waitUntil(() => !el.shadowRoot!.querySelector('.loading'), 'still loading', { timeout: 10_000 });
  await el.updateComplete;
  return el;
};
const chartIn = async (width: number, attrs = 'network="wissen-was-zaehlt"') => {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style=${`width: ${width}px`}>
      <participation-chart src=${FEED}></participation-chart>
    </div>`,
  );
  const el = wrapper.querySelector('participation-chart')!;
  for (const [, name, value] of attrs.matchAll(/([\w-]+)="([^"]*)"/g)) el.setAttribute(name!, value!);
  return { wrapper, el: await settled(el) };
};
const visibleSvg = (el: ParticipationChart) =>
  [...el.shadowRoot!.querySelectorAll('svg')].filter((s) => getComputedStyle(s).display !== 'none');
const column = (el: ParticipationChart, n: number) =>
  [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => tr.children[n]!.textContent);

/** WCAG relative luminance of an `rgb(…)` colour. */
function luminance(color: string): number {
  const [r, g, b] = color
    .match(/\d+(\.\d+)?/g)!
    .slice(0, 3)
    .map(Number)
    .map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('<participation-chart> on the sample feed', () => {
  it('has a caption from the network name and the first year, and every number as text in a table', async () => {
    const { el } = await chartIn(800);
    const root = el.shadowRoot!;
    expect(root.querySelector('figure > figcaption .title')!.textContent).to.equal(
      'Teilnahme am Netzwerk Bildungsmonitoring seit 2016',
    );
    expect(root.querySelector('figcaption .sub')!.textContent).to.equal('Teilnehmende Kommunen je Treffen');
    const table = root.querySelector('table')!;
    expect(squash(table.caption!.textContent)).to.equal('Teilnahme am Netzwerk Bildungsmonitoring seit 2016');
    expect(
      [...table.querySelectorAll('thead th')].map((th) => [th.textContent, th.getAttribute('scope')]),
    ).to.deep.equal([
      ['Treffen', 'col'],
      ['Datum', 'col'],
      ['Kommunen', 'col'],
      ['Personen', 'col'],
    ]);
    expect(column(el, 0)).to.deep.equal([
      '1. Treffen',
      '2. Treffen',
      '3. Treffen',
      '4. Treffen',
      '5. Treffen',
      '6. Treffen',
      '7. Treffen',
      '8. Treffen (online)',
      '9. Treffen (online)',
      '10. Treffen (online)',
      '11. Treffen',
      '12. Treffen (online)',
    ]);
    expect(table.querySelector('tbody th')!.getAttribute('scope')).to.equal('row');
    expect(column(el, 1)[0]).to.equal('Mo., 26.09.2016');
    expect(column(el, 2)).to.deep.equal(MUNICIPALITIES);
    expect(column(el, 3)).to.deep.equal(PEOPLE);
    await expect(el).to.be.accessible();
  });

  it('draws one bar per meeting with its value written beside it, and axis labels', async () => {
    const { el } = await chartIn(800);
    const [svg] = visibleSvg(el);
    expect(svg!.querySelectorAll('rect.bar')).to.have.length(12);
    expect([...svg!.querySelectorAll('text.value')].map((t) => t.textContent)).to.deep.equal(MUNICIPALITIES);
    const texts = [...svg!.querySelectorAll('text')].map((t) => squash(t.textContent));
    expect(texts).to.include('Anzahl Kommunen');
    expect(texts).to.include('Netzwerktreffen');
    // Taller bars for larger values.
    const heights = [...svg!.querySelectorAll('rect.bar')].map((r) => r.getBoundingClientRect().height);
    expect(heights[5]).to.be.greaterThan(heights[0]!);
    // The chart is one image with a summary; the table holds the numbers.
    expect(svg!.getAttribute('role')).to.equal('img');
    expect(svg!.getAttribute('aria-label')).to.equal(
      'Säulendiagramm mit 12 Treffen: 12 bis 20 Kommunen. Alle Werte stehen in der Tabelle.',
    );
  });

  it('counts people with metric="people"', async () => {
    const { el } = await chartIn(800, 'network="wissen-was-zaehlt" metric="people"');
    expect([...visibleSvg(el)[0]!.querySelectorAll('text.value')].map((t) => t.textContent)).to.deep.equal(
      PEOPLE,
    );
    expect(el.shadowRoot!.querySelector('figcaption .sub')!.textContent).to.equal(
      'Teilnehmende Personen je Treffen',
    );
    el.metric = 'guests' as never;
    await el.updateComplete;
    expect([...visibleSvg(el)[0]!.querySelectorAll('text.value')].map((t) => t.textContent)).to.deep.equal(
      MUNICIPALITIES,
    );
  });

  it('turns the bars horizontal at 320 px and keeps every label inside the width', async () => {
    const { wrapper, el } = await chartIn(320);
    const shown = visibleSvg(el);
    expect(shown).to.have.length(1);
    expect(shown[0]!.classList.contains('bars')).to.equal(true);
    const box = wrapper.getBoundingClientRect();
    for (const text of shown[0]!.querySelectorAll('text')) {
      const r = text.getBoundingClientRect();
      expect(r.left, text.textContent!).to.be.at.least(box.left - 0.5);
      expect(r.right, text.textContent!).to.be.at.most(box.right + 0.5);
    }
    expect([...shown[0]!.querySelectorAll('text.value')].map((t) => t.textContent)).to.deep.equal(
      MUNICIPALITIES,
    );
    expect([...shown[0]!.querySelectorAll('text')].map((t) => t.textContent)).to.include(
      '1. Treffen, September 2016',
    );
    expect(el.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
    // The shown table scrolls sideways inside the element if it must, and takes focus for that.
    el.shadowRoot!.querySelector('button')!.click();
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    expect(el.shadowRoot!.getElementById('table')!.tabIndex).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('uses columns in a wide container', async () => {
    const { el } = await chartIn(900);
    const shown = visibleSvg(el);
    expect(shown).to.have.length(1);
    expect(shown[0]!.classList.contains('columns')).to.equal(true);
  });

  it('draws bars with at least 3:1 contrast against the background, in a colour the page can set', async () => {
    const { el, wrapper } = await chartIn(800);
    const bar = () => getComputedStyle(visibleSvg(el)[0]!.querySelector('rect.bar')!).fill;
    expect(contrast(bar(), 'rgb(255, 255, 255)')).to.be.at.least(3);
    wrapper.style.setProperty('--bn-chart-bar', 'rgb(0, 100, 0)');
    expect(bar()).to.equal('rgb(0, 100, 0)');
  });

  it('shows the table on request, with the keyboard', async () => {
    const { el } = await chartIn(800);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="toggle"]')!;
    // What the button controls: the box around the table (a table itself cannot be 1 px tall).
    const table = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
    expect(table.querySelector('table')).to.exist;
    expect(table.getBoundingClientRect().height).to.be.at.most(1);
    expect(button.textContent!.trim()).to.equal('Tabelle anzeigen');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(table.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(button.textContent!.trim()).to.equal('Tabelle ausblenden');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(table.getBoundingClientRect().height).to.be.at.most(1);
  });

  it('takes the first network with participation data without a network attribute', async () => {
    const { el } = await chartIn(800, '');
    expect(el.shadowRoot!.querySelector('figcaption .title')!.textContent).to.equal(
      'Teilnahme am Netzwerk Übergänge seit 2016',
    );
    expect(column(el, 2)).to.deep.equal(['10', '11', '11', '10']);
  });

  it('speaks English', async () => {
    const { el } = await chartIn(800, 'network="wissen-was-zaehlt" locale="en"');
    expect(el.shadowRoot!.querySelector('figcaption')!.textContent).to.contain(
      'Participation in Netzwerk Bildungsmonitoring since 2016',
    );
    expect(el.shadowRoot!.querySelector('figcaption .sub')!.textContent).to.equal(
      'Participating municipalities per meeting',
    );
    expect(el.shadowRoot!.querySelector('button')!.textContent!.trim()).to.equal('Show table');
    expect([...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent)).to.deep.equal([
      'Meeting',
      'Date',
      'municipalities',
      'people',
    ]);
    expect(visibleSvg(el)[0]!.getAttribute('aria-label')).to.equal(
      'Column chart of 12 meetings: 12 to 20 municipalities. All values are in the table.',
    );
  });
});

describe('<participation-chart> states', () => {
  it('names a network id the feed does not have', async () => {
    const { el } = await chartIn(800, 'network="netzwerk-99"');
    expect(squash(el.shadowRoot!.querySelector('[part="empty"]')!.textContent)).to.equal(
      'Das Netzwerk „netzwerk-99“ ist im Feed nicht enthalten.',
    );
    await expect(el).to.be.accessible();
  });

  it('says when a network has no figures, or the feed none at all', async () => {
    const feed = {
      version: 1,
      networks: [{ id: 'n', name: 'Neues Netzwerk', participation: [{ label: '1. Treffen', people: 4 }] }],
    };
    const el = await settled(
      await fixture<ParticipationChart>(
        html`<participation-chart .feed=${feed} network="n" metric="municipalities"></participation-chart>`,
      ),
    );
    expect(squash(el.shadowRoot!.textContent)).to.equal(
      'Für das Netzwerk „Neues Netzwerk“ liegen keine Teilnahmezahlen vor.',
    );
    // People it has: a one-bar chart with the name quoted in the caption and no year.
    el.metric = 'people';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('figcaption .title')!.textContent).to.equal(
      'Teilnahme am Netzwerk „Neues Netzwerk“',
    );
    expect(column(el, 2)).to.deep.equal(['4']);
    const none = await settled(
      await fixture<ParticipationChart>(
        html`<participation-chart .feed=${{ version: 1 }}></participation-chart>`,
      ),
    );
    expect(squash(none.shadowRoot!.textContent)).to.equal('Der Feed enthält keine Teilnahmezahlen.');
  });

  it('shows the loading and the error state', async () => {
    const slow = await fixture<ParticipationChart>(
      html`<participation-chart src=${'/api/slow?ms=300&key=pc-loading'}></participation-chart>`,
    );
    expect(slow.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Wird geladen');
    await oneEvent(slow, 'feed-load');
    const failing = await fixture<ParticipationChart>(
      html`<participation-chart debug src=${'/api/status?code=500&key=pc-error'}></participation-chart>`,
    );
    await oneEvent(failing, 'feed-error');
    await failing.updateComplete;
    // Visitors read one sentence; `debug` adds the cause for the editor.
    expect(failing.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(
      'Die Inhalte können gerade nicht angezeigt werden.',
    );
    expect(failing.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Fehler 500');
    await expect(failing).to.be.accessible();
  });
});
