import { expect, waitUntil } from '@open-wc/testing';
import type { createElement as CreateElement } from 'react';
import '../../src/components/event-card/event-card.js';
import type { EventCard } from '../../src/components/event-card/event-card.js';
import { settled, shadowText } from './pages.js';

// React 19 in the browser, as a React front end would use the elements (README "Embedding").
// React 19 sets a prop as a *property* when the custom element has that property (`feed`,
// `event`), else as an *attribute* (`heading-level`, `event-id`), and `on<event>` props
// listen to the element's events (`onfeed-load`).

interface ReactModule {
  createElement: typeof CreateElement;
  /** Runs React's work synchronously (production React has no `act`). */
  flushSync: (fn: () => void) => void;
  createRoot: (el: Element) => {
    render: (node: unknown) => void;
    unmount: () => void;
  };
}

const feed = {
  version: 1,
  events: [
    { id: 'react-1', title: 'Netzwerktreffen aus React', start: '2030-05-04', type: 'Netzwerktreffen' },
    { id: 'react-2', title: 'Zweiter Termin aus React', start: '2030-06-01' },
  ],
};

let React: ReactModule;
let host: HTMLElement;
let root: ReturnType<ReactModule['createRoot']>;

before(async () => {
  // React ships CommonJS only; the test server bundles it into one module (test/embed/server.mjs).
  const url = '/test/embed/react.js';
  React = (await import(/* @vite-ignore */ url)) as ReactModule;
});

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = React.createRoot(host);
});

afterEach(async () => {
  React.flushSync(() => root.unmount());
  host.remove();
});

describe('embedding: React 19', () => {
  it('passes objects as properties and dashed names as attributes', async () => {
    const { createElement: h, flushSync } = React;
    const loads: string[] = [];
    flushSync(() =>
      root.render(
        h('event-card', {
          feed,
          'event-id': 'react-2',
          'heading-level': 4,
          'onfeed-load': (e: CustomEvent) => loads.push(e.detail.source),
        }),
      ),
    );
    const card = host.querySelector('event-card') as EventCard;
    expect(card.feed).to.equal(feed);
    expect(card.hasAttribute('feed'), 'feed is not stringified into an attribute').to.equal(false);
    expect(card.getAttribute('event-id')).to.equal('react-2');
    expect(card.getAttribute('heading-level')).to.equal('4');
    await settled(card);
    expect(card.shadowRoot!.querySelector('h4')!.textContent).to.contain('Zweiter Termin aus React');
    await waitUntil(() => loads.length === 1, 'onfeed-load was not called');
    expect(loads).to.deep.equal(['property']);
  });

  it('re-renders when React passes a new object or attribute value', async () => {
    const { createElement: h, flushSync } = React;
    flushSync(() => root.render(h('event-card', { feed, 'event-id': 'react-1' })));
    const card = host.querySelector('event-card') as EventCard;
    await settled(card);
    expect(shadowText(card)).to.contain('Netzwerktreffen aus React');
    const next = { ...feed, events: [{ ...feed.events[0], title: 'Neuer Titel' }] };
    flushSync(() => root.render(h('event-card', { feed: next, 'event-id': 'react-1', variant: 'compact' })));
    await waitUntil(() => shadowText(card).includes('Neuer Titel'), 'the new feed was not rendered');
    expect(card.variant).to.equal('compact');
  });

  it('takes a single event object through the `event` property', async () => {
    const { createElement: h, flushSync } = React;
    flushSync(() => root.render(h('event-card', { event: feed.events[0] })));
    const card = host.querySelector('event-card') as EventCard;
    expect(card.hasAttribute('event')).to.equal(false);
    await settled(card);
    expect(shadowText(card)).to.contain('Netzwerktreffen aus React');
  });
});
