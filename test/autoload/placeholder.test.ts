import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { settled } from '../embed/pages.js';

// No layout shift for the host page: while loading, an element reserves about the height it
// will have, so what follows it on the page does not jump when the data arrives.

const feed = await (await fetch('/src/data/sample-feed.json')).json();

const cases = [
  ['<event-list limit="5">', html`<event-list limit="5" today="2019-01-01"></event-list>`],
  ['<event-list limit="3">', html`<event-list limit="3" today="2019-01-01"></event-list>`],
  ['<meeting-calendar>', html`<meeting-calendar month="2019-09"></meeting-calendar>`],
  [
    '<event-card variant="compact">',
    html`<event-card event-id="kiel-2019-09-24" variant="compact"></event-card>`,
  ],
] as const;

describe('loading placeholder: reserves about the final height', () => {
  for (const [name, template] of cases) {
    it(`${name}: within 15 % of the loaded height (800 px wide)`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px">${template}</div>`);
      const el = wrapper.firstElementChild as HTMLElement & { src?: string; feed?: unknown };
      // A feed that never answers in time: the element stays in its loading state.
      el.src = `/api/hang?key=placeholder-${Math.random()}`;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(el.shadowRoot!.querySelector('[part="loading"]'), 'loading').to.not.equal(null);
      const loading = el.getBoundingClientRect().height;
      el.removeAttribute('src');
      el.src = undefined;
      el.feed = feed;
      await settled(el);
      const loaded = el.getBoundingClientRect().height;
      expect(loading / loaded, `loading ${loading}px, loaded ${loaded}px`).to.be.within(0.85, 1.15);
      wrapper.remove();
    });
  }
});
