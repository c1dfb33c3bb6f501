/**
 * The compact card (`<event-card variant="compact">`) as a template function, so views that
 * show hundreds of events (`<event-list>`, `<meeting-calendar>`) render the same markup inside
 * their own shadow root instead of one custom element, shadow root and feed task per event.
 * Style it with `compactCardStyles` (compact.styles.ts); its texts are `compactStrings`
 * (event-card.strings.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { changeTexts } from '../../data/changes.js';
import { DEFAULT_TIME_ZONE, formatEventDate } from '../../data/dates.js';
import { easyText } from '../../data/easy.js';
import { isSafeUrl, type ParsedEvent } from '../../data/parse.js';
import { heading } from '../../shared/heading.js';
import type { Locale } from '../../shared/i18n.js';
import { compactStrings } from './event-card.strings.js';

/** The place line: "musiculum, Kiel", "Online · …", or "Ort wird noch bekanntgegeben". */
export function placeLine(event: ParsedEvent, locale: Locale): string {
  const text = compactStrings[locale];
  const loc = event.location;
  const place = [loc?.name, loc?.city].filter(Boolean).join(', ');
  if (event.attendance === 'online') return [text.online, place].filter(Boolean).join(' · ');
  return place || (loc?.onlineUrl ? text.online : text.tba);
}

const dates: Record<Locale, WeakMap<ParsedEvent, string>> = { de: new WeakMap(), en: new WeakMap() };

/**
 * The event's date, formatted once per event and locale (lists re-render often). A cancelled
 * or postponed event's date no longer holds: struck through, and the badge says why.
 */
export function dateText(event: ParsedEvent, locale: Locale): unknown {
  let text = dates[locale].get(event);
  if (text === undefined) {
    text = formatEventDate(event.startValue, event.endValue, locale, event.tentative);
    dates[locale].set(event, text);
  }
  return event.status === 'cancelled' || event.status === 'postponed' ? html`<s>${text}</s>` : text;
}

/** The name of an event's status (cancelled, postponed, rescheduled); `''` for a scheduled event. */
export function statusLabel(event: ParsedEvent, locale: Locale): string {
  return event.status && event.status !== 'scheduled' ? compactStrings[locale][event.status] : '';
}

/** The status badge (cancelled, postponed, rescheduled); nothing for a scheduled event. */
export const statusBadge = (event: ParsedEvent, locale: Locale) => {
  const label = statusLabel(event, locale);
  return label ? html`<p part="status" class="status ${event.status}">${label}</p>` : nothing;
};

export interface CompactCardOptions {
  /** Level of the title heading, 2–6. */
  headingLevel: number;
  /** Id of the title (labels the card). */
  titleId: string;
  /** Makes the card focusable from script (`tabindex="-1"`), e.g. after "show more". */
  focusable?: boolean;
  /** The title in Leichte Sprache where the event has one. */
  easy?: boolean;
  /** The feed's time zone, for the dates of changes (default Europe/Berlin). */
  timeZone?: string;
}

/**
 * What changed, in words (not only by strike-through): "Geändert am 02.12.2026: vorher
 * Dienstag, 24. September 2019, 10:00 Uhr, musiculum", newest first; nothing without changes.
 * The compact card shows the newest change only.
 */
export function changesNote(event: ParsedEvent, locale: Locale, timeZone: string, all = true) {
  const texts = changeTexts(event.changes, timeZone, locale);
  if (!texts.length) return nothing;
  return html`<div part="changes" class="changes">
    ${(all ? texts : texts.slice(0, 1)).map((text) => html`<p>${text}</p>`)}
  </div>`;
}

/** The compact card of one event: title (a link to the event's page when it has one), status, date, place and type. */
export function compactCard(event: ParsedEvent, locale: Locale, options: CompactCardOptions): TemplateResult {
  const title = easyText(event, 'title', options.easy ?? false)!;
  return html`<article
    part="card"
    class="frame card compact"
    aria-labelledby=${options.titleId}
    tabindex=${options.focusable ? '-1' : nothing}
  >
    ${heading(
      options.headingLevel,
      isSafeUrl(event.url) ? html`<a part="link" href=${event.url.trim()}>${title}</a>` : title,
      'heading',
      options.titleId,
    )}
    ${statusBadge(event, locale)}
    <p part="date" class="date">${dateText(event, locale)}</p>
    ${changesNote(event, locale, options.timeZone ?? DEFAULT_TIME_ZONE, false)}
    <p part="location" class="location">${placeLine(event, locale)}</p>
    ${event.type ? html`<p part="type" class="type">${event.type}</p>` : nothing}
  </article>`;
}
