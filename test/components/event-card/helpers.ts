import { waitUntil } from '@open-wc/testing';
import type { EventCard } from '../../../src/components/event-card/event-card.js';
import type { Feed, FeedEvent } from '../../../src/data/types.js';

/** The sample feed as raw JSON, fetched from the test server once. */
let sampleFeed: Feed | undefined;
export async function sample(): Promise<Feed> {
  sampleFeed ??= (await (await fetch('/src/data/sample-feed.json')).json()) as Feed;
  return sampleFeed;
}

export const seed = (feed: Feed, id: string): FeedEvent => feed.events!.find((e) => e.id === id)!;

/** Waits until the card shows an event, an empty/not-found state or an error. */
export const settled = (el: EventCard) =>
  waitUntil(() => el.shadowRoot?.querySelector('article, .empty, .error'), 'card did not render', {
    timeout: 10_000,
  });

/** Visible text of a node, whitespace collapsed. */
export const textOf = (node: Node | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

export const $ = <T extends Element = HTMLElement>(el: EventCard, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: EventCard, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** The `<dd>` of the fact labelled `label` in the full card. */
export const fact = (el: EventCard, label: string) =>
  $$(el, '.facts > div')
    .find((div) => textOf(div.querySelector('dt')) === label)
    ?.querySelector('dd');

/** Hrefs of every link in the card. */
export const hrefs = (el: EventCard) =>
  $$<HTMLAnchorElement>(el, 'a[href]').map((a) => a.getAttribute('href'));

/**
 * Chooses `.ics` in the calendar menu (the item `data-ics=mode`: `download`, or `open` for the
 * Apple item; a cancelled event's single button downloads at once) and returns the file's name
 * and text (the download itself is cancelled). `press` opens the menu instead of a click.
 */
export async function downloadIcs(
  el: EventCard,
  press?: () => Promise<void>,
  mode: 'download' | 'open' = 'download',
) {
  const root = el.shadowRoot!;
  let link: HTMLAnchorElement | undefined;
  const catchClick = (event: Event) => {
    const target = event.target as HTMLAnchorElement;
    if (target.localName === 'a' && (target.hasAttribute('download') || target.href.startsWith('data:'))) {
      link = target;
      event.preventDefault();
    }
  };
  root.addEventListener('click', catchClick, true);
  try {
    if (press) await press();
    else root.querySelector<HTMLButtonElement>('[part="calendar-button"]')!.click();
    if (root.querySelector('[part="calendar-button"][aria-haspopup]')) {
      await el.updateComplete;
      const item = () => root.querySelector<HTMLElement>(`[data-ics="${mode}"]`);
      await waitUntil(item, 'no menu item', { timeout: 5000 });
      if (press) await press();
      else item()!.click();
    }
    // The .ics writer loads on the first use (a module of its own): give it time to arrive.
    await waitUntil(() => link, 'no download link was clicked', { timeout: 5000 });
  } finally {
    root.removeEventListener('click', catchClick, true);
  }
  const response = await fetch(link!.href);
  return {
    name: link!.download,
    href: link!.href,
    type: response.headers.get('content-type'),
    text: await response.text(),
    inDocument: link!.isConnected,
  };
}

/** [r, g, b, a] of a computed colour: `rgb()`, `rgba()` or `color(srgb …)`. */
export function rgba(value: string): [number, number, number, number] {
  const n = value.match(/-?[\d.]+(e-?\d+)?/g)!.map(Number);
  if (value.startsWith('color(')) return [n[0]! * 255, n[1]! * 255, n[2]! * 255, n[3] ?? 1];
  return [n[0]!, n[1]!, n[2]!, n[3] ?? 1];
}

const luminance = ([r, g, b]: number[]) => {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
};

/** WCAG contrast of a (possibly translucent) foreground over an opaque background. */
export function contrast(foreground: string, background: string): number {
  const bg = rgba(background);
  const [r, g, b, a] = rgba(foreground);
  const fg = [r * a + bg[0] * (1 - a), g * a + bg[1] * (1 - a), b * a + bg[2] * (1 - a)];
  const [l1, l2] = [luminance(fg), luminance(bg)].sort((x, y) => y - x);
  return (l1! + 0.05) / (l2! + 0.05);
}
