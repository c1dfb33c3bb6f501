/**
 * A link to copy: the URL in a read-only field (selected on focus, so it can be copied by hand
 * where the clipboard is blocked, as in some in-app browsers) and a "Kopieren" button that
 * writes it to the clipboard and says so in a polite live region. Used by the calendar menu's
 * in-app hint and the subscription block. Style it with `copyFieldStyles` (copy-field.styles.ts).
 */
import { html, type TemplateResult } from 'lit';
import type { Locale, Strings } from './i18n.js';

export const copyFieldStrings: Strings<'copy' | 'copied' | 'failed'> = {
  de: {
    copy: 'Kopieren',
    copied: 'Link kopiert.',
    failed: 'Kopieren nicht möglich: Bitte markieren und kopieren Sie den Link von Hand.',
  },
  en: {
    copy: 'Copy',
    copied: 'Link copied.',
    failed: 'Copying is not possible here: please select and copy the link by hand.',
  },
};

/** Writes `text` to the clipboard; the status element says whether it worked. */
async function copy(text: string, field: HTMLInputElement, status: Element, locale: Locale) {
  const t = copyFieldStrings[locale];
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = t.copied;
  } catch {
    field.focus();
    field.select();
    status.textContent = t.failed;
  }
}

/**
 * The field, the button and the status line. `id` must be unique in the shadow root; `label`
 * is the field's accessible name (visible text nearby says what the link is for).
 */
export function copyField(id: string, url: string, label: string, locale: Locale): TemplateResult {
  const onClick = (event: Event) => {
    const root = (event.currentTarget as Element).closest('.copy-field')!;
    void copy(url, root.querySelector('input')!, root.querySelector('.copy-status')!, locale);
  };
  return html`<span class="copy-field" part="copy-field">
    <input
      id=${id}
      type="text"
      readonly
      .value=${url}
      aria-label=${label}
      @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
    />
    <button type="button" class="secondary" part="copy-button" @click=${onClick}>
      ${copyFieldStrings[locale].copy}
    </button>
    <span class="copy-status" role="status"></span>
  </span>`;
}
