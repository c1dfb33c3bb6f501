/**
 * Google's rules for the Event rich result, as a checker: the list in docs/structured-data.md
 * ("Google's Event properties"), property by property. Google's own Rich Results Test cannot
 * run offline, so the rules are written down here and the docs page names where each comes
 * from.
 *
 * - errors: a required property missing or malformed (no rich result at all);
 * - warnings: a recommended property present but malformed, or left out although the event
 *   has the data for it (e.g. a price without `offers`, speakers without `performer`);
 * - gaps: recommended properties the feed has no data for (e.g. no picture): Google lists
 *   them as optional "missing field" notes; only the publisher can fill them.
 */
import type { ParsedEvent } from '../../src/data/parse.js';

type Json = Record<string, unknown>;

export interface RuleReport {
  errors: string[];
  warnings: string[];
  gaps: string[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const isDate = (value: unknown) =>
  typeof value === 'string' && (ISO_DATE.test(value) || ISO_DATE_TIME.test(value));
const isUrl = (value: unknown) => typeof value === 'string' && /^https?:\/\/[^\s]+$/.test(value);
const text = (value: unknown) => typeof value === 'string' && value.trim() !== '';
const SCHEMA = 'https://schema.org/';
const STATUSES = [
  'EventScheduled',
  'EventCancelled',
  'EventPostponed',
  'EventRescheduled',
  'EventMovedOnline',
];
const MODES = ['OfflineEventAttendanceMode', 'OnlineEventAttendanceMode', 'MixedEventAttendanceMode'];
const AVAILABILITY = ['InStock', 'SoldOut', 'PreOrder', 'LimitedAvailability', 'OnlineOnly'];

/** Checks one JSON-LD Event against Google's rules, knowing the feed event it came from. */
export function checkGoogleEvent(data: Json, event: ParsedEvent): RuleReport {
  const errors: string[] = [];
  const warnings: string[] = [];
  const gaps: string[] = [];

  // Required.
  if (data['@context'] !== 'https://schema.org') errors.push('@context');
  if (data['@type'] !== 'Event') errors.push('@type');
  if (!text(data.name)) errors.push('name');
  if (!isDate(data.startDate)) errors.push('startDate');
  const locations = ([] as Json[]).concat((data.location as Json | Json[] | undefined) ?? []);
  if (!locations.length) errors.push('location');
  for (const location of locations) {
    if (location['@type'] === 'Place') {
      const address = location.address as Json | undefined;
      if (address?.['@type'] !== 'PostalAddress') errors.push('location.address');
      else {
        if (!text(location.name)) warnings.push('location.name');
        if (!text(address.addressLocality) && !text(address.streetAddress))
          errors.push('location.address (no place)');
        for (const key of [
          'streetAddress',
          'addressLocality',
          'postalCode',
          'addressRegion',
          'addressCountry',
        ])
          if (!text(address[key])) gaps.push(`location.address.${key}`);
        if (address.addressCountry !== undefined && !/^[A-Z]{2}$/.test(String(address.addressCountry)))
          warnings.push('location.address.addressCountry (ISO 3166-1 alpha-2)');
      }
      if (location.url !== undefined && !isUrl(location.url)) warnings.push('location.url');
    } else if (location['@type'] === 'VirtualLocation') {
      if (!isUrl(location.url)) errors.push('location.url (VirtualLocation)');
    } else errors.push(`location @type ${String(location['@type'])}`);
  }

  // Recommended.
  if (data.description === undefined) gaps.push('description');
  else if (!text(data.description)) warnings.push('description');
  if (data.endDate === undefined) gaps.push('endDate');
  else if (!isDate(data.endDate)) warnings.push('endDate');
  else if (
    isDate(data.startDate) &&
    new Date(String(data.endDate)).getTime() < new Date(String(data.startDate)).getTime()
  )
    warnings.push('endDate before startDate');
  if (!STATUSES.map((s) => SCHEMA + s).includes(String(data.eventStatus))) warnings.push('eventStatus');
  if (!MODES.map((m) => SCHEMA + m).includes(String(data.eventAttendanceMode)))
    warnings.push('eventAttendanceMode');
  const online = event.attendance === 'online' || event.attendance === 'mixed';
  if (online && !locations.some((l) => l['@type'] === 'VirtualLocation'))
    warnings.push('location: VirtualLocation');

  if (data.image === undefined) {
    if (event.image) warnings.push('image left out');
    else gaps.push('image');
  } else if (!([] as unknown[]).concat(data.image).every(isUrl)) warnings.push('image');

  const offers = data.offers as Json | undefined;
  if (offers === undefined) {
    if (event.price !== undefined || event.registration) warnings.push('offers left out');
    else gaps.push('offers');
  } else {
    if (offers['@type'] !== 'Offer') warnings.push('offers.@type');
    if (offers.url === undefined) gaps.push('offers.url');
    else if (!isUrl(offers.url)) warnings.push('offers.url');
    if (offers.price === undefined) {
      if (event.price !== undefined) warnings.push('offers.price left out');
      else gaps.push('offers.price');
    } else if (typeof offers.price !== 'number' || offers.price < 0) warnings.push('offers.price');
    if (offers.price !== undefined && offers.priceCurrency !== 'EUR') warnings.push('offers.priceCurrency');
    if (!AVAILABILITY.map((a) => SCHEMA + a).includes(String(offers.availability)))
      warnings.push('offers.availability');
    if (offers.validThrough !== undefined && !isDate(offers.validThrough))
      warnings.push('offers.validThrough');
    if (event.registration?.until && offers.validThrough === undefined)
      warnings.push('offers.validThrough left out');
    // Google recommends validFrom (when tickets go on sale): the feed has no such date.
    gaps.push('offers.validFrom');
  }
  if (event.price === 0 && data.isAccessibleForFree !== true) warnings.push('isAccessibleForFree left out');

  const organizer = data.organizer as Json | undefined;
  if (organizer === undefined) gaps.push('organizer');
  else {
    if (!['Organization', 'Person'].includes(String(organizer['@type']))) warnings.push('organizer.@type');
    if (!text(organizer.name)) warnings.push('organizer.name');
    if (organizer.url === undefined) gaps.push('organizer.url');
    else if (!isUrl(organizer.url)) warnings.push('organizer.url');
  }

  const performers = data.performer as Json[] | undefined;
  if (performers === undefined) {
    if (event.speakers?.length) warnings.push('performer left out');
    else gaps.push('performer');
  } else if (!performers.length || !performers.every((p) => p['@type'] === 'Person' && text(p.name)))
    warnings.push('performer');

  if (data.eventStatus === `${SCHEMA}EventRescheduled`) {
    if (data.previousStartDate === undefined) {
      if (event.changes?.some((change) => change.previousStart)) warnings.push('previousStartDate left out');
      else gaps.push('previousStartDate');
    } else if (!isDate(data.previousStartDate)) warnings.push('previousStartDate');
  } else if (data.previousStartDate !== undefined)
    warnings.push('previousStartDate without EventRescheduled');

  if (data.url !== undefined && !isUrl(data.url)) warnings.push('url');
  return { errors, warnings, gaps };
}
