/**
 * What the "add to calendar" menu holds (calendar-menu.ts loads this on the first open): the
 * provider links, built in the browser from the event (src/data/calendar-links.ts), the `.ics`
 * items, and in an in-app browser the hint with the page's link to copy.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { providerLinks } from '../../data/calendar-links.js';
import { copyField } from '../../shared/copy-field.js';
import type { CalendarMenuOptions, IcsMode } from './calendar-menu.js';
import { strings } from './calendar-menu.strings.js';

/** The items of the open menu: Apple (`.ics`), Google, Outlook.com, Microsoft 365, `.ics` download. */
export function menuItems(
  options: CalendarMenuOptions,
  inApp: boolean,
  chosen: (then?: () => void) => () => void,
): TemplateResult {
  const t = strings[options.locale];
  const links = providerLinks(options.event, options.timeZone);
  const link = (label: string, href: string | undefined) =>
    href
      ? html`<li role="none">
          <a
            role="menuitem"
            tabindex="-1"
            part="calendar-item"
            class="calendar-item"
            href=${href}
            target="_blank"
            rel="noopener"
            @click=${chosen()}
            >${label}<span class="visually-hidden"> ${t.newWindow}</span></a
          >
        </li>`
      : nothing;
  // An in-app browser drops downloads silently: no `.ics` items there (the hint says what to do).
  const file = (label: string, mode: IcsMode) =>
    inApp
      ? nothing
      : html`<li role="none">
          <button
            type="button"
            role="menuitem"
            tabindex="-1"
            part="calendar-item"
            class="calendar-item"
            data-ics=${mode}
            @click=${chosen(() => options.onIcs(mode))}
          >
            ${label}
          </button>
        </li>`;
  return html`${file(t.apple, 'open')} ${link(t.google, links?.google)} ${link(t.outlook, links?.outlook)}
  ${link(t.office, links?.office)} ${file(t.download, 'download')}`;
}

/** In an in-app browser: open the page in a real browser, or copy its link. */
export function inAppHint(options: CalendarMenuOptions): TemplateResult {
  const t = strings[options.locale];
  return html`<p part="calendar-hint" class="calendar-hint">
    ${t.inApp} ${copyField('calendar-copy', options.pageUrl, t.inAppLink, options.locale)}
  </p>`;
}
