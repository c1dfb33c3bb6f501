import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import {
  calendarEntry,
  PROVIDER_HOSTS,
  providerLinks,
  rankCalendars,
  subscriptionLinks,
} from '../../src/data/calendar-links.js';
import { calendarOffer, calendarPlatform } from '../../src/data/calendar-offer.js';
import { eventToIcs } from '../../src/data/ics.js';
import { parseFeed, type ParsedEvent, type ValidFeed } from '../../src/data/parse.js';
import type { FeedEvent, SubscriptionCalendar } from '../../src/data/types.js';

let feed: ValidFeed;
const byId = (id: string) => feed.events.find((e) => e.id === id)!;

function parsed(event: Partial<FeedEvent>): ParsedEvent {
  const result = parseFeed({ version: 1, events: [{ id: 'e', title: 'T', start: '2030-01-01', ...event }] });
  if (!result.ok || !result.feed.events[0]) throw new Error('test event invalid');
  return result.feed.events[0];
}

/** The query of a provider URL, decoded by the platform's own URL parser. */
function decode(url: string, host: string, path: string) {
  const parsedUrl = new URL(url);
  expect(parsedUrl.protocol).to.equal('https:');
  expect(parsedUrl.host).to.equal(host);
  expect(parsedUrl.pathname).to.equal(path);
  // Spaces are %20, never "+" (which Outlook shows as a plus sign).
  expect(parsedUrl.search).not.to.contain('+');
  return Object.fromEntries(parsedUrl.searchParams);
}

/** The same event read back from its `.ics` by ical.js: the independent reference. */
function fromIcs(event: ParsedEvent) {
  const text = eventToIcs(event, { timeZone: 'Europe/Berlin', now: 0 })!;
  const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
  const ical = new ICAL.Event(vevent);
  return { ical, allDay: ical.startDate.isDate };
}

const compact = (iso: string) => iso.replace(/[-:]|\.\d+/g, '');

/**
 * Every provider link of an event against the event: title, start, end (UTC for timed, plain
 * dates with an exclusive end for all-day), location, details (with the event page), and the
 * all-day form; start and end also against ical.js's reading of the `.ics`.
 */
function checkLinks(
  event: ParsedEvent,
  expected: { start: string; end: string; allDay: boolean; location: string },
) {
  const links = providerLinks(event, 'Europe/Berlin')!;
  const { ical, allDay } = fromIcs(event);
  expect(allDay).to.equal(expected.allDay);
  const google = decode(links.google, 'calendar.google.com', '/calendar/render');
  expect(google.action).to.equal('TEMPLATE');
  expect(google.text).to.equal(event.title);
  expect(google.location).to.equal(expected.location);
  if (event.url)
    expect(google.details.endsWith(`\n\n${event.url}`), 'the event page ends the details').to.equal(true);
  if (event.summary) expect(google.details.startsWith(event.summary)).to.equal(true);
  if (expected.allDay) {
    expect(google.dates).to.equal(`${expected.start.replace(/-/g, '')}/${expected.end.replace(/-/g, '')}`);
    expect(google.ctz).to.equal(undefined);
    expect(ical.startDate.toString()).to.equal(expected.start);
    expect(ical.endDate.toString()).to.equal(expected.end);
  } else {
    expect(google.dates).to.equal(`${compact(expected.start)}/${compact(expected.end)}`);
    expect(google.ctz).to.equal('Europe/Berlin');
    expect(ical.startDate.toJSDate().toISOString()).to.equal(expected.start.replace('Z', '.000Z'));
    expect(ical.endDate.toJSDate().toISOString()).to.equal(expected.end.replace('Z', '.000Z'));
  }
  for (const [url, host] of [
    [links.outlook, 'outlook.live.com'],
    [links.office, 'outlook.office.com'],
  ] as const) {
    const outlook = decode(url, host, '/calendar/0/action/compose');
    expect(outlook.subject).to.equal(event.title);
    expect(outlook.startdt).to.equal(expected.start);
    expect(outlook.enddt).to.equal(expected.end);
    expect(outlook.allday).to.equal(String(expected.allDay));
    expect(outlook.location).to.equal(expected.location);
    expect(outlook.body).to.equal(google.details);
    expect(outlook.path).to.equal('/calendar/action/compose');
    expect(outlook.rru).to.equal('addevent');
    // The instant the provider reads is the event's, whatever zone this browser is in.
    if (!expected.allDay) expect(new Date(outlook.startdt).getTime()).to.equal(event.startValue.instant);
  }
}

const ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Tokyo'];

describe('calendar links: provider URLs decoded and compared with the event', () => {
  before(async () => {
    const result = parseFeed(await (await fetch('/src/data/sample-feed.json')).json());
    if (!result.ok) throw result.error;
    feed = result.feed;
  });
  after(() => executeServerCommand('emulate', {}));

  for (const zone of ZONES) {
    describe(`in a browser in ${zone}`, () => {
      before(async () => {
        await executeServerCommand('emulate', { timezoneId: zone });
        expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(zone);
      });

      it('a timed event: UTC instants, the venue as location', () => {
        checkLinks(byId('kiel-2019-09-24'), {
          start: '2019-09-24T08:00:00Z',
          end: '2019-09-24T14:00:00Z',
          allDay: false,
          location: 'musiculum, Stephan-Heinzel-Str. 9, 24103 Kiel',
        });
      });

      it('an all-day event: plain dates, exclusive end', () => {
        checkLinks(byId('fachtagung-bildungslandschaften-2027-05-20'), {
          start: '2027-05-20',
          end: '2027-05-21',
          allDay: true,
          location: 'Holstenhallen Neumünster, Justus-von-Liebig-Straße 2, 24537 Neumünster',
        });
      });

      it('a multi-day all-day event and a multi-day timed one (across a DST-free stretch)', () => {
        checkLinks(byId('bildungsmonitoring-2021-06-eberswalde'), {
          start: '2021-06-14',
          end: '2021-06-16',
          allDay: true,
          location: 'Familiengarten-Tagungshaus, Am Alten Walzwerk 1, 16227 Eberswalde',
        });
        checkLinks(byId('entwicklungsworkshop-uebergang-2027-01-27'), {
          start: '2027-01-27T09:00:00Z',
          end: '2027-01-28T13:00:00Z',
          allDay: false,
          location: 'Tagungszentrum an der Trave, Willy-Brandt-Allee 5, 23554 Lübeck',
        });
      });

      it('an online event: the join link in the location; an instant given in UTC stays that instant', () => {
        checkLinks(byId('bildungsmonitoring-2020-06-online'), {
          start: '2020-06-16T07:30:00Z',
          end: '2020-06-16T11:00:00Z',
          allDay: false,
          location:
            'Videokonferenz, https://konferenz.transferagentur-nordost.example.org/raum/bildungsmonitoring',
        });
        checkLinks(byId('bildungsmonitoring-2021-03-online'), {
          start: '2021-03-10T08:00:00Z',
          end: '2021-03-10T11:30:00Z',
          allDay: false,
          location:
            'Videokonferenz, https://konferenz.transferagentur-nordost.example.org/raum/bildungsmonitoring',
        });
      });

      it('a timed event across the change to summer time keeps its wall-clock times in Berlin', () => {
        checkLinks(
          parsed({ start: '2030-03-30T22:00', end: '2030-03-31T10:00', location: { city: 'Kiel' } }),
          {
            start: '2030-03-30T21:00:00Z',
            end: '2030-03-31T08:00:00Z',
            allDay: false,
            location: 'Kiel',
          },
        );
      });
    });
  }
});

describe('calendar links: edges', () => {
  it('no links for a month-only date; an event without end gets its start as end (no invented length)', () => {
    expect(providerLinks(parsed({ start: '2030-06' }), 'Europe/Berlin')).to.equal(undefined);
    const open = calendarEntry(parsed({ start: '2030-06-01T10:00' }), 'Europe/Berlin')!;
    expect(open.end).to.equal(open.start);
  });

  it('shortens long details for the URL but keeps the event page; the .ics keeps everything', () => {
    const description = 'Ä'.repeat(5000);
    const event = parsed({ description, url: 'https://example.org/e' });
    const google = new URL(providerLinks(event, 'Europe/Berlin')!.google).searchParams.get('details')!;
    expect(google.length).to.be.below(1100);
    expect(google.endsWith(' …\n\nhttps://example.org/e')).to.equal(true);
    expect(calendarEntry(event, 'Europe/Berlin')!.details).to.contain(description);
  });

  it('never puts an unsafe URL into a link', () => {
    const event = parsed({
      url: 'javascript:alert(1)',
      attendance: 'online',
      location: { onlineUrl: 'javascript:x' },
    });
    const entry = calendarEntry(event, 'Europe/Berlin')!;
    expect(entry.details).not.to.contain('javascript');
    expect(entry.location).to.equal('');
  });

  it('offers by date and status: all, the cancellation only, or nothing (month, postponed, past)', () => {
    const now = Date.UTC(2030, 0, 1);
    const offer = (event: Partial<FeedEvent>) => calendarOffer(parsed(event), now, 'Europe/Berlin');
    expect(offer({ start: '2030-01-02' })).to.equal('all');
    expect(offer({ start: '2029-12-31', end: '2030-01-02' }), 'still running').to.equal('all');
    expect(offer({ start: '2029-12-31' })).to.equal('past');
    expect(offer({ start: '2030-02-02', status: 'cancelled' })).to.equal('cancelled');
    expect(offer({ start: '2029-02-02', status: 'cancelled' })).to.equal('past');
    expect(offer({ start: '2030-02' })).to.equal('month');
    expect(offer({ start: '2030-02-02', status: 'postponed' })).to.equal('postponed');
    expect(offer({ start: '2030-02-02', status: 'rescheduled' })).to.equal('all');
  });

  it('tells in-app browsers, iOS and the rest apart by their user agent', () => {
    const ua = {
      instagram:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 337.0.3.23.54 (iPhone14,5; iOS 17_5; de_DE; de; scale=3.00; 1170x2532; 618329245)',
      facebookIos:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/459.0.0.40.107;FBBV/590128839;FBDV/iPhone15,2;FBMD/iPhone;FBSN/iOS;FBSV/17.4;FBSS/3;FBCR/;FBID/phone;FBLC/de_DE;FBOP/80]',
      facebookAndroid:
        'Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/UQ1A.240205.004; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/122.0.6261.105 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/454.0.0.44.108;]',
      linkedin:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [LinkedInApp]/9.29.6450',
      safari:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      ipad: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
      chromeAndroid:
        'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36',
      firefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
    };
    expect(calendarPlatform(ua.instagram, 5)).to.equal('in-app');
    expect(calendarPlatform(ua.facebookIos, 5)).to.equal('in-app');
    expect(calendarPlatform(ua.facebookAndroid, 5)).to.equal('in-app');
    expect(calendarPlatform(ua.linkedin, 5)).to.equal('in-app');
    expect(calendarPlatform(ua.safari, 5)).to.equal('ios');
    expect(calendarPlatform(ua.ipad, 5), 'an iPad says Macintosh but has touch points').to.equal('ios');
    expect(calendarPlatform(ua.ipad, 0), 'a Mac').to.equal('default');
    expect(calendarPlatform(ua.chromeAndroid, 5)).to.equal('default');
    expect(calendarPlatform(ua.firefox)).to.equal('default');
  });

  it('only ever links to the three provider hosts', () => {
    const links = providerLinks(parsed({ start: '2030-01-01T10:00' }), 'Europe/Berlin')!;
    expect(Object.values(links).map((url) => new URL(url).host)).to.have.members([...PROVIDER_HOSTS]);
  });
});

describe('subscriptions: links and order', () => {
  const calendars: SubscriptionCalendar[] = [
    { id: 'all', title: 'Alle', url: 'https://example.org/kalender/alle.ics' },
    { id: 'bb', title: 'Brandenburg', url: 'https://example.org/kalender/bb.ics', states: ['BB'] },
    {
      id: 'sh',
      title: 'Schleswig-Holstein & Co',
      url: 'https://example.org/kalender/sh.ics?x=1&y=2',
      states: ['SH'],
    },
    {
      id: 'net',
      title: 'Netzwerk',
      url: 'https://example.org/kalender/net.ics',
      network: 'n1',
      topics: ['t1'],
    },
    { id: 'bad', title: 'Unsicher', url: 'javascript:alert(1)' },
  ];

  it('builds webcal, Google "add by URL", Outlook.com and Microsoft 365 "add from web", and the plain URL', () => {
    const links = subscriptionLinks(calendars[2]!);
    expect(links.url).to.equal('https://example.org/kalender/sh.ics?x=1&y=2');
    expect(links.webcal).to.equal('webcal://example.org/kalender/sh.ics?x=1&y=2');
    const google = new URL(links.google);
    expect(google.origin + google.pathname).to.equal('https://calendar.google.com/calendar/r');
    expect(google.searchParams.get('cid')).to.equal(links.webcal);
    for (const [url, host] of [
      [links.outlook, 'outlook.live.com'],
      [links.office, 'outlook.office.com'],
    ] as const) {
      const parsedUrl = new URL(url);
      expect(parsedUrl.host + parsedUrl.pathname).to.equal(`${host}/calendar/0/addfromweb`);
      expect(parsedUrl.searchParams.get('url')).to.equal(links.url);
      expect(parsedUrl.searchParams.get('name')).to.equal('Schleswig-Holstein & Co');
    }
  });

  it('puts the calendars that fit the filters first, drops unsafe URLs, keeps the feed order otherwise', () => {
    const ids = (filters: Parameters<typeof rankCalendars>[1]) =>
      rankCalendars(calendars, filters).map(({ calendar, matches }) => `${calendar.id}${matches ? '*' : ''}`);
    expect(ids([])).to.deep.equal(['all', 'bb', 'sh', 'net']);
    expect(ids([{ states: ['SH'] }])).to.deep.equal(['sh*', 'all', 'net', 'bb']);
    expect(ids([{ states: ['SH', 'BB'] }, {}])).to.deep.equal(['bb*', 'sh*', 'all', 'net']);
    expect(ids([{ networks: ['n1'] }, { topics: ['t1'] }])).to.deep.equal(['net*', 'all', 'bb', 'sh']);
  });
});
