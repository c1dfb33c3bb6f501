import { html, type TemplateResult } from 'lit';

/** A heading level an element may use: `heading-level` 2–6, anything else falls back to 3. */
export function headingLevel(value: unknown): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 2 && level <= 6 ? level : 3;
}

/**
 * A real `<h2>`–`<h6>` (semantic HTML, not role="heading"), with a CSS part and class. `dir="auto"`:
 * a right-to-left title is laid out right to left, and its bidi controls stay inside the heading.
 */
export function heading(level: number, content: unknown, part = 'heading', id?: string): TemplateResult {
  switch (headingLevel(level)) {
    case 2:
      return html`<h2 part=${part} class="heading" id=${id ?? ''} dir="auto">${content}</h2>`;
    case 4:
      return html`<h4 part=${part} class="heading" id=${id ?? ''} dir="auto">${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class="heading" id=${id ?? ''} dir="auto">${content}</h5>`;
    case 6:
      return html`<h6 part=${part} class="heading" id=${id ?? ''} dir="auto">${content}</h6>`;
    default:
      return html`<h3 part=${part} class="heading" id=${id ?? ''} dir="auto">${content}</h3>`;
  }
}
