import { expect, waitUntil } from '@open-wc/testing';
import '../../src/components/event-card/event-card.js';
import type { EventCard } from '../../src/components/event-card/event-card.js';
import { settled, shadowText } from './pages.js';

// Vue 3 with a template, as in the README's "Embedding" snippet: `isCustomElement` tells the
// compiler our tags are not Vue components; `:feed` binds a property (Vue sets a property when
// the element has one), `heading-level` stays an attribute, `@feed-load` listens.

interface VueModule {
  createApp: (options: object) => {
    config: { compilerOptions: { isCustomElement?: (tag: string) => boolean } };
    mount: (el: Element) => unknown;
    unmount: () => void;
  };
  ref: <T>(value: T) => { value: T };
}

describe('embedding: Vue 3', () => {
  it('binds objects as properties, attributes as attributes, and listens to events', async () => {
    // The browser build with the template compiler (no bundler here).
    const url = '/node_modules/vue/dist/vue.esm-browser.prod.js';
    const { createApp, ref } = (await import(/* @vite-ignore */ url)) as VueModule;
    const feed = ref({
      version: 1,
      events: [{ id: 'vue-1', title: 'Netzwerktreffen aus Vue', start: '2030-05-04' }],
    });
    const loads: string[] = [];
    const host = document.createElement('div');
    document.body.append(host);
    const app = createApp({
      setup: () => ({ feed, onLoad: (e: CustomEvent) => loads.push(e.detail.source) }),
      template: `<event-card :feed="feed" event-id="vue-1" heading-level="4" @feed-load="onLoad"></event-card>`,
    });
    app.config.compilerOptions.isCustomElement = (tag) => tag.includes('-');
    app.mount(host);
    const card = host.querySelector('event-card') as EventCard;
    expect(card.feed).to.equal(feed.value);
    expect(card.hasAttribute('feed')).to.equal(false);
    expect(card.getAttribute('heading-level')).to.equal('4');
    await settled(card);
    expect(card.shadowRoot!.querySelector('h4')!.textContent).to.contain('Netzwerktreffen aus Vue');
    await waitUntil(() => loads.length === 1, '@feed-load was not called');
    feed.value = { version: 1, events: [{ id: 'vue-1', title: 'Geändert in Vue', start: '2030-05-04' }] };
    await waitUntil(() => shadowText(card).includes('Geändert in Vue'), 'the new feed was not rendered');
    app.unmount();
    host.remove();
  });
});
