/**
 * The elements every robustness test runs against: the bad-input matrix, the rendering
 * properties, CSP, Trusted Types and privacy. Adding an element is one line here.
 *
 * Each entry says which attributes make the element show the matrix feeds'
 * (test/fixtures/matrix/) items, and which of the feed's valid items it must then show, by the
 * text a visitor reads (an event's title, a network's name, …). Plain data: Node reads it too.
 */
export interface FeedItems {
  events: { id: string; title: string }[];
  networks: { id: string; name: string; participation: { label: string; municipalities?: unknown }[] }[];
  programmes: { id: string; name: string }[];
}

export interface ElementUnderTest {
  tag: string;
  /** Attributes besides `src` and `today` (the matrix pins today to 2026-11-23). */
  attrs: Record<string, string>;
  /** The texts of the valid items this element must show. */
  shows: (feed: FeedItems) => string[];
}

const event = (id: string) => (f: FeedItems) => f.events.filter((e) => e.id === id).map((e) => e.title);

export const elements: ElementUnderTest[] = [
  { tag: 'event-card', attrs: { 'event-id': 'ok-a' }, shows: event('ok-a') },
];
