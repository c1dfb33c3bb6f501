// One visual language across the elements, measured in the browser: one link colour, one label
// column, empty states with the same space above and below, cards with space between them (no
// double borders), chart labels clear of the axes, numbers right-aligned in tables, and the
// members disclosure that says what it does.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';

let feed: { events: object[]; networks: { id: string }[] } & Record<string, unknown>;
before(async () => {
  feed = await (await fetch('/src/data/sample-feed.json')).json();
  await setViewport({ width: 1280, height: 900 });
});

/** The sample feed with its post three times (the sample has one). */
const withPosts = () => {
  const posts = feed.posts as { id: string }[];
  return { ...feed, posts: [0, 1, 2].map((i) => ({ ...posts[0]!, id: `${posts[0]!.id}-${i}` })) };
};

type Host = HTMLElement & { feed: unknown; updateComplete: Promise<unknown> };

/** `tag` with `attributes` in a column `width` wide, rendered from `data`, once `selector` shows. */
async function render(
  tag: string,
  attributes: Record<string, string>,
  selector: string,
  width = '50rem',
  data: unknown = feed,
): Promise<ShadowRoot> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}"></div>`);
  const el = document.createElement(tag) as Host;
  for (const [name, value] of Object.entries({ today: '2016-01-01', ...attributes }))
    el.setAttribute(name, value);
  el.feed = data;
  wrapper.append(el);
  await waitUntil(() => el.shadowRoot?.querySelector(selector), `<${tag}>: no ${selector}`, {
    timeout: 10_000,
  });
  await el.updateComplete;
  return el.shadowRoot!;
}

/** The sRGB channels (0–255) of a computed colour, `rgb(…)` or `color(srgb …)`. */
function channels(colour: string): number[] {
  const srgb = /color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)/.exec(colour);
  if (srgb) return srgb.slice(1, 4).map((v) => Number(v) * 255);
  return colour
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map(Number);
}
/** WCAG contrast of a colour on the background `[r, g, b]`. */
function contrast(colour: string, background: number[]): number {
  const luminance = (rgb: number[]) => {
    const [r, g, b] = rgb.map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [a, b] = [luminance(channels(colour)), luminance(background)].sort((x, y) => y - x);
  return (a! + 0.05) / (b! + 0.05);
}

const box = (n: Element) => n.getBoundingClientRect();
const all = <T extends Element = HTMLElement>(root: ParentNode, s: string) => [
  ...root.querySelectorAll<T>(s),
];

describe('polish: consistency', () => {
  it('draws every link in one colour, in every element', async () => {
    const roots = await Promise.all([
      render('event-card', { 'event-id': 'uebergaenge-2016-04-schwerin' }, 'a[href]'),
      render('event-list', { limit: '3' }, 'a[href]'),
      render('network-list', {}, 'a[href]'),
      render('programme-overview', {}, 'a[href]'),
      render('news-list', {}, 'a[href]'),
    ]);
    const links = roots.flatMap((root) => all(root, 'a[href]'));
    expect(links.length).to.be.at.least(10);
    const colours = new Set(links.map((a) => getComputedStyle(a).color));
    expect([...colours]).to.have.length(1);
    // The members disclosure reads as a link, in the same colour.
    expect(getComputedStyle(roots[2]!.querySelector('summary')!).color).to.equal([...colours][0]);
  });

  it('keeps links and outlined buttons readable on a dark page (4.5:1)', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 50rem; background: #121212; color: #eeeeee">
        <event-list .feed=${feed} today="2016-01-01" limit="2" filters></event-list>
        <network-card .feed=${feed} network-id="uebergaenge-gestalten"></network-card>
      </div>`,
    );
    const [list, card] = [...wrapper.children] as Host[];
    await waitUntil(
      () => list!.shadowRoot?.querySelector('[part="filter-reset"]') && card!.shadowRoot?.querySelector('a'),
    );
    const probes = [
      ...all(list!.shadowRoot!, 'button.secondary, a[href]'),
      ...all(card!.shadowRoot!, 'a[href], summary'),
    ].filter((n) => n.getAttribute('aria-disabled') !== 'true' && n.getClientRects().length);
    expect(probes.length).to.be.at.least(4);
    for (const node of probes)
      expect(contrast(getComputedStyle(node).color, [18, 18, 18]), node.textContent!.trim()).to.be.at.least(
        4.5,
      );
  });

  it('puts the values of the event card, the networks and the programme at one offset (one label column)', async () => {
    const offsets: Record<string, number[]> = {};
    const measure = (name: string, root: ShadowRoot, frame: string, dd: string) => {
      for (const article of all(root, frame)) {
        const left = box(article).left;
        offsets[name] = [
          ...(offsets[name] ?? []),
          ...all(article, dd).map((d) => Math.round(box(d).left - left)),
        ];
      }
    };
    measure(
      'event-card',
      await render('event-card', { 'event-id': 'uebergaenge-2016-04-schwerin' }, '.facts dd'),
      '[part="card"]',
      '.facts dd',
    );
    measure('network-list', await render('network-list', {}, 'dd'), '[part="network"]', 'dl > dd');
    measure(
      'programme-overview',
      await render('programme-overview', {}, 'dd'),
      '[part="overview"]',
      'dl > dd',
    );
    const every = Object.values(offsets).flat();
    expect(every.length).to.be.at.least(10);
    expect(new Set(every), JSON.stringify(offsets)).to.have.property('size', 1);
    // The longest label fits on one line in that column.
    const root = await render('network-list', {}, 'dt');
    for (const dt of all(root, 'dt')) {
      const text = document.createRange();
      text.selectNodeContents(dt);
      expect(text.getBoundingClientRect().height, dt.textContent!).to.be.below(
        parseFloat(getComputedStyle(dt).lineHeight) * 1.5,
      );
    }
  });

  it('gives an empty state the same space above and below its sentence', async () => {
    const empty = { version: 1, timeZone: 'Europe/Berlin', events: [] };
    for (const [tag, attributes, data] of [
      ['event-list', { state: 'HB' }, feed],
      ['event-list', {}, empty],
      ['network-list', { state: 'HB' }, feed],
      ['news-list', {}, empty],
    ] as const) {
      const root = await render(tag, attributes, '[part="empty"]', '50rem', data);
      const state = root.querySelector('[part="empty"]')!;
      const p = state.querySelector('p')!;
      const above = box(p).top - box(state).top;
      const below = box(state).bottom - box(p).bottom;
      expect(Math.abs(above - below), `${tag}: ${above} above, ${below} below`).to.be.below(1.5);
    }
  });

  it('keeps an error box to its content, not the loading placeholder’s height', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px">
        <event-list src="/gibt-es-nicht-${Date.now()}.json"
          ><p><a href="https://example.org/termine">Alle Termine</a></p></event-list
        >
      </div>`,
    );
    const el = wrapper.firstElementChild as Host;
    await waitUntil(() => el.shadowRoot?.querySelector('[part="error"]'), 'no error', { timeout: 10_000 });
    const box_ = el.shadowRoot!.querySelector('[part="error"]')!;
    const last = [...box_.querySelectorAll('p, .fallback, button')]
      .filter((n) => n.getClientRects().length)
      .pop()!;
    const below = box(box_).bottom - box(last).bottom;
    expect(below, 'space below the last line').to.be.below(parseFloat(getComputedStyle(box_).paddingTop) + 2);
  });

  it('keeps space between cards: no two frames touch (no double borders)', async () => {
    for (const [tag, attributes, frame] of [
      ['event-list', { when: 'all', limit: '8' }, '[part="card"]'],
      ['network-list', {}, '[part="network"]'],
      ['news-list', {}, '[part="post"]'],
    ] as const) {
      for (const width of ['320px', '50rem']) {
        const root = await render(tag, attributes, frame, width, tag === 'news-list' ? withPosts() : feed);
        const frames = all(root, frame).map(box);
        expect(frames.length, tag).to.be.at.least(2);
        for (let i = 1; i < frames.length; i++)
          expect(
            frames[i]!.top - frames[i - 1]!.bottom,
            `${tag} at ${width}: gap after frame ${i}`,
          ).to.be.at.least(8);
      }
    }
  });

  it('keeps the chart labels clear of the axes, in columns and in bars', async () => {
    for (const width of ['20rem', '60rem']) {
      const root = await render('participation-chart', { network: 'wissen-was-zaehlt' }, 'rect.bar', width);
      const chart = all<SVGSVGElement>(root, 'svg.chart').find((svg) => svg.getClientRects().length)!;
      const axes = all<SVGLineElement>(chart, 'line.axis').map(box);
      const labels = all<SVGTextElement>(chart, 'text').filter((t) => t.textContent!.trim());
      expect(labels.length).to.be.at.least(5);
      for (const label of labels) {
        const b = box(label);
        for (const axis of axes) {
          const apart =
            b.right <= axis.left - 2 ||
            b.left >= axis.right + 2 ||
            b.bottom <= axis.top - 2 ||
            b.top >= axis.bottom + 2;
          expect(apart, `${width}: "${label.textContent}" touches an axis`).to.equal(true);
        }
      }
    }
  });

  it('right-aligns the numbers of the chart’s table', async () => {
    const root = await render('participation-chart', { network: 'wissen-was-zaehlt' }, 'rect.bar');
    (root.querySelector('[part="toggle"]') as HTMLButtonElement).click();
    await waitUntil(() => root.querySelector('.table'));
    const cells = all(root, 'tbody td').filter(
      (td) => /^[\d.,\s%–]+$/.test(td.textContent!.trim()) && /\d/.test(td.textContent!),
    );
    expect(cells.length).to.be.at.least(3);
    for (const td of cells) expect(getComputedStyle(td).textAlign, td.textContent!).to.equal('right');
    const headers = all(root, 'thead th.num');
    expect(headers.length).to.be.at.least(1);
    for (const th of headers) expect(getComputedStyle(th).textAlign).to.equal('right');
  });

  it('says "ausblenden" on the members summary while the members show', async () => {
    const root = await render('network-list', {}, 'details[part="members"]');
    const details = root.querySelector<HTMLDetailsElement>('details[part="members"]')!;
    const summary = details.querySelector('summary')!;
    const shown = () => summary.innerText.replace(/\s+/g, ' ').trim();
    expect(shown()).to.match(/^\d+ Kommunen anzeigen$/);
    summary.click();
    await waitUntil(() => details.open);
    expect(shown()).to.match(/^\d+ Kommunen ausblenden$/);
    summary.click();
    await waitUntil(() => !details.open);
    expect(shown()).to.match(/anzeigen$/);
  });
});
