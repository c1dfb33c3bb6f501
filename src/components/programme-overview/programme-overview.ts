import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { EasyList } from '../../data/easy.js';
import { easyText } from '../../data/easy.js';
import { fill } from '../../data/messages.js';
import { formatPeriod } from '../../data/networks.js';
import { isSafeUrl, type ValidFeed } from '../../data/parse.js';
import type { Office } from '../../data/types.js';
import { defineElement } from '../../shared/define.js';
import { FeedElement } from '../../shared/feed-element.js';
import { heading } from '../../shared/heading.js';
import { stateName } from '../../shared/i18n.js';
import { link, list, mailtoUrl, renderText, row, telUrl } from '../../shared/markup.js';
import { strings } from './programme-overview.strings.js';
import { styles } from './programme-overview.styles.js';

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
 */
export class ProgrammeOverview extends FeedElement {
  static override styles = [...FeedElement.styles, styles];

  /** The id of the programme to show. Without it, the feed's first programme. */
  @property({ attribute: 'programme-id' }) programmeId?: string;

  /** Level of the heading, 2–6. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  protected override easyLists: readonly EasyList[] = ['programmes'];

  protected renderFeed(feed: ValidFeed): TemplateResult {
    const locale = this.lang_;
    const text = strings[locale];
    const id = this.programmeId;
    const p = id ? feed.programmes.find((x) => x.id === id) : feed.programmes[0];
    if (!p) return this.renderEmpty(id ? fill(text.notFound, { id }) : text.empty);
    const offices = (p.offices ?? []).flatMap((o) => feed.offices.find((x) => x.id === o) ?? []);
    return html`<article part="overview" class="frame overview" aria-labelledby="h">
      ${heading(
        this.headingLevel,
        html`<span class="kicker">${text.title}</span
          ><span class="visually-hidden">: </span>${easyText(p, 'title', this.easy_)}`,
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
