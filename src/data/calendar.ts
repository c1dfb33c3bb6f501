/**
 * The month model of `<meeting-calendar>`: weeks of a month (Monday first), the events of each
 * day including multi-day spans, the month-only events of a month, and the keyboard moves of
 * the grid. Plain TypeScript on top of dates.ts; no DOM. Everything is in the feed's zone:
 * a ParsedEvent's wall-clock parts already are.
 */
import { addDays, addMonths, dayDiff, dayKeyOf, daysInMonth, isoWeekday, monthKeyOf, pad } from './dates.js';
import type { ParsedEvent } from './parse.js';
import { runInSlices, runToEnd, type Steps } from './slices.js';

/** One event on one of its days. */
export interface DayEntry {
  event: ParsedEvent;
  /** 1-based: which day of the event this is. */
  day: number;
  /** How many days the event covers. */
  days: number;
}

/** The events of a feed by day and by month, built once per feed (and filter). */
export interface CalendarIndex {
  /** Events with a day per 'YYYY-MM-DD' of every day they cover, ordered by start. */
  days: Map<string, DayEntry[]>;
  /** Month-only events per 'YYYY-MM' of every month they cover, ordered by start. */
  months: Map<string, ParsedEvent[]>;
  /** Per 'YYYY-MM': how many different events the month shows (days and month-only). */
  counts: Map<string, number>;
}

/** Longest span drawn, so one stray end date cannot flood the calendar. */
const MAX_DAYS = 366;
const MAX_MONTHS = 24;

export { dayDiff };

/** 'YYYY-MM-DD' of the last day of a 'YYYY-MM' month. */
const lastDay = (month: string) => `${month}-${pad(daysInMonth(+month.slice(0, 4), +month.slice(5, 7)))}`;

/** Whether a string is a valid 'YYYY-MM' month. */
export const isMonthKey = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value) && !value.startsWith('0000');

/**
 * The days an event with a day covers, as inclusive 'YYYY-MM-DD' keys; undefined for a
 * month-only event. An end at 00:00 does not occupy its day; an end that is a month runs to
 * the month's last day.
 */
export function eventSpan(event: ParsedEvent): [string, string] | undefined {
  const start = event.startValue;
  if (start.precision === 'month') return undefined;
  const first = dayKeyOf(start);
  const end = event.endValue;
  let last = first;
  if (end?.precision === 'month') {
    last = lastDay(monthKeyOf(end));
  } else if (end) {
    last = dayKeyOf(end);
    if (end.precision === 'time' && end.hour === 0 && end.minute === 0 && end.instant > start.instant) {
      last = addDays(last, -1);
    }
  }
  if (last < first) last = first;
  if (dayDiff(first, last) >= MAX_DAYS) last = addDays(first, MAX_DAYS - 1);
  return [first, last];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Indexes events by day and month; O(events × days covered), once per feed. */
export function indexEvents(events: readonly ParsedEvent[]): CalendarIndex {
  return runToEnd(indexSteps(events));
}

/**
 * {@link indexEvents} in slices, with a pause for the page between them (src/data/slices.ts):
 * the same index, without a long task for thousands of events.
 */
export function indexEventsInSlices(events: readonly ParsedEvent[]): Promise<CalendarIndex> {
  return runInSlices(indexSteps(events));
}

/**
 * The index of one month only (`YYYY-MM`): what {@link indexEvents} has for that month's days,
 * its month-only events and its count, each entry alike (day i of n), and nothing for other
 * months. A calendar shows its first month from this while the whole index is built.
 */
export function indexMonth(events: readonly ParsedEvent[], month: string): CalendarIndex {
  return runToEnd(indexSteps(events, month));
}

/** The work of the index, pausing after each event; with `only`, the days and months of that month alone. */
function* indexSteps(events: readonly ParsedEvent[], only?: string): Steps<CalendarIndex> {
  const sorted = [...events].sort((a, b) => a.startValue.instant - b.startValue.instant);
  const days = new Map<string, DayEntry[]>();
  const months = new Map<string, ParsedEvent[]>();
  const counts = new Map<string, number>();
  /** Counts an event once per month: its days (or months) come in order, so a month only once in a row. */
  let counted = '';
  const count = (month: string) => {
    if (month === counted) return;
    counted = month;
    counts.set(month, (counts.get(month) ?? 0) + 1);
  };
  for (const event of sorted) {
    counted = '';
    const span = eventSpan(event);
    if (span) {
      const total = dayDiff(span[0], span[1]) + 1;
      // With `only`: from the month's first day (or the event's, if later) to its last.
      let i = 0;
      let key = span[0];
      if (only !== undefined) {
        if (span[1] < `${only}-01` || key > lastDay(only)) continue;
        if (key < `${only}-01`) {
          key = `${only}-01`;
          i = dayDiff(span[0], key);
        }
      }
      for (; i < total && (only === undefined || key.startsWith(only)); i++, key = addDays(key, 1)) {
        push(days, key, { event, day: i + 1, days: total });
        count(key.slice(0, 7));
      }
    } else {
      const first = monthKeyOf(event.startValue);
      const end = event.endValue;
      let last = end ? monthKeyOf(end) : first;
      if (last < first) last = first;
      for (let i = 0, key = first; i < MAX_MONTHS && key <= last; i++, key = addMonths(key, 1)) {
        if (only !== undefined && key !== only) continue;
        push(months, key, event);
        count(key);
      }
    }
    yield;
  }
  return { days, months, counts };
}

/**
 * The weeks of a month, Monday first: 4 to 6 rows of seven 'YYYY-MM-DD' keys, including the
 * days of the neighbouring months that complete the first and last week.
 */
export function monthWeeks(month: string): string[][] {
  const first = `${month}-01`;
  const lead = isoWeekday(first) - 1;
  const weeks: string[][] = [];
  let key = addDays(first, -lead);
  // Counted, not compared with the last day: after 9999-12-31 comes "10000-01-01", which sorts
  // before it as a string (a loop until the last day would never end on month="9999-12").
  for (let n = Math.ceil((lead + daysInMonth(+month.slice(0, 4), +month.slice(5, 7))) / 7); n > 0; n--) {
    const week: string[] = [];
    for (let i = 0; i < 7; i++, key = addDays(key, 1)) week.push(key);
    weeks.push(week);
  }
  return weeks;
}

/** ISO 8601 week number of a day (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(key: string): number {
  const thursday = addDays(key, 4 - isoWeekday(key));
  return Math.floor(dayDiff(`${thursday.slice(0, 4)}-01-01`, thursday) / 7) + 1;
}

/** The same day of the month `n` months away, clamped to that month's length. */
export function shiftMonth(key: string, n: number): string {
  const month = addMonths(key.slice(0, 7), n);
  const last = lastDay(month);
  return key.slice(8) < last.slice(8) ? month + key.slice(7) : last;
}

/** Days the arrow keys move the focus by. */
const DAY_MOVES: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };
/** Months the page keys move the focus by (with Shift a year). */
const MONTH_MOVES: Record<string, number> = {
  PageUp: -1,
  PageDown: 1,
  'Shift+PageUp': -12,
  'Shift+PageDown': 12,
};

/**
 * The day a key of the grid moves the focus to (WAI-ARIA APG date picker: arrows, Home/End of
 * the week, PageUp/PageDown a month, with Shift a year); undefined for other keys.
 */
export function moveDay(key: string, move: string): string | undefined {
  const next = movedDay(key, move);
  // The calendar ends where four-digit years do: a move past 9999-12-31 or before 0001-01-01
  // stays on the day it started from (no "10000-01", no year 0).
  return next === undefined || isCalendarDay(next) ? next : key;
}

/** Whether a key is a day of the years 1 to 9999 (the calendar's range). */
export const isCalendarDay = (key: string): boolean => /^\d{4}-/.test(key) && !key.startsWith('0000');

function movedDay(key: string, move: string): string | undefined {
  // `typeof … === 'number'`: a key named like an Object method ("toString") is no move.
  const days = DAY_MOVES[move];
  const months = MONTH_MOVES[move];
  if (typeof days === 'number') return addDays(key, days);
  if (typeof months === 'number') return shiftMonth(key, months);
  if (move === 'Home') return addDays(key, 1 - isoWeekday(key));
  return move === 'End' ? addDays(key, 7 - isoWeekday(key)) : undefined;
}
