import { expect } from '@open-wc/testing';
import {
  dayDiff,
  eventSpan,
  indexEvents,
  isMonthKey,
  isoWeek,
  monthWeeks,
  moveDay,
  shiftMonth,
} from '../../src/data/calendar.js';
import { parseFeed, type ParsedEvent } from '../../src/data/parse.js';

/** Events parsed the way the elements get them, in the given zone. */
function events(list: object[], timeZone = 'Europe/Berlin'): ParsedEvent[] {
  const result = parseFeed({ version: 1, timeZone, events: list });
  if (!result.ok) throw new Error('feed did not parse');
  return result.feed.events;
}
const ev = (id: string, start: string, end?: string, timeZone?: string) =>
  events([{ id, title: id, start, ...(end ? { end } : {}) }], timeZone)[0]!;

describe('calendar (month model)', () => {
  describe('monthWeeks', () => {
    it('gives Monday-first weeks that complete the first and last week', () => {
      const weeks = monthWeeks('2026-12');
      expect(weeks).to.have.length(5);
      expect(weeks[0]).to.deep.equal([
        '2026-11-30',
        '2026-12-01',
        '2026-12-02',
        '2026-12-03',
        '2026-12-04',
        '2026-12-05',
        '2026-12-06',
      ]);
      expect(weeks[4]![6]).to.equal('2027-01-03');
    });

    it('gives four rows for a February from Monday to Sunday (2027) and ends in December 9999', () => {
      const february = monthWeeks('2027-02');
      expect(february).to.have.length(4);
      expect([february[0]![0], february[3]![6]]).to.deep.equal(['2027-02-01', '2027-02-28']);
      // The day after 9999-12-31 sorts before it as a string: the weeks are counted, not compared.
      const last = monthWeeks('9999-12');
      expect(last).to.have.length(5);
      expect(last.flat()).to.include('9999-12-31');
    });

    it('puts the 1st of a month starting on Sunday in the last column (September 2019: six rows)', () => {
      const weeks = monthWeeks('2019-09');
      expect(weeks).to.have.length(6);
      expect(weeks[0]!.indexOf('2019-09-01')).to.equal(6);
      expect(weeks[5]![0]).to.equal('2019-09-30');
    });

    it('knows leap years: February 2024 has 29 days; 2023 and 2100 have 28', () => {
      const feb24 = monthWeeks('2024-02')
        .flat()
        .filter((k) => k.startsWith('2024-02'));
      expect(feb24).to.have.length(29);
      expect(feb24.at(-1)).to.equal('2024-02-29');
      expect(
        monthWeeks('2023-02')
          .flat()
          .filter((k) => k.startsWith('2023-02')),
      ).to.have.length(28);
      // February 2021 starts on a Monday and has 28 days: exactly four rows.
      expect(monthWeeks('2021-02')).to.have.length(4);
      expect(
        monthWeeks('2100-02')
          .flat()
          .filter((k) => k.startsWith('2100-02')),
      ).to.have.length(28);
    });

    it('keeps the weeks of the DST changes whole (last Sundays of March and October 2026)', () => {
      const march = monthWeeks('2026-03');
      const dstWeek = march.find((w) => w.includes('2026-03-29'))!;
      expect(dstWeek).to.deep.equal([
        '2026-03-23',
        '2026-03-24',
        '2026-03-25',
        '2026-03-26',
        '2026-03-27',
        '2026-03-28',
        '2026-03-29',
      ]);
      const october = monthWeeks('2026-10');
      expect(october.find((w) => w.includes('2026-10-25'))!.at(-1)).to.equal('2026-10-25');
      expect(october.at(-1)![0]).to.equal('2026-10-26');
    });
  });

  it('isoWeek follows ISO 8601 at year boundaries', () => {
    expect(isoWeek('2026-12-28')).to.equal(53);
    expect(isoWeek('2027-01-03')).to.equal(53);
    expect(isoWeek('2027-01-04')).to.equal(1);
    expect(isoWeek('2024-12-30')).to.equal(1);
    expect(isoWeek('2019-09-24')).to.equal(39);
    expect(isoWeek('2026-03-29')).to.equal(13);
  });

  it('isMonthKey accepts YYYY-MM only', () => {
    expect(isMonthKey('2026-12')).to.be.true;
    expect(isMonthKey('2026-13')).to.be.false;
    expect(isMonthKey('2026-1')).to.be.false;
    expect(isMonthKey('0000-01')).to.be.false;
    expect(isMonthKey('2026-12-01')).to.be.false;
    expect(isMonthKey(undefined)).to.be.false;
  });

  describe('moveDay (the grid keys)', () => {
    it('moves by day and week across months and years', () => {
      expect(moveDay('2026-12-01', 'ArrowLeft')).to.equal('2026-11-30');
      expect(moveDay('2026-12-31', 'ArrowRight')).to.equal('2027-01-01');
      expect(moveDay('2026-12-03', 'ArrowUp')).to.equal('2026-11-26');
      expect(moveDay('2026-12-29', 'ArrowDown')).to.equal('2027-01-05');
    });

    it('walks through the DST days one calendar day at a time', () => {
      expect(moveDay('2026-03-28', 'ArrowRight')).to.equal('2026-03-29');
      expect(moveDay('2026-03-29', 'ArrowRight')).to.equal('2026-03-30');
      expect(moveDay('2026-03-26', 'ArrowDown')).to.equal('2026-04-02');
      expect(moveDay('2026-10-25', 'ArrowLeft')).to.equal('2026-10-24');
      expect(moveDay('2026-10-26', 'ArrowUp')).to.equal('2026-10-19');
    });

    it('Home and End go to Monday and Sunday of the week', () => {
      expect(moveDay('2026-12-10', 'Home')).to.equal('2026-12-07');
      expect(moveDay('2026-12-10', 'End')).to.equal('2026-12-13');
      expect(moveDay('2026-12-07', 'Home')).to.equal('2026-12-07');
      expect(moveDay('2026-12-13', 'End')).to.equal('2026-12-13');
      expect(moveDay('2019-09-01', 'Home')).to.equal('2019-08-26');
    });

    it('PageUp/PageDown keep the day of the month, clamped to the month (leap years too)', () => {
      expect(moveDay('2026-12-08', 'PageDown')).to.equal('2027-01-08');
      expect(moveDay('2024-01-31', 'PageDown')).to.equal('2024-02-29');
      expect(moveDay('2023-01-31', 'PageDown')).to.equal('2023-02-28');
      expect(moveDay('2024-03-31', 'PageUp')).to.equal('2024-02-29');
      expect(moveDay('2024-02-29', 'Shift+PageDown')).to.equal('2025-02-28');
      expect(moveDay('2024-02-29', 'Shift+PageUp')).to.equal('2023-02-28');
      expect(shiftMonth('2026-01-15', -1)).to.equal('2025-12-15');
    });

    it('ignores other keys', () => {
      expect(moveDay('2026-12-08', 'a')).to.equal(undefined);
      expect(moveDay('2026-12-08', 'Shift+ArrowLeft')).to.equal(undefined);
    });
  });

  describe('eventSpan', () => {
    it('covers the days from start to end, inclusive', () => {
      expect(eventSpan(ev('a', '2027-01-27T10:00', '2027-01-28T14:00'))).to.deep.equal([
        '2027-01-27',
        '2027-01-28',
      ]);
      expect(eventSpan(ev('b', '2021-06-14', '2021-06-15'))).to.deep.equal(['2021-06-14', '2021-06-15']);
      expect(eventSpan(ev('c', '2019-09-24T10:00'))).to.deep.equal(['2019-09-24', '2019-09-24']);
    });

    it('does not let an end at midnight occupy its day', () => {
      expect(eventSpan(ev('d', '2026-12-08T20:00', '2026-12-09T00:00'))).to.deep.equal([
        '2026-12-08',
        '2026-12-08',
      ]);
    });

    it('leaves month-only events to the month row, and caps absurd spans at a year', () => {
      expect(eventSpan(ev('e', '2020-12'))).to.equal(undefined);
      const long = eventSpan(ev('f', '2020-01-01', '2030-01-01'))!;
      expect(dayDiff(long[0], long[1])).to.equal(365);
    });

    it('puts an instant on its day in the feed zone, not the browser zone', () => {
      // 2026-12-01 03:00 UTC is 30 November, 22:00 in New York and 1 December, 12:00 in Tokyo.
      expect(eventSpan(ev('g', '2026-12-01T03:00:00Z', undefined, 'America/New_York'))![0]).to.equal(
        '2026-11-30',
      );
      expect(eventSpan(ev('h', '2026-12-01T03:00:00Z', undefined, 'Asia/Tokyo'))![0]).to.equal('2026-12-01');
      // 23:30 UTC before the spring change is 00:30 on the DST Sunday in Berlin.
      expect(eventSpan(ev('i', '2026-03-28T23:30:00Z'))![0]).to.equal('2026-03-29');
      expect(eventSpan(ev('j', '2026-10-24T22:30:00Z'))![0]).to.equal('2026-10-25');
    });
  });

  describe('indexEvents', () => {
    const list = events([
      { id: 'late', title: 'Spät', start: '2026-12-08T14:00' },
      { id: 'early', title: 'Früh', start: '2026-12-08T09:00' },
      { id: 'span', title: 'Über den Monatswechsel', start: '2026-11-30', end: '2026-12-02' },
      { id: 'month', title: 'Irgendwann im Dezember', start: '2026-12', tentative: true },
      { id: 'months', title: 'Dezember bis Januar', start: '2026-12', end: '2027-01' },
      { id: 'gap', title: 'In der Lücke', start: '2026-03-29T02:30' },
    ]);
    const index = indexEvents(list);

    it('lists each day’s events in order of start', () => {
      expect(index.days.get('2026-12-08')!.map((x) => x.event.id)).to.deep.equal(['early', 'late']);
    });

    it('puts a multi-day event on each of its days, with its position', () => {
      for (const [day, i] of [
        ['2026-11-30', 1],
        ['2026-12-01', 2],
        ['2026-12-02', 3],
      ] as const) {
        const entry = index.days.get(day)!.find((x) => x.event.id === 'span')!;
        expect([entry.day, entry.days], day).to.deep.equal([i, 3]);
      }
      expect(index.days.get('2026-12-03')).to.equal(undefined);
    });

    it('keeps month-only events apart, in every month they cover', () => {
      expect(index.months.get('2026-12')!.map((e) => e.id)).to.deep.equal(['month', 'months']);
      expect(index.months.get('2027-01')!.map((e) => e.id)).to.deep.equal(['months']);
      expect([...index.days.values()].flat().some((x) => x.event.startValue.precision === 'month')).to.be
        .false;
    });

    it('counts each event once per month it shows in', () => {
      expect(index.counts.get('2026-12')).to.equal(5);
      expect(index.counts.get('2026-11')).to.equal(1);
      expect(index.counts.get('2027-01')).to.equal(1);
    });

    it('puts a time in the spring-forward gap on its day', () => {
      expect(index.days.get('2026-03-29')!.map((x) => x.event.id)).to.deep.equal(['gap']);
    });
  });
});
