/**
 * schema.org `Event` as JSON-LD for one event (what `<event-card structured-data>` writes into
 * the page for search engines). Plain TypeScript, no DOM.
 *
 * Only valid combinations: Google's event rich result needs `name`, `startDate` and a
 * `location` (a `Place` with an address, or a `VirtualLocation` with a URL), so an event
 * without a known place, or with only a month for a date, gets no JSON-LD at all.
 */
import { ACCESSIBILITY_FEATURES, featureName } from './accessibility.js';
import { parseFeedDate, periodEnd, toIsoString } from './dates.js';
import { isSafeUrl, type ParsedEvent } from './parse.js';
import { stateName } from './states.js';
import type { Accessibility, Attendance, EventStatus, Office, Publisher } from './types.js';

const SCHEMA = 'https://schema.org/';

/** schema.org's `eventStatus` of each feed status. */
const EVENT_STATUS: Record<EventStatus, string> = {
  scheduled: `${SCHEMA}EventScheduled`,
  cancelled: `${SCHEMA}EventCancelled`,
  postponed: `${SCHEMA}EventPostponed`,
  rescheduled: `${SCHEMA}EventRescheduled`,
};

/** schema.org's `eventAttendanceMode` of each feed attendance. */
const ATTENDANCE_MODE: Record<Attendance, string> = {
  offline: `${SCHEMA}OfflineEventAttendanceMode`,
  online: `${SCHEMA}OnlineEventAttendanceMode`,
  mixed: `${SCHEMA}MixedEventAttendanceMode`,
};

/** The URL when its scheme is allowed, else nothing. */
const safe = (url: string | undefined) => (isSafeUrl(url) ? url : undefined);

export interface StructuredDataOptions {
  /** The feed's time zone: times are written with its offset. */
  timeZone: string;
  /** The feed's publisher: the organizer when the contact names no office. */
  publisher?: Publisher;
  /** The feed's offices: the contact's office is the organizer. */
  offices?: readonly Office[];
  /** The reference instant: whether registration is still open (default now). */
  now?: number;
}

/** A feed date as ISO 8601 in the zone, or undefined when it is not a valid day or time. */
function isoDate(value: string | undefined, timeZone: string): string | undefined {
  const d = value ? parseFeedDate(value, timeZone) : undefined;
  return d && d.precision !== 'month' ? toIsoString(d, timeZone) : undefined;
}

/**
 * The offer: from `price` (in euros; 0 is free) and `registration` (its page, its deadline as
 * `validThrough`, "InStock" until then, "SoldOut" after). Nothing without either.
 */
function offer(event: ParsedEvent, timeZone: string, now: number) {
  const r = event.registration;
  if (event.price === undefined && !r) return undefined;
  const until = r?.until ? parseFeedDate(r.until, timeZone) : undefined;
  const url = safe(r?.url) ?? safe(event.url);
  return {
    '@type': 'Offer',
    url,
    price: event.price,
    priceCurrency: event.price === undefined ? undefined : 'EUR',
    availability: `${SCHEMA}${until && periodEnd(until, timeZone) <= now ? 'SoldOut' : 'InStock'}`,
    validThrough: until && toIsoString(until, timeZone),
  };
}

/** The schema.org Event object, or undefined when no valid one can be made. */
export function eventJsonLd(
  event: ParsedEvent,
  { timeZone, publisher, offices = [], now = Date.now() }: StructuredDataOptions,
): Record<string, unknown> | undefined {
  const start = event.startValue;
  const end = event.endValue;
  if (start.precision === 'month') return undefined;
  const mode = event.attendance ?? 'offline';
  const loc = event.location;
  const amenity = amenityFeatures(loc?.accessibility);
  // Each is left out (falsy) when the event has none.
  const place = mode !== 'online' &&
    loc &&
    (loc.street || loc.postalCode || loc.city) && {
      '@type': 'Place',
      name: loc.name ?? loc.city,
      address: {
        '@type': 'PostalAddress',
        streetAddress: loc.street,
        postalCode: loc.postalCode,
        addressLocality: loc.city,
        // The state only when the event names exactly one (a meeting held in one place).
        addressRegion: event.states?.length === 1 ? stateName(event.states[0]!, 'de') : undefined,
        addressCountry: 'DE',
      },
      url: safe(loc.url),
      // Only when the publisher states something (no key with an undefined value).
      ...(amenity && { amenityFeature: amenity }),
    };
  const joinUrl = mode !== 'offline' && [loc?.onlineUrl, event.url].find(isSafeUrl);
  const locations = [place, joinUrl && { '@type': 'VirtualLocation', url: joinUrl }].filter(Boolean);
  if (!locations.length) return undefined;
  const office = offices.find((o) => o.id === event.contact?.office);
  const organizer = office ?? publisher;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    alternateName: event.easy?.title,
    startDate: toIsoString(start, timeZone),
    endDate: end && end.precision !== 'month' ? toIsoString(end, timeZone) : undefined,
    previousStartDate: previousStartDate(event, timeZone),
    eventStatus: EVENT_STATUS[event.status ?? 'scheduled'],
    eventAttendanceMode: ATTENDANCE_MODE[mode],
    location: locations.length === 1 ? locations[0] : locations,
    description: event.summary ?? event.description,
    url: safe(event.url),
    image: event.image && safe(event.image.url) && [event.image.url],
    organizer: organizer && {
      '@type': 'Organization',
      name: organizer.name,
      url: safe(organizer.url) ?? (office ? safe(publisher?.url) : undefined),
    },
    performer: event.speakers?.length
      ? event.speakers.map((speaker) => ({ '@type': 'Person', name: speaker.name }))
      : undefined,
    offers: offer(event, timeZone, now),
    isAccessibleForFree: event.price === 0 ? true : undefined,
  };
}

/**
 * The venue's stated accessibility as schema.org `LocationFeatureSpecification`s (English
 * names, `value` true or false as stated); undefined when nothing is stated.
 */
export function amenityFeatures(a: Accessibility | undefined): Record<string, unknown>[] | undefined {
  if (!a) return undefined;
  const features = ACCESSIBILITY_FEATURES.filter((key) => typeof a[key] === 'boolean').map((key) => ({
    '@type': 'LocationFeatureSpecification',
    name: featureName(key, 'en'),
    value: a[key],
  }));
  return features.length ? features : undefined;
}

/**
 * A rescheduled event's `previousStartDate`: the first `previousStart` of its changes (the
 * date first announced), in the form of `startDate`; undefined for any other event.
 */
export function previousStartDate(event: ParsedEvent, timeZone: string): string | undefined {
  if (event.status !== 'rescheduled') return undefined;
  return isoDate(event.changes?.find((c) => c.previousStart)?.previousStart, timeZone);
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is written as `\u003c`, so no feed
 * text can ever close the script element (the JSON value stays the same).
 */
export const jsonLdText = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c');
