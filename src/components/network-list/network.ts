/**
 * One network as an `<article>`: what `<network-list>` repeats and `<network-card>` shows once.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { formatEventDate } from '../../data/dates.js';
import { formatPeriod, membersByState } from '../../data/networks.js';
import { isSafeUrl, type ValidFeed } from '../../data/parse.js';
import type { Network } from '../../data/types.js';
import { nextMeeting } from '../../data/views.js';
import { heading } from '../../shared/heading.js';
import { link, list, renderText, row } from '../../shared/markup.js';
import { stateName, type Locale, type Strings } from '../../shared/i18n.js';

export const strings: Strings<
  | 'network'
  | 'kind'
  | 'states'
  | 'office'
  | 'cadence'
  | 'period'
  | 'audience'
  | 'requirements'
  | 'topics'
  | 'members'
  | 'memberCount'
  | 'noState'
  | 'next'
  | 'none'
  | 'more'
  | 'noNetworks'
  | 'noMatch'
  | 'state'
  | 'topic'
  | 'byOffice'
  | 'notFound'
> = {
  de: {
    network: 'Netzwerk',
    kind: 'Art',
    states: 'Bundesländer',
    office: 'Zuständig',
    cadence: 'Treffen',
    period: 'Laufzeit',
    audience: 'Für wen?',
    requirements: 'Teilnahmevoraussetzung',
    topics: 'Themen',
    members: 'Mitglieder',
    memberCount: '{n} Kommunen anzeigen',
    noState: 'Ohne Bundesland',
    next: 'Nächstes Treffen',
    none: 'Kein Termin geplant',
    more: 'Zur Netzwerkseite',
    noNetworks: 'Der Feed enthält keine Netzwerke.',
    noMatch: 'Keine Netzwerke für {filter}.',
    state: 'Bundesland',
    topic: 'Thema',
    byOffice: 'Regionalbüro',
    notFound: 'Das Netzwerk „{id}“ ist im Feed nicht enthalten.',
  },
  en: {
    network: 'Network',
    kind: 'Kind',
    states: 'States',
    office: 'Responsible office',
    cadence: 'Meetings',
    period: 'Period',
    audience: 'For whom?',
    requirements: 'Requirement',
    topics: 'Topics',
    members: 'Members',
    memberCount: 'Show {n} municipalities',
    noState: 'No state',
    next: 'Next meeting',
    none: 'No meeting planned',
    more: 'Network page',
    noNetworks: 'The feed has no networks.',
    noMatch: 'No networks for {filter}.',
    state: 'state',
    topic: 'topic',
    byOffice: 'office',
    notFound: 'The network “{id}” is not in the feed.',
  },
};

export interface NetworkContext {
  feed: ValidFeed;
  locale: Locale;
  headingLevel: number;
  /** The reference instant for the next meeting. */
  now: number;
  /** Unique within the shadow root: the prefix of ids. */
  key: string;
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
    ${heading(ctx.headingLevel, network.name, 'heading', id)}
    ${subtitle.length ? html`<p class="subtitle">${subtitle.join(' · ')}</p>` : nothing}
    <div class="description">${renderText(network.description)}</div>
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
                <summary>${text.memberCount.replace('{n}', String(members.length))}</summary>
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

export const networkStyles = css`
  .heading {
    font-size: 1.2em;
  }
  .subtitle {
    color: var(--_muted);
    margin: 0.25em 0 0;
  }
  .description p,
  .description ul {
    margin: 0.75em 0 0;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(8em, max-content) 1fr;
    gap: 0.4em 1em;
    margin: 1em 0 0;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
  }
  @container (max-width: 30em) {
    dl {
      grid-template-columns: 1fr;
      gap: 0;
    }
    dd {
      margin-bottom: 0.5em;
    }
  }
  .date {
    display: block;
    font-weight: 600;
  }
  summary {
    cursor: pointer;
    color: var(--_link);
    min-height: 1.5em;
  }
  .groups {
    margin: 0.5em 0 0;
    padding-left: 1.25em;
  }
  .group {
    font-weight: 600;
  }
  .groups ul {
    padding-left: 1.25em;
  }
`;
