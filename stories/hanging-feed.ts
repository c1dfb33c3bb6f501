import { feeds } from './docs/feeds.js';

/**
 * Stories only: a feed URL that never answers, to show an element's loading state (until the
 * loader's 15 s limit turns it into the timeout error). Answered by .storybook/network.ts, the
 * one network seam of all stories (see stories/docs/feeds.ts).
 */
export const HANGING_FEED = feeds.pending;

/** A feed as a `data:` URL, for the empty and edge-case stories. */
export const dataFeed = (feed: unknown) =>
  `data:application/json,${encodeURIComponent(JSON.stringify(feed))}`;
