import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { EasyList } from '../../data/easy.js';
import { fill, listOf, quote } from '../../data/messages.js';
import type { ValidFeed } from '../../data/parse.js';
import { parsePostFilter, selectPosts } from '../../data/posts.js';
import type { Post } from '../../data/types.js';
import { defineElement } from '../../shared/define.js';
import { FeedElement } from '../../shared/feed-element.js';
import { headingLevel } from '../../shared/heading.js';
import { strings } from './news-list.strings.js';
import { styles } from './news-list.styles.js';
import { postStyles } from './post.styles.js';
import { renderPost } from './post.js';

/**
 * The feed's news posts, newest first: date, title, summary, image with its credit line and
 * topics; each links to the full post on the publisher's site. `<news-card>` shows one post in
 * full, rendered the same way.
 *
 * @summary News and reports, newest first: date, title, summary, image with credit, topics;
 * filtered by topic and network, with "Weitere Beiträge".
 *
 * @csspart list - The list of posts.
 * @csspart post - One post's `<article>`.
 * @csspart heading - A post's title.
 * @csspart date - A post's publication date.
 * @csspart image - A post's picture (`<figure>`).
 * @csspart credit - The picture's credit line ("Bildquelle: DKJS").
 * @csspart summary - A post's summary.
 * @csspart topics - A post's topics.
 * @csspart link - The link to the post on the publisher's site.
 * @csspart more - The "Weitere Beiträge" button.
 *
 * @cssprop [--bn-link] - Link colour.
 */
export class NewsList extends FeedElement {
  static override styles = [...FeedElement.styles, postStyles, styles];

  /** Only posts with one of these topics: space-separated topic ids. */
  @property() topic?: string;

  /** Only posts about one of these networks: space-separated network ids. */
  @property() network?: string;

  /** How many posts to show at first and with each "Weitere Beiträge"; without it, all. */
  @property({ type: Number }) limit?: number;

  /** Level of each post's heading, 2–6. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  protected override easyLists: readonly EasyList[] = ['posts'];

  /** How many posts the visitor has asked to see beyond `limit`. */
  #extra = 0;
  /** The index of the post to focus after the next render ("Weitere Beiträge"). */
  #focusIndex?: number;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('limit') || changed.has('topic') || changed.has('network')) this.#extra = 0;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusIndex === undefined) return;
    const post = this.renderRoot.querySelector<HTMLElement>(`li[data-index="${this.#focusIndex}"] > article`);
    this.#focusIndex = undefined;
    post?.focus();
  }

  /** Reveals the next `limit` posts and moves focus to the first of them. */
  showMore(): void {
    const batch = this.#batch;
    if (batch === undefined) return;
    this.#focusIndex = batch + this.#extra;
    this.#extra += batch;
    this.requestUpdate();
  }

  get #batch(): number | undefined {
    const limit = Math.floor(Number(this.limit));
    return limit > 0 ? limit : undefined;
  }

  protected renderFeed(feed: ValidFeed): TemplateResult {
    const locale = this.lang_;
    const text = strings[locale];
    const filter = parsePostFilter(this);
    const posts = selectPosts(feed, filter);
    if (!posts.length) {
      if (!feed.posts.length) return this.renderEmpty(text.noPosts);
      const named = [
        filter.topics?.length &&
          fill(text.topic, {
            list: listOf(
              filter.topics.map((id) => quote(byId(feed.topics, id)?.label ?? id, locale)),
              locale,
              'disjunction',
            ),
          }),
        filter.networks?.length &&
          fill(text.network, {
            list: listOf(
              filter.networks.map((id) => {
                const n = byId(feed.networks, id);
                return quote(n ? (n.shortName ?? n.name) : id, locale);
              }),
              locale,
              'disjunction',
            ),
          }),
      ].filter(Boolean);
      return this.renderEmpty(fill(text.noMatch, { filter: named.join(text.and) }));
    }
    const batch = this.#batch;
    const shown = batch === undefined ? posts.length : Math.min(posts.length, batch + this.#extra);
    const remaining = posts.length - shown;
    return html`<ul part="list" class="list">
        ${posts.slice(0, shown).map((post, i) => this.#item(post, i, feed))}
      </ul>
      ${
        remaining > 0
          ? html`<button type="button" part="more" class="more" @click=${this.showMore}>
              ${text.more} <span class="remaining">${fill(text.remaining, { n: remaining })}</span>
            </button>`
          : nothing
      }`;
  }

  #item(post: Post, i: number, feed: ValidFeed): TemplateResult {
    return html`<li data-index=${i}>
      ${renderPost(post, {
        feed,
        locale: this.lang_,
        headingLevel: headingLevel(this.headingLevel),
        key: `p${i}`,
        full: false,
        easy: this.easy_,
        focusable: this.#batch !== undefined,
      })}
    </li>`;
  }
}

/** The item of that id, compared case-insensitively as the filter does. */
const byId = <T extends { id: string }>(items: readonly T[], id: string) =>
  items.find((x) => x.id.toLowerCase() === id.toLowerCase());

defineElement('news-list', NewsList);

declare global {
  interface HTMLElementTagNameMap {
    'news-list': NewsList;
  }
}
