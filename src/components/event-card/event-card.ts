import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { EasyList } from '../../data/easy.js';
import { accessibilityFacts } from '../../data/accessibility.js';
import { formatDateValue, parseFeedDate, periodEnd } from '../../data/dates.js';
import { easyText, hasEasy } from '../../data/easy.js';
import { calendarOffer, calendarPlatform } from '../../data/calendar-offer.js';
import { FeedError } from '../../data/errors.js';
import { warnIssues } from '../../data/load.js';
import { fill, intlLocale } from '../../data/messages.js';
import { isSafeUrl, parseEvent, parseFeed, type ParsedEvent, type ValidFeed } from '../../data/parse.js';
import type { Download, FeedEvent } from '../../data/types.js';
import { isPastEvent, upcomingEvents } from '../../data/views.js';
import { defineElement } from '../../shared/define.js';
import { FeedElement } from '../../shared/feed-element.js';
import { heading, headingLevel } from '../../shared/heading.js';
import { setJsonLd } from '../../shared/json-ld.js';
import { loadArchivedEvent, loadIcsWriter, loadJsonLdWriter } from '../../shared/lazy.js';
import { link, list, mailtoUrl, renderText, telUrl } from '../../shared/markup.js';
import { stateName, type Locale } from '../../shared/i18n.js';
import { copyFieldStyles } from '../../shared/copy-field.styles.js';
import { CalendarMenu, type IcsMode } from './calendar-menu.js';
import { styles as calendarMenuStyles } from './calendar-menu.styles.js';
import { compactCardStyles } from './compact.styles.js';
import { changesNote, compactCard, dateText, statusBadge } from './compact.js';
import { strings } from './event-card.strings.js';
import { styles } from './event-card.styles.js';

type Text = (typeof strings)['de'];

/** The context of an event set from JavaScript without a feed: an empty feed in the default time zone. */
const NO_FEED = (parseFeed({ version: 1 }) as { feed: ValidFeed }).feed;

const parsedEvents = new WeakMap<object, ParsedEvent | null>();
const parsedFeeds = new WeakMap<object, ValidFeed>();

/** The `event` property as a parsed event: used as it is when already parsed, else parsed once. */
function toParsedEvent(value: unknown, timeZone: string): ParsedEvent | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if (typeof (value as ParsedEvent).startValue?.instant === 'number') return value as ParsedEvent;
  let parsed = parsedEvents.get(value);
  if (parsed === undefined) {
    const result = parseEvent(value, timeZone);
    warnIssues(result.issues, 'event property');
    parsed = result.event ?? null;
    if (parsed) {
      // Parsed alone, the event's references could not be checked: keep them for the lookups
      // (in a copy: a parsed event is frozen).
      const raw = value as FeedEvent;
      parsed = { ...parsed };
      if (typeof raw.network === 'string') parsed.network = raw.network;
      if (Array.isArray(raw.topics)) parsed.topics = raw.topics.filter((id) => typeof id === 'string');
      if (parsed.contact && typeof raw.contact?.office === 'string')
        parsed.contact = { ...parsed.contact, office: raw.contact.office };
    }
    parsedEvents.set(value, parsed);
  }
  return parsed ?? undefined;
}

/** The `feed` property as context for an event set from JavaScript (parsed once per object). */
function toContext(feed: unknown): ValidFeed {
  if (typeof feed !== 'object' || feed === null) return NO_FEED;
  let parsed = parsedFeeds.get(feed);
  if (!parsed) {
    const result = parseFeed(feed);
    parsed = result.ok ? result.feed : NO_FEED;
    parsedFeeds.set(feed, parsed);
  }
  return parsed;
}

/** Values one below the other (block spans; a space between keeps the text readable when copied). */
const lines = (values: unknown[]) =>
  values.filter(Boolean).map((value) => html`<span class="line">${value}</span> `);

/** "PDF, 117 KB" / "1,2 MB": the type from the URL's extension or the media type, 1 KB = 1024 bytes. */
function fileInfo({ url, mediaType, bytes }: Download, locale: Locale): string {
  let path = '';
  try {
    path = new URL(url).pathname;
  } catch {
    // not a URL: the media type alone
  }
  const ext = /\.([a-z\d]{2,5})$/i.exec(path)?.[1] ?? /\/([a-z\d]{2,5})$/i.exec(mediaType ?? '')?.[1];
  let size = '';
  if (bytes !== undefined) {
    const mb = bytes >= 1_048_576;
    size =
      new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: mb ? 1 : 0 }).format(
        Math.max(1, bytes / (mb ? 1_048_576 : 1024)),
      ) + (mb ? ' MB' : ' KB');
  }
  return [ext?.toUpperCase(), size].filter(Boolean).join(', ');
}

/** The full place: the address block, the online link, or "Ort wird noch bekanntgegeben". */
function place(event: ParsedEvent, t: Text): TemplateResult {
  const loc = event.location ?? {};
  const online = event.attendance === 'online' || event.attendance === 'mixed';
  const parts = [
    loc.name && link(loc.url, loc.name),
    loc.street,
    [loc.postalCode, loc.city].filter(Boolean).join(' '),
    online && loc.onlineUrl ? link(loc.onlineUrl, t.join) : event.attendance === 'online' && t.online,
  ].filter(Boolean);
  return html`<span part="location" class="location">${lines(parts.length ? parts : [t.tba])}</span>`;
}

/** Registration: the link, the deadline (marked when it has passed, by `now`) and the note. */
function registration(event: ParsedEvent, feed: ValidFeed, t: Text, locale: Locale, now: number): unknown {
  const r = event.registration;
  if (!r) return undefined;
  const until = r.until ? parseFeedDate(r.until, feed.timeZone) : undefined;
  const deadline =
    until &&
    fill(t.until, { date: formatDateValue(until, locale) }) +
      (periodEnd(until, feed.timeZone) <= now ? ` ${t.over}` : '');
  return lines([r.url && link(r.url, t.register), deadline, r.note]);
}

/** The contact's name, office, e-mail and phone as an address block; undefined when there is none. */
function contact(event: ParsedEvent, feed: ValidFeed, t: Text) {
  const c = event.contact;
  if (!c) return undefined;
  const office = feed.offices.find((o) => o.id === c.office);
  const email = c.email ?? office?.email;
  const phone = c.phone ?? office?.phone;
  const parts = [
    c.name,
    office && link(office.url, [office.name, office.city].filter(Boolean).join(', ')),
    email && html`${t.email}: ${link(mailtoUrl(email), email)}`,
    phone && html`${t.phone}: ${link(telUrl(phone), phone)}`,
  ].filter(Boolean);
  return parts.length ? html`<address>${lines(parts)}</address>` : undefined;
}

/** The search for an `event-id` in a split feed's archive parts, and its outcome once `done`. */
interface ArchiveSearch {
  feed: ValidFeed;
  id: string;
  done?: boolean;
  event?: ParsedEvent;
  error?: unknown;
}

/**
 * One event of the feed: a complete event page (`variant="full"`, the default) or the teaser
 * used in lists and calendars (`variant="compact"`: title, date, place, type, status).
 *
 * The full card shows every field of the feed: type, status, date, place or online link,
 * network and sequence, summary, description, agenda, speakers, audience, requirements, cost,
 * registration, contact, downloads, topics, states and the link to the event's own page, and
 * offers "Zum Kalender hinzufügen": a menu (Apple Kalender, Google Kalender, Outlook.com,
 * Microsoft 365, `.ics` download; see calendar-menu.ts) for an upcoming event, only the `.ics`
 * of the cancellation for a cancelled one, a note for a month-only or postponed one, and
 * nothing for a past one. Everything is made in the browser; no provider is contacted before
 * the visitor clicks its link.
 *
 * With `structured-data` it writes a schema.org `Event` as JSON-LD into its light DOM
 * (`<script type="application/ld+json">`), where search engines read it.
 *
 * An `event` set from JavaScript (a feed event object, or an already parsed one) is rendered at
 * once, without any fetch and without `feed-load`; a `feed` set as well is then only used to
 * look up names (network, topics, office, publisher) and the time zone.
 *
 * @summary One event: date, place, type and status; in full, everything the feed says about it.
 *
 * @csspart card - The card's frame (`<article>`).
 * @csspart heading - The event's title.
 * @csspart status - The status badge (cancelled, postponed, rescheduled).
 * @csspart date - The date line.
 * @csspart location - The place.
 * @csspart type - The type ("Art").
 * @csspart image - The event's picture (full).
 * @csspart summary - The summary (full).
 * @csspart facts - The list of facts: type, date, place, network, audience, … (full).
 * @csspart description - The description (full).
 * @csspart section-heading - The headings of agenda, speakers, contact and downloads (full).
 * @csspart agenda - The agenda table (full).
 * @csspart speakers - The speakers (full).
 * @csspart contact - The contact (full).
 * @csspart downloads - The downloads (full).
 * @csspart actions - The row with the calendar button and the event page link (full).
 * @csspart calendar-button - The "add to calendar" menu button (for a cancelled event: the button that downloads the cancellation's `.ics`).
 * @csspart calendar-menu - The open menu of calendars (`role="menu"`).
 * @csspart calendar-item - One item of the menu: Apple, Google, Outlook.com, Microsoft 365, `.ics` download.
 * @csspart calendar-hint - In an in-app browser (Instagram, Facebook, LinkedIn): the hint to open the page in a browser, with its link to copy.
 * @csspart copy-field - The link to copy and its button (in the hint).
 * @csspart copy-button - The button that copies the link.
 * @csspart calendar-note - Why there is no calendar entry (month-only or postponed; full).
 * @csspart link - The link to the event's own page (full: in the actions; compact: the title).
 * @csspart changes - What changed, in words: "Geändert am …: vorher …" (full: every change; compact: the newest).
 * @csspart accessibility - The venue's stated facts about barrier-free access, as a list (full).
 * @csspart past - "Vergangene Veranstaltung": the event has ended (full).
 *
 * @cssprop [--bn-link] - Link colour (default: accent mixed with the text colour, readable on light and dark pages).
 * @cssprop [--bn-menu-background] - Background of the calendar menu (default: the system's `Canvas`).
 * @cssprop [--bn-menu-text] - Text colour of the calendar menu (default: the system's `CanvasText`).
 */
export class EventCard extends FeedElement {
  static override styles = [
    ...FeedElement.styles,
    compactCardStyles,
    styles,
    calendarMenuStyles,
    copyFieldStyles,
  ];

  /** The id of the event to show. Without it, the next upcoming event. */
  @property({ attribute: 'event-id' }) eventId?: string;

  /** `full` (default) or `compact` (the teaser used in lists and calendars). */
  @property({ reflect: true }) variant: 'full' | 'compact' = 'full';

  /** Level of the title heading, 2–6 (default 3); the full card's section headings are one below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** Emit a schema.org Event as JSON-LD into the light DOM (not for month-only dates or an unknown place). */
  @property({ attribute: 'structured-data', type: Boolean }) structuredData = false;

  /**
   * An event set from JavaScript (a feed event object, or one of a parsed feed's events):
   * rendered at once, without any fetch; wins over `event-id`. A raw object is validated once
   * (the result is kept per object, so give a changed event as a new object).
   */
  @property({ attribute: false }) event?: unknown;

  protected override easyLists: readonly EasyList[] = ['events'];

  /** The event on screen and its feed, for the JSON-LD. */
  #shown?: [ParsedEvent, ValidFeed];
  /** An `event-id` that a split feed's main feed does not hold, looked for in its archive parts. */
  #archived?: ArchiveSearch;
  #jsonLd?: HTMLScriptElement;
  /** The JSON-LD write of the latest update (its writer may still be loading). */
  #jsonLdWrite?: Promise<void>;
  /** Image URLs that failed to load: their figure is left out rather than show a broken image. */
  #failedImages = new Set<string>();
  #icsUrl?: string;

  /** The full card offers Leichte Sprache when the event it shows has such texts (a teaser does not). */
  protected override offersEasyLanguage(): boolean {
    return this.variant !== 'compact' && hasEasy(this.#shown?.[0]);
  }

  readonly #calendar = new CalendarMenu(this);

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#icsUrl) URL.revokeObjectURL(this.#icsUrl);
    this.#icsUrl = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // An event set from JavaScript needs no feed: no load starts at all.
    this.autoLoad = this.event == null; // null too: a framework's state before data arrives
    super.willUpdate(changed);
  }

  /**
   * The `<script type="application/ld+json">` in the light DOM, kept in step with the event on
   * screen. Its writer loads on first use; `updateComplete` waits for it.
   */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const shown = this.structuredData && this.#shown;
    if (!shown) return void this.#jsonLd?.remove();
    this.#jsonLdWrite = loadJsonLdWriter().then(
      ({ eventJsonLd, jsonLdText }) => {
        // A later update has shown another event (or none): its own write decides.
        if (shown !== this.#shown || !this.structuredData) return;
        const [event, feed] = shown;
        const data = eventJsonLd(event, { ...feed, now: this.referenceNow(feed) });
        if (!data) return this.#jsonLd?.remove();
        // Made once, kept when removed: appended again when there is data again.
        const script = (this.#jsonLd ??= Object.assign(document.createElement('script'), {
          type: 'application/ld+json',
        }));
        const text = jsonLdText(data);
        if (script.textContent !== text && !setJsonLd(script, text)) return this.#jsonLd?.remove();
        if (script.parentNode !== this) this.append(script);
      },
      // Without its writer (the chunk failed to load) the card is shown without JSON-LD.
      () => {},
    );
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    await this.#jsonLdWrite;
    // The calendar menu's contents, while they load after an open.
    await this.#calendar.pending;
    return complete;
  }

  /**
   * Makes the event's `.ics` (the one place it is made) and hands it over through a temporary
   * link in the shadow root; nothing leaves the browser. `download` saves `<id>.ics` (a blob
   * URL); `open` on iOS navigates to a `data:text/calendar` URL instead, which Safari shows in
   * the calendar sheet ("Hinzufügen") where a download would land in "Files". The writer loads
   * on the first use; if it cannot be loaded, the next click tries again.
   */
  async #handOverIcs(event: ParsedEvent, feed: ValidFeed, mode: IcsMode): Promise<void> {
    const { eventToIcs, icsFileName } = await loadIcsWriter();
    const ics = eventToIcs(event, { timeZone: feed.timeZone, publisherUrl: feed.publisher?.url });
    if (!ics) return;
    const a = document.createElement('a');
    if (mode === 'open' && calendarPlatform(navigator.userAgent, navigator.maxTouchPoints) === 'ios') {
      a.href = `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`;
    } else {
      if (this.#icsUrl) URL.revokeObjectURL(this.#icsUrl);
      this.#icsUrl = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
      a.href = this.#icsUrl;
      a.download = icsFileName(event.id);
    }
    a.hidden = true;
    this.renderRoot.append(a);
    a.click();
    a.remove();
  }

  /** The calendar menu, the cancellation's `.ics` button, or the note why there is none. */
  #renderCalendar(event: ParsedEvent, feed: ValidFeed, t: Text): unknown {
    const offer = calendarOffer(event, this.referenceNow(feed), feed.timeZone);
    if (offer === 'past') return nothing;
    if (offer === 'month' || offer === 'postponed')
      return html`<p part="calendar-note" class="muted">
        ${offer === 'postponed' ? t.noCalendarPostponed : t.noCalendarMonth}
      </p>`;
    return this.#calendar.render({
      locale: this.lang_,
      offer,
      event,
      timeZone: feed.timeZone,
      platform: calendarPlatform(navigator.userAgent, navigator.maxTouchPoints),
      pageUrl: document.URL,
      onIcs: (mode) => void this.#handOverIcs(event, feed, mode).catch(() => {}),
    });
  }

  override render(): TemplateResult {
    this.#shown = undefined;
    if (this.event == null) return super.render();
    const feed = toContext(this.feed);
    const event = toParsedEvent(this.event, feed.timeZone);
    return event ? this.#renderEvent(event, feed) : this.renderEmpty(strings[this.lang_].invalid);
  }

  protected renderFeed(feed: ValidFeed): TemplateResult {
    const text = strings[this.lang_];
    const id = this.eventId;
    let event = id
      ? feed.events.find((e) => e.id === id)
      : upcomingEvents(feed.events, this.referenceNow(feed), feed.timeZone)[0];
    // An older event of a split feed is in one of its archive parts (issue 18).
    if (!event && id && feed.archive?.length) {
      const archived = this.#fromArchive(feed, id);
      if (!archived.done) return this.renderLoading();
      if (archived.error) {
        // Shown once: the next render (the retry button's) searches again.
        this.#archived = undefined;
        return this.renderError(archived.error);
      }
      event = archived.event;
    }
    if (!event)
      return this.renderEmpty(this.eventId ? fill(text.notFound, { id: this.eventId }) : text.noUpcoming);
    return this.#renderEvent(event, feed);
  }

  /**
   * The search for `id` in the feed's archive parts, newest first (archived-event.ts, loaded
   * on first need): started once per feed and id, rendered again when it ends.
   */
  #fromArchive(feed: ValidFeed, id: string): ArchiveSearch {
    const known = this.#archived;
    if (known?.feed === feed && known.id === id) return known;
    const search: ArchiveSearch = { feed, id };
    this.#archived = search;
    loadArchivedEvent()
      .then(({ findInParts }) => findInParts(feed, id, document.URL))
      .then(
        (event) => Object.assign(search, { event }),
        // A part or the code that reads it could not be loaded: the error state, with a retry.
        (error: unknown) =>
          Object.assign(search, { error: error instanceof FeedError ? error : new FeedError('network') }),
      )
      .finally(() => {
        search.done = true;
        if (this.#archived === search) this.requestUpdate();
      });
    return search;
  }

  #renderEvent(event: ParsedEvent, feed: ValidFeed): TemplateResult {
    const locale = this.lang_;
    const t = strings[locale];
    this.#shown = [event, feed];
    if (this.variant === 'compact')
      return compactCard(event, locale, {
        headingLevel: this.headingLevel,
        titleId: 'title',
        easy: this.easy_,
        timeZone: feed.timeZone,
      });
    const sub = Math.min(headingLevel(this.headingLevel) + 1, 6);
    /** A titled section (agenda, speakers, contact, downloads); nothing without content. */
    const section = (part: string, label: string, content: unknown) =>
      content
        ? html`<section class="section" part=${part}>
            ${heading(sub, label, 'section-heading', `${part}-h`)}${content}
          </section>`
        : nothing;
    const fact = (label: string, value: unknown) =>
      value
        ? html`<div>
            <dt>${label}</dt>
            <dd>${value}</dd>
          </div>`
        : nothing;
    const network = feed.networks.find((n) => n.id === event.network);
    const nth = event.sequence ? fill(t.nth, { n: event.sequence, type: event.type ?? t.meeting }) : '';
    const topics = (event.topics ?? []).flatMap(
      (id) => feed.topics.find((topic) => topic.id === id)?.label ?? [],
    );
    const image = event.image;
    const easy = this.easy_;
    const summary = easyText(event, 'summary', easy);
    const description = easyText(event, 'description', easy);
    const access = accessibilityFacts(event.location?.accessibility, locale);
    // An event that has ended: marked, and neither registration nor a calendar entry is offered.
    const past = isPastEvent(event, this.referenceNow(feed), feed.timeZone);
    return html`<article part="card" class="frame card full" aria-labelledby="title">
      ${heading(this.headingLevel, easyText(event, 'title', easy), 'heading', 'title')}${statusBadge(event, locale)}
      ${past ? html`<p part="past" class="past">${t.past}</p>` : nothing}
      ${changesNote(event, locale, feed.timeZone)}
      ${
        image && isSafeUrl(image.url) && !this.#failedImages.has(image.url)
          ? html`<figure part="image" class="image">
              <img
                src=${image.url}
                alt=${image.alt}
                loading="lazy"
                decoding="async"
                @error=${() => {
                  this.#failedImages.add(image.url);
                  this.requestUpdate();
                }}
              />
              ${image.credit ? html`<figcaption>${image.credit}</figcaption>` : nothing}
            </figure>`
          : nothing
      }
      ${summary ? html`<p part="summary" class="summary">${summary}</p>` : nothing}
      <dl part="facts" class="facts">
        ${fact(t.type, event.type)}
        ${fact(t.date, html`<span part="date" class="date">${dateText(event, locale)}</span>`)}
        ${fact(t.place, place(event, t))}
        ${fact(
          t.accessibility,
          access.length &&
            html`<ul part="accessibility" class="access">
              ${access.map((x) => html`<li>${x}</li>`)}
            </ul>`,
        )}
        ${fact(t.network, (network || nth) && lines([network && link(network.url, network.name), nth]))}
        ${fact(t.audience, event.audience)} ${fact(t.requirements, event.requirements)}
        ${fact(t.cost, event.cost)}
        ${past ? nothing : fact(t.registration, registration(event, feed, t, locale, this.referenceNow(feed)))}
        ${fact(
          t.topics,
          topics.length &&
            html`<ul class="tags">
              ${topics.map((label) => html`<li>${label}</li>`)}
            </ul>`,
        )}
        ${fact(t.states, event.states?.map((code) => stateName(code, locale)).join(', '))}
      </dl>
      ${
        description
          ? html`<div part="description" class="description">${renderText(description)}</div>`
          : nothing
      }
      ${section(
        'agenda',
        t.agenda,
        event.agenda?.length &&
          html`<table aria-labelledby="agenda-h">
            <thead>
              <tr>
                <th scope="col">${t.time}</th>
                <th scope="col">${t.item}</th>
              </tr>
            </thead>
            <tbody>
              ${event.agenda.map(
                (item) =>
                  html`<tr>
                    <th scope="row">${item.start}${item.end ? `–${item.end}` : ''}${t.clock}</th>
                    <td>
                      ${lines([item.title])}
                      ${item.description ? html`<span class="line muted">${item.description}</span>` : nothing}
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>`,
      )}
      ${section(
        'speakers',
        t.speakers,
        list(
          event.speakers,
          (s) => html`<strong>${s.name}</strong>${[s.role, s.organisation].map((x) => (x ? `, ${x}` : ''))}`,
        ),
      )}
      ${section('contact', t.contact, contact(event, feed, t))}
      ${section(
        'downloads',
        t.downloads,
        list(event.downloads, (d) =>
          link(d.url, html`${d.title} <span class="muted">(${fileInfo(d, locale)})</span>`),
        ),
      )}
      <div part="actions" class="actions">
        ${past ? nothing : this.#renderCalendar(event, feed, t)}
        ${isSafeUrl(event.url) ? link(event.url, t.page, 'link') : nothing}
      </div>
    </article>`;
  }
}

defineElement('event-card', EventCard);

declare global {
  interface HTMLElementTagNameMap {
    'event-card': EventCard;
  }
}
