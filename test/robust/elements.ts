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
  posts: { id: string; title: string }[];
}

export interface ElementUnderTest {
  tag: string;
  /** Attributes besides `src` and `today` (the matrix pins today to 2026-11-23). */
  attrs: Record<string, string>;
  /** The texts of the valid items this element must show. */
  shows: (feed: FeedItems) => string[];
}

/** What an element shows, by the texts of the matrix feed's valid items. */
const event = (id: string) => (f: FeedItems) => f.events.filter((e) => e.id === id).map((e) => e.title);
const events = (f: FeedItems) => f.events.map((e) => e.title);
const networks = (f: FeedItems) => f.networks.map((n) => n.name);
const network = (id: string) => (f: FeedItems) => f.networks.filter((n) => n.id === id).map((n) => n.name);
const programmes = (f: FeedItems) => f.programmes.map((p) => p.name);
const posts = (f: FeedItems) => f.posts.map((p) => p.title);
/** Participation entries with a number to chart (the default metric, municipalities). */
const participation = (f: FeedItems) =>
  f.networks.flatMap((n) =>
    n.participation.filter((p) => typeof p.municipalities === 'number').map((p) => p.label),
  );

/** One line per element. */
export const elements: ElementUnderTest[] = [
  { tag: 'event-card', attrs: { 'event-id': 'ok-a' }, shows: event('ok-a') },
  { tag: 'event-list', attrs: { when: 'upcoming' }, shows: events },
  { tag: 'meeting-calendar', attrs: { month: '2026-12' }, shows: events },
  { tag: 'network-list', attrs: {}, shows: networks },
  { tag: 'network-card', attrs: { 'network-id': 'ok-network' }, shows: network('ok-network') },
  { tag: 'programme-overview', attrs: { 'programme-id': 'ok-programme' }, shows: programmes },
  { tag: 'participation-chart', attrs: { network: 'ok-network' }, shows: participation },
  { tag: 'news-list', attrs: {}, shows: posts },
  { tag: 'news-card', attrs: { 'post-id': 'ok-post' }, shows: posts },
];
