/**
 * The feed, version 1: the TypeScript shape of the JSON document the widgets render.
 *
 * `feed.schema.json` is generated from these types (`npm run schema`) and a test proves the
 * committed schema is up to date, so the two never disagree. The JSDoc tags `@pattern`,
 * `@format` and `@minimum` below end up in the schema.
 */

/**
 * A date in one of the four forms of the brief: `YYYY-MM-DD` (all-day), `YYYY-MM-DDTHH:MM`
 * (wall-clock time in the feed's time zone), an instant with offset or `Z`, or `YYYY-MM`
 * (only the month is known).
 * @pattern ^\d{4}-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?$
 */
export type FeedDate = string;

/**
 * A year (`"2016"`) or any {@link FeedDate} form.
 * @pattern ^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$
 */
export type FeedYearOrDate = string;

/**
 * A wall-clock time of day, `HH:MM`.
 * @pattern ^\d{2}:\d{2}$
 */
export type TimeOfDay = string;

/**
 * A federal state by its code: `BB`, `MV`, `SH`, `BE`, …
 * @pattern ^[A-Z]{2}$
 */
export type StateCode = string;

/**
 * A link. Only `http:`, `https:`, `mailto:` and `tel:` are ever rendered as links.
 * @pattern ^(https?:|mailto:|tel:)
 */
export type Url = string;

export interface Publisher {
  name: string;
  url?: Url;
}

export interface Office {
  id: string;
  name: string;
  city?: string;
  email?: string;
  phone?: string;
  url?: Url;
}

export interface Topic {
  id: string;
  label: string;
}

export interface Image {
  url: Url;
  /** Required: an image without alternative text is dropped with a warning. */
  alt: string;
  /** The source line, e.g. "Bildquelle: DKJS". */
  credit?: string;
}

/**
 * Facts about barrier-free access to a venue. Only what the publisher states is shown: a key
 * that is absent means "unknown", not "no".
 */
export interface Accessibility {
  /** Step-free access to the room. */
  stepFree?: boolean;
  /** An accessible toilet. */
  accessibleToilet?: boolean;
  /** An induction loop. */
  hearingLoop?: boolean;
  /** Sign-language interpreting (DGS), provided or on request. */
  signLanguage?: boolean;
  /** Material in Leichte Sprache. */
  easyLanguage?: boolean;
  /** Accessible parking. */
  parking?: boolean;
  /** Free text, e.g. "Aufzug über den Hof". */
  note?: string;
}

export interface Location {
  name?: string;
  street?: string;
  postalCode?: string;
  city?: string;
  url?: Url;
  onlineUrl?: Url;
  accessibility?: Accessibility;
}

/** The same content in Leichte Sprache (easy-to-read German). */
export interface EasyText {
  title?: string;
  summary?: string;
  description?: string;
}

/** One change of an event, kept visible: what was announced before. */
export interface Change {
  /** When the change was made (date-time). */
  date: FeedDate;
  note?: string;
  previousStart?: FeedDate;
  previousEnd?: FeedDate;
  previousLocation?: Location;
}

export interface AgendaItem {
  start: TimeOfDay;
  end?: TimeOfDay;
  title: string;
  description?: string;
}

export interface Speaker {
  name: string;
  role?: string;
  organisation?: string;
}

export interface Contact {
  name?: string;
  email?: string;
  phone?: string;
  /** An office id. */
  office?: string;
}

export interface Download {
  title: string;
  url: Url;
  mediaType?: string;
  /** @minimum 0 */
  bytes?: number;
}

export interface Registration {
  url?: Url;
  until?: FeedDate;
  note?: string;
}

export type EventStatus = 'scheduled' | 'cancelled' | 'postponed' | 'rescheduled';
export type Attendance = 'offline' | 'online' | 'mixed';

export interface FeedEvent {
  /** Unique in the feed; used by `<event-card event-id>`. */
  id: string;
  title: string;
  start: FeedDate;
  end?: FeedDate;
  /** The date is provisional: shown as "voraussichtlich …". */
  tentative?: boolean;
  /** Art: Netzwerktreffen, Entwicklungsworkshop, Fachtagung, … */
  type?: string;
  status?: EventStatus;
  attendance?: Attendance;
  location?: Location;
  /** The id of the network the meeting belongs to. */
  network?: string;
  /** 4 → "4. Netzwerktreffen". @minimum 1 */
  sequence?: number;
  summary?: string;
  /** Paragraphs separated by blank lines; lines starting with `- ` or `• ` are list items. */
  description?: string;
  agenda?: AgendaItem[];
  speakers?: Speaker[];
  contact?: Contact;
  downloads?: Download[];
  /** Topic ids. */
  topics?: string[];
  states?: StateCode[];
  audience?: string;
  requirements?: string;
  cost?: string;
  registration?: Registration;
  url?: Url;
  image?: Image;
  /** Counts the publisher's changes to the event: the `.ics` `SEQUENCE`. @minimum 0 */
  revision?: number;
  /** When the event last changed (date-time): the `.ics` `LAST-MODIFIED`. */
  updated?: FeedDate;
  /** Price in euros; `0` means free (`cost` stays the text shown). @minimum 0 */
  price?: number;
  /** Visible history of changes, newest last. */
  changes?: Change[];
  easy?: EasyText;
}

export interface Member {
  name: string;
  state?: StateCode;
}

export interface Participation {
  label: string;
  date?: FeedDate;
  /** @minimum 0 */
  municipalities?: number;
  /** @minimum 0 */
  people?: number;
}

export interface Network {
  id: string;
  name: string;
  shortName?: string;
  number?: number;
  /** e.g. "Länderübergreifendes Netzwerk". */
  kind?: string;
  description?: string;
  states?: StateCode[];
  /** An office id. */
  office?: string;
  /** e.g. "halbjährlich". */
  cadence?: string;
  since?: FeedYearOrDate;
  until?: FeedYearOrDate;
  audience?: string;
  requirements?: string;
  /** Topic ids. */
  topics?: string[];
  members?: Member[];
  participation?: Participation[];
  url?: Url;
  image?: Image;
  easy?: EasyText;
}

export interface Partner {
  name: string;
  url?: Url;
}

export interface Period {
  from: FeedYearOrDate;
  to?: FeedYearOrDate;
}

export interface Programme {
  id: string;
  name: string;
  period?: Period;
  audience?: string;
  regions?: StateCode[];
  description?: string;
  approach?: string;
  partners?: Partner[];
  initiative?: string;
  /** Office ids. */
  offices?: string[];
  url?: Url;
  image?: Image;
  easy?: EasyText;
}

/** Which participation figures of a network a post's chart shows. */
export type ChartMetric = 'municipalities' | 'people';

/** A news post or report ("Rückblick und Ausblick"). */
export interface Post {
  id: string;
  title: string;
  /** Publication date, any {@link FeedDate} form. */
  date: FeedDate;
  summary?: string;
  /** As an event's `description`: paragraphs separated by blank lines, `- ` list items. */
  body?: string;
  image?: Image;
  /** Topic ids. */
  topics?: string[];
  /** Network ids. */
  networks?: string[];
  url?: Url;
  author?: string;
  /** Places that network's participation chart in the post. */
  chart?: { network: string; metric: ChartMetric };
  easy?: EasyText;
}

/**
 * A part of the archive (written by the publisher's `build`): a feed document holding every
 * event whose `start` lies in `from`–`to`. A relative URL resolves against the feed's URL.
 */
export interface ArchivePart {
  /** @pattern ^(https?:|[^:]*$) */
  url: string;
  /** First day covered, `YYYY-MM-DD`. */
  from: FeedDate;
  /** Last day covered, `YYYY-MM-DD`. */
  to: FeedDate;
}

/** A subscription calendar (`.ics` over https) and what it covers. */
export interface SubscriptionCalendar {
  id: string;
  title: string;
  url: Url;
  states?: StateCode[];
  /** A network id. */
  network?: string;
  /** Topic ids. */
  topics?: string[];
}

/** The whole feed document, version 1. */
export interface Feed {
  /** Always 1. */
  version: 1;
  /** IANA time zone of every wall-clock time in the feed. Default `Europe/Berlin`. */
  timeZone?: string;
  /** When the feed was generated. */
  updated?: FeedDate;
  publisher?: Publisher;
  offices?: Office[];
  topics?: Topic[];
  networks?: Network[];
  events?: FeedEvent[];
  programmes?: Programme[];
  /** News and reports. */
  posts?: Post[];
  /** Archive parts with older events, fetched only when a view needs them. */
  archive?: ArchivePart[];
  /** Subscription calendars, offered as "Kalender abonnieren". */
  calendars?: SubscriptionCalendar[];
}
