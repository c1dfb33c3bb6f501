// Privacy: while every element renders the sample feed from another origin, no request goes
// anywhere but the page's origin, the feed's origin and the image addresses the feed itself
// names; nothing is written to cookies, Web Storage, IndexedDB or the Cache API.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { feedLoader } from '../../src/data/load.js';
import { elements } from './elements.js';

function spy<T extends object>(target: T, name: keyof T, calls: string[]) {
  const original = target[name] as unknown as (...args: unknown[]) => unknown;
  (target as Record<keyof T, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
    calls.push(String(name));
    return original.apply(this, args);
  };
  return () => ((target as Record<keyof T, unknown>)[name] = original);
}

describe('privacy', function () {
  this.timeout(30_000);

  it('requests only the page and the feed (and images the feed names), stores nothing', async () => {
    const feedOrigin = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;
    const src = `${feedOrigin}/api/robust/cors-feed?key=privacy-${Date.now()}`;
    const sample = await (await fetch('/src/data/sample-feed.json')).json();
    const imageUrls = new Set<string>(
      JSON.stringify(sample)
        .match(/"url":"[^"]+\.(jpe?g|png|webp|svg)"/g)
        ?.map((m) => m.slice(7, -1)) ?? [],
    );

    localStorage.clear();
    sessionStorage.clear();
    const before = {
      cookie: document.cookie,
      idb: (await indexedDB.databases()).map((d) => d.name),
      caches: await caches.keys(),
    };
    const writes: string[] = [];
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    Object.defineProperty(document, 'cookie', {
      configurable: true,
      get: () => cookie.get!.call(document),
      set: (value: string) => {
        writes.push(`cookie ${value}`);
        cookie.set!.call(document, value);
      },
    });
    const restore = [
      spy(Storage.prototype, 'setItem', writes),
      spy(indexedDB, 'open', writes),
      spy(caches, 'open', writes),
      spy(navigator, 'sendBeacon', writes),
    ];
    const seen: string[] = [];
    const observer = new PerformanceObserver((list) => seen.push(...list.getEntries().map((e) => e.name)));
    observer.observe({ type: 'resource', buffered: false });

    const container = document.createElement('div');
    try {
      document.body.append(container);
      for (const { tag } of elements) {
        const el = document.createElement(tag);
        el.setAttribute('src', src);
        el.setAttribute('today', '2026-11-23');
        container.append(el);
      }
      const card = document.createElement('event-card');
      card.setAttribute('src', src);
      card.setAttribute('event-id', 'kiel-2019-09-24');
      container.append(card);
      for (const el of container.children)
        await waitUntil(
          () => el.shadowRoot && !el.shadowRoot.querySelector('.loading'),
          `${el.localName} loads`,
          {
            timeout: 10_000,
          },
        );
      for (const el of container.children) {
        expect(el.shadowRoot!.querySelector('[role="alert"]'), `${el.localName} shows no error`).to.equal(
          null,
        );
        el.scrollIntoView(); // lazy images load now, if any
        await new Promise((r) => setTimeout(r, 100));
      }
      await new Promise((r) => setTimeout(r, 300));
      const feedRequests = seen.filter((url) => url.startsWith(`${feedOrigin}/api/robust/cors-feed`));
      expect(feedRequests, 'one feed request for every element').to.have.length(1);
      const elsewhere = seen.filter(
        (url) => ![location.origin, feedOrigin].includes(new URL(url).origin) && !imageUrls.has(url),
      );
      expect(elsewhere, 'requests to other hosts').to.deep.equal([]);
    } finally {
      observer.disconnect();
      restore.forEach((undo) => undo());
      delete (document as unknown as Record<string, unknown>).cookie;
      container.remove();
      feedLoader.clear();
    }

    expect(writes, 'storage writes').to.deep.equal([]);
    expect(document.cookie).to.equal(before.cookie);
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
    expect((await indexedDB.databases()).map((d) => d.name)).to.deep.equal(before.idb);
    expect(await caches.keys()).to.deep.equal(before.caches);
  });
});
