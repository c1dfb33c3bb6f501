/**
 * `<news-card>` renders a post as `<news-list>` does (news-list/post.ts), with the same texts:
 * one table for both.
 */
export { strings } from '../news-list/news-list.strings.js';
