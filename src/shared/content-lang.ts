import type { ReactiveController, ReactiveElement } from 'lit';
import type { Locale } from './i18n.js';

/**
 * Puts the element's locale as `lang` on the top-level elements of its shadow root after every
 * update, so that hyphenation (`hyphens: auto`), quotes and screen readers use the language the
 * text is written in, also when it differs from the page's (`locale="en"` on a German page, or a
 * page without `lang`). The host element itself is left as the page wrote it.
 */
export class ContentLang implements ReactiveController {
  constructor(
    private readonly host: ReactiveElement,
    private readonly locale: () => Locale,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const lang = this.locale();
    for (const child of this.host.renderRoot.children)
      if (child.getAttribute('lang') !== lang) child.setAttribute('lang', lang);
  }
}
