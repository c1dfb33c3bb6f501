// The property fuzz: every reactive property of every element (read from the classes'
// `elementProperties`, so a new property is fuzzed without a new line here) set to null,
// undefined, NaN, 0, -1, {}, [], an array of strings, a function and true, one after the other,
// then back to its good value. After each value the element must settle (no loading placeholder
// left after a moment: content, an empty state or an error box), with no uncaught error; after the
// good value it must show its items again.
import { expect, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/index.js';
import { feedLoader, warnIssues } from '../../src/data/load.js';
import { elements, type ElementUnderTest, type FeedItems } from './elements.js';
import { shows } from './helpers.js';

const SRC = '/test/fixtures/matrix/base.json';
const TODAY = '2026-11-23';

/** The values a framework, a careless script or a typo can set. */
const BAD_VALUES: [name: string, value: unknown][] = [
  ['null', null],
  ['undefined', undefined],
  ['NaN', NaN],
  ['0', 0],
  ['-1', -1],
  ['{}', {}],
  ['[]', []],
  ["['a','b']", ['a', 'b']],
  ['a function', () => 'x'],
  ['true', true],
];

/** Every element of the bundle: the robustness elements and `<network-card>`. */
const fuzzed: ElementUnderTest[] = [
  ...elements,
  { tag: 'network-card', attrs: { 'network-id': 'ok-network' }, shows: (f) => f.networks.map((n) => n.name) },
];

/** Whether the element has settled: rendered, and not (or no longer) showing the loading placeholder. */
const settled = (el: LitElement) =>
  el.hasUpdated && !el.isUpdatePending && !el.shadowRoot!.querySelector('[part="loading"], .loading');

describe('property fuzz: every reactive property, every hostile value', function () {
  this.timeout(120_000);
  const uncaught: string[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(`${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(`${e.reason}`);
  let items: FeedItems;

  before(async () => {
    items = (await (await fetch(SRC)).json()) as FeedItems;
    // Issues of fuzzed feeds are expected: not printed.
    feedLoader.configure({ warn: () => {} });
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    feedLoader.configure({ warn: warnIssues });
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  });

  for (const element of fuzzed)
    it(`<${element.tag}>: every property survives every value and renders its good value again`, async () => {
      const el = document.createElement(element.tag) as LitElement & Record<string, unknown>;
      for (const [name, value] of Object.entries({ ...element.attrs, today: TODAY, src: SRC }))
        el.setAttribute(name, value);
      document.body.append(el);
      const expected = element.shows(items);
      const rendersGood = async (what: string) => {
        await waitUntil(() => settled(el), `${what}: settles`, { timeout: 5000 });
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[role="alert"]'), `${what}: no error box`).to.equal(null);
        for (const text of expected)
          expect(
            shows(el, text),
            `${what}: shows ${text} in ${el.shadowRoot!.textContent!.replace(/\s+/g, ' ').slice(0, 300)}`,
          ).to.equal(true);
      };
      await rendersGood('at first');

      const properties = [...(el.constructor as typeof LitElement).elementProperties.keys()].filter(
        (name): name is string => typeof name === 'string',
      );
      expect(properties, 'the properties').to.include.members(['src', 'feed', 'locale', 'today', 'loading']);
      for (const name of properties) {
        const good = el[name];
        for (const [label, value] of BAD_VALUES) {
          uncaught.length = 0;
          const what = `${name} = ${label}`;
          try {
            el[name] = value;
          } catch (error) {
            expect.fail(`${what} throws: ${error}`);
          }
          await waitUntil(() => settled(el), `${what}: never stuck loading`, { timeout: 5000 });
          await el.updateComplete;
          // A moment for a load loop to show itself (a loop restarts loading on every update).
          await new Promise((r) => setTimeout(r, 30));
          expect(settled(el), `${what}: still settled a moment later`).to.equal(true);
          expect(uncaught, `${what}: uncaught errors`).to.deep.equal([]);
        }
        el[name] = good;
        await rendersGood(`${name} back to ${JSON.stringify(good) ?? 'undefined'}`);
        expect(uncaught, `${name} back: uncaught errors`).to.deep.equal([]);
      }
      el.remove();
    });
});
