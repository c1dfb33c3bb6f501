/**
 * Feed dates: parsing the four forms of the brief, time-zone arithmetic and German/English
 * formatting. Plain TypeScript on top of the platform's Intl; no DOM, runs in Node and browsers.
 *
 * Every function taking a `timeZone` expects a valid IANA name (check with
 * {@link isValidTimeZone}); an invalid one makes Intl throw a RangeError.
 */

import { fill, intlLocale, type Locale } from './messages.js';

export type { Locale };
export type Precision = 'month' | 'day' | 'time';

/** A feed date resolved in the feed's time zone. */
export interface FeedDateValue {
  precision: Precision;
  /** Wall-clock parts in the feed's zone (an instant with offset/`Z` is converted into the zone). */
  year: number;
  /** 1–12. */
  month: number;
  /** 1 for 'month'. */
  day: number;
  /** 0 unless 'time'. */
  hour: number;
  /** 0 unless 'time'. */
  minute: number;
  /** Epoch ms of the start: the instant for 'time'; 00:00 of the day in the zone for 'day'; 00:00 of the 1st for 'month'. */
  instant: number;
}

/** A year-only value ("2016"): network `since`/`until`, programme periods. */
export interface FeedYearValue {
  precision: 'year';
  year: number;
  /** Epoch ms of 00:00 on 1 January in the zone. */
  instant: number;
}

export const DEFAULT_TIME_ZONE = 'Europe/Berlin';

const DAY_MS = 86_400_000;
/** 400 Gregorian years, exactly; used to keep `Date.UTC` away from its 0–99 → 1900s mapping. */
const CYCLE_MS = 146_097 * DAY_MS;

/** `n` with leading zeros to `width` digits: pad(7) → "07". */
export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Epoch ms of UTC wall-clock parts (month 1-12); fields may overflow like `Date.UTC`. */
function utc(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0): number {
  return y >= 0 && y < 100
    ? Date.UTC(y + 400, mo - 1, d, h, mi, s, ms) - CYCLE_MS
    : Date.UTC(y, mo - 1, d, h, mi, s, ms);
}

// ---------------------------------------------------------------------------------------------
// Zone arithmetic

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  let f = zoneFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      // With the era, a year before 1 is told apart: "1 BC" is year 0, "2 BC" year -1.
      era: 'short',
    });
    zoneFormats.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(tz: string): boolean {
  if (typeof tz !== 'string' || !tz) return false;
  try {
    zoneFormat(tz);
    return true;
  } catch {
    return false;
  }
}

/**
 * The zone's offset from UTC at an instant, in ms (may include seconds for historic local mean
 * time): the zone's wall clock at the instant, read as UTC, minus the instant.
 */
function exactOffset(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  const p: Record<string, number> = {};
  let bc = false;
  for (const { type, value } of zoneFormat(timeZone).formatToParts(whole))
    if (type === 'era') bc = value === 'BC';
    else p[type] = Number(value);
  // The proleptic Gregorian year (year 0 is 1 BC); some older engines print midnight as 24 even with h23.
  const year = bc ? 1 - p.year! : p.year!;
  return utc(year, p.month!, p.day!, p.hour! % 24, p.minute!, p.second!) - whole;
}

/** A stretch of time with at most one offset change: before `change` one offset, from it on another. */
interface OffsetBlock {
  change: number;
  before: number;
  after: number;
}

/** 2^31 ms, about 25 days: shorter than the time between any two offset changes of a zone. */
const BLOCK_MS = 2 ** 31;
/** Per zone, the blocks looked up so far by their index (one map per zone: no key of one zone can be another's). */
const offsetBlocks = new Map<string, Map<number, OffsetBlock>>();

/**
 * The zone's offset at an instant. `formatToParts` is slow, so the answer is kept per block of
 * about 25 days: two look-ups tell whether the offset changes inside the block, and if it does,
 * a bisection to the second finds when. A feed's thousands of dates then cost a few hundred
 * look-ups at most, whatever their number.
 */
function offsetAt(instant: number, timeZone: string): number {
  const index = Math.floor(instant / BLOCK_MS);
  let blocks = offsetBlocks.get(timeZone);
  if (!blocks) offsetBlocks.set(timeZone, (blocks = new Map()));
  let block = blocks.get(index);
  if (!block) {
    let lo = index * BLOCK_MS;
    let hi = lo + BLOCK_MS - 1000;
    const before = exactOffset(lo, timeZone);
    const after = exactOffset(hi, timeZone);
    if (before !== after) {
      while (hi - lo > 1000) {
        const mid = Math.floor((lo + hi) / 2000) * 1000;
        if (exactOffset(mid, timeZone) === before) lo = mid;
        else hi = mid;
      }
    }
    block = { change: before === after ? Infinity : hi, before, after };
    blocks.set(index, block);
  }
  return instant < block.change ? block.before : block.after;
}

/** The wall clock of an instant in the zone, as the UTC fields of a Date. */
const wallOf = (instant: number, timeZone: string): Date => new Date(instant + offsetAt(instant, timeZone));

/**
 * The instant of a wall-clock time in the zone, resolved like Temporal's 'compatible'
 * disambiguation (and like `new Date(y, m, d, h)` in a local zone): a time in a gap (spring
 * forward) is shifted forward by the gap's length, an ambiguous time (fall back) takes the
 * earlier instant.
 */
function wallToInstant(wall: number, timeZone: string): number {
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  if (before === after) return wall - before;
  const early = wall - before;
  const late = wall - after;
  const earlyOk = offsetAt(early, timeZone) === before;
  const lateOk = offsetAt(late, timeZone) === after;
  // Valid with both offsets: the earlier instant. Valid with the earlier offset only, or in a
  // gap (valid with neither): the earlier offset, which shifts a gap time forward.
  return lateOk && (!earlyOk || late < early) ? late : early;
}

// ---------------------------------------------------------------------------------------------
// Parsing

const DATE_RE =
  /^(\d{4})-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:(Z)|([+-])(\d{2}):?(\d{2}))?)?)?$/;

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(utc(year, month + 1, 0)).getUTCDate();
}

/**
 * Parses the four forms of the brief: `YYYY-MM-DD` (all-day), `YYYY-MM-DDTHH:MM[:SS[.fff]]`
 * (wall-clock time in the zone), the same with `Z` or `±HH:MM` / `±HHMM` (an instant), and
 * `YYYY-MM` (month only). Anything else — including impossible dates (2019-02-30, 2019-13,
 * 24:00, year 0000) — gives undefined. Wall-clock times that do not exist in the zone (spring
 * forward) are shifted forward; ambiguous ones (fall back) take the earlier instant.
 */
export function parseFeedDate(value: unknown, timeZone: string): FeedDateValue | undefined {
  const m = typeof value === 'string' && DATE_RE.exec(value);
  if (!m) return undefined;
  const [, ys, mos, ds, hs, mis, ss, frac, z, sign, ohs, omis] = m;
  const year = Number(ys);
  const month = Number(mos);
  // A month-only value stands for its 1st.
  const day = ds === undefined ? 1 : Number(ds);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hs === undefined) {
    return {
      precision: ds === undefined ? 'month' : 'day',
      year,
      month,
      day,
      hour: 0,
      minute: 0,
      instant: wallToInstant(utc(year, month, day), timeZone),
    };
  }
  const hour = Number(hs);
  const minute = Number(mis);
  const second = Number(ss ?? 0);
  const ms = frac ? Number(frac.slice(0, 3).padEnd(3, '0')) : 0;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const wall = utc(year, month, day, hour, minute, second, ms);
  let instant: number;
  if (z || sign) {
    const oh = Number(ohs ?? 0);
    const omi = Number(omis ?? 0);
    if (oh > 23 || omi > 59) return undefined;
    instant = wall - (sign === '-' ? -1 : 1) * (oh * 60 + omi) * 60_000;
  } else {
    instant = wallToInstant(wall, timeZone);
  }
  // Wall-clock parts in the zone: converts instants, and moves gap times forward.
  const w = wallOf(instant, timeZone);
  return {
    precision: 'time',
    year: w.getUTCFullYear(),
    month: w.getUTCMonth() + 1,
    day: w.getUTCDate(),
    hour: w.getUTCHours(),
    minute: w.getUTCMinutes(),
    instant,
  };
}

/** A year-only value (`"2016"`) or any feed date form; for network since/until and programme periods. */
export function parseYearOrDate(value: unknown, timeZone: string): FeedDateValue | FeedYearValue | undefined {
  if (typeof value === 'string' && /^\d{4}$/.test(value)) {
    const year = Number(value);
    if (year < 1) return undefined;
    return { precision: 'year', year, instant: wallToInstant(utc(year, 1, 1), timeZone) };
  }
  return parseFeedDate(value, timeZone);
}

// ---------------------------------------------------------------------------------------------
// Periods, keys and calendar arithmetic

/**
 * Exclusive end instant of the period a value denotes: year → 00:00 on 1 January of the next
 * year; month → 00:00 of the 1st of the next month; day → 00:00 of the next day (all in the
 * zone, so DST days are 23 or 25 hours long); time → the instant itself.
 */
export function periodEnd(d: FeedDateValue | FeedYearValue, timeZone: string): number {
  if (d.precision === 'time') return d.instant;
  const next =
    d.precision === 'year'
      ? utc(d.year + 1, 1, 1)
      : d.precision === 'month'
        ? utc(d.year, d.month + 1, 1)
        : utc(d.year, d.month, d.day + 1);
  return wallToInstant(next, timeZone);
}

/**
 * Upcoming while the end (or, without one, the start) has not passed: an all-day value lasts
 * its whole day, a month-only value its whole month, a time ends at its instant. The later
 * of start and end counts, so a stray end before the start never hides an event early.
 */
export function isUpcoming(
  start: FeedDateValue,
  end: FeedDateValue | undefined,
  now: number,
  timeZone: string,
): boolean {
  const until = Math.max(periodEnd(start, timeZone), end ? periodEnd(end, timeZone) : -Infinity);
  return now < until;
}

const keyOf = (y: number, mo: number, d: number): string => `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;

/** 'YYYY-MM-DD' of an instant in the zone. */
export function dayKey(instant: number, timeZone: string): string {
  const wall = wallOf(instant, timeZone);
  return keyOf(wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate());
}

/** 'YYYY-MM-DD' of a value's wall-clock day. */
export function dayKeyOf(d: FeedDateValue): string {
  return keyOf(d.year, d.month, d.day);
}

/** 'YYYY-MM' of a value's wall-clock month. */
export function monthKeyOf(d: FeedDateValue): string {
  return `${pad(d.year, 4)}-${pad(d.month)}`;
}

/** A valid 'YYYY-MM-DD' key parsed as an all-day value in the zone, else undefined. */
function dayValue(key: string, timeZone: string): FeedDateValue | undefined {
  const d = parseFeedDate(key, timeZone);
  return d?.precision === 'day' ? d : undefined;
}

/** Whether a string is a valid 'YYYY-MM-DD' calendar day (e.g. for a `today` attribute). */
export function isDayKey(key: string): boolean {
  return dayValue(key, 'UTC') !== undefined;
}

/** Epoch ms of 00:00 of a 'YYYY-MM-DD' day in the zone; NaN for an invalid key. */
export function startOfDay(key: string, timeZone: string): number {
  return dayValue(key, timeZone)?.instant ?? NaN;
}

/** The UTC date of a 'YYYY-MM-DD' key (fields may overflow). */
function keyDate(key: string, addDays = 0): Date {
  return new Date(utc(Number(key.slice(0, 4)), Number(key.slice(5, 7)), Number(key.slice(8, 10)) + addDays));
}

/** Adds n (possibly negative) calendar days to a 'YYYY-MM-DD' key. */
export function addDays(key: string, n: number): string {
  const t = keyDate(key, n);
  return keyOf(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Days between two 'YYYY-MM-DD' keys (b − a). */
export function dayDiff(a: string, b: string): number {
  return Math.round((keyDate(b).getTime() - keyDate(a).getTime()) / DAY_MS);
}

/** ISO weekday of a 'YYYY-MM-DD' key: 1 = Monday … 7 = Sunday. */
export function isoWeekday(key: string): number {
  return keyDate(key).getUTCDay() || 7;
}

/** Adds n (possibly negative) months to a 'YYYY-MM' key. */
export function addMonths(monthKey: string, n: number): string {
  const total = Number(monthKey.slice(0, 4)) * 12 + Number(monthKey.slice(5, 7)) - 1 + n;
  const y = Math.floor(total / 12);
  return `${pad(y, 4)}-${pad(total - y * 12 + 1)}`;
}

// ---------------------------------------------------------------------------------------------
// Formatting. Names come from Intl ('de-DE' / 'en-GB'), the patterns are assembled here so the
// output is the same in every engine and CLDR version. Wall-clock parts are formatted as UTC,
// so the text shows the feed zone's clock whatever the viewer's zone is.

const nameTables = new Map<string, string[]>();

/**
 * Weekday names Monday first (`weekday`) or month names January first (`month`), from Intl once.
 * Each name is taken from a date with its day ("Mo., 1."), not formatted alone: German writes
 * a lone short weekday without its period ("Mo").
 */
function nameTable(locale: Locale, kind: 'weekday' | 'month', short: boolean): string[] {
  const cacheKey = locale + kind + short;
  let table = nameTables.get(cacheKey);
  if (!table) {
    const format = new Intl.DateTimeFormat(intlLocale(locale), {
      timeZone: 'UTC',
      [kind]: short ? 'short' : 'long',
      day: 'numeric',
    });
    // 2024-01-01 is a Monday.
    table = Array.from(
      { length: kind === 'weekday' ? 7 : 12 },
      (_, i) =>
        format
          .formatToParts(kind === 'weekday' ? utc(2024, 1, 1 + i, 12) : utc(2024, 1 + i, 1, 12))
          .find((part) => part.type === kind)!.value,
    );
    nameTables.set(cacheKey, table);
  }
  return table;
}

/** ISO weekday (1 = Monday) of a calendar day. */
const weekdayOf = (y: number, mo: number, d: number): number => new Date(utc(y, mo, d)).getUTCDay() || 7;

/** How dates are written, per locale: `{name}` templates filled by `fill`. */
const T: Record<
  Locale,
  Record<
    'longDay' | 'shortDate' | 'monthYear' | 'time' | 'timeRange' | 'until' | 'range' | 'allDay' | 'tentative',
    string
  >
> = {
  de: {
    longDay: '{weekday}, {day}. {month} {year}',
    shortDate: '{weekday}, {day}.{month}.{year}',
    monthYear: '{month} {year}',
    time: '{date}, {time} Uhr',
    timeRange: '{date}, {from}–{to} Uhr',
    until: '{date}, bis {time} Uhr',
    range: '{from} – {to}',
    allDay: '{date} (ganztägig)',
    tentative: 'voraussichtlich {date}',
  },
  en: {
    longDay: '{weekday}, {day} {month} {year}',
    shortDate: '{weekday}, {day}/{month}/{year}',
    monthYear: '{month} {year}',
    time: '{date}, {time}',
    timeRange: '{date}, {from}–{to}',
    until: '{date}, until {time}',
    range: '{from} – {to}',
    allDay: '{date} (all day)',
    tentative: 'expected {date}',
  },
};

function longDay(locale: Locale, y: number, mo: number, d: number): string {
  return fill(T[locale].longDay, {
    weekday: nameTable(locale, 'weekday', false)[weekdayOf(y, mo, d) - 1],
    day: d,
    month: nameTable(locale, 'month', false)[mo - 1],
    year: y,
  });
}

/** "Dienstag, 24. September 2019" / "Tuesday, 24 September 2019" of a 'YYYY-MM-DD' key. */
export function formatDayLong(key: string, locale: Locale): string {
  const t = keyDate(key);
  return longDay(locale, t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** "Dezember 2020" / "December 2020". */
export function formatMonthYear(year: number, month: number, locale: Locale): string {
  return fill(T[locale].monthYear, { month: nameTable(locale, 'month', false)[month - 1], year });
}

/** "10:00" (24-hour clock in both locales), the value's wall-clock time in the feed's zone. */
export function formatTime(d: FeedDateValue, locale: Locale): string {
  // Both de-DE and en-GB write "10:00"; the locale is kept for future languages.
  void locale;
  return `${pad(d.hour)}:${pad(d.minute)}`;
}

/** "Di., 24.09.2019" / "Tue, 24/09/2019"; a month-only value as "Dezember 2020". */
export function formatShortDate(d: FeedDateValue, locale: Locale): string {
  if (d.precision === 'month') return formatMonthYear(d.year, d.month, locale);
  return fill(T[locale].shortDate, {
    weekday: nameTable(locale, 'weekday', true)[weekdayOf(d.year, d.month, d.day) - 1],
    day: pad(d.day),
    month: pad(d.month),
    year: d.year,
  });
}

/** Weekday names, Monday first: ["Montag", …] / ["Mo.", …] / ["Monday", …] / ["Mon", …]. */
export function weekdayNames(locale: Locale, width: 'long' | 'short'): string[] {
  return nameTable(locale, 'weekday', width === 'short').slice();
}

/**
 * One value on its own, without the all-day suffix: "Dienstag, 24. September 2019, 10:00 Uhr" /
 * "Tuesday, 24 September 2019, 10:00", "Dienstag, 24. September 2019", "Dezember 2020".
 */
export function formatDateValue(d: FeedDateValue, locale: Locale): string {
  if (d.precision === 'month') return formatMonthYear(d.year, d.month, locale);
  const day = longDay(locale, d.year, d.month, d.day);
  return d.precision === 'time' ? fill(T[locale].time, { date: day, time: formatTime(d, locale) }) : day;
}

/**
 * The date line of an event, by the brief's table (en dash for ranges):
 * - "Dienstag, 24. September 2019 (ganztägig)" / "Tuesday, 24 September 2019 (all day)"
 * - "Dienstag, 24. September 2019, 10:00 Uhr" / "Tuesday, 24 September 2019, 10:00"
 * - same day: "Dienstag, 24. September 2019, 10:00–16:00 Uhr"
 * - different days: "Montag, 14. Mai 2018, 10:00 Uhr – Dienstag, 15. Mai 2018, 15:00 Uhr",
 *   "Montag, 14. Juni 2021 – Dienstag, 15. Juni 2021 (ganztägig)"
 * - month only: "Dezember 2020", "Dezember 2020 – Januar 2021"
 * - tentative: "voraussichtlich …" / "expected …"
 */
export function formatEventDate(
  start: FeedDateValue,
  end: FeedDateValue | undefined,
  locale: Locale,
  tentative = false,
): string {
  const t = T[locale];
  const s = start.precision;
  const e = end?.precision;
  const sameDay = !!end && s !== 'month' && e !== 'month' && dayKeyOf(start) === dayKeyOf(end);
  let text: string;
  if (!end || (s === e && formatDateValue(start, locale) === formatDateValue(end, locale))) {
    text = formatDateValue(start, locale);
    if (s === 'day') text = fill(t.allDay, { date: text });
  } else if (sameDay && s === 'time' && e === 'time') {
    text = fill(t.timeRange, {
      date: longDay(locale, start.year, start.month, start.day),
      from: formatTime(start, locale),
      to: formatTime(end, locale),
    });
  } else if (sameDay && e === 'time') {
    // All day until a time: "Dienstag, 24. September 2019, bis 16:00 Uhr".
    text = fill(t.until, {
      date: longDay(locale, end.year, end.month, end.day),
      time: formatTime(end, locale),
    });
  } else if (sameDay) {
    // A time ending "that day": the end adds nothing.
    text = formatDateValue(start, locale);
  } else {
    text = fill(t.range, { from: formatDateValue(start, locale), to: formatDateValue(end, locale) });
    if (s === 'day' && e === 'day') text = fill(t.allDay, { date: text });
  }
  return tentative ? fill(t.tentative, { date: text }) : text;
}

// ---------------------------------------------------------------------------------------------
// Machine formats

/**
 * ISO 8601 for JSON-LD: 'time' → "2019-09-24T10:00:00+02:00" (the zone's wall clock and its
 * offset at that instant); 'day' → "2019-09-24"; 'month' → "2019-09".
 */
export function toIsoString(d: FeedDateValue, timeZone: string): string {
  if (d.precision === 'month') return monthKeyOf(d);
  if (d.precision === 'day') return dayKeyOf(d);
  const offsetMin = Math.round(offsetAt(d.instant, timeZone) / 60_000);
  // The wall clock to the second ("2019-09-24T10:00:00"), then the offset. Not through
  // toISOString, which writes a year past 9999 as "+010000" and so breaks fixed-width slicing.
  const wall = new Date(d.instant + offsetMin * 60_000);
  const day = keyOf(wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate());
  const time = [wall.getUTCHours(), wall.getUTCMinutes(), wall.getUTCSeconds()].map((n) => pad(n)).join(':');
  const abs = Math.abs(offsetMin);
  return `${day}T${time}${offsetMin < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** iCalendar (RFC 5545) UTC form of an instant: "20190924T080000Z". */
export const utcStamp = (instant: number): string =>
  new Date(instant).toISOString().replace(/[-:]|\.\d+/g, '');

/**
 * iCalendar (RFC 5545) form: 'time' → UTC "20190924T080000Z"; 'day' → "20190924" (for
 * `VALUE=DATE`); 'month' → its first day, "20190901".
 */
export function toIcsDate(d: FeedDateValue): string {
  return d.precision === 'time' ? utcStamp(d.instant) : dayKeyOf(d).replace(/-/g, '');
}
