// What the screenshot review (npm run screenshots) found, kept fixed: the calendar's month
// heading is never broken inside a word at 320px, and its buttons are of one height.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/meeting-calendar/meeting-calendar.js';
import type { MeetingCalendar } from '../../src/components/meeting-calendar/meeting-calendar.js';

const feed = {
  version: 1,
  timeZone: 'Europe/Berlin',
  events: [{ id: 'e', title: 'Netzwerktreffen', start: '2019-09-24T10:00' }],
};

describe('polish: from the screenshot review', () => {
  for (const width of ['320px', '1280px'])
    it(`keeps "September 2019" whole and the header buttons of one height at ${width}`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: ${width}">
          <meeting-calendar .feed=${feed} today="2019-09-10"></meeting-calendar>
        </div>`,
      );
      const el = wrapper.querySelector<MeetingCalendar>('meeting-calendar')!;
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="heading"]'), 'no heading');
      await el.updateComplete;
      const heading = el.shadowRoot!.querySelector('[part~="heading"]')!;
      expect(heading.textContent!.trim()).to.equal('September 2019');
      const text = document.createRange();
      text.selectNodeContents(heading);
      // One line: the heading's text is as tall as one line of it.
      expect(text.getClientRects().length, 'line boxes').to.be.at.least(1);
      const lines = new Set([...text.getClientRects()].map((r) => Math.round(r.top)));
      expect(lines.size, 'lines of the month heading').to.equal(1);
      const heights = [...el.shadowRoot!.querySelectorAll('[part~="nav"], [part~="today-button"]')].map((b) =>
        Math.round(b.getBoundingClientRect().height),
      );
      expect(heights).to.have.length(3);
      expect(new Set(heights).size, `heights ${heights}`).to.equal(1);
    });
});

describe('polish: news images', () => {
  it('hides the figure of a post image that fails to load, keeps one that loads', async () => {
    await import('../../src/components/news-card/news-card.js');
    const post = (id: string, url: string) => ({
      id,
      title: `Beitrag ${id}`,
      date: '2021-02-02',
      image: { url, alt: 'Gruppenfoto', credit: 'DKJS' },
    });
    const news = {
      version: 1,
      timeZone: 'Europe/Berlin',
      events: [],
      posts: [
        post('kaputt', `${location.origin}/missing-image-${Date.now()}.jpg`),
        post('heil', `${location.origin}/node_modules/lit/logo.svg`),
      ],
    };
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <news-card .feed=${news} post-id="kaputt"></news-card>
        <news-card .feed=${news} post-id="heil"></news-card>
      </div>`,
    );
    const [broken, fine] = [...wrapper.children].map(
      (el) => () => el.shadowRoot?.querySelector<HTMLElement>('[part="image"]'),
    );
    await waitUntil(() => broken() && fine(), 'no figures');
    await waitUntil(() => broken()!.getClientRects().length === 0, 'the broken image’s figure shows', {
      timeout: 5000,
    });
    await waitUntil(() => (fine()!.querySelector('img') as HTMLImageElement).complete);
    expect(fine()!.getClientRects().length).to.be.above(0);
  });
});
