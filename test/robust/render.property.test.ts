// Property-based rendering tests (fast-check, real elements in Chromium): for any valid event
// with hostile text and links, what the visitor sees is the feed's text as text — no markup from
// the feed becomes an element, nothing runs — and every link has an allowed scheme.
import { expect, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { elements } from './elements.js';
import { injectedMarkup, normalize, shows, unsafeAddresses } from './helpers.js';
import { text, url, validEvent } from './arbitraries.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

type Rendered = HTMLElement & { updateComplete: Promise<boolean>; feed?: unknown; event?: unknown };

async function render(tag: string, attrs: Record<string, string>, set: (el: Rendered) => void) {
  const el = document.createElement(tag) as Rendered;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  set(el);
  document.body.append(el);
  // Until the feed task has settled and rendered: a feed is read in slices (a task each), so
  // a few update cycles are not enough on a busy machine.
  await waitUntil(() => el.shadowRoot && !el.shadowRoot.querySelector('.loading'), `<${tag}> still loading`, {
    timeout: 10_000,
  });
  await el.updateComplete;
  return el;
}

/**
 * `fc.assert` without shrinking (each run renders a real element: shrinking a failure would
 * outlast the file's time limit), and with the failed assertion in the message (the runner
 * shows only fast-check's summary otherwise). Seed and path replay the failing input.
 */
async function assertProperty<T>(property: fc.IAsyncProperty<T>, params: fc.Parameters<T>) {
  const out = await fc.check(property, { ...params, endOnFailure: true });
  if (!out.failed) return;
  const cause = out.errorInstance instanceof Error ? out.errorInstance.message : String(out.errorInstance);
  throw new Error(
    `${cause}\n(seed ${out.seed}, path "${out.counterexamplePath}")\ncounterexample: ${fc.stringify(out.counterexample)}`,
  );
}

function expectHarmless(el: Element) {
  expect(injectedMarkup(el), 'markup from the feed').to.deep.equal([]);
  expect(unsafeAddresses(el), 'links with other schemes').to.deep.equal([]);
  expect(window.__pwned, 'feed script ran').to.equal(undefined);
}

describe('rendering any valid event (property-based)', function () {
  this.timeout(120_000);

  it('<event-card>: the title as plain text, no markup, only allowed link schemes', async () => {
    await assertProperty(
      fc.asyncProperty(validEvent, fc.constantFrom('full', 'compact'), async (event, variant) => {
        const el = await render('event-card', { variant }, (e) => (e.event = event));
        try {
          const title = el.shadowRoot!.querySelector('[part~="heading"]');
          expect(title, 'a heading').to.exist;
          expect(normalize(title!.textContent!)).to.equal(normalize(event.title));
          expectHarmless(el);
        } finally {
          el.remove();
        }
      }),
      { numRuns: 60 },
    );
  });

  for (const element of elements)
    it(`<${element.tag}>: any feed of valid items renders as text with safe links only`, async () => {
      const feed = fc.record({
        version: fc.constant(1),
        events: fc.array(validEvent, { minLength: 1, maxLength: 4 }).map((events) =>
          events.map((e, i) => ({
            ...e,
            id: i === 0 ? 'ok-a' : `e${i}`,
            // One day each: a calendar day with more than three events shows the rest as "+2".
            start: `2026-12-${String(8 + i).padStart(2, '0')}T10:00`,
            network: 'ok-network',
          })),
        ),
        networks: fc.tuple(text, url, fc.array(text, { maxLength: 3 })).map(([name, link, labels]) => [
          {
            id: 'ok-network',
            name,
            url: link,
            members: labels.map((n) => ({ name: n })),
            participation: labels.map((label, i) => ({
              label,
              date: `2026-0${i + 1}-01`,
              municipalities: i + 1,
              people: i + 2,
            })),
          },
        ]),
        programmes: fc.tuple(text, url, text).map(([name, link, partner]) => [
          {
            id: 'ok-programme',
            name,
            url: link,
            partners: [{ name: partner, url: link }],
            description: partner,
          },
        ]),
        posts: fc.tuple(text, url, text).map(([title, link, body]) => [
          {
            id: 'ok-post',
            title,
            date: '2026-11-02',
            url: link,
            summary: body,
            body,
            image: { url: link, alt: title, credit: body },
            chart: { network: 'ok-network', metric: 'municipalities' as const },
            easy: { title: body },
          },
        ]),
      });
      await assertProperty(
        fc.asyncProperty(feed, async (value) => {
          const el = await render(
            element.tag,
            { ...element.attrs, today: '2026-11-23' },
            (e) => (e.feed = value),
          );
          try {
            // The alert's text, not the element: a DOM node in a failing comparison hangs the file.
            const alert = el.shadowRoot!.querySelector('[role="alert"]');
            expect(alert?.textContent?.trim() ?? '', 'no error').to.equal('');
            const wanted = element.shows({
              events: value.events,
              networks: value.networks.map((n) => ({ ...n, participation: n.participation })),
              programmes: value.programmes,
              posts: value.posts,
            });
            // A list shows its events over several tasks (slices): wait for them, then say which is missing.
            await waitUntil(() => wanted.every((t) => shows(el, t)), '', { timeout: 5000 }).catch(
              () => undefined,
            );
            for (const t of wanted) expect(shows(el, t), t).to.equal(true);
            expectHarmless(el);
          } finally {
            el.remove();
          }
        }),
        { numRuns: 25 },
      );
    });
});
