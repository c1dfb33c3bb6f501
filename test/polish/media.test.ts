import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';

const feed = {
  version: 1,
  timeZone: 'Europe/Berlin',
  networks: [{ id: 'n', name: 'Netzwerk Bildungsmonitoring', url: 'https://example.org/netzwerk' }],
  events: [
    {
      id: 'e',
      title: 'Netzwerktreffen Bildungsmonitoring',
      start: '2027-03-10T10:00',
      url: 'https://example.org/treffen',
      network: 'n',
      type: 'Netzwerktreffen',
    },
  ],
};

const TAGS = [
  'event-card',
  'event-list',
  'meeting-calendar',
  'network-list',
  'network-card',
  'programme-overview',
  'participation-chart',
  'news-list',
  'news-card',
];

async function all() {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div>
      <event-card .feed=${feed} event-id="e" today="2027-01-01"></event-card>
      <event-list .feed=${feed} today="2027-01-01" filters></event-list>
      <meeting-calendar .feed=${feed} today="2027-03-01" filters></meeting-calendar>
    </div>`,
  );
  const els = [...wrapper.children] as HTMLElement[];
  await waitUntil(() =>
    els.every((el) => el.shadowRoot?.childElementCount && !el.shadowRoot.querySelector('.loading')),
  );
  return els;
}

const visible = (node: Element) => node.getClientRects().length > 0;

describe('polish: print and forced colours', () => {
  afterEach(() => emulateMedia({ media: 'screen', forcedColors: 'none' }));

  it('defines every element', () => {
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
  });

  it('prints without buttons or filter bars, links with their address', async () => {
    const els = await all();
    await emulateMedia({ media: 'print' });
    for (const el of els) {
      // The calendar's event buttons print as the text of its list (test/polish/every-element.test.ts).
      for (const control of el.shadowRoot!.querySelectorAll('button:not(.ev), form'))
        expect(visible(control), `${el.localName}: ${control.localName} printed`).to.equal(false);
    }
    const link = els[0]!.shadowRoot!.querySelector('a[part="link"]')!;
    expect(getComputedStyle(link, '::after').content).to.contain('https://example.org/treffen');
    await emulateMedia({ media: 'screen' });
    expect(visible(els[0]!.shadowRoot!.querySelector('button')!)).to.equal(true);
  });

  it('keeps edges and system colours in forced-colors mode', async () => {
    const els = await all();
    await emulateMedia({ forcedColors: 'active' });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    for (const el of els)
      for (const button of el.shadowRoot!.querySelectorAll('button'))
        expect(getComputedStyle(button).borderTopStyle, `${el.localName} button`).to.equal('solid');
    const card = els[0]!.shadowRoot!.querySelector('article')!;
    expect(getComputedStyle(card).borderTopWidth).to.equal('1px');
  });
});
