import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/event-list/event-list.js';
import type { EventList } from '../../src/components/event-list/event-list.js';

let run = 0;
const key = () => `polish-${Date.now()}-${run++}`;

/** Collects console.warn calls while `body` runs. */
async function warnings(body: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  try {
    await body();
  } finally {
    console.warn = original;
  }
  return seen;
}

const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('polish: errors talk to visitors, advice goes to editors', () => {
  it('shows visitors one sentence and the fallback the editor put inside; the advice goes to the console', async () => {
    let el!: EventList;
    const said = await warnings(async () => {
      el = await fixture<EventList>(
        html`<event-list src=${`/api/status?code=404&key=${key()}`}>
          <p>
            <a href="https://www.transferagentur-nordost.example.org/termine"
              >Alle Termine auf der Seite der Transferagentur</a
            >
          </p>
        </event-list>`,
      );
      await oneEvent(el, 'feed-error');
      await el.updateComplete;
    });
    const box = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(shadowText(el)).to.equal('Die Inhalte können gerade nicht angezeigt werden.');
    expect(shadowText(el)).not.to.match(/Feed|Attribut|Fehler 404/);
    // The fallback children are shown through the box's slot: visible, and a real link.
    const slot = box.querySelector('slot')!;
    expect(slot.assignedElements().map((e) => e.localName)).to.deep.equal(['p']);
    const link = el.querySelector('a')!;
    expect(link.getClientRects().length, 'fallback link visible').to.be.above(0);
    expect(box.contains(el.querySelector('p')!.assignedSlot)).to.be.true;
    expect(said).to.have.length(1);
    expect(said[0]).to.contain('<event-list>').and.to.contain('Fehler 404');
    await expect(el).to.be.accessible();
  });

  it('says nothing about a missing src attribute to visitors, tells editors with debug', async () => {
    const said = await warnings(async () => {
      const el = await fixture<EventList>(html`<event-list></event-list>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'), 'no error state');
      expect(shadowText(el)).not.to.contain('src');
      el.debug = true;
      await el.updateComplete;
      const detail = el.shadowRoot!.querySelector('[part="error-detail"]')!;
      expect(detail.textContent).to.contain('src');
    });
    expect(said.join('\n')).to.contain('src');
  });

  it('hides the fallback while the element works', async () => {
    const el = await fixture<EventList>(
      html`<event-list .feed=${{ version: 1, events: [{ id: 'a', title: 'Treffen', start: '2099-01-01' }] }}
        ><p id="fallback">Alle Termine</p></event-list
      >`,
    );
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(el.querySelector('#fallback')!.getClientRects().length).to.equal(0);
  });
});
