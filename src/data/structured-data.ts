/**
 * schema.org `Event` as JSON-LD for one event (what `<event-card structured-data>` writes into
 * the page for search engines). Plain TypeScript, no DOM.
 *
 * Only valid combinations: Google's event rich result needs `name`, `startDate` and a
 * `location` (a `Place` with an address, or a `VirtualLocation` with a URL), so an event
 * without a known place, or with only a month for a date, gets no JSON-LD at all.
 */
import { ACCESSIBILITY_FEATURES, featureName } from './accessibility.js';
import { parseFeedDate, toIsoString } from './dates.js';
import { isSafeUrl, type ParsedEvent } from './parse.js';
import type { Accessibility, Attendance, EventStatus, Publisher } from './types.js';

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
  /** The feed's publisher, the organizer. */
  publisher?: Publisher;
}

/** The schema.org Event object, or undefined when no valid one can be made. */
export function eventJsonLd(
  event: ParsedEvent,
  { timeZone, publisher }: StructuredDataOptions,
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
      },
      url: safe(loc.url),
      // Only when the publisher states something (no key with an undefined value).
      ...(amenity && { amenityFeature: amenity }),
    };
  const joinUrl = mode !== 'offline' && [loc?.onlineUrl, event.url].find(isSafeUrl);
  const locations = [place, joinUrl && { '@type': 'VirtualLocation', url: joinUrl }].filter(Boolean);
  if (!locations.length) return undefined;
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
    organizer: publisher && {
      '@type': 'Organization',
      name: publisher.name,
      url: safe(publisher.url),
    },
    performer: event.speakers?.map((speaker) => ({ '@type': 'Person', name: speaker.name })),
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
  const first = event.changes?.find((c) => c.previousStart)?.previousStart;
  const value = first ? parseFeedDate(first, timeZone) : undefined;
  return value && toIsoString(value, timeZone);
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is written as `\u003c`, so no feed
 * text can ever close the script element (the JSON value stays the same).
 */
export const jsonLdText = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c');
