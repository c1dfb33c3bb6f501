import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { EasyList } from '../../data/easy.js';
import { filterNetworks, words } from '../../data/networks.js';
import { fill } from '../../data/messages.js';
import type { ValidFeed } from '../../data/parse.js';
import { defineElement } from '../../shared/define.js';
import { FeedElement } from '../../shared/feed-element.js';
import { stateName } from '../../shared/i18n.js';
import { networkStyles } from './network.styles.js';
import { renderNetwork } from './network.js';
import { strings } from './network-list.strings.js';
import { styles } from './network-list.styles.js';

/**
 * The networks a Kommune can join.
 *
 * @summary The feed's networks, each with kind, states, responsible office, cadence, members by
 * state and the next meeting from the feed's events; filtered by state, topic and office.
 *
 * @csspart list - The list of networks.
 * @csspart network - One network's `<article>`.
 * @csspart heading - A network's name.
 * @csspart facts - A network's description list (kind, states, office, …).
 * @csspart members - The members disclosure (`<details>`).
 * @csspart link - The link to the network's own page.
 */
export class NetworkList extends FeedElement {
  static override styles = [...FeedElement.styles, networkStyles, styles];

  /** Only networks in one of these states: space-separated codes, e.g. `BB MV`. */
  @property() state?: string;

  /** Only networks with one of these topics: space-separated topic ids. */
  @property() topic?: string;

  /** Only networks of one of these offices: space-separated office ids. */
  @property() office?: string;

  /** Level of each network's heading, 2–6. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  protected override easyLists: readonly EasyList[] = ['networks'];

  protected renderFeed(feed: ValidFeed): TemplateResult {
    const locale = this.lang_;
    const text = strings[locale];
    const filter = { states: words(this.state), topics: words(this.topic), offices: words(this.office) };
    const networks = filterNetworks(feed.networks, filter);
    if (!networks.length) {
      if (!feed.networks.length) return this.renderEmpty(text.noNetworks);
      const or = new Intl.ListFormat(locale, { type: 'disjunction' });
      const quote = (value: string) => fill(text.quoted, { value });
      const parts: [string, string[]][] = [
        [text.state, filter.states.map((s) => stateName(s.toUpperCase(), locale))],
        [text.topic, filter.topics.map((t) => feed.topics.find((x) => x.id === t)?.label ?? t)],
        [text.byOffice, filter.offices.map((o) => feed.offices.find((x) => x.id === o)?.name ?? o)],
      ];
      const description = parts
        .filter(([, values]) => values.length)
        .map(([label, values]) => `${label} ${or.format(values.map(quote))}`)
        .join(text.and);
      return this.renderEmpty(fill(text.noMatch, { filter: description }));
    }
    const now = this.referenceNow(feed);
    return html`<ul part="list" class="list">
      ${networks.map(
        (network, i) =>
          html`<li>
            ${renderNetwork(network, {
              feed,
              locale,
              now,
              headingLevel: this.headingLevel,
              key: `n${i}`,
              easy: this.easy_,
            })}
          </li>`,
      )}
    </ul>`;
  }
}

defineElement('network-list', NetworkList);

declare global {
  interface HTMLElementTagNameMap {
    'network-list': NetworkList;
  }
}
