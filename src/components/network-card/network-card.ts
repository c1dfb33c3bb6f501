import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { hasEasy, type EasyList } from '../../data/easy.js';
import { fill } from '../../data/messages.js';
import type { ValidFeed } from '../../data/parse.js';
import { defineElement } from '../../shared/define.js';
import { FeedElement } from '../../shared/feed-element.js';
import { renderNetwork } from '../network-list/network.js';
import { strings } from './network-card.strings.js';
import { styles } from './network-card.styles.js';

/**
 * One network, rendered exactly as in `<network-list>`.
 *
 * @summary One network: kind, states, responsible office, cadence, members by state and the
 * next meeting from the feed's events.
 *
 * @csspart network - The network's `<article>`.
 * @csspart heading - The network's name.
 * @csspart facts - The description list (kind, states, office, …).
 * @csspart members - The members disclosure (`<details>`).
 * @csspart link - The link to the network's own page.
 */
export class NetworkCard extends FeedElement {
  static override styles = [...FeedElement.styles, styles];

  /** The id of the network to show. Without it, the feed's first network. */
  @property({ attribute: 'network-id' }) networkId?: string;

  /** Level of the network's heading, 2–6. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  protected override easyLists: readonly EasyList[] = ['networks'];

  /** The card offers Leichte Sprache when the network it shows has such texts. */
  protected override offersEasyLanguage(feed: ValidFeed): boolean {
    return hasEasy(this.#network(feed));
  }

  #network(feed: ValidFeed) {
    return this.networkId ? feed.networks.find((n) => n.id === this.networkId) : feed.networks[0];
  }

  protected renderFeed(feed: ValidFeed): TemplateResult {
    const locale = this.lang_;
    const text = strings[locale];
    const network = this.#network(feed);
    if (!network)
      return this.renderEmpty(this.networkId ? fill(text.notFound, { id: this.networkId }) : text.noNetworks);
    return renderNetwork(network, {
      feed,
      locale,
      now: this.referenceNow(feed),
      headingLevel: this.headingLevel,
      key: 'n',
      easy: this.easy_,
    });
  }
}

defineElement('network-card', NetworkCard);

declare global {
  interface HTMLElementTagNameMap {
    'network-card': NetworkCard;
  }
}
