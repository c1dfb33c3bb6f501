// Theming from any ancestor: the `--bn-…` custom properties set on `:root`, on a wrapper or on
// the element itself reach the colours, fonts and borders inside every element's shadow root; the
// nearest setting wins; unset, the defaults hold. And the stylesheets keep to the rule that makes
// this work: a public property is only read (into a private `--_…` one), never declared, and
// docs/theming.md lists exactly the properties the stylesheets read.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';

const TODAY = '2016-01-01';
const ACCENT_DEFAULT = 'rgb(11, 92, 173)'; // #0b5cad
const PAGE_COLOR = 'rgb(51, 51, 51)';
const PAGE_FONT = 'Verdana, sans-serif';

interface Probe {
  /** What to find in the shadow root. */
  selector: string;
  /** A link: drawn in the accent mixed half and half with the text colour (`--_link-text`). */
  link?: boolean;
  /** The computed property to read. */
  property: 'color' | 'backgroundColor' | 'borderTopColor' | 'fill' | 'fontFamily';
}

interface Case {
  tag: string;
  attributes: Record<string, string>;
  /** Something drawn in the accent colour (`--bn-accent`). */
  accent: Probe;
  /** A border (`--bn-border`). */
  border: Probe;
  /** Text in the text colour (`--bn-text`) and font (`--bn-font`). */
  text: string;
}

const CASES: Case[] = [
  {
    tag: 'event-card',
    // A day before the event, so it is offered for calendars (the accent-coloured button).
    attributes: { 'event-id': 'uebergaenge-2016-04-schwerin', today: '2016-01-01' },
    accent: { selector: '[part="calendar-button"]', property: 'backgroundColor' },
    border: { selector: '[part="card"]', property: 'borderTopColor' },
    text: '[part="heading"]',
  },
  {
    tag: 'event-list',
    attributes: { limit: '1' },
    accent: { selector: '[part="more"]', property: 'backgroundColor' },
    border: { selector: '[part="card"]', property: 'borderTopColor' },
    text: '.heading',
  },
  {
    tag: 'meeting-calendar',
    attributes: {},
    // Today's day number (the month buttons' text is in the link colour, see the link cases).
    accent: { selector: 'td[aria-current] .num', property: 'backgroundColor' },
    border: { selector: 'td', property: 'borderTopColor' },
    text: '.heading',
  },
  {
    tag: 'network-card',
    attributes: {},
    accent: { selector: '[part="link"]', property: 'color', link: true },
    border: { selector: '[part="network"]', property: 'borderTopColor' },
    text: '[part="heading"]',
  },
  {
    tag: 'network-list',
    attributes: {},
    accent: { selector: '[part="link"]', property: 'color', link: true },
    border: { selector: '[part="network"]', property: 'borderTopColor' },
    text: '[part="heading"]',
  },
  {
    tag: 'programme-overview',
    attributes: {},
    accent: { selector: '[part="link"]', property: 'color', link: true },
    border: { selector: '[part="overview"]', property: 'borderTopColor' },
    text: '[part="heading"]',
  },
  {
    tag: 'participation-chart',
    attributes: { network: 'wissen-was-zaehlt' },
    accent: { selector: 'rect.bar', property: 'fill' },
    border: { selector: 'td', property: 'borderTopColor' },
    text: '.title',
  },
];

let feed: unknown;
before(async () => {
  feed = await (await fetch('/src/data/sample-feed.json')).json();
});

/** The case's element in a wrapper (the page's text colour and font on it), rendered from the `feed` property. */
async function render(c: Case) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: 900px; color: ${PAGE_COLOR}; font-family: ${PAGE_FONT}"></div>`,
  );
  const el = document.createElement(c.tag) as HTMLElement & {
    feed: unknown;
    updateComplete: Promise<unknown>;
  };
  for (const [name, value] of Object.entries({ today: TODAY, ...c.attributes })) el.setAttribute(name, value);
  el.feed = feed;
  wrapper.append(el);
  const root = () => el.shadowRoot!;
  await waitUntil(
    () => root()?.querySelector(c.accent.selector) && root().querySelector(c.border.selector),
    `<${c.tag}> did not render what the test looks at`,
    { timeout: 10_000 },
  );
  await el.updateComplete;
  const read = (probe: Probe) => getComputedStyle(root().querySelector(probe.selector)!)[probe.property];
  return {
    wrapper,
    el,
    accent: () => read(c.accent),
    /** What the accent probe shows for the accent `accent` on text of the colour `text`. */
    expected: (accent: string, text = PAGE_COLOR) => (c.accent.link ? linkColour(accent, text) : accent),
    border: () => read(c.border),
    text: () => read({ selector: c.text, property: 'color' }),
    font: () => read({ selector: c.text, property: 'fontFamily' }),
  };
}

/** The computed value of `color-mix(in srgb, <colour> <percent>%, transparent)`, as Chromium writes it. */
function mixed(color: string, percent: number): string {
  const probe = document.createElement('div');
  probe.style.color = `color-mix(in srgb, ${color} ${percent}%, transparent)`;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

/** A link's colour for the accent `accent` on text of the colour `text`, as Chromium writes it. */
function linkColour(accent: string, text: string): string {
  const probe = document.createElement('div');
  probe.style.color = `color-mix(in srgb, ${accent} 50%, ${text})`;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

const THEME = {
  '--bn-accent': 'rgb(107, 31, 92)',
  '--bn-border': 'rgb(0, 110, 60)',
  '--bn-text': 'rgb(20, 20, 120)',
  '--bn-font': 'Georgia, serif',
};
const set = (target: HTMLElement, values: Record<string, string>) => {
  for (const [name, value] of Object.entries(values)) target.style.setProperty(name, value);
};
const clear = (target: HTMLElement) => {
  for (const name of Object.keys(THEME)) target.style.removeProperty(name);
};

afterEach(() => clear(document.documentElement));

for (const c of CASES) {
  describe(`<${c.tag}>: theming`, () => {
    it('has the defaults when nothing is set: the accent, borders from the text colour, the page’s colour and font', async () => {
      const r = await render(c);
      expect(r.accent()).to.equal(r.expected(ACCENT_DEFAULT));
      expect(r.border()).to.equal(mixed(PAGE_COLOR, 25));
      expect(r.text()).to.equal(PAGE_COLOR);
      expect(r.font()).to.equal(PAGE_FONT);
    });

    for (const place of [':root', 'a wrapper', 'the element'] as const) {
      it(`takes accent, border, text colour and font set on ${place}`, async () => {
        const r = await render(c);
        const target =
          place === ':root' ? document.documentElement : place === 'a wrapper' ? r.wrapper : r.el;
        set(target, THEME);
        expect(r.accent()).to.equal(r.expected(THEME['--bn-accent'], THEME['--bn-text']));
        expect(r.border()).to.equal(THEME['--bn-border']);
        expect(r.text()).to.equal(THEME['--bn-text']);
        expect(r.font()).to.equal(THEME['--bn-font']);
        clear(target);
        expect(r.accent()).to.equal(r.expected(ACCENT_DEFAULT));
      });
    }

    it('lets the nearest setting win: the element over a wrapper over :root', async () => {
      const r = await render(c);
      set(document.documentElement, { '--bn-accent': 'rgb(1, 1, 101)' });
      set(r.wrapper, { '--bn-accent': 'rgb(2, 2, 102)' });
      set(r.el, { '--bn-accent': 'rgb(3, 3, 103)' });
      expect(r.accent()).to.equal(r.expected('rgb(3, 3, 103)'));
      clear(r.el);
      expect(r.accent()).to.equal(r.expected('rgb(2, 2, 102)'));
      clear(r.wrapper);
      expect(r.accent()).to.equal(r.expected('rgb(1, 1, 101)'));
    });
  });
}

describe('theming: the rules that make it work', () => {
  it('reaches an element inside another one: the card that <meeting-calendar> opens', async () => {
    const r = await render(CASES.find((c) => c.tag === 'meeting-calendar')!);
    set(document.documentElement, { '--bn-border': THEME['--bn-border'] });
    const card = document.createElement('event-card') as HTMLElement & { feed: unknown };
    card.setAttribute('variant', 'compact');
    card.setAttribute('event-id', 'uebergaenge-2016-04-schwerin');
    card.feed = feed;
    r.el.shadowRoot!.append(card); // as the calendar's panel nests it: inside its shadow root
    await waitUntil(() => card.shadowRoot?.querySelector('[part="card"]'), 'no card', { timeout: 10_000 });
    expect(getComputedStyle(card.shadowRoot!.querySelector('[part="card"]')!).borderTopColor).to.equal(
      THEME['--bn-border'],
    );
  });

  it('declares no public --bn-… property in any stylesheet, and reads each only into a private --_… one', async () => {
    const offending: string[] = [];
    for (const c of CASES) {
      const { el } = await render(c);
      for (const sheet of el.shadowRoot!.adoptedStyleSheets)
        for (const rule of styleRules(sheet.cssRules))
          for (const name of Array.from(rule.style)) {
            const value = rule.style.getPropertyValue(name);
            if (name.startsWith('--bn-')) offending.push(`<${c.tag}> ${rule.selectorText} declares ${name}`);
            else if (
              value.includes('var(--bn-') &&
              !name.startsWith('--_') &&
              !(rule.selectorText === ':host' && ['color', 'font-family'].includes(name))
            )
              offending.push(`<${c.tag}> ${rule.selectorText} { ${name}: ${value} } reads a public property`);
          }
    }
    expect(offending).to.deep.equal([]);
  });

  it('docs/theming.md lists exactly the custom properties the stylesheets read', async () => {
    const read = new Set<string>();
    for (const c of CASES) {
      const { el } = await render(c);
      for (const sheet of el.shadowRoot!.adoptedStyleSheets)
        for (const rule of Array.from(sheet.cssRules))
          for (const [name] of rule.cssText.matchAll(/--bn-[a-z-]+/g)) read.add(name);
    }
    const docs = await (await fetch('/docs/theming.md')).text();
    const table = docs.slice(
      docs.indexOf('## Custom properties'),
      docs.indexOf('\n## ', docs.indexOf('## Custom properties') + 1),
    );
    const documented = new Set([...table.matchAll(/^\| `(--bn-[a-z-]+)`/gm)].map((m) => m[1]!));
    expect([...documented].sort()).to.deep.equal([...read].sort());
  });
});

/** Every style rule, those inside `@media`, `@container` and `@supports` included. */
function styleRules(rules: CSSRuleList): CSSStyleRule[] {
  return Array.from(rules).flatMap((rule) =>
    rule instanceof CSSStyleRule ? [rule] : rule instanceof CSSGroupingRule ? styleRules(rule.cssRules) : [],
  );
}
