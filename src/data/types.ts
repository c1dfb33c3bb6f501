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

export interface Location {
  name?: string;
  street?: string;
  postalCode?: string;
  city?: string;
  url?: Url;
  onlineUrl?: Url;
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
}
