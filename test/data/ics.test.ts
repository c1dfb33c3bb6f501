import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { escapeText, eventToIcs, foldLine, icsFileName } from '../../src/data/ics.js';
import { parseFeed, type ParsedEvent, type ValidFeed } from '../../src/data/parse.js';
import type { FeedEvent } from '../../src/data/types.js';

const octets = (s: string) => new TextEncoder().encode(s).length;
const NOW = Date.UTC(2026, 10, 23, 9, 0, 0);

function parsed(event: Partial<FeedEvent>, timeZone = 'Europe/Berlin'): ParsedEvent {
  const result = parseFeed({
    version: 1,
    timeZone,
    events: [{ id: 'e', title: 'T', start: '2030-01-01', ...event }],
  });
  if (!result.ok || !result.feed.events[0]) throw new Error('test event invalid');
  return result.feed.events[0];
}

function vevent(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const event = calendar.getFirstSubcomponent('vevent')!;
  return { calendar, event, ical: new ICAL.Event(event) };
}

const ics = (event: ParsedEvent, timeZone = 'Europe/Berlin') =>
  eventToIcs(event, {
    timeZone,
    now: NOW,
    publisherUrl: 'https://www.transferagentur-nordost.example.org/',
  })!;

describe('ics: text escaping and line folding (RFC 5545)', () => {
  it('escapes backslash, semicolon, comma and newlines, and drops other control characters', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg\u0007h')).to.equal('a\\\\b\\;c\\,d\\ne\\nf\\ng' + 'h');
  });

  it('folds at 75 octets with a leading space, never inside a multi-byte character', () => {
    const line = 'SUMMARY:' + 'Übergänge – Größe ✓ 😀 '.repeat(12);
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).to.be.greaterThan(2);
    for (const [i, part] of parts.entries()) {
      expect(octets(part), part).to.be.at.most(75);
      if (i > 0) expect(part.startsWith(' ')).to.equal(true);
      // Each physical line is valid UTF-8 on its own: no lone surrogate, no split character.
      expect(part).to.equal(new TextDecoder().decode(new TextEncoder().encode(part)));
      expect(/[\ud800-\udbff]$/.test(part), 'split surrogate pair').to.equal(false);
    }
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).to.equal(line);
    // Lines that fit are left alone.
    expect(foldLine('X'.repeat(75))).to.equal('X'.repeat(75));
    expect(foldLine('X'.repeat(76))).to.equal(`${'X'.repeat(75)}\r\n X`);
  });

  it('names the file after the id, safe for file systems', () => {
    expect(icsFileName('kiel-2019-09-24')).to.equal('kiel-2019-09-24.ics');
    // No leading dot (a hidden file on Unix, and '..' looks like a path): issue 20.
    expect(icsFileName('../a b/c')).to.equal('a-b-c.ics');
  });
});

describe('ics: eventToIcs', () => {
  let feed: ValidFeed;
  before(async () => {
    const result = parseFeed(await (await fetch('/src/data/sample-feed.json')).json());
    if (!result.ok) throw result.error;
    feed = result.feed;
  });
  const byId = (id: string) => feed.events.find((e) => e.id === id)!;

  it('writes the Kiel meeting with CRLF, UID, DTSTAMP and UTC times, and ical.js reads it back', () => {
    const text = ics(byId('kiel-2019-09-24'));
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(text.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(octets(line)).to.be.at.most(75);
    expect(text).to.contain('UID:kiel-2019-09-24@www.transferagentur-nordost.example.org\r\n');
    expect(text).to.contain('DTSTAMP:20261123T090000Z\r\n');
    expect(text).to.contain('DTSTART:20190924T080000Z\r\n');
    expect(text).to.contain('DTEND:20190924T140000Z\r\n');
    const { calendar, event, ical } = vevent(text);
    expect(calendar.getFirstPropertyValue('version')).to.equal('2.0');
    expect(ical.summary).to.equal(
      'Treffen des Netzwerks der bildungsmanagementaktiven Kommunen in Schleswig-Holstein',
    );
    expect(ical.startDate.toJSDate().toISOString()).to.equal('2019-09-24T08:00:00.000Z');
    expect(ical.endDate.toJSDate().toISOString()).to.equal('2019-09-24T14:00:00.000Z');
    expect(event.getFirstPropertyValue('status')).to.equal('CONFIRMED');
    expect(ical.location).to.equal('musiculum, Stephan-Heinzel-Str. 9, 24103 Kiel');
    expect(event.getFirstPropertyValue('url')).to.equal(
      'https://www.transferagentur-nordost.example.org/veranstaltungen/kiel-2019-09-24',
    );
    expect(ical.description).to.contain('Unsere interkommunalen Netzwerke');
    expect(ical.description).to.contain('\n• Mangelnde Ressourcen');
  });

  it('writes an all-day event as VALUE=DATE with an exclusive end', () => {
    const single = ics(byId('fachtagung-bildungslandschaften-2027-05-20'));
    expect(single).to.contain('DTSTART;VALUE=DATE:20270520\r\n');
    expect(single).to.contain('DTEND;VALUE=DATE:20270521\r\n');
    const { ical } = vevent(single);
    expect(ical.startDate.isDate).to.equal(true);
    expect(ical.startDate.toString()).to.equal('2027-05-20');
    expect(ical.endDate.toString()).to.equal('2027-05-21');

    const twoDays = vevent(ics(byId('bildungsmonitoring-2021-06-eberswalde'))).ical;
    expect(twoDays.startDate.toString()).to.equal('2021-06-14');
    expect(twoDays.endDate.toString()).to.equal('2021-06-16');
    expect(twoDays.endDate.isDate).to.equal(true);
  });

  it('writes a multi-day timed event and an instant given in UTC', () => {
    const { ical } = vevent(ics(byId('bundeskonferenz-2020-05-berlin')));
    expect(ical.startDate.toJSDate().toISOString()).to.equal('2020-05-11T10:00:00.000Z');
    expect(ical.endDate.toJSDate().toISOString()).to.equal('2020-05-13T11:00:00.000Z');
    const utc = vevent(ics(byId('bildungsmonitoring-2021-03-online'))).ical;
    expect(utc.startDate.toJSDate().toISOString()).to.equal('2021-03-10T08:00:00.000Z');
  });

  it('says CANCELLED for a cancelled event, TENTATIVE for a tentative or postponed one', () => {
    expect(
      vevent(ics(byId('bundeskonferenz-2020-05-berlin'))).event.getFirstPropertyValue('status'),
    ).to.equal('CANCELLED');
    expect(
      vevent(ics(byId('fachtag-fruehkindliche-bildung-2020-03-24'))).event.getFirstPropertyValue('status'),
    ).to.equal('TENTATIVE');
    const tentative = parsed({ start: '2030-03-04T10:00', tentative: true });
    expect(vevent(ics(tentative)).event.getFirstPropertyValue('status')).to.equal('TENTATIVE');
  });

  it('gives the online link as the location of an online meeting', () => {
    const { ical } = vevent(ics(byId('bildungsmonitoring-2020-06-online')));
    expect(ical.location).to.equal(
      'Videokonferenz, https://konferenz.transferagentur-nordost.example.org/raum/bildungsmonitoring',
    );
  });

  it('makes no calendar entry for a month-only date', () => {
    expect(eventToIcs(byId('dkbm-reflexion-2020-12'), { timeZone: 'Europe/Berlin' })).to.equal(undefined);
  });

  it('keeps an all-day start with a timed end on whole days, and a timed start without end has no DTEND', () => {
    const { ical } = vevent(ics(parsed({ start: '2030-03-04', end: '2030-03-05T12:00' })));
    expect(ical.startDate.toString()).to.equal('2030-03-04');
    expect(ical.endDate.toString()).to.equal('2030-03-06');
    const open = ics(parsed({ start: '2030-03-04T10:00' }));
    expect(open).to.contain('DTSTART:20300304T090000Z');
    expect(open).not.to.contain('DTEND');
  });

  it('survives hostile text: escaped, still one event, same title back', () => {
    const title = 'A;B,C\\D\nE <img src=x onerror=alert(1)> END:VEVENT';
    const text = ics(parsed({ title, summary: 'x\r\nBEGIN:VEVENT\r\nSUMMARY:evil', type: 'a,b' }));
    const { calendar, ical } = vevent(text);
    expect(calendar.getAllSubcomponents('vevent')).to.have.length(1);
    expect(ical.summary).to.equal(title);
    expect(text.split('\r\n').filter((l) => l === 'END:VEVENT')).to.have.length(1);
  });

  it('uses the time zone of the feed', () => {
    const { ical } = vevent(
      ics(parsed({ start: '2030-07-01T10:00' }, 'America/New_York'), 'America/New_York'),
    );
    expect(ical.startDate.toJSDate().toISOString()).to.equal('2030-07-01T14:00:00.000Z');
  });
});

describe('ics: updates instead of duplicates (UID, SEQUENCE, LAST-MODIFIED, STATUS)', () => {
  const first = parsed({ start: '2030-03-04T10:00', end: '2030-03-04T12:00' });
  const changed = parsed({
    start: '2030-03-05T10:00',
    end: '2030-03-05T12:00',
    revision: 1,
    updated: '2030-02-01T09:15:00Z',
  });
  const cancelled = parsed({
    start: '2030-03-05T10:00',
    end: '2030-03-05T12:00',
    status: 'cancelled',
    revision: 2,
    updated: '2030-02-10T08:00',
  });

  it('writes METHOD:PUBLISH, SEQUENCE 0 without a revision and no LAST-MODIFIED without updated', () => {
    const { calendar, event } = vevent(ics(first));
    expect(calendar.getFirstPropertyValue('method')).to.equal('PUBLISH');
    expect(event.getFirstPropertyValue('sequence')).to.equal(0);
    expect(event.hasProperty('last-modified')).to.equal(false);
    expect(event.getFirstPropertyValue('status')).to.equal('CONFIRMED');
  });

  it('a changed event: the same UID, a higher SEQUENCE, LAST-MODIFIED from updated (a wall-clock time in the feed zone)', () => {
    const before = vevent(ics(first));
    const after = vevent(ics(changed));
    expect(after.ical.uid).to.equal(before.ical.uid);
    expect(after.ical.sequence).to.equal(1);
    expect(after.ical.sequence).to.be.greaterThan(before.ical.sequence);
    const modified = after.event.getFirstPropertyValue('last-modified') as ICAL.Time;
    expect(modified.toJSDate().toISOString()).to.equal('2030-02-01T09:15:00.000Z');
    expect(after.ical.startDate.toJSDate().toISOString()).to.equal('2030-03-05T09:00:00.000Z');
    const gone = vevent(ics(cancelled));
    expect(gone.ical.uid).to.equal(before.ical.uid);
    expect(gone.ical.sequence).to.equal(2);
    expect(gone.event.getFirstPropertyValue('status')).to.equal('CANCELLED');
    expect(
      (gone.event.getFirstPropertyValue('last-modified') as ICAL.Time).toJSDate().toISOString(),
    ).to.equal('2030-02-10T07:00:00.000Z');
  });

  it('a calendar that keeps one entry per UID and takes the higher SEQUENCE ends with the cancellation, once', () => {
    // What RFC 5546 asks of a client importing METHOD:PUBLISH: the UID names the entry, the
    // higher SEQUENCE wins. Imported in any order, the three files leave one cancelled entry.
    for (const order of [
      [first, changed, cancelled],
      [cancelled, first, changed],
    ]) {
      const store = new Map<string, ICAL.Event>();
      for (const file of order) {
        const { ical } = vevent(ics(file));
        const kept = store.get(ical.uid);
        if (!kept || ical.sequence > kept.sequence) store.set(ical.uid, ical);
      }
      expect(store.size).to.equal(1);
      const [entry] = [...store.values()];
      expect(entry!.component.getFirstPropertyValue('status')).to.equal('CANCELLED');
    }
  });

  it('takes the revision through the parser: a negative one is dropped (SEQUENCE 0)', () => {
    expect(vevent(ics(parsed({ revision: 7 }))).ical.sequence).to.equal(7);
    expect(vevent(ics(parsed({ revision: -1 } as Partial<FeedEvent>))).ical.sequence).to.equal(0);
  });
});
