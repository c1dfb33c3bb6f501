import { feedLoader } from '../src/data/load.js';

/**
 * Stories only: a feed URL that never answers, to show an element's loading state (until the
 * loader's 15 s limit turns it into the timeout error). Every other URL is fetched as usual.
 */
export const HANGING_FEED = 'hang:feed';

feedLoader.setFetch((url, init) =>
  url.startsWith(HANGING_FEED) ? new Promise<Response>(() => {}) : fetch(url, init),
);

/** A feed as a `data:` URL, for the empty and edge-case stories. */
export const dataFeed = (feed: unknown) =>
  `data:application/json,${encodeURIComponent(JSON.stringify(feed))}`;
