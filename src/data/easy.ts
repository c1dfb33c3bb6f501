/**
 * Leichte Sprache (easy-to-read German): the `easy` texts of events, networks, programmes and
 * posts. Each field falls back to the standard text where the easy one is missing, so a feed
 * may translate titles only. Plain TypeScript, no DOM.
 */
import type { ValidFeed } from './parse.js';
import type { EasyText } from './types.js';

export type EasyField = keyof EasyText;

/** An item that may carry easy texts; its standard texts under their own names. */
export interface EasyItem {
  easy?: EasyText;
  title?: string;
  /** A network's or programme's title. */
  name?: string;
  summary?: string;
  description?: string;
  /** A post's description. */
  body?: string;
}

/**
 * An own field only: a network has no `title`, and a page that added one to `Object.prototype`
 * (old libraries do) must not put it on screen.
 */
const own = <T extends object, K extends keyof T>(object: T | undefined, key: K): T[K] | undefined =>
  object && Object.hasOwn(object, key) ? object[key] : undefined;

/** The standard text of a field: `title` is a network's `name`, `description` a post's `body`. */
function standard(item: EasyItem, field: EasyField): string | undefined {
  if (field === 'title') return own(item, 'title') ?? item.name;
  if (field === 'description') return own(item, 'description') ?? item.body;
  return item.summary;
}

/**
 * The text of `field` to show: the easy one while `on` and the item has it, else the standard
 * one (per field: an item with only `easy.title` keeps its standard summary).
 */
export function easyText(item: EasyItem, field: EasyField, on: boolean): string | undefined {
  return (on ? own(item.easy, field) : undefined) ?? standard(item, field);
}

/** Whether an item has at least one text in Leichte Sprache. */
export const hasEasy = (item: EasyItem | undefined): boolean =>
  !!item?.easy && Object.values(item.easy).some((text) => typeof text === 'string');

/** The feed's lists whose items can have easy texts. */
export type EasyList = 'events' | 'networks' | 'programmes' | 'posts';
export const EASY_LISTS: readonly EasyList[] = ['events', 'networks', 'programmes', 'posts'];

const cache = new WeakMap<ValidFeed, Set<EasyList>>();

/** Whether some item of one of `lists` has an easy text (computed once per feed). */
export function hasEasyTexts(feed: ValidFeed, lists: readonly EasyList[] = EASY_LISTS): boolean {
  let found = cache.get(feed);
  if (!found) {
    found = new Set(EASY_LISTS.filter((list) => (feed[list] as EasyItem[]).some(hasEasy)));
    cache.set(feed, found);
  }
  return lists.some((list) => found.has(list));
}
