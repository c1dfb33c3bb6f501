/** Readable, stable ids for imported events and topics. */
import { createHash } from 'node:crypto';

const GERMAN: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'ae', Ö: 'oe', Ü: 'ue' };

/** "Übergänge gestalten!" → "uebergaenge-gestalten": lower case, a–z, 0–9 and hyphens. */
export function slug(text: string): string {
  return text
    .replace(/[äöüßÄÖÜ]/g, (c) => GERMAN[c]!)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * An event id from an iCalendar UID: the UID itself when it is short and readable
 * ("4f1c…@google.com" → "4f1c…-google-com"), otherwise "ics-" and 16 hex digits of its SHA-256
 * (Outlook's UIDs are 100+ hex digits). The same UID always gives the same id.
 */
export function idFromUid(uid: string): string {
  const readable = slug(uid);
  if (readable && readable.length <= 48 && readable === uid.toLowerCase().replace(/[@.]/g, '-'))
    return readable;
  return `ics-${createHash('sha256').update(uid).digest('hex').slice(0, 16)}`;
}
