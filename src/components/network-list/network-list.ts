import { css, html, type TemplateResult } from 'lit';
import { filterNetworks, words } from '../../data/networks.js';
import type { ValidFeed } from '../../data/parse.js';
import { defineElement } from '../../shared/define.js';
import { FeedElement } from '../../shared/feed-element.js';
import { stateName } from '../../shared/i18n.js';
import { networkStyles, renderNetwork, strings } from './network.js';

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
 * @csspart loading - The loading placeholder.
 * @csspart error - The error box.
 * @csspart retry - The retry button in the error box.
 * @csspart empty - The empty state (no networks, or none for the filter).
 *
 * @cssprop [--bn-accent=#0b5cad] - Accent colour: links, the members disclosure.
 * @cssprop [--bn-text=inherit] - Text colour (inherited from the page by default).
 * @cssprop [--bn-muted] - Secondary text colour.
 * @cssprop [--bn-border] - Border colour.
 * @cssprop [--bn-surface=transparent] - Background of a network.
 * @cssprop [--bn-radius=0.5em] - Corner radius.
 * @cssprop [--bn-space=1em] - Spacing unit.
 * @cssprop [--bn-font=inherit] - Font family (inherited from the page by default).
 * @cssprop [--bn-focus=#1a73e8] - Focus ring colour.
 *
 * @fires feed-load - The feed was loaded and rendered. `detail: { feed, issues, source }`.
 * @fires feed-error - The feed could not be loaded. `detail: { error, message, source }`.
 */
export class NetworkList extends FeedElement {
  static override styles = [
    ...FeedElement.styles,
    networkStyles,
    css`
      .list {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: var(--_space);
      }
    `,
  ];

  static override properties = {
    state: {},
    topic: {},
    office: {},
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** Only networks in one of these states: space-separated codes, e.g. `BB MV`. */
  state?: string;

  /** Only networks with one of these topics: space-separated topic ids. */
  topic?: string;

  /** Only networks of one of these offices: space-separated office ids. */
  office?: string;

  /** Level of each network's heading, 2–6. */
  headingLevel = 3;

  protected renderFeed(feed: ValidFeed): TemplateResult {
    const locale = this.lang_;
    const text = strings[locale];
    const filter = { states: words(this.state), topics: words(this.topic), offices: words(this.office) };
    const networks = filterNetworks(feed.networks, filter);
    if (!networks.length) {
      if (!feed.networks.length) return this.renderEmpty(text.noNetworks);
      const or = new Intl.ListFormat(locale, { type: 'disjunction' });
      const [open, close] = locale === 'de' ? ['„', '“'] : ['“', '”'];
      const parts: [string, string[]][] = [
        [text.state, filter.states.map((s) => stateName(s.toUpperCase(), locale))],
        [text.topic, filter.topics.map((t) => feed.topics.find((x) => x.id === t)?.label ?? t)],
        [text.byOffice, filter.offices.map((o) => feed.offices.find((x) => x.id === o)?.name ?? o)],
      ];
      const description = parts
        .filter(([, values]) => values.length)
        .map(([label, values]) => `${label} ${or.format(values.map((v) => open + v + close))}`)
        .join(locale === 'de' ? ' und ' : ' and ');
      return this.renderEmpty(text.noMatch.replace('{filter}', description));
    }
    const now = this.referenceNow(feed);
    return html`<ul part="list" class="list">
      ${networks.map(
        (network, i) =>
          html`<li>
            ${renderNetwork(network, { feed, locale, now, headingLevel: this.headingLevel, key: `n${i}` })}
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
