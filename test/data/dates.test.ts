import { expect } from '@open-wc/testing';
import {
  DEFAULT_TIME_ZONE,
  addDays,
  addMonths,
  dayKey,
  dayKeyOf,
  daysInMonth,
  formatDayLong,
  formatEventDate,
  formatMonthYear,
  formatShortDate,
  formatTime,
  isDayKey,
  isUpcoming,
  isValidTimeZone,
  isoWeekday,
  monthKeyOf,
  parseFeedDate,
  parseYearOrDate,
  periodEnd,
  startOfDay,
  toIcsDate,
  toIsoString,
  weekdayNames,
  type FeedDateValue,
} from '../../src/data/dates.js';

const BER = 'Europe/Berlin';
const NY = 'America/New_York';
const HOUR = 3_600_000;

/** Parses a value that must be valid. */
function p(value: string, tz = BER): FeedDateValue {
  const d = parseFeedDate(value, tz);
  if (!d) throw new Error(`expected ${value} to parse`);
  return d;
}

describe('dates', () => {
  describe('isValidTimeZone', () => {
    it('accepts IANA names and rejects others', () => {
      expect(DEFAULT_TIME_ZONE).to.equal('Europe/Berlin');
      expect(isValidTimeZone('Europe/Berlin')).to.be.true;
      expect(isValidTimeZone('America/New_York')).to.be.true;
      expect(isValidTimeZone('UTC')).to.be.true;
      expect(isValidTimeZone('Mars/Olympus')).to.be.false;
      expect(isValidTimeZone('')).to.be.false;
      expect(isValidTimeZone(42 as unknown as string)).to.be.false;
    });
  });

  describe('parseFeedDate', () => {
    it('parses an all-day date as 00:00 in the zone', () => {
      expect(p('2019-09-24')).to.deep.equal({
        precision: 'day',
        year: 2019,
        month: 9,
        day: 24,
        hour: 0,
        minute: 0,
        instant: Date.UTC(2019, 8, 23, 22),
      });
    });

    it('parses a wall-clock time in the zone', () => {
      expect(p('2019-09-24T10:00')).to.deep.equal({
        precision: 'time',
        year: 2019,
        month: 9,
        day: 24,
        hour: 10,
        minute: 0,
        instant: Date.UTC(2019, 8, 24, 8),
      });
      expect(p('2019-12-24T10:00').instant).to.equal(Date.UTC(2019, 11, 24, 9));
      expect(p('2019-09-24T10:00:30').instant).to.equal(Date.UTC(2019, 8, 24, 8, 0, 30));
      expect(p('2019-09-24T10:00:30.25').instant).to.equal(Date.UTC(2019, 8, 24, 8, 0, 30, 250));
    });

    it('converts an instant with Z or an offset into the zone', () => {
      const z = p('2019-09-24T08:00:00Z');
      expect(z).to.include({ precision: 'time', year: 2019, month: 9, day: 24, hour: 10, minute: 0 });
      expect(z.instant).to.equal(Date.UTC(2019, 8, 24, 8));
      expect(formatEventDate(z, undefined, 'de')).to.equal('Dienstag, 24. September 2019, 10:00 Uhr');
      expect(p('2019-09-24T10:00:00+02:00').instant).to.equal(Date.UTC(2019, 8, 24, 8));
      expect(p('2019-09-24T03:00-05:00')).to.include({ hour: 10, instant: Date.UTC(2019, 8, 24, 8) });
      expect(p('2019-09-24T13:30+0530').instant).to.equal(Date.UTC(2019, 8, 24, 8));
      expect(p('2019-09-24T08:00:00.123Z').instant).to.equal(Date.UTC(2019, 8, 24, 8, 0, 0, 123));
      // An instant late in the UTC day lands on the next day in Berlin.
      expect(dayKeyOf(p('2019-09-24T23:30Z'))).to.equal('2019-09-25');
    });

    it('parses a month-only date as 00:00 of the 1st in the zone', () => {
      expect(p('2020-12')).to.deep.equal({
        precision: 'month',
        year: 2020,
        month: 12,
        day: 1,
        hour: 0,
        minute: 0,
        instant: Date.UTC(2020, 10, 30, 23),
      });
    });

    it('resolves wall-clock times in another zone', () => {
      expect(p('2019-09-24T10:00', NY)).to.include({ hour: 10, instant: Date.UTC(2019, 8, 24, 14) });
      expect(p('2019-09-24', NY).instant).to.equal(Date.UTC(2019, 8, 24, 4));
      expect(p('2019-12-24T10:00', NY).instant).to.equal(Date.UTC(2019, 11, 24, 15));
      // The same instant is a different wall clock (and day) in New York.
      expect(p('2019-09-24T08:00:00Z', NY)).to.include({ day: 24, hour: 4 });
      expect(p('2019-09-24T02:00:00Z', NY)).to.include({ day: 23, hour: 22 });
      expect(p('2019-09-24T10:00', 'Asia/Kolkata').instant).to.equal(Date.UTC(2019, 8, 24, 4, 30));
      expect(p('2019-09-24T10:00', 'UTC').instant).to.equal(Date.UTC(2019, 8, 24, 10));
    });

    it('accepts leap days only in leap years', () => {
      expect(p('2020-02-29')).to.include({ year: 2020, month: 2, day: 29 });
      expect(p('2000-02-29')).to.include({ day: 29 });
      expect(parseFeedDate('2019-02-29', BER)).to.be.undefined;
      expect(parseFeedDate('1900-02-29', BER)).to.be.undefined;
    });

    it('rejects anything else', () => {
      const bad: unknown[] = [
        '2019-02-30',
        '2019-04-31',
        '2019-13',
        '2019-00',
        '2019-09-00',
        '2019-09-24T25:00',
        '2019-09-24T24:00',
        '2019-09-24T10:60',
        '2019-09-24T10:00:60',
        '2019-09-24T10:00+24:00',
        '2019-09-24T10',
        '2019-09-24 10:00',
        '2019-9-24',
        '24.09.2019',
        ' 2019-09-24',
        '2019-09-24\n',
        '2019',
        '0000-01-01',
        '',
        'morgen',
        42,
        null,
        undefined,
        {},
        new Date(2019, 8, 24),
      ];
      for (const value of bad) expect(parseFeedDate(value, BER), String(value)).to.be.undefined;
    });

    it('shifts a non-existent time (spring forward) forward', () => {
      // 2026-03-29 02:00 → 03:00 in Berlin: 02:30 does not exist and becomes 03:30 CEST.
      const d = p('2026-03-29T02:30');
      expect(d.instant).to.equal(Date.UTC(2026, 2, 29, 1, 30));
      expect(d).to.include({ day: 29, hour: 3, minute: 30 });
      expect(p('2026-03-29T01:59').instant).to.equal(Date.UTC(2026, 2, 29, 0, 59));
      expect(p('2026-03-29T03:00').instant).to.equal(Date.UTC(2026, 2, 29, 1));
    });

    it('takes the earlier instant for an ambiguous time (fall back)', () => {
      // 2026-10-25 03:00 CEST → 02:00 CET: 02:30 happens twice, the first time at 00:30Z.
      const d = p('2026-10-25T02:30');
      expect(d.instant).to.equal(Date.UTC(2026, 9, 25, 0, 30));
      expect(d).to.include({ day: 25, hour: 2, minute: 30 });
      expect(p('2026-10-25T03:00').instant).to.equal(Date.UTC(2026, 9, 25, 2));
      // An explicit offset picks either one.
      expect(p('2026-10-25T02:30+01:00')).to.include({
        hour: 2,
        minute: 30,
        instant: Date.UTC(2026, 9, 25, 1, 30),
      });
    });

    it('shifts a non-existent midnight forward (a zone switching at 24:00)', () => {
      // Chile sprang forward from 2022-09-10 24:00 to 2022-09-11 01:00.
      expect(p('2022-09-11', 'America/Santiago').instant).to.equal(Date.UTC(2022, 8, 11, 4));
    });
  });

  describe('parseYearOrDate', () => {
    it('parses a year and any date form', () => {
      const y = parseYearOrDate('2016', BER);
      expect(y).to.deep.equal({ precision: 'year', year: 2016, instant: Date.UTC(2015, 11, 31, 23) });
      expect(periodEnd(y!, BER)).to.equal(Date.UTC(2016, 11, 31, 23));
      expect(parseYearOrDate('2019-09', BER)).to.include({ precision: 'month', month: 9 });
      expect(parseYearOrDate('2019-09-24', BER)).to.include({ precision: 'day', day: 24 });
      expect(parseYearOrDate('2019-09-24T10:00', BER)).to.include({ precision: 'time', hour: 10 });
      expect(parseYearOrDate('16', BER)).to.be.undefined;
      expect(parseYearOrDate(2016, BER)).to.be.undefined;
      expect(parseYearOrDate('2019-02-30', BER)).to.be.undefined;
    });
  });

  describe('periods', () => {
    it('ends a day at the next midnight in the zone, across DST', () => {
      expect(periodEnd(p('2019-09-24'), BER)).to.equal(Date.UTC(2019, 8, 24, 22));
      const spring = p('2026-03-29');
      expect(periodEnd(spring, BER) - spring.instant).to.equal(23 * HOUR);
      const autumn = p('2026-10-25');
      expect(periodEnd(autumn, BER) - autumn.instant).to.equal(25 * HOUR);
      expect(periodEnd(p('2019-09-24', NY), NY)).to.equal(Date.UTC(2019, 8, 25, 4));
    });

    it('ends a month at the 1st of the next month, across the year end', () => {
      expect(periodEnd(p('2020-12'), BER)).to.equal(Date.UTC(2020, 11, 31, 23));
      expect(periodEnd(p('2026-03'), BER)).to.equal(Date.UTC(2026, 2, 31, 22));
    });

    it('ends a time at its instant', () => {
      expect(periodEnd(p('2019-09-24T10:00'), BER)).to.equal(Date.UTC(2019, 8, 24, 8));
    });
  });

  describe('isUpcoming', () => {
    it('keeps an all-day event upcoming during its whole day', () => {
      const d = p('2019-09-24');
      expect(isUpcoming(d, undefined, Date.UTC(2019, 8, 23, 12), BER)).to.be.true;
      expect(isUpcoming(d, undefined, Date.UTC(2019, 8, 24, 12), BER)).to.be.true;
      expect(isUpcoming(d, undefined, Date.UTC(2019, 8, 24, 21, 59, 59, 999), BER)).to.be.true;
      expect(isUpcoming(d, undefined, Date.UTC(2019, 8, 24, 22), BER)).to.be.false;
    });

    it('keeps a month-only event upcoming until the month is over', () => {
      const d = p('2020-12');
      expect(isUpcoming(d, undefined, Date.UTC(2020, 11, 31, 22, 59), BER)).to.be.true;
      expect(isUpcoming(d, undefined, Date.UTC(2020, 11, 31, 23), BER)).to.be.false;
    });

    it('ends a timed event without end at its start', () => {
      const d = p('2019-09-24T10:00');
      expect(isUpcoming(d, undefined, Date.UTC(2019, 8, 24, 7, 59), BER)).to.be.true;
      expect(isUpcoming(d, undefined, Date.UTC(2019, 8, 24, 8), BER)).to.be.false;
    });

    it('lets the end beat the start', () => {
      const start = p('2019-09-24T10:00');
      const end = p('2019-09-24T16:00');
      expect(isUpcoming(start, end, Date.UTC(2019, 8, 24, 10), BER)).to.be.true;
      expect(isUpcoming(start, end, Date.UTC(2019, 8, 24, 14), BER)).to.be.false;
      const days = p('2021-06-15');
      expect(isUpcoming(p('2021-06-14'), days, Date.UTC(2021, 5, 15, 12), BER)).to.be.true;
      expect(isUpcoming(p('2021-06-14'), days, Date.UTC(2021, 5, 15, 22), BER)).to.be.false;
    });

    it('judges in the feed zone', () => {
      // 23:00 in New York on the day is still that day there, the next day in Berlin.
      const now = Date.UTC(2019, 8, 25, 3);
      expect(isUpcoming(p('2019-09-24', NY), undefined, now, NY)).to.be.true;
      expect(isUpcoming(p('2019-09-24'), undefined, now, BER)).to.be.false;
    });
  });

  describe('keys and calendar arithmetic', () => {
    it('gives day and month keys', () => {
      expect(dayKey(Date.UTC(2019, 8, 23, 22), BER)).to.equal('2019-09-24');
      expect(dayKey(Date.UTC(2019, 8, 23, 22), 'UTC')).to.equal('2019-09-23');
      expect(dayKey(Date.UTC(2019, 8, 24, 2), NY)).to.equal('2019-09-23');
      expect(dayKeyOf(p('2019-09-24T10:00'))).to.equal('2019-09-24');
      expect(dayKeyOf(p('2020-12'))).to.equal('2020-12-01');
      expect(monthKeyOf(p('2019-09-24'))).to.equal('2019-09');
      expect(startOfDay('2019-09-24', BER)).to.equal(Date.UTC(2019, 8, 23, 22));
      expect(startOfDay('2019-12-24', NY)).to.equal(Date.UTC(2019, 11, 24, 5));
      expect(startOfDay('2019-02-30', BER)).to.be.NaN;
      expect(startOfDay('heute', BER)).to.be.NaN;
      expect(isDayKey('2020-02-29')).to.be.true;
      expect(isDayKey('2019-02-29')).to.be.false;
    });

    it('adds days across month and year ends and leap days', () => {
      expect(addDays('2019-09-30', 1)).to.equal('2019-10-01');
      expect(addDays('2019-12-31', 1)).to.equal('2020-01-01');
      expect(addDays('2020-01-01', -1)).to.equal('2019-12-31');
      expect(addDays('2020-02-28', 1)).to.equal('2020-02-29');
      expect(addDays('2019-02-28', 1)).to.equal('2019-03-01');
      expect(addDays('2020-03-01', -1)).to.equal('2020-02-29');
      expect(addDays('2019-01-01', 365)).to.equal('2020-01-01');
      expect(addDays('2020-01-01', 366)).to.equal('2021-01-01');
      expect(addDays('2026-03-28', 1)).to.equal('2026-03-29');
      expect(addDays('2019-09-24', 0)).to.equal('2019-09-24');
    });

    it('gives ISO weekdays', () => {
      expect(isoWeekday('2019-09-01')).to.equal(7); // a Sunday, the 1st of the month
      expect(isoWeekday('2019-09-02')).to.equal(1);
      expect(isoWeekday('2019-09-24')).to.equal(2);
      expect(isoWeekday('2020-02-29')).to.equal(6);
    });

    it('gives days of a month', () => {
      expect(daysInMonth(2020, 2)).to.equal(29);
      expect(daysInMonth(2019, 2)).to.equal(28);
      expect(daysInMonth(2000, 2)).to.equal(29);
      expect(daysInMonth(1900, 2)).to.equal(28);
      expect(daysInMonth(2019, 4)).to.equal(30);
      expect(daysInMonth(2019, 1)).to.equal(31);
      expect(daysInMonth(2019, 12)).to.equal(31);
    });

    it('adds months across year ends', () => {
      expect(addMonths('2019-12', 1)).to.equal('2020-01');
      expect(addMonths('2020-01', -1)).to.equal('2019-12');
      expect(addMonths('2019-09', -21)).to.equal('2017-12');
      expect(addMonths('2019-09', 15)).to.equal('2020-12');
      expect(addMonths('2019-09', 0)).to.equal('2019-09');
    });
  });

  describe('formatEventDate', () => {
    const cases: [string, string | undefined, boolean, string, string][] = [
      [
        '2019-09-24',
        undefined,
        false,
        'Dienstag, 24. September 2019 (ganztägig)',
        'Tuesday, 24 September 2019 (all day)',
      ],
      [
        '2019-09-24T10:00',
        undefined,
        false,
        'Dienstag, 24. September 2019, 10:00 Uhr',
        'Tuesday, 24 September 2019, 10:00',
      ],
      [
        '2019-09-24T08:00:00Z',
        undefined,
        false,
        'Dienstag, 24. September 2019, 10:00 Uhr',
        'Tuesday, 24 September 2019, 10:00',
      ],
      ['2020-12', undefined, false, 'Dezember 2020', 'December 2020'],
      [
        '2019-09-24T10:00',
        '2019-09-24T16:00',
        false,
        'Dienstag, 24. September 2019, 10:00–16:00 Uhr',
        'Tuesday, 24 September 2019, 10:00–16:00',
      ],
      [
        '2018-05-14T10:00',
        '2018-05-15T15:00',
        false,
        'Montag, 14. Mai 2018, 10:00 Uhr – Dienstag, 15. Mai 2018, 15:00 Uhr',
        'Monday, 14 May 2018, 10:00 – Tuesday, 15 May 2018, 15:00',
      ],
      [
        '2021-06-14',
        '2021-06-15',
        false,
        'Montag, 14. Juni 2021 – Dienstag, 15. Juni 2021 (ganztägig)',
        'Monday, 14 June 2021 – Tuesday, 15 June 2021 (all day)',
      ],
      ['2020-12', '2021-01', false, 'Dezember 2020 – Januar 2021', 'December 2020 – January 2021'],
      ['2020-12', '2020-12', false, 'Dezember 2020', 'December 2020'],
      [
        '2019-09-24',
        '2019-09-24',
        false,
        'Dienstag, 24. September 2019 (ganztägig)',
        'Tuesday, 24 September 2019 (all day)',
      ],
      [
        '2019-09-24T10:00',
        '2019-09-24T10:00',
        false,
        'Dienstag, 24. September 2019, 10:00 Uhr',
        'Tuesday, 24 September 2019, 10:00',
      ],
      [
        '2019-09-24',
        '2019-09-24T16:00',
        false,
        'Dienstag, 24. September 2019, bis 16:00 Uhr',
        'Tuesday, 24 September 2019, until 16:00',
      ],
      [
        '2019-09-24T10:00',
        '2019-09-24',
        false,
        'Dienstag, 24. September 2019, 10:00 Uhr',
        'Tuesday, 24 September 2019, 10:00',
      ],
      [
        '2019-09-24T10:00',
        '2019-09-26',
        false,
        'Dienstag, 24. September 2019, 10:00 Uhr – Donnerstag, 26. September 2019',
        'Tuesday, 24 September 2019, 10:00 – Thursday, 26 September 2019',
      ],
      ['2020-12', undefined, true, 'voraussichtlich Dezember 2020', 'expected December 2020'],
      [
        '2019-09-24T10:00',
        '2019-09-24T16:00',
        true,
        'voraussichtlich Dienstag, 24. September 2019, 10:00–16:00 Uhr',
        'expected Tuesday, 24 September 2019, 10:00–16:00',
      ],
      [
        '2019-09-24',
        undefined,
        true,
        'voraussichtlich Dienstag, 24. September 2019 (ganztägig)',
        'expected Tuesday, 24 September 2019 (all day)',
      ],
    ];
    for (const [start, end, tentative, de, en] of cases) {
      it(`${start}${end ? ` – ${end}` : ''}${tentative ? ' (tentative)' : ''}`, () => {
        const s = p(start);
        const e = end === undefined ? undefined : p(end);
        expect(formatEventDate(s, e, 'de', tentative)).to.equal(de);
        expect(formatEventDate(s, e, 'en', tentative)).to.equal(en);
      });
    }

    it('shows the feed zone wall clock, not the viewer zone', () => {
      const s = p('2019-09-24T10:00', NY);
      expect(s.instant).to.equal(Date.UTC(2019, 8, 24, 14));
      expect(formatEventDate(s, undefined, 'de')).to.equal('Dienstag, 24. September 2019, 10:00 Uhr');
      // Midnight-adjacent times keep their day whatever zone the browser runs in.
      const late = p('2019-12-31T23:30', NY);
      expect(formatEventDate(late, undefined, 'en')).to.equal('Tuesday, 31 December 2019, 23:30');
      expect(formatEventDate(p('2020-01-01T00:15', 'Pacific/Kiritimati'), undefined, 'de')).to.equal(
        'Mittwoch, 1. Januar 2020, 00:15 Uhr',
      );
    });

    it('uses a 24-hour clock', () => {
      expect(formatEventDate(p('2019-09-24T00:05'), p('2019-09-24T23:59'), 'en')).to.equal(
        'Tuesday, 24 September 2019, 00:05–23:59',
      );
    });
  });

  describe('short formats', () => {
    it('formats short dates, times, months and days', () => {
      expect(formatShortDate(p('2019-09-24T10:00'), 'de')).to.equal('Di., 24.09.2019');
      expect(formatShortDate(p('2019-09-24'), 'en')).to.equal('Tue, 24/09/2019');
      expect(formatShortDate(p('2020-12'), 'de')).to.equal('Dezember 2020');
      expect(formatTime(p('2019-09-24T09:05'), 'de')).to.equal('09:05');
      expect(formatTime(p('2019-09-24T08:00:00Z'), 'en')).to.equal('10:00');
      expect(formatMonthYear(2020, 12, 'de')).to.equal('Dezember 2020');
      expect(formatMonthYear(2020, 12, 'en')).to.equal('December 2020');
      expect(formatMonthYear(2021, 3, 'de')).to.equal('März 2021');
      expect(formatDayLong('2019-09-24', 'de')).to.equal('Dienstag, 24. September 2019');
      expect(formatDayLong('2019-09-01', 'en')).to.equal('Sunday, 1 September 2019');
    });

    it('lists weekday names Monday first', () => {
      expect(weekdayNames('de', 'long')).to.deep.equal([
        'Montag',
        'Dienstag',
        'Mittwoch',
        'Donnerstag',
        'Freitag',
        'Samstag',
        'Sonntag',
      ]);
      expect(weekdayNames('en', 'long')[0]).to.equal('Monday');
      expect(weekdayNames('en', 'long')[6]).to.equal('Sunday');
      expect(weekdayNames('de', 'short')).to.deep.equal(['Mo.', 'Di.', 'Mi.', 'Do.', 'Fr.', 'Sa.', 'So.']);
      expect(weekdayNames('en', 'short')).to.deep.equal(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
      // A copy: callers cannot spoil the cache.
      weekdayNames('en', 'short').reverse();
      expect(weekdayNames('en', 'short')[0]).to.equal('Mon');
    });
  });

  describe('machine formats', () => {
    it('gives ISO strings with the zone offset at the instant', () => {
      expect(toIsoString(p('2019-09-24T10:00'), BER)).to.equal('2019-09-24T10:00:00+02:00');
      expect(toIsoString(p('2019-12-24T10:00'), BER)).to.equal('2019-12-24T10:00:00+01:00');
      expect(toIsoString(p('2019-09-24T08:00:00Z'), BER)).to.equal('2019-09-24T10:00:00+02:00');
      expect(toIsoString(p('2019-09-24T10:00:30'), BER)).to.equal('2019-09-24T10:00:30+02:00');
      expect(toIsoString(p('2019-09-24T10:00', NY), NY)).to.equal('2019-09-24T10:00:00-04:00');
      expect(toIsoString(p('2019-09-24T10:00', 'Asia/Kolkata'), 'Asia/Kolkata')).to.equal(
        '2019-09-24T10:00:00+05:30',
      );
      expect(toIsoString(p('2019-09-24T10:00', 'UTC'), 'UTC')).to.equal('2019-09-24T10:00:00+00:00');
      // Past 9999 on the zone's clock: a five-digit year, the seconds kept (not toISOString's "+010000").
      expect(toIsoString(p('9999-12-31T23:30:00Z'), BER)).to.equal('10000-01-01T00:30:00+01:00');
      expect(dayKey(p('9999-12-31T23:30:00Z').instant, BER)).to.equal('10000-01-01');
      expect(toIsoString(p('2026-10-25T02:30'), BER)).to.equal('2026-10-25T02:30:00+02:00');
      expect(toIsoString(p('2019-09-24'), BER)).to.equal('2019-09-24');
      expect(toIsoString(p('2019-09'), BER)).to.equal('2019-09');
    });

    it('gives iCalendar dates', () => {
      expect(toIcsDate(p('2019-09-24T10:00'))).to.equal('20190924T080000Z');
      expect(toIcsDate(p('2019-09-24'))).to.equal('20190924');
      expect(toIcsDate(p('2019-09'))).to.equal('20190901');
    });
  });
});
