import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { hasEasy, type EasyList } from '../../data/easy.js';
import { fill } from '../../data/messages.js';
import type { ValidFeed } from '../../data/parse.js';
import { selectPosts } from '../../data/posts.js';
import { defineElement } from '../../shared/define.js';
import { FeedElement } from '../../shared/feed-element.js';
import { headingLevel } from '../../shared/heading.js';
import { renderPost } from '../news-list/post.js';
import { strings } from './news-card.strings.js';
import { styles } from './news-card.styles.js';

/**
 * One news post in full, rendered as in `<news-list>` and with its body (paragraphs and
 * lists) and, when the post names a `chart`, that network's `<participation-chart>` in place.
 *
 * @summary One post in full: date, title, image with credit, summary, body, the participation
 * chart it names, topics.
 *
 * @csspart post - The post's `<article>`.
 * @csspart heading - The post's title.
 * @csspart date - The publication date.
 * @csspart image - The picture (`<figure>`).
 * @csspart credit - The picture's credit line ("Bildquelle: DKJS").
 * @csspart summary - The summary.
 * @csspart body - The body: paragraphs and lists.
 * @csspart chart - The `<participation-chart>` the post names (style its inside through its own parts).
 * @csspart topics - The topics.
 * @csspart link - The link to the post on the publisher's site.
 *
 * @cssprop [--bn-link] - Link colour.
 */
export class NewsCard extends FeedElement {
  static override styles = [...FeedElement.styles, styles];

  /** The id of the post to show. Without it, the newest post. */
  @property({ attribute: 'post-id' }) postId?: string;

  /** Level of the post's heading, 2–6. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  protected override easyLists: readonly EasyList[] = ['posts'];

  /** The card offers Leichte Sprache when the post it shows has such texts. */
  protected override offersEasyLanguage(feed: ValidFeed): boolean {
    return hasEasy(this.#post(feed));
  }

  #post(feed: ValidFeed) {
    return this.postId ? feed.posts.find((p) => p.id === this.postId) : selectPosts(feed)[0];
  }

  protected renderFeed(feed: ValidFeed): TemplateResult {
    const text = strings[this.lang_];
    const post = this.#post(feed);
    if (!post) return this.renderEmpty(this.postId ? fill(text.notFound, { id: this.postId }) : text.noPosts);
    return renderPost(post, {
      feed,
      locale: this.lang_,
      headingLevel: headingLevel(this.headingLevel),
      key: 'p',
      full: true,
      easy: this.easy_,
      today: this.today,
    });
  }
}

defineElement('news-card', NewsCard);

declare global {
  interface HTMLElementTagNameMap {
    'news-card': NewsCard;
  }
}
