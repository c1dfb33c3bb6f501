// Property-based tests of the date logic (fast-check): any input is parsed or refused without
// throwing; valid dates keep their wall-clock parts in every zone; impossible dates are refused;
// formatting never fails; "upcoming" only ever ends once.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  daysInMonth,
  formatEventDate,
  isUpcoming,
  parseFeedDate,
  parseYearOrDate,
} from '../../src/data/dates.js';

const RUNS = { numRuns: 300 };
const zones = [
  'Europe/Berlin',
  'UTC',
  'America/New_York',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
];
const zone = fc.constantFrom(...zones);
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const ymd = fc.record({
  year: fc.integer({ min: 1, max: 9999 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 31 }),
});
const dateLike = fc.oneof(
  fc.string(),
  fc.stringMatching(/^\d{4}-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?)?$/),
);

describe('dates (property-based)', () => {
  it('parses or refuses any value without throwing, in any zone', () => {
    fc.assert(
      fc.property(fc.oneof(dateLike, fc.jsonValue()), zone, (value, tz) => {
        const parsed = parseFeedDate(value, tz);
        if (parsed) {
          expect(Number.isFinite(parsed.instant)).to.equal(true);
          expect(parsed.month).to.be.within(1, 12);
          expect(parsed.day).to.be.within(1, daysInMonth(parsed.year, parsed.month));
        }
        const yearOrDate = parseYearOrDate(value, tz);
        if (yearOrDate) expect(Number.isFinite(yearOrDate.instant)).to.equal(true);
      }),
      RUNS,
    );
  });

  it('accepts a day exactly when the calendar has it (2019-02-30 never)', () => {
    fc.assert(
      fc.property(ymd, zone, ({ year, month, day }, tz) => {
        const parsed = parseFeedDate(`${pad(year, 4)}-${pad(month)}-${pad(day)}`, tz);
        if (day > daysInMonth(year, month)) expect(parsed).to.equal(undefined);
        else expect(parsed).to.include({ precision: 'day', year, month, day });
      }),
      RUNS,
    );
  });

  it('keeps the wall-clock time of a local time, unless the zone skips it (then moves it forward)', () => {
    fc.assert(
      fc.property(
        ymd.filter(({ year, month, day }) => year >= 1900 && day <= daysInMonth(year, month)),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        zone,
        ({ year, month, day }, hour, minute, tz) => {
          const parsed = parseFeedDate(
            `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`,
            tz,
          )!;
          expect(parsed.precision).to.equal('time');
          const asked = Date.UTC(year, month - 1, day, hour, minute);
          const got = Date.UTC(parsed.year, parsed.month - 1, parsed.day, parsed.hour, parsed.minute);
          // Equal, or shifted forward by a DST gap (at most an hour).
          expect(got - asked).to.be.within(0, 3_600_000);
        },
      ),
      RUNS,
    );
  });

  it('reads an instant with Z or an offset as that instant, whatever the zone', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2100-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        zone,
        (date, offsetMinutes, tz) => {
          const instant = Math.floor(date.getTime() / 60_000) * 60_000;
          const local = new Date(instant + offsetMinutes * 60_000).toISOString().slice(0, 16);
          const sign = offsetMinutes < 0 ? '-' : '+';
          const abs = Math.abs(offsetMinutes);
          const text = `${local}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
          expect(parseFeedDate(text, tz)!.instant, text).to.equal(instant);
        },
      ),
      RUNS,
    );
  });

  it('formats any valid start and end in both locales without throwing', () => {
    const valid = fc
      .tuple(dateLike, zone)
      .map(([v, tz]) => parseFeedDate(v, tz))
      .filter((v) => v !== undefined);
    fc.assert(
      fc.property(valid, fc.option(valid, { nil: undefined }), fc.boolean(), (start, end, tentative) => {
        for (const locale of ['de', 'en'] as const) {
          const text = formatEventDate(start, end, locale, tentative);
          expect(text.trim()).to.not.equal('');
          expect(text).to.contain(String(start.year));
        }
      }),
      RUNS,
    );
  });

  it('is upcoming until one moment and past from then on (never upcoming again)', () => {
    const valid = fc
      .tuple(dateLike, zone)
      .map(([v, tz]) => [parseFeedDate(v, tz), tz] as const)
      .filter(([v]) => v !== undefined);
    fc.assert(
      fc.property(valid, fc.integer(), fc.integer({ min: 0, max: 10 ** 11 }), ([start, tz], now, later) => {
        if (!isUpcoming(start!, undefined, now, tz))
          expect(isUpcoming(start!, undefined, now + later, tz)).to.equal(false);
        // Upcoming right before its own start.
        expect(isUpcoming(start!, undefined, start!.instant - 1, tz)).to.equal(true);
      }),
      RUNS,
    );
  });
});
