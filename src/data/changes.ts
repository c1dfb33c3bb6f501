/**
 * The visible history of an event's changes in words: "Geändert am 02.12.2026: vorher
 * Dienstag, 24. September 2019, 10:00 Uhr, musiculum". Plain TypeScript, no DOM.
 */
import { formatEventDate, formatMonthYear, parseFeedDate } from './dates.js';
import { fill, intlLocale, type Locale } from './messages.js';
import type { Change } from './types.js';

const T: Record<Locale, { changed: string; before: string; note: string }> = {
  de: { changed: 'Geändert am {date}', before: '{changed}: vorher {what}', note: '{text}. {note}' },
  en: { changed: 'Changed on {date}', before: '{changed}: previously {what}', note: '{text}. {note}' },
};

/** "02.12.2026" / "02/12/2026": the day of a change in the feed's zone. */
function changeDay(date: string, timeZone: string, locale: Locale): string | undefined {
  const value = parseFeedDate(date, timeZone);
  if (!value) return undefined;
  if (value.precision === 'month') return formatMonthYear(value.year, value.month, locale);
  // A day is written as that day; an instant as its day in the feed's zone.
  const [instant, zone] =
    value.precision === 'time'
      ? [value.instant, timeZone]
      : [Date.UTC(value.year, value.month - 1, value.day), 'UTC'];
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: zone,
  }).format(instant);
}

/** One change as a sentence; what was announced before (date, place), then the note. */
export function changeText(change: Change, timeZone: string, locale: Locale): string {
  const t = T[locale];
  const start = change.previousStart ? parseFeedDate(change.previousStart, timeZone) : undefined;
  const end = change.previousEnd ? parseFeedDate(change.previousEnd, timeZone) : undefined;
  const place = change.previousLocation;
  const what = [start && formatEventDate(start, end, locale), place && (place.name ?? place.city)].filter(
    Boolean,
  );
  const changed = fill(t.changed, { date: changeDay(change.date, timeZone, locale) });
  const text = what.length ? fill(t.before, { changed, what: what.join(', ') }) : changed;
  return change.note ? fill(t.note, { text, note: change.note }) : text;
}

/** Every change of an event as a sentence, newest first. */
export const changeTexts = (changes: readonly Change[] | undefined, timeZone: string, locale: Locale) =>
  (changes ?? []).map((c) => changeText(c, timeZone, locale)).reverse();
