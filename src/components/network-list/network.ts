/**
 * One network as an `<article>`: what `<network-list>` repeats and `<network-card>` shows once.
 * Styled by `networkStyles` (network.styles.ts); texts in network-list.strings.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatEventDate } from '../../data/dates.js';
import { easyText } from '../../data/easy.js';
import { fill } from '../../data/messages.js';
import { formatPeriod, membersByState } from '../../data/networks.js';
import { isSafeUrl, type ValidFeed } from '../../data/parse.js';
import type { Network } from '../../data/types.js';
import { nextMeeting } from '../../data/views.js';
import { heading } from '../../shared/heading.js';
import { link, list, renderText, row } from '../../shared/markup.js';
import { stateName, type Locale } from '../../shared/i18n.js';
import { strings } from './network-list.strings.js';

export interface NetworkContext {
  feed: ValidFeed;
  locale: Locale;
  headingLevel: number;
  /** The reference instant for the next meeting. */
  now: number;
  /** Unique within the shadow root: the prefix of ids. */
  key: string;
  /** Name and description in Leichte Sprache where the network has them. */
  easy?: boolean;
}

export function renderNetwork(network: Network, ctx: NetworkContext): TemplateResult {
  const { feed, locale } = ctx;
  const text = strings[locale];
  const id = `${ctx.key}-h`;
  const office = feed.offices.find((o) => o.id === network.office);
  const topics = (network.topics ?? []).map((t) => feed.topics.find((x) => x.id === t)?.label ?? t);
  const meeting = nextMeeting(feed, network.id, ctx.now);
  const members = network.members ?? [];
  const subtitle = [
    network.number === undefined ? undefined : `${text.network} ${network.number}`,
    network.shortName,
  ].filter(Boolean);
  return html`<article part="network" class="frame network" aria-labelledby=${id}>
    ${heading(ctx.headingLevel, easyText(network, 'title', !!ctx.easy), 'heading', id)}
    ${subtitle.length ? html`<p class="subtitle">${subtitle.join(' · ')}</p>` : nothing}
    <div class="description">${renderText(easyText(network, 'description', !!ctx.easy))}</div>
    <dl part="facts">
      ${row(text.kind, network.kind)}
      ${row(text.states, network.states?.map((s) => stateName(s, locale)).join(', '))}
      ${row(text.office, office && link(office.url, office.name))} ${row(text.cadence, network.cadence)}
      ${row(text.period, formatPeriod(network.since, network.until, feed.timeZone, locale))}
      ${row(text.audience, network.audience)} ${row(text.requirements, network.requirements)}
      ${row(text.topics, topics.join(', '))}
      ${row(
        text.next,
        meeting
          ? html`<span class="date"
                >${formatEventDate(meeting.startValue, meeting.endValue, locale, meeting.tentative)}</span
              >
              ${link(meeting.url, meeting.title)}`
          : text.none,
      )}
      ${
        members.length
          ? row(
              text.members,
              html`<details part="members">
                <summary>
                  <span class="show">${fill(text.memberCount, { n: members.length })}</span
                  ><span class="hide">${fill(text.memberHide, { n: members.length })}</span>
                </summary>
                <ul class="groups">
                  ${membersByState(network).map(
                    (g) =>
                      html`<li>
                        <span class="group"
                          >${g.state ? stateName(g.state, locale) : text.noState} (${g.members.length})</span
                        >
                        ${list(g.members, (m) => m.name)}
                      </li>`,
                  )}
                </ul>
              </details>`,
            )
          : nothing
      }
    </dl>
    ${
      isSafeUrl(network.url)
        ? html`<p><a part="link" href=${network.url} aria-describedby=${id}>${text.more}</a></p>`
        : nothing
    }
  </article>`;
}
