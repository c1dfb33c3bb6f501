import { css, html, nothing, type TemplateResult } from 'lit';
import { formatPeriod } from '../../data/networks.js';
import { isSafeUrl, type ValidFeed } from '../../data/parse.js';
import type { Office } from '../../data/types.js';
import { defineElement } from '../../shared/define.js';
import { FeedElement } from '../../shared/feed-element.js';
import { heading } from '../../shared/heading.js';
import { stateName, type Strings } from '../../shared/i18n.js';
import { link, list, mailtoUrl, renderText, row, telUrl } from '../../shared/markup.js';

const strings: Strings<
  | 'title'
  | 'when'
  | 'who'
  | 'where'
  | 'how'
  | 'partners'
  | 'initiative'
  | 'offices'
  | 'email'
  | 'phone'
  | 'more'
  | 'notFound'
  | 'empty'
> = {
  de: {
    title: 'Programm im Überblick',
    when: 'Wann?',
    who: 'Für wen?',
    where: 'Wo?',
    how: 'Wirkt wie?',
    partners: 'Partner',
    initiative: 'Teil der Initiative',
    offices: 'Regionalbüros',
    email: 'E-Mail',
    phone: 'Telefon',
    more: 'Zur Programmseite',
    notFound: 'Das Programm „{id}“ ist im Feed nicht enthalten.',
    empty: 'Der Feed enthält kein Programm.',
  },
  en: {
    title: 'Programme at a glance',
    when: 'When?',
    who: 'For whom?',
    where: 'Where?',
    how: 'How does it work?',
    partners: 'Partners',
    initiative: 'Part of the initiative',
    offices: 'Regional offices',
    email: 'Email',
    phone: 'Phone',
    more: 'Programme page',
    notFound: 'The programme “{id}” is not in the feed.',
    empty: 'The feed has no programme.',
  },
};

type Text = (typeof strings)['de'];

/**
 * "Programm im Überblick": one programme at a glance.
 *
 * @summary One programme as a description list: Wann? Für wen? Wo? Wirkt wie? Partner, the
 * initiative it belongs to and its regional offices with contacts.
 *
 * @csspart overview - The programme's `<article>`.
 * @csspart heading - The heading ("Programm im Überblick" and the programme's name).
 * @csspart facts - The description list.
 * @csspart link - The link to the programme's own page.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error box.
 * @csspart retry - The retry button in the error box.
 * @csspart empty - The empty and not-found state.
 *
 * @cssprop [--bn-accent=#0b5cad] - Accent colour: links.
 * @cssprop [--bn-text=inherit] - Text colour (inherited from the page by default).
 * @cssprop [--bn-muted] - Secondary text colour.
 * @cssprop [--bn-border] - Border colour.
 * @cssprop [--bn-surface=transparent] - Background.
 * @cssprop [--bn-radius=0.5em] - Corner radius.
 * @cssprop [--bn-space=1em] - Spacing unit.
 * @cssprop [--bn-font=inherit] - Font family (inherited from the page by default).
 * @cssprop [--bn-focus=#1a73e8] - Focus ring colour.
 *
 * @fires feed-load - The feed was loaded and rendered. `detail: { feed, issues, source }`.
 * @fires feed-error - The feed could not be loaded. `detail: { error, message, source }`.
 */
export class ProgrammeOverview extends FeedElement {
  static override styles = [
    ...FeedElement.styles,
    css`
      .heading {
        font-size: 1.2em;
      }
      .kicker {
        display: block;
        font-size: 0.8em;
        color: var(--_muted);
      }
      dl {
        margin: 0.75em 0 0;
      }
      dt {
        font-weight: 700;
        margin-top: 0.75em;
      }
      dd,
      dd p,
      dd ul {
        margin: 0;
      }
      dd ul {
        padding-left: 1.25em;
      }
      .contact {
        display: block;
      }
    `,
  ];

  static override properties = {
    programmeId: { attribute: 'programme-id' },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** The id of the programme to show. Without it, the feed's first programme. */
  programmeId?: string;

  /** Level of the heading, 2–6. */
  headingLevel = 3;

  protected renderFeed(feed: ValidFeed): TemplateResult {
    const locale = this.lang_;
    const text = strings[locale];
    const id = this.programmeId;
    const p = id ? feed.programmes.find((x) => x.id === id) : feed.programmes[0];
    if (!p) return this.renderEmpty(id ? text.notFound.replace('{id}', id) : text.empty);
    const offices = (p.offices ?? []).flatMap((o) => feed.offices.find((x) => x.id === o) ?? []);
    return html`<article part="overview" class="frame overview" aria-labelledby="h">
      ${heading(
        this.headingLevel,
        html`<span class="kicker">${text.title}</span><span class="visually-hidden">: </span>${p.name}`,
        'heading',
        'h',
      )}
      <dl part="facts">
        ${row(text.when, p.period && formatPeriod(p.period.from, p.period.to, feed.timeZone, locale))}
        ${row(text.who, p.audience)}
        ${row(
          text.where,
          p.regions?.length && new Intl.ListFormat(locale).format(p.regions.map((r) => stateName(r, locale))),
        )}
        ${row(text.how, renderText(p.approach))}
        ${row(
          text.partners,
          list(p.partners, (x) => link(x.url, x.name)),
        )}
        ${row(text.initiative, p.initiative)}
        ${row(
          text.offices,
          list(offices, (o) => office(o, text)),
        )}
      </dl>
      ${isSafeUrl(p.url) ? html`<p><a part="link" href=${p.url}>${text.more}</a></p>` : nothing}
    </article>`;
  }
}

/** An office: its name (linked), city, e-mail and phone (linked when they are real addresses). */
function office(o: Office, text: Text) {
  return html`${link(o.url, o.name)}${o.city ? `, ${o.city}` : ''}
  ${o.email ? html`<span class="contact">${text.email}: ${link(mailtoUrl(o.email), o.email)}</span>` : nothing}
  ${o.phone ? html`<span class="contact">${text.phone}: ${link(telUrl(o.phone), o.phone)}</span>` : nothing}`;
}

defineElement('programme-overview', ProgrammeOverview);

declare global {
  interface HTMLElementTagNameMap {
    'programme-overview': ProgrammeOverview;
  }
}
