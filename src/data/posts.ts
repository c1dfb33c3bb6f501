/**
 * News posts: the newest first, filtered by topic and network (as the other lists: values
 * separated by spaces, any of them matches; ids compared case-insensitively). Plain TypeScript.
 */
import { parseFeedDate } from './dates.js';
import { words } from './networks.js';
import type { ValidFeed } from './parse.js';
import type { Post } from './types.js';

export interface PostFilter {
  topics?: readonly string[];
  networks?: readonly string[];
}

/** The post's publication instant (its date's start in the feed's zone); -Infinity if unreadable. */
export const postTime = (post: Post, timeZone: string): number =>
  parseFeedDate(post.date, timeZone)?.instant ?? -Infinity;

/**
 * The posts with one of the topics and one of the networks (a post names its networks in
 * `networks`, and the network of its `chart` counts too), newest first; posts of the same date
 * keep the feed's order.
 */
export function selectPosts(feed: ValidFeed, filter: PostFilter = {}): Post[] {
  const lower = (values?: readonly string[]) =>
    values?.length ? new Set(values.map((v) => v.toLowerCase())) : undefined;
  const topics = lower(filter.topics);
  const networks = lower(filter.networks);
  const has = (set: Set<string>, ids: (string | undefined)[]) =>
    ids.some((id) => id !== undefined && set.has(id.toLowerCase()));
  return feed.posts
    .filter(
      (post) =>
        (!topics || has(topics, post.topics ?? [])) &&
        (!networks || has(networks, [...(post.networks ?? []), post.chart?.network])),
    )
    .map((post, i) => ({ post, i, t: postTime(post, feed.timeZone) }))
    .sort((a, b) => b.t - a.t || a.i - b.i)
    .map(({ post }) => post);
}

/** The filter of the attributes `topic` and `network`. */
export const parsePostFilter = (attrs: { topic?: string; network?: string }): PostFilter => ({
  topics: words(attrs.topic),
  networks: words(attrs.network),
});
