// Disconnect and reconnect, counted at the test server: removing an element mid-load cancels
// its request when no other element waits for the same feed; moving it, or re-inserting it once
// loaded, needs no second request.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { feedLoader } from '../../src/data/load.js';
import { elements } from './elements.js';
import { shows } from './helpers.js';

let run = 0;
const key = () => `disconnect-${Date.now()}-${run++}`;
const log = async (k: string) =>
  (await (await fetch(`/api/robust/log?key=${k}`)).json()) as { requests: number; cancelled: number };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const arrived = (k: string) =>
  waitUntil(async () => (await log(k)).requests === 1, 'the request arrives', {
    timeout: 5000,
    interval: 20,
  });

describe('disconnect and reconnect', function () {
  this.timeout(30_000);
  const containers: HTMLElement[] = [];
  const container = () => {
    const div = document.createElement('div');
    document.body.append(div);
    containers.push(div);
    return div;
  };
  afterEach(() => {
    containers.splice(0).forEach((c) => c.remove());
    feedLoader.clear();
  });

  for (const { tag, attrs, shows: expected } of elements) {
    const make = (src: string) => {
      const el = document.createElement(tag);
      for (const [name, value] of Object.entries({ ...attrs, today: '2026-11-23', src }))
        el.setAttribute(name, value);
      return el;
    };
    const loaded = (el: Element) =>
      waitUntil(() => el.shadowRoot && !el.shadowRoot.querySelector('.loading'), `<${tag}> loads`, {
        timeout: 10_000,
      });
    const firstItem = async () => expected(await (await fetch('/test/fixtures/matrix/base.json')).json())[0]!;

    it(`<${tag}>: removing it mid-load cancels the request; re-inserting it loads and renders`, async () => {
      const k = key();
      const el = make(`/api/robust/slow?ms=1500&key=${k}`);
      const parent = container();
      parent.append(el);
      await arrived(k);
      let errors = 0;
      el.addEventListener('feed-error', () => errors++);
      el.remove();
      await waitUntil(async () => (await log(k)).cancelled === 1, 'the server sees the request cancelled', {
        timeout: 5000,
      });
      expect(errors, 'no feed-error for a cancelled load').to.equal(0);
      parent.append(el);
      await loaded(el);
      expect(shows(el, await firstItem())).to.equal(true);
      expect(await log(k)).to.deep.equal({ requests: 2, cancelled: 1 });
    });

    it(`<${tag}>: the request goes on while another element waits for the same feed`, async () => {
      const k = key();
      const src = `/api/robust/slow?ms=800&key=${k}`;
      const [leaving, staying] = [make(src), make(src)];
      container().append(leaving, staying);
      await arrived(k);
      leaving.remove();
      await loaded(staying);
      expect(shows(staying, await firstItem())).to.equal(true);
      expect(await log(k)).to.deep.equal({ requests: 1, cancelled: 0 });
    });

    it(`<${tag}>: moved mid-load, or re-inserted once loaded, it renders without a second request`, async () => {
      const k = key();
      const el = make(`/api/robust/slow?ms=800&key=${k}`);
      container().append(el);
      await arrived(k);
      container().append(el); // a move: removed and inserted in one go
      await loaded(el);
      expect(shows(el, await firstItem())).to.equal(true);
      el.remove();
      await sleep(100);
      container().append(el);
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(el.shadowRoot!.querySelector('.loading'), 'no loading state').to.equal(null);
      expect(shows(el, await firstItem())).to.equal(true);
      expect(await log(k)).to.deep.equal({ requests: 1, cancelled: 0 });
    });
  }
});
