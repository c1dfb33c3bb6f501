/**
 * Parse and validate: unknown JSON in, a typed feed and a list of issues out.
 *
 * The feed brief's "Bad input" rules: a whole-feed failure gives a {@link FeedError}; a bad
 * item is left out and a bad optional field dropped, each with an issue naming the item's id
 * and the field; unknown keys are ignored. Nothing here uses eval or builds code at run time.
 */
import {
  DEFAULT_TIME_ZONE,
  isValidTimeZone,
  parseFeedDate,
  parseYearOrDate,
  type FeedDateValue,
} from './dates.js';
import { FeedError } from './errors.js';
import type {
  AgendaItem,
  Contact,
  Download,
  Feed,
  FeedEvent,
  Image,
  Location,
  Member,
  Network,
  Office,
  Participation,
  Partner,
  Programme,
  Publisher,
  Registration,
  Speaker,
  Topic,
} from './types.js';

/** What went wrong with one item or field. */
export type IssueCode =
  | 'item-invalid' // the item is left out: a required field is missing or invalid
  | 'duplicate-id' // the item is left out: an earlier item has the same id
  | 'field-invalid' // the field is dropped: wrong type or form
  | 'url-scheme' // the field is dropped: not http(s), mailto or tel
  | 'unknown-reference' // the field (or one id of a list) is dropped: no such id in the feed
  | 'end-before-start' // the end is dropped
  | 'time-zone'; // unknown timeZone: Europe/Berlin is used

export interface FeedIssue {
  code: IssueCode;
  /** JSON path of the offending value, e.g. `events[3].start`. */
  path: string;
  /** Id of the item concerned, when it has one. */
  id?: string;
  /** The field concerned, e.g. `start`, `location.url`. */
  field: string;
}

/** An event with its dates resolved once, so views never parse a date twice. */
export interface ParsedEvent extends FeedEvent {
  readonly startValue: FeedDateValue;
  readonly endValue?: FeedDateValue;
}

/** A validated feed: defaults applied, every list present, every reference resolvable. */
export interface ValidFeed {
  version: 1;
  timeZone: string;
  updated?: string;
  publisher?: Publisher;
  offices: Office[];
  topics: Topic[];
  networks: Network[];
  events: ParsedEvent[];
  programmes: Programme[];
}

export type ParseResult =
  { ok: true; feed: ValidFeed; issues: FeedIssue[] } | { ok: false; error: FeedError };

export { issueMessage } from './issue-messages.js';

const STATE_CODE = /^[A-Z]{2}$/;
const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** Whether a URL may become a link: it parses and its scheme is http(s), mailto or tel. */
export function isSafeUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.trim() === '') return false;
  try {
    return ALLOWED_SCHEMES.has(new URL(value.trim()).protocol);
  } catch {
    return false;
  }
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads the fields of one JSON object, reporting what it drops. */
class Reader {
  constructor(
    private readonly obj: Json,
    private readonly path: string,
    private readonly context: Context,
    private readonly id: string | undefined,
    private readonly prefix = '',
  ) {}

  /** Records an issue about `key` of this object. */
  report(code: IssueCode, key: string) {
    this.context.issues.push({ code, path: `${this.path}.${key}`, id: this.id, field: this.prefix + key });
  }

  /** `undefined` when absent; otherwise the value if `accept` says so, else a warning. */
  private read<T>(key: string, accept: (value: unknown) => value is T, code: IssueCode = 'field-invalid') {
    const value = this.obj[key];
    if (value === undefined || value === null) return undefined;
    if (accept(value)) return value;
    this.report(code, key);
    return undefined;
  }

  string(key: string): string | undefined {
    return this.read(key, (v): v is string => typeof v === 'string' && v.trim() !== '');
  }

  number(key: string, min = 0): number | undefined {
    return this.read(key, (v): v is number => typeof v === 'number' && Number.isFinite(v) && v >= min);
  }

  integer(key: string, min = 0): number | undefined {
    const value = this.number(key, min);
    if (value === undefined || Number.isInteger(value)) return value;
    this.report('field-invalid', key);
    return undefined;
  }

  boolean(key: string): boolean | undefined {
    return this.read(key, (v): v is boolean => typeof v === 'boolean');
  }

  oneOf<T extends string>(key: string, values: readonly T[]): T | undefined {
    return this.read(key, (v): v is T => values.includes(v as T));
  }

  url(key: string): string | undefined {
    const value = this.string(key);
    if (value === undefined) return undefined;
    if (isSafeUrl(value)) return value.trim();
    this.report('url-scheme', key);
    return undefined;
  }

  date(key: string): string | undefined {
    return this.read(key, (v): v is string => parseFeedDate(v, this.context.timeZone) !== undefined);
  }

  yearOrDate(key: string): string | undefined {
    return this.read(key, (v): v is string => parseYearOrDate(v, this.context.timeZone) !== undefined);
  }

  stateCode(key: string): string | undefined {
    return this.read(key, (v): v is string => typeof v === 'string' && STATE_CODE.test(v));
  }

  stateCodes(key: string): string[] | undefined {
    return this.stringList(key, (v) => STATE_CODE.test(v));
  }

  /** A list of strings; bad entries are dropped one by one. */
  stringList(key: string, accept: (value: string) => boolean = () => true): string[] | undefined {
    const value = this.obj[key];
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value)) {
      this.report('field-invalid', key);
      return undefined;
    }
    const kept: string[] = [];
    value.forEach((entry, index) => {
      if (typeof entry === 'string' && entry.trim() !== '' && accept(entry)) kept.push(entry);
      else this.report('field-invalid', `${key}[${index}]`);
    });
    return kept;
  }

  /** A nested object read by `read`; absent or not an object gives undefined. */
  object<T>(key: string, read: (reader: Reader) => T | undefined): T | undefined {
    const value = this.obj[key];
    if (value === undefined || value === null) return undefined;
    if (!isObject(value)) {
      this.report('field-invalid', key);
      return undefined;
    }
    const result = read(
      new Reader(value, `${this.path}.${key}`, this.context, this.id, `${this.prefix}${key}.`),
    );
    if (result === undefined) this.report('field-invalid', key);
    return result;
  }

  /** A list of nested objects; each one that `read` rejects is dropped with a warning. */
  list<T>(key: string, read: (reader: Reader) => T | undefined): T[] | undefined {
    const value = this.obj[key];
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value)) {
      this.report('field-invalid', key);
      return undefined;
    }
    const kept: T[] = [];
    value.forEach((entry, index) => {
      const item = isObject(entry)
        ? read(
            new Reader(
              entry,
              `${this.path}.${key}[${index}]`,
              this.context,
              this.id,
              `${this.prefix}${key}[${index}].`,
            ),
          )
        : undefined;
      if (item === undefined) this.report('field-invalid', `${key}[${index}]`);
      else kept.push(item);
    });
    return kept;
  }
}

interface Context {
  timeZone: string;
  issues: FeedIssue[];
  /** Each kept item's path in the JSON (`events[7]`): indexes shift when items are left out. */
  paths: WeakMap<object, string>;
}

/** Drops `undefined` values so the result holds only what the feed really had. */
function compact<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}

const readPublisher = (r: Reader): Publisher | undefined => {
  const name = r.string('name');
  return name === undefined ? undefined : compact({ name, url: r.url('url') });
};

const readImage = (r: Reader): Image | undefined => {
  const url = r.url('url');
  const alt = r.string('alt');
  return url === undefined || alt === undefined
    ? undefined
    : compact({ url, alt, credit: r.string('credit') });
};

const readLocation = (r: Reader): Location =>
  compact({
    name: r.string('name'),
    street: r.string('street'),
    postalCode: r.string('postalCode'),
    city: r.string('city'),
    url: r.url('url'),
    onlineUrl: r.url('onlineUrl'),
  });

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;
const readAgendaItem = (r: Reader): AgendaItem | undefined => {
  const start = r.string('start');
  const title = r.string('title');
  if (start === undefined || !TIME_OF_DAY.test(start) || title === undefined) return undefined;
  const end = r.string('end');
  return compact({
    start,
    end: end && TIME_OF_DAY.test(end) ? end : undefined,
    title,
    description: r.string('description'),
  });
};

const readSpeaker = (r: Reader): Speaker | undefined => {
  const name = r.string('name');
  return name === undefined
    ? undefined
    : compact({ name, role: r.string('role'), organisation: r.string('organisation') });
};

const readContact = (r: Reader): Contact =>
  compact({
    name: r.string('name'),
    email: r.string('email'),
    phone: r.string('phone'),
    office: r.string('office'),
  });

const readDownload = (r: Reader): Download | undefined => {
  const title = r.string('title');
  const url = r.url('url');
  if (title === undefined || url === undefined) return undefined;
  return compact({ title, url, mediaType: r.string('mediaType'), bytes: r.integer('bytes') });
};

const readRegistration = (r: Reader): Registration =>
  compact({ url: r.url('url'), until: r.date('until'), note: r.string('note') });

const readMember = (r: Reader): Member | undefined => {
  const name = r.string('name');
  return name === undefined ? undefined : compact({ name, state: r.stateCode('state') });
};

const readParticipation = (r: Reader): Participation | undefined => {
  const label = r.string('label');
  if (label === undefined) return undefined;
  return compact({
    label,
    date: r.date('date'),
    municipalities: r.number('municipalities'),
    people: r.number('people'),
  });
};

const readPartner = (r: Reader): Partner | undefined => {
  const name = r.string('name');
  return name === undefined ? undefined : compact({ name, url: r.url('url') });
};

/** Reads the required id and the required fields of a top-level item; undefined drops it. */
function readItem<T>(
  entry: unknown,
  path: string,
  context: Context,
  required: readonly string[],
  read: (r: Reader, id: string) => T | null,
): T | undefined {
  const rawId = isObject(entry) ? entry.id : undefined;
  const id = typeof rawId === 'string' && rawId.trim() !== '' ? rawId : undefined;
  const drop = (field: string) => {
    context.issues.push({ code: 'item-invalid', path: `${path}.${field}`, id, field });
    return undefined;
  };
  if (!isObject(entry)) return drop('id');
  if (id === undefined) return drop('id');
  for (const field of required) {
    const value = entry[field];
    if (typeof value !== 'string' || value.trim() === '') return drop(field);
  }
  return read(new Reader(entry, path, context, id), id) ?? undefined;
}

function readList<T extends { id: string }>(
  feed: Json,
  key: string,
  context: Context,
  required: readonly string[],
  read: (r: Reader, id: string) => T | null,
): T[] {
  const value = feed[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    context.issues.push({ code: 'field-invalid', path: key, field: key });
    return [];
  }
  const seen = new Set<string>();
  const items: T[] = [];
  value.forEach((entry, index) => {
    const path = `${key}[${index}]`;
    const item = readItem(entry, path, context, required, read);
    if (item === undefined) return;
    if (seen.has(item.id)) {
      context.issues.push({ code: 'duplicate-id', path: `${path}.id`, id: item.id, field: 'id' });
      return;
    }
    seen.add(item.id);
    context.paths.set(item, path);
    items.push(item);
  });
  return items;
}

function readEvent(r: Reader, id: string, timeZone: string): ParsedEvent | null {
  const title = r.string('title')!;
  const start = r.string('start')!;
  const startValue = parseFeedDate(start, timeZone);
  if (startValue === undefined) {
    r.report('item-invalid', 'start');
    return null;
  }
  let end = r.date('end');
  let endValue = end === undefined ? undefined : parseFeedDate(end, timeZone);
  if (endValue !== undefined && endValue.instant < startValue.instant) {
    r.report('end-before-start', 'end');
    end = undefined;
    endValue = undefined;
  }
  return compact({
    id,
    title,
    start,
    end,
    tentative: r.boolean('tentative'),
    type: r.string('type'),
    status: r.oneOf('status', ['scheduled', 'cancelled', 'postponed', 'rescheduled'] as const),
    attendance: r.oneOf('attendance', ['offline', 'online', 'mixed'] as const),
    location: r.object('location', readLocation),
    network: r.string('network'),
    sequence: r.integer('sequence', 1),
    summary: r.string('summary'),
    description: r.string('description'),
    agenda: r.list('agenda', readAgendaItem),
    speakers: r.list('speakers', readSpeaker),
    contact: r.object('contact', readContact),
    downloads: r.list('downloads', readDownload),
    topics: r.stringList('topics'),
    states: r.stateCodes('states'),
    audience: r.string('audience'),
    requirements: r.string('requirements'),
    cost: r.string('cost'),
    registration: r.object('registration', readRegistration),
    url: r.url('url'),
    image: r.object('image', readImage),
    startValue,
    endValue,
  });
}

const readNetwork = (r: Reader, id: string): Network =>
  compact({
    id,
    name: r.string('name')!,
    shortName: r.string('shortName'),
    number: r.integer('number'),
    kind: r.string('kind'),
    description: r.string('description'),
    states: r.stateCodes('states'),
    office: r.string('office'),
    cadence: r.string('cadence'),
    since: r.yearOrDate('since'),
    until: r.yearOrDate('until'),
    audience: r.string('audience'),
    requirements: r.string('requirements'),
    topics: r.stringList('topics'),
    members: r.list('members', readMember),
    participation: r.list('participation', readParticipation),
    url: r.url('url'),
    image: r.object('image', readImage),
  });

const readProgramme = (r: Reader, id: string): Programme =>
  compact({
    id,
    name: r.string('name')!,
    period: r.object('period', (p) => {
      const from = p.yearOrDate('from');
      return from === undefined ? undefined : compact({ from, to: p.yearOrDate('to') });
    }),
    audience: r.string('audience'),
    regions: r.stateCodes('regions'),
    description: r.string('description'),
    approach: r.string('approach'),
    partners: r.list('partners', readPartner),
    initiative: r.string('initiative'),
    offices: r.stringList('offices'),
    url: r.url('url'),
    image: r.object('image', readImage),
  });

const readOffice = (r: Reader, id: string): Office =>
  compact({
    id,
    name: r.string('name')!,
    city: r.string('city'),
    email: r.string('email'),
    phone: r.string('phone'),
    url: r.url('url'),
  });

const readTopic = (r: Reader, id: string): Topic => ({ id, label: r.string('label')! });

/** Drops references to ids the feed does not have, with an issue for each. */
function checkReferences(feed: ValidFeed, context: Context) {
  const ids = (items: { id: string }[]) => new Set(items.map((item) => item.id));
  const offices = ids(feed.offices);
  const topics = ids(feed.topics);
  const networks = ids(feed.networks);
  const report = (path: string, id: string, field: string) =>
    context.issues.push({ code: 'unknown-reference', path, id, field });
  const filterIds = (
    list: string[] | undefined,
    known: Set<string>,
    path: string,
    id: string,
    field: string,
  ) =>
    list?.filter(
      (ref, i) => known.has(ref) || (report(`${path}.${field}[${i}]`, id, `${field}[${i}]`), false),
    );

  const pathOf = (item: object) => context.paths.get(item)!;
  feed.events.forEach((event) => {
    const path = pathOf(event);
    const mutable = event as FeedEvent;
    if (event.network !== undefined && !networks.has(event.network)) {
      report(`${path}.network`, event.id, 'network');
      delete mutable.network;
    }
    if (event.topics) mutable.topics = filterIds(event.topics, topics, path, event.id, 'topics');
    if (event.contact?.office !== undefined && !offices.has(event.contact.office)) {
      report(`${path}.contact.office`, event.id, 'contact.office');
      delete event.contact.office;
    }
  });
  feed.networks.forEach((network) => {
    const path = pathOf(network);
    if (network.office !== undefined && !offices.has(network.office)) {
      report(`${path}.office`, network.id, 'office');
      delete network.office;
    }
    if (network.topics) network.topics = filterIds(network.topics, topics, path, network.id, 'topics');
  });
  feed.programmes.forEach((programme) => {
    if (programme.offices)
      programme.offices = filterIds(programme.offices, offices, pathOf(programme), programme.id, 'offices');
  });
}

/** Validates a feed (any JSON value) and never throws. */
export function parseFeed(json: unknown): ParseResult {
  if (!isObject(json)) return { ok: false, error: new FeedError('not-object') };
  if (json.version !== 1) {
    if (json.version === undefined) return { ok: false, error: new FeedError('not-object') };
    return { ok: false, error: new FeedError('version', { version: String(JSON.stringify(json.version)) }) };
  }
  const context: Context = { timeZone: DEFAULT_TIME_ZONE, issues: [], paths: new WeakMap() };
  if (json.timeZone !== undefined) {
    if (typeof json.timeZone === 'string' && isValidTimeZone(json.timeZone)) context.timeZone = json.timeZone;
    else context.issues.push({ code: 'time-zone', path: 'timeZone', field: 'timeZone' });
  }
  const top = new Reader(json, '', context, undefined);
  const feed: ValidFeed = compact({
    version: 1 as const,
    timeZone: context.timeZone,
    updated: top.date('updated'),
    publisher: top.object('publisher', readPublisher),
    offices: readList(json, 'offices', context, ['name'], readOffice),
    topics: readList(json, 'topics', context, ['label'], readTopic),
    networks: readList(json, 'networks', context, ['name'], readNetwork),
    events: readList(json, 'events', context, ['title', 'start'], (r, id) =>
      readEvent(r, id, context.timeZone),
    ),
    programmes: readList(json, 'programmes', context, ['name'], readProgramme),
  });
  checkReferences(feed, context);
  for (const issue of context.issues) issue.path = issue.path.replace(/^\./, '');
  return { ok: true, feed, issues: context.issues };
}

/**
 * Validates one event set from JavaScript (`<event-card>.event`), in a feed's context.
 * Returns undefined when the event cannot be shown.
 */
export function parseEvent(
  event: unknown,
  timeZone = DEFAULT_TIME_ZONE,
): { event?: ParsedEvent; issues: FeedIssue[] } {
  const result = parseFeed({ version: 1, timeZone, events: [event] });
  if (!result.ok) return { issues: [] };
  return {
    event: result.feed.events[0],
    issues: result.issues.filter((issue) => issue.code !== 'unknown-reference'),
  };
}

/** The same feed as plain feed JSON (the parsed dates removed), e.g. for re-serialising. */
export function toFeedJson(feed: ValidFeed): Feed {
  return {
    ...feed,
    events: feed.events.map(({ startValue: _s, endValue: _e, ...event }) => event),
  };
}
