/**
 * "Kalender abonnieren": the subscription calendars of the feed (`calendars`), for
 * `<event-list>` and `<meeting-calendar>`. A native disclosure (`<details>`), closed at first;
 * inside, each calendar with its links (`webcal://`, Google's "add by URL", Outlook.com's and
 * Microsoft 365's "add from web") and its address to copy, those that fit the filters in force
 * first (marked "passt zu Ihrer Auswahl"). The links are plain links: nothing is requested
 * from any calendar provider before the visitor clicks one. Style it with
 * `subscriptionStyles` (subscriptions.styles.ts) and `copyFieldStyles` (copy-field.styles.ts).
 *
 * Parts: `subscriptions` (the `<details>`), `subscriptions-summary`, `subscription` (one
 * calendar), `subscription-link`, `copy-field`, `copy-button`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { rankCalendars, subscriptionLinks } from '../data/calendar-links.js';
import type { EventFilter } from '../data/filter.js';
import type { SubscriptionCalendar } from '../data/types.js';
import { copyField } from './copy-field.js';
import type { Locale } from './i18n.js';
import { strings } from './subscriptions.strings.js';

export function subscriptions(
  calendars: readonly SubscriptionCalendar[] | undefined,
  filters: readonly EventFilter[],
  locale: Locale,
): TemplateResult | typeof nothing {
  const ranked = rankCalendars(calendars ?? [], filters);
  if (!ranked.length) return nothing;
  const t = strings[locale];
  const link = (href: string, label: string, blank = true) =>
    html`<li>
      <a
        part="subscription-link"
        href=${href}
        target=${blank ? '_blank' : nothing}
        rel=${blank ? 'noopener' : nothing}
        >${label}${blank ? html`<span class="visually-hidden"> ${t.newWindow}</span>` : nothing}</a
      >
    </li>`;
  return html`<details part="subscriptions" class="subscriptions">
    <summary part="subscriptions-summary">${t.summary}</summary>
    <p>${t.intro}</p>
    ${ranked.map(({ calendar, matches }, i) => {
      const links = subscriptionLinks(calendar);
      return html`<section part="subscription" class="subscription" aria-labelledby="sub-${i}">
        <p class="subscription-title" id="sub-${i}">
          ${calendar.title}
          ${matches ? html`<span class="subscription-matches">(${t.matches})</span>` : nothing}
        </p>
        <ul class="subscription-links">
          ${link(links.webcal, t.webcal, false)} ${link(links.google, t.google)}
          ${link(links.outlook, t.outlook)} ${link(links.office, t.office)}
        </ul>
        <p class="subscription-copy">
          ${t.copy} ${copyField(`sub-url-${i}`, links.url, `${t.copy} ${calendar.title}`, locale)}
        </p>
      </section>`;
    })}
  </details>`;
}
