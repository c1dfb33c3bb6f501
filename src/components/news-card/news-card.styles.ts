import { postStyles } from '../news-list/post.styles.js';

/** `<news-card>` shows one post as `<news-list>` does: the same styles. */
export const styles = postStyles;
