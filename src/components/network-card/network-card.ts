import type { TemplateResult } from 'lit';
import type { ValidFeed } from '../../data/parse.js';
import { defineElement } from '../../shared/define.js';
import { FeedElement } from '../../shared/feed-element.js';
import { networkStyles, renderNetwork, strings } from '../network-list/network.js';

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
 * @csspart loading - The loading placeholder.
 * @csspart error - The error box.
 * @csspart retry - The retry button in the error box.
 * @csspart empty - The empty and not-found state.
 *
 * @cssprop [--bn-accent=#0b5cad] - Accent colour: links, the members disclosure.
 * @cssprop [--bn-text=inherit] - Text colour (inherited from the page by default).
 * @cssprop [--bn-muted] - Secondary text colour.
 * @cssprop [--bn-border] - Border colour.
 * @cssprop [--bn-surface=transparent] - Background of the card.
 * @cssprop [--bn-radius=0.5em] - Corner radius.
 * @cssprop [--bn-space=1em] - Spacing unit.
 * @cssprop [--bn-font=inherit] - Font family (inherited from the page by default).
 * @cssprop [--bn-focus=#1a73e8] - Focus ring colour.
 *
 * @fires feed-load - The feed was loaded and rendered. `detail: { feed, issues, source }`.
 * @fires feed-error - The feed could not be loaded. `detail: { error, message, source }`.
 */
export class NetworkCard extends FeedElement {
  static override styles = [...FeedElement.styles, networkStyles];

  static override properties = {
    networkId: { attribute: 'network-id' },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** The id of the network to show. Without it, the feed's first network. */
  networkId?: string;

  /** Level of the network's heading, 2–6. */
  headingLevel = 3;

  protected renderFeed(feed: ValidFeed): TemplateResult {
    const locale = this.lang_;
    const text = strings[locale];
    const network = this.networkId ? feed.networks.find((n) => n.id === this.networkId) : feed.networks[0];
    if (!network)
      return this.renderEmpty(
        this.networkId ? text.notFound.replace('{id}', this.networkId) : text.noNetworks,
      );
    return renderNetwork(network, {
      feed,
      locale,
      now: this.referenceNow(feed),
      headingLevel: this.headingLevel,
      key: 'n',
    });
  }
}

defineElement('network-card', NetworkCard);

declare global {
  interface HTMLElementTagNameMap {
    'network-card': NetworkCard;
  }
}
