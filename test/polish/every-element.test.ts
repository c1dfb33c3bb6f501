// Print and forced colours for each of the nine elements, on the sample feed: nothing to press
// or fill in on paper, links with their address, the calendar as a list of the month's events;
// in Windows high contrast every box and button keeps a visible edge in system colours.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';

const ELEMENTS: [tag: string, attributes: Record<string, string>, frame: string][] = [
  ['event-card', { 'event-id': 'uebergaenge-2016-04-schwerin' }, '[part="card"]'],
  ['event-list', { limit: '2', filters: '' }, '[part="card"]'],
  ['meeting-calendar', { month: '2016-04', filters: '' }, 'td'],
  ['network-card', { 'network-id': 'uebergaenge-gestalten' }, '[part="network"]'],
  ['network-list', {}, '[part="network"]'],
  ['programme-overview', {}, '[part="overview"]'],
  ['participation-chart', { network: 'wissen-was-zaehlt' }, 'td'],
  ['news-list', {}, '[part="post"]'],
  ['news-card', { 'post-id': '5-jahre-netzwerktreffen-bildungsmonitoring' }, '[part="post"]'],
];

let feed: unknown;
before(async () => {
  feed = await (await fetch('/src/data/sample-feed.json')).json();
});

/** All nine elements in a 1200px column, rendered from the sample feed. */
async function render(): Promise<HTMLElement[]> {
  await setViewport({ width: 1280, height: 900 });
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1200px"></div>`);
  const els = ELEMENTS.map(([tag, attributes]) => {
    const el = document.createElement(tag) as HTMLElement & { feed: unknown };
    for (const [name, value] of Object.entries({ today: '2016-01-01', ...attributes }))
      el.setAttribute(name, value);
    el.feed = feed;
    wrapper.append(el);
    return el;
  });
  await waitUntil(
    () => els.every((el, i) => el.shadowRoot?.querySelector(ELEMENTS[i]![2])),
    'not every element rendered',
    { timeout: 10_000 },
  );
  return els;
}

const visible = (node: Element) => node.getClientRects().length > 0;
/** What a colour keyword computes to here (a system colour in forced-colors mode). */
function systemColour(keyword: string): string {
  const probe = document.body.appendChild(document.createElement('span'));
  probe.style.color = keyword;
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

describe('polish: every element in print and forced colours', () => {
  afterEach(() => emulateMedia({ media: 'screen', forcedColors: 'none' }));

  it('prints each element without controls, its links with their address', async () => {
    const els = await render();
    await emulateMedia({ media: 'print' });
    for (const el of els) {
      const root = el.shadowRoot!;
      for (const control of root.querySelectorAll('button:not(.ev), form, select, [part~="subscriptions"]'))
        expect(visible(control), `${el.localName}: ${control.localName} printed`).to.equal(false);
      const links = [...root.querySelectorAll<HTMLAnchorElement>('a[href^="http"]:not(.print-link)')].filter(
        visible,
      );
      for (const link of links)
        expect(getComputedStyle(link, '::after').content, `${el.localName}: ${link.href}`).to.contain(
          link.getAttribute('href')!,
        );
    }
    const withLinks = els.filter((el) => el.shadowRoot!.querySelector('a[href^="http"]'));
    expect(withLinks.length, 'elements with links').to.be.at.least(6);
  });

  it('prints the calendar as a list of the month’s events with their addresses, not the grid', async () => {
    const els = await render();
    const calendar = els[2]!;
    const root = calendar.shadowRoot!;
    expect(visible(root.querySelector('[part="grid"]')!), 'grid on screen').to.equal(true);
    // The list view goes once the calendar has measured its width (a ResizeObserver, later on a
    // busy machine); a boolean, as chai would print a whole element on failure.
    await waitUntil(() => !root.querySelector('[part="list"]'), 'a list on a wide screen');
    expect(root.querySelector('[part="list"]') === null, 'no list on a wide screen').to.equal(true);
    await emulateMedia({ media: 'print' });
    await waitUntil(() => root.querySelector('[part="list"]'), 'no list in print');
    expect(visible(root.querySelector('[part="grid"]')!), 'grid printed').to.equal(false);
    const list = root.querySelector('[part="list"]')!;
    expect(visible(list)).to.equal(true);
    const events = [...list.querySelectorAll<HTMLElement>('[part="event"]')];
    expect(events.length).to.be.at.least(1);
    for (const event of events) {
      expect(visible(event), event.textContent!).to.equal(true);
      expect(getComputedStyle(event).borderTopStyle).to.equal('none');
    }
    const addresses = [...list.querySelectorAll<HTMLAnchorElement>('a.print-link')];
    expect(addresses.length).to.be.at.least(1);
    for (const a of addresses) {
      expect(visible(a)).to.equal(true);
      expect(a.textContent).to.equal(a.getAttribute('href'));
      expect(getComputedStyle(a, '::after').content).to.equal('none');
    }
    for (const nav of root.querySelectorAll('[part~="nav"], [part~="today-button"]'))
      expect(visible(nav)).to.equal(false);
    await emulateMedia({ media: 'screen' });
    await waitUntil(() => !root.querySelector('[part="list"]'), 'the list stays after printing');
    expect(visible(root.querySelector('[part="grid"]')!)).to.equal(true);
  });

  it('keeps an edge on every box and button and the system colours in forced-colors mode', async () => {
    const els = await render();
    await emulateMedia({ forcedColors: 'active' });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const canvasText = systemColour('CanvasText');
    const linkText = systemColour('LinkText');
    els.forEach((el, i) => {
      const root = el.shadowRoot!;
      const frame = root.querySelector(ELEMENTS[i]![2])!;
      const style = getComputedStyle(frame);
      expect(style.borderTopStyle, `${el.localName} frame`).to.equal('solid');
      expect(parseFloat(style.borderTopWidth), `${el.localName} frame`).to.be.at.least(1);
      for (const button of root.querySelectorAll('button'))
        expect(getComputedStyle(button).borderTopStyle, `${el.localName} button`).to.equal('solid');
      for (const link of root.querySelectorAll('a[href]'))
        expect(getComputedStyle(link).color, `${el.localName} link`).to.equal(linkText);
    });
    const bar = els[6]!.shadowRoot!.querySelector('rect.bar');
    expect(bar, 'a bar of the chart').to.not.equal(null);
    expect(getComputedStyle(bar!).fill).to.equal(canvasText);
  });
});
