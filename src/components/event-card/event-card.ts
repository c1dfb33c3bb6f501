import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { formatEventDate } from '../../data/dates.js';
import type { ParsedEvent, ValidFeed } from '../../data/parse.js';
import { defineElement } from '../../shared/define.js';
import { FeedElement } from '../../shared/feed-element.js';
import { heading } from '../../shared/heading.js';
import type { Strings } from '../../shared/i18n.js';
import { upcomingEvents } from '../../data/views.js';
import { styles } from './event-card.styles.js';

const strings: Strings<
  'notFound' | 'noUpcoming' | 'tba' | 'online' | 'cancelled' | 'postponed' | 'rescheduled'
> = {
  de: {
    notFound: 'Die Veranstaltung „{id}“ ist im Feed nicht enthalten.',
    noUpcoming: 'Derzeit sind keine Termine geplant.',
    tba: 'Ort wird noch bekanntgegeben',
    online: 'Online',
    cancelled: 'Abgesagt',
    postponed: 'Verschoben',
    rescheduled: 'Neuer Termin',
  },
  en: {
    notFound: 'The event “{id}” is not in the feed.',
    noUpcoming: 'No events are planned at the moment.',
    tba: 'Venue to be announced',
    online: 'Online',
    cancelled: 'Cancelled',
    postponed: 'Postponed',
    rescheduled: 'Rescheduled',
  },
};

/**
 * One event of the feed.
 *
 * @summary One event: date, place, type and status; in full, everything the feed says about it.
 *
 * @csspart card - The card's frame.
 * @csspart heading - The event's title.
 * @csspart status - The status badge (cancelled, postponed, rescheduled).
 * @csspart date - The date line.
 * @csspart location - The place.
 * @csspart type - The type ("Art").
 * @csspart loading - The loading placeholder.
 * @csspart error - The error box.
 * @csspart retry - The retry button in the error box.
 * @csspart empty - The empty and not-found state.
 *
 * @cssprop [--bn-accent=#0b5cad] - Accent colour: links, buttons, the type label.
 * @cssprop [--bn-text=inherit] - Text colour (inherited from the page by default).
 * @cssprop [--bn-muted] - Secondary text colour.
 * @cssprop [--bn-border] - Border colour.
 * @cssprop [--bn-surface=transparent] - Card background.
 * @cssprop [--bn-danger=#b3261e] - Colour of the cancelled/postponed status.
 * @cssprop [--bn-radius=0.5em] - Corner radius.
 * @cssprop [--bn-space=1em] - Spacing unit.
 * @cssprop [--bn-font=inherit] - Font family (inherited from the page by default).
 * @cssprop [--bn-focus=#1a73e8] - Focus ring colour.
 *
 * @fires feed-load - The feed was loaded and rendered. `detail: { feed, issues, source }`.
 * @fires feed-error - The feed could not be loaded. `detail: { error, message, source }`.
 */
export class EventCard extends FeedElement {
  static override styles = [...FeedElement.styles, styles];

  /** The id of the event to show. Without it, the next upcoming event. */
  @property({ attribute: 'event-id' }) eventId?: string;

  /** `full` (default) or `compact` (the teaser used in lists and calendars). */
  @property({ reflect: true }) variant: 'full' | 'compact' = 'full';

  /** Level of the title heading, 2–6. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** An event object set from JavaScript: rendered without any fetch. */
  @property({ attribute: false }) event?: unknown;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // An event set from JavaScript becomes a one-event feed: no fetch.
    if (changed.has('event') && this.event !== undefined) this.feed = { version: 1, events: [this.event] };
    super.willUpdate(changed);
  }

  protected renderFeed(feed: ValidFeed): TemplateResult {
    const text = strings[this.lang_];
    const event =
      this.event !== undefined
        ? feed.events[0]
        : this.eventId
          ? feed.events.find((e) => e.id === this.eventId)
          : upcomingEvents(feed.events, this.referenceNow(feed), feed.timeZone)[0];
    if (!event)
      return this.renderEmpty(this.eventId ? text.notFound.replace('{id}', this.eventId) : text.noUpcoming);
    return this.renderEvent(event, feed);
  }

  protected renderEvent(event: ParsedEvent, _feed: ValidFeed): TemplateResult {
    const locale = this.lang_;
    const text = strings[locale];
    const status = event.status && event.status !== 'scheduled' ? event.status : undefined;
    return html`<article part="card" class="card ${this.variant}" aria-labelledby="title">
      ${heading(this.headingLevel, event.title, 'heading', 'title')}
      ${status ? html`<p part="status" class="status ${status}">${text[status]}</p>` : nothing}
      <p part="date" class="date">
        ${formatEventDate(event.startValue, event.endValue, locale, event.tentative)}
      </p>
      <p part="location" class="location">${this.placeLine(event)}</p>
      ${event.type ? html`<p part="type" class="type">${event.type}</p>` : nothing}
    </article>`;
  }

  private placeLine(event: ParsedEvent): string {
    const text = strings[this.lang_];
    const place = [event.location?.name, event.location?.city].filter(Boolean).join(', ');
    if (event.attendance === 'online') return place ? `${text.online} · ${place}` : text.online;
    return place || (event.location?.onlineUrl ? text.online : text.tba);
  }
}

defineElement('event-card', EventCard);

declare global {
  interface HTMLElementTagNameMap {
    'event-card': EventCard;
  }
}
