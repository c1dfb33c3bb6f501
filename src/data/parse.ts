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
import { runInSlices, runToEnd, type Steps } from './slices.js';
import type {
  Accessibility,
  AgendaItem,
  ArchivePart,
  Change,
  Contact,
  Download,
  EasyText,
  Feed,
  FeedEvent,
  Image,
  Location,
  Member,
  Network,
  Office,
  Participation,
  Partner,
  Period,
  Post,
  Programme,
  Publisher,
  Registration,
  Speaker,
  SubscriptionCalendar,
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
  | 'time-zone' // unknown timeZone: Europe/Berlin is used
  | 'encoding'; // the text holds U+FFFD: bytes that were not UTF-8 (e.g. a Latin-1 file)

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
  posts: Post[];
  archive?: ArchivePart[];
  calendars?: SubscriptionCalendar[];
}

/**
 * The parser's verdict, one style for {@link parseFeed} and {@link parseText}: never thrown,
 * always returned. `ok: false` is a whole-feed failure (the widgets show an error); `ok: true`
 * is a feed that may have lost items or fields, each named by an issue.
 */
export type ParseResult = ParsedFeed | { ok: false; error: FeedError };

export interface ParsedFeed {
  ok: true;
  feed: ValidFeed;
  issues: FeedIssue[];
  /**
   * Where each kept item of `feed` stood in the JSON (`events[7]`; an index counts the items
   * left out before it), for messages that name an item by its path.
   */
  paths: ReadonlyMap<object, string>;
}

export { issueMessage } from './issue-messages.js';

/** A state code: BB, MV, SH, … */
const STATE_CODE = /^[A-Z]{2}$/;
/** HH:MM. */
const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;
/** A list of non-empty strings (ids of other items). */
const IDS = ['text'] as const;
/** A list of state codes. */
const STATES = [STATE_CODE] as const;
const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
/** A scheme and `//`: a URL that is absolute against any base. */
const ABSOLUTE = /^[a-z][a-z\d+.-]*:\/\//i;

/**
 * Whether a text looks like an e-mail address: what the elements link with `mailto:` and the
 * feed check (`validate`) accepts without a warning.
 */
export const isEmailAddress = (value: string): boolean =>
  /^[^\s@<>()[\]\\,;:"']+@[^\s@<>()[\]\\,;:"']+\.[a-z]{2,}$/i.test(value);

/** Whether a text looks like a phone number (digits, spaces, `+ ( ) . / -`): linked with `tel:`. */
export const isPhoneNumber = (value: string): boolean => /^\+?[\d\s()./-]{3,}\d$/.test(value);

/**
 * Whether a URL may become a link: it parses, its scheme is http(s), mailto or tel, and it is
 * absolute wherever it is used. `http:host/path` parses on its own, but in a link on an http
 * page it is a relative path: it counts as no URL.
 */
export function isSafeUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  // An empty or blank text is no URL either: `new URL('')` throws.
  try {
    const url = value.trim();
    const { protocol, href } = new URL(url);
    if (!ALLOWED_SCHEMES.has(protocol)) return false;
    // Against a base of the same scheme, a relative URL would resolve elsewhere. One that starts
    // with `scheme://` cannot (the parser reads an authority with or without a base): the
    // second parse is spared for almost every URL of a feed (issue 14, thousands of events).
    return ABSOLUTE.test(url) || new URL(url, `${protocol}//base.invalid/dir/`).href === href;
  } catch {
    return false;
  }
}

type Json = Record<string, unknown>;
/** The platform's JSON.parse, kept at load: a page may wrap it later (a date reviver …). */
const jsonParse = JSON.parse;
/** A value the object has itself, never one inherited (from a polluted Object.prototype). */
const own = (obj: Json, key: string): unknown => (Object.hasOwn(obj, key) ? obj[key] : undefined);
/**
 * A visible character: not white space, not a control character, not one that is invisible by
 * definition (zero-width space, soft hyphen, word joiner, bidi marks, variation selectors …).
 */
const VISIBLE = /[^\s\p{Cc}\p{Default_Ignorable_Code_Point}]/u;
/** A text with at least one visible character: one made only of invisible ones counts as missing. */
const isText = (value: unknown): value is string => typeof value === 'string' && VISIBLE.test(value);
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * How the parser reads one field: the parser is driven by tables (one {@link Shape} per type
 * of `types.ts`) rather than by a function per type. A rule is
 * - the name of a check (`'text'`, `'url'`, `'date'`, …): a value that passes it;
 * - a RegExp: a string that matches (a time of day, a state code, one of a few words);
 * - a Shape: a nested object;
 * - `[rule]`: a list of values of that rule, each dropped alone when it does not fit.
 *
 * `Rule<V>` offers only the rules that can yield a value of type `V` (a number field cannot
 * be read as `'text'`, an object field needs a shape of that very object type).
 */
type Rule<V> = V extends readonly (infer Item)[]
  ? readonly [Rule<Item>]
  : V extends string
    ? 'text' | 'url' | 'href' | 'date' | 'period' | RegExp
    : V extends boolean
      ? 'flag'
      : V extends number
        ? 'number' | 'count' | 'ordinal'
        : V extends object
          ? Shape<V>
          : never;

/**
 * A rule for every field of `T`, optional ones included: a field declared in `types.ts` but
 * missing here is a type error, and so is a field `types.ts` does not declare.
 */
type Fields<T> = { readonly [K in keyof T]-?: Rule<Exclude<T[K], undefined>> };

/** The fields `T` cannot do without (not optional). */
type RequiredField<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];

/** The table of one feed type: how to read each field, and the fields without which it is dropped. */
interface Shape<T> {
  readonly fields: Fields<T>;
  readonly required: readonly RequiredField<T>[];
}

/** Any rule and any shape, as the reading functions below see them (the types checked above). */
type AnyRule = keyof typeof CHECKS | RegExp | AnyShape | readonly [AnyRule];
interface AnyShape {
  readonly fields: { readonly [key: string]: AnyRule };
  readonly required: readonly string[];
}

/** The checks of the simple rules: whether a value fits (a parsed date counts as yes). */
const CHECKS = {
  /** A non-empty string. */
  text: isText,
  /** A text that is a safe URL (http, https, mailto, tel); checked in readField. */
  url: isText,
  /** A safe URL or a relative reference (resolved against the feed's URL); checked in readField. */
  href: isText,
  /** A feed date in one of the four forms. */
  date: parseFeedDate,
  /** A year or a feed date. */
  period: parseYearOrDate,
  /** A boolean. */
  flag: (value: unknown) => typeof value === 'boolean',
  /** A finite number ≥ 0. */
  number: (value: unknown) => Number.isFinite(value) && (value as number) >= 0,
  /** An integer ≥ 0. */
  count: (value: unknown) => Number.isInteger(value) && (value as number) >= 0,
  /** An integer ≥ 1. */
  ordinal: (value: unknown) => Number.isInteger(value) && (value as number) >= 1,
};

/** The table of the feed type `T` (named explicitly: `shape<FeedEvent>(…)`). */
const shape = <T>(fields: Fields<T>, ...required: RequiredField<T>[]): Shape<T> => ({ fields, required });

const image = shape<Image>({ url: 'url', alt: 'text', credit: 'text' }, 'url', 'alt');

/** Texts in Leichte Sprache: each field falls back to the standard text where it is missing. */
const easy = shape<EasyText>({ title: 'text', summary: 'text', description: 'text' });

const location = shape<Location>({
  name: 'text',
  street: 'text',
  postalCode: 'text',
  city: 'text',
  url: 'url',
  onlineUrl: 'url',
  accessibility: shape<Accessibility>({
    stepFree: 'flag',
    accessibleToilet: 'flag',
    hearingLoop: 'flag',
    signLanguage: 'flag',
    easyLanguage: 'flag',
    parking: 'flag',
    note: 'text',
  }),
});

const EVENT = shape<FeedEvent>(
  {
    id: 'text',
    title: 'text',
    start: 'text',
    end: 'date',
    tentative: 'flag',
    type: 'text',
    status: /^(scheduled|cancelled|postponed|rescheduled)$/,
    attendance: /^(offline|online|mixed)$/,
    location,
    network: 'text',
    sequence: 'ordinal',
    summary: 'text',
    description: 'text',
    agenda: [
      shape<AgendaItem>(
        { start: TIME_OF_DAY, end: TIME_OF_DAY, title: 'text', description: 'text' },
        'start',
        'title',
      ),
    ],
    speakers: [shape<Speaker>({ name: 'text', role: 'text', organisation: 'text' }, 'name')],
    contact: shape<Contact>({ name: 'text', email: 'text', phone: 'text', office: 'text' }),
    downloads: [
      shape<Download>({ title: 'text', url: 'url', mediaType: 'text', bytes: 'count' }, 'title', 'url'),
    ],
    topics: IDS,
    states: STATES,
    audience: 'text',
    requirements: 'text',
    cost: 'text',
    registration: shape<Registration>({ url: 'url', until: 'date', note: 'text' }),
    url: 'url',
    image,
    revision: 'count',
    updated: 'date',
    price: 'number',
    changes: [
      shape<Change>(
        {
          date: 'date',
          note: 'text',
          previousStart: 'date',
          previousEnd: 'date',
          previousLocation: location,
        },
        'date',
      ),
    ],
    easy,
  },
  'id',
  'title',
  'start',
);

const NETWORK = shape<Network>(
  {
    id: 'text',
    name: 'text',
    shortName: 'text',
    number: 'count',
    kind: 'text',
    description: 'text',
    states: STATES,
    office: 'text',
    cadence: 'text',
    since: 'period',
    until: 'period',
    audience: 'text',
    requirements: 'text',
    topics: IDS,
    members: [shape<Member>({ name: 'text', state: STATE_CODE }, 'name')],
    participation: [
      shape<Participation>(
        { label: 'text', date: 'date', municipalities: 'number', people: 'number' },
        'label',
      ),
    ],
    url: 'url',
    image,
    easy,
  },
  'id',
  'name',
);

const PROGRAMME = shape<Programme>(
  {
    id: 'text',
    name: 'text',
    period: shape<Period>({ from: 'period', to: 'period' }, 'from'),
    audience: 'text',
    regions: STATES,
    description: 'text',
    approach: 'text',
    partners: [shape<Partner>({ name: 'text', url: 'url' }, 'name')],
    initiative: 'text',
    offices: IDS,
    url: 'url',
    image,
    easy,
  },
  'id',
  'name',
);

const POST = shape<Post>(
  {
    id: 'text',
    title: 'text',
    date: 'date',
    summary: 'text',
    body: 'text',
    image,
    topics: IDS,
    networks: IDS,
    url: 'url',
    author: 'text',
    chart: shape<NonNullable<Post['chart']>>(
      { network: 'text', metric: /^(municipalities|people)$/ },
      'network',
      'metric',
    ),
    easy,
  },
  'id',
  'title',
  'date',
);

const OFFICE = shape<Office>(
  { id: 'text', name: 'text', city: 'text', email: 'text', phone: 'text', url: 'url' },
  'id',
  'name',
);
const TOPIC = shape<Topic>({ id: 'text', label: 'text' }, 'id', 'label');

/** The feed's lists of items. */
type ListKey = 'offices' | 'topics' | 'networks' | 'events' | 'programmes' | 'posts';

/** The feed's lists in the order they are read: a list refers only to ids of lists before it. */
const LISTS: { readonly [K in ListKey]-?: Shape<NonNullable<Feed[K]>[number]> } = {
  offices: OFFICE,
  topics: TOPIC,
  networks: NETWORK,
  events: EVENT,
  programmes: PROGRAMME,
  posts: POST,
};

/**
 * The feed's own fields besides its lists, `version` and `timeZone` (those two are checked
 * first, in {@link parseFeed}).
 */
const HEADER = shape<Omit<Feed, ListKey | 'version' | 'timeZone'>>({
  updated: 'date',
  publisher: shape<Publisher>({ name: 'text', url: 'url' }, 'name'),
  archive: [shape<ArchivePart>({ url: 'href', from: 'date', to: 'date' }, 'url', 'from', 'to')],
  calendars: [
    shape<SubscriptionCalendar>(
      { id: 'text', title: 'text', url: 'href', states: STATES, network: 'text', topics: IDS },
      'id',
      'title',
      'url',
    ),
  ],
});

/**
 * Where a value sits: its JSON path, the field as reported, and the item it belongs to. The
 * path and field are spelled out only when an issue names them (a feed of thousands of items
 * has a few issues at most): a place within an item keeps the place above it and its key.
 */
class At {
  private constructor(
    readonly context: Context,
    readonly id: string | undefined,
    /** An item, a list or the feed: its path and field. */
    private readonly root?: { path: string; field: string },
    /** Or a place within one: the place above and the key there (a field name or a list index). */
    private readonly up?: At,
    private readonly key?: string | number,
  ) {}

  /** An item (`events[3]`, field ''), a list (`events`, field `events`) or the feed ('', ''). */
  static of(context: Context, path: string, field: string, id?: string): At {
    return new At(context, id, { path, field });
  }

  /** A field (`location`) or a list entry (`3`) within this place. */
  in(key: string | number): At {
    return new At(this.context, this.id, undefined, this, key);
  }

  get path(): string {
    return this.root ? this.root.path : join(this.up!.path, this.key!);
  }

  get field(): string {
    return this.root ? this.root.field : join(this.up!.field, this.key!);
  }
}

/** `location.url`, `agenda[2]`: a key added to a path or field (`url` alone at the top). */
const join = (base: string, key: string | number) =>
  typeof key === 'number' ? `${base}[${key}]` : base ? `${base}.${key}` : key;

const child = (at: At, key: string): At => at.in(key);
const entry = (at: At, index: number): At => at.in(index);
const report = (at: At, code: IssueCode) =>
  at.context.issues.push({ code, path: at.path, id: at.id, field: at.field });

/** The value of one field, or undefined (with an issue) when it does not fit its rule. */
function readField(rule: AnyRule, value: unknown, at: At): unknown {
  if (Array.isArray(rule)) {
    const itemRule = (rule as readonly [AnyRule])[0];
    return readList(value, at, (item, itemAt) => readField(itemRule, item, itemAt));
  }
  let ok: unknown;
  if (rule instanceof RegExp) ok = typeof value === 'string' && rule.test(value);
  else if (typeof rule === 'object') {
    const result = isObject(value) && readObject(value, rule as AnyShape, at);
    if (result) return result;
  } else {
    ok = CHECKS[rule as keyof typeof CHECKS](value, at.context.timeZone);
    if (ok && rule === 'url') {
      if (isSafeUrl(value)) return value.trim();
      report(at, 'url-scheme');
      return undefined;
    }
    if (ok && rule === 'href') {
      const href = (value as string).trim();
      // A relative reference has no scheme before its first `/`, `?` or `#`.
      if (!/^[a-z][a-z\d+.-]*:/i.test(href) || /^https?:/i.test(href)) return href;
      report(at, 'url-scheme');
      return undefined;
    }
  }
  if (ok) return value;
  report(at, 'field-invalid');
  return undefined;
}

/** A list whose bad entries are dropped one by one (`read` reports each). */
function readList(value: unknown, at: At, read: (item: unknown, at: At) => unknown): unknown[] | undefined {
  if (!Array.isArray(value)) {
    report(at, 'field-invalid');
    return undefined;
  }
  const kept: unknown[] = [];
  value.forEach((item, index) => {
    const result = read(item, entry(at, index));
    if (result !== undefined) kept.push(result);
  });
  return kept;
}

/** The fields of `shape` that `obj` has and that fit; undefined when a required one is missing. */
function readObject(obj: Json, shape: AnyShape, at: At): Json | undefined {
  const result = readFields(obj, shape, at);
  return shape.required.every((key) => Object.hasOwn(result, key)) ? result : undefined;
}

/** The fields of `shape` that `obj` has and that fit, each bad one reported and left out. */
function readFields(obj: Json, { fields }: AnyShape, at: At): Json {
  const result: Json = {};
  // Own keys only: a page that adds an enumerable property to Object.prototype adds no field.
  for (const key of Object.keys(fields)) {
    const value = own(obj, key);
    if (value === undefined || value === null) continue;
    const read = readField(fields[key]!, value, child(at, key));
    if (read !== undefined) result[key] = read;
  }
  return result;
}

/**
 * A top-level list: an item without its id or a required text (or an event without a valid
 * start) is left out with an `item-invalid` issue; a repeated id with a `duplicate-id` issue.
 * May pause after each item (see slices.ts).
 */
function* readItems(feed: Json, key: ListKey, context: Context): Steps<Json[]> {
  const itemShape: AnyShape = LISTS[key];
  const value = own(feed, key);
  if (value === undefined || value === null) return [];
  const listAt = At.of(context, key, key);
  if (!Array.isArray(value)) {
    report(listAt, 'field-invalid');
    return [];
  }
  const seen = new Set<string>();
  const items: Json[] = [];
  // As `forEach` (readList) does: the holes of a sparse array are no items.
  for (let index = 0, length = value.length; index < length; index++) {
    if (!(index in value)) continue;
    readItem(value[index], entry(listAt, index).path);
    yield;
  }
  return items;

  function readItem(raw: unknown, path: string) {
    const id = isObject(raw) && isText(own(raw, 'id')) ? (raw.id as string) : undefined;
    const at = At.of(context, path, '', id);
    const missing = itemShape.required.find((field) => !isObject(raw) || !isText(own(raw, field)));
    if (missing !== undefined) {
      report(child(at, missing), 'item-invalid');
      return;
    }
    const item = readFields(raw as Json, itemShape, at);
    // A required field that is there but does not fit its rule (a post's date in no date form).
    const unfit = itemShape.required.find((field) => !Object.hasOwn(item, field));
    if (unfit !== undefined) {
      report(child(at, unfit), 'item-invalid');
      return;
    }
    if (key === 'events' && !finishEvent(item, at)) return;
    if (seen.has(id!)) report(child(at, 'id'), 'duplicate-id');
    else {
      seen.add(id!);
      context.paths.set(item, path);
      items.push(item);
    }
  }
}

/** An event's dates, resolved once: a start in no form leaves it out, an end before it is dropped. */
function finishEvent(event: Json, at: At): boolean {
  const { timeZone } = at.context;
  const startValue = parseFeedDate(event.start, timeZone);
  if (startValue === undefined) {
    report(child(at, 'start'), 'item-invalid');
    return false;
  }
  event.startValue = startValue;
  const endValue = parseFeedDate(event.end, timeZone);
  if (endValue && endValue.instant < startValue.instant) {
    report(child(at, 'end'), 'end-before-start');
    delete event.end;
  } else if (endValue) event.endValue = endValue;
  return true;
}

interface Context {
  timeZone: string;
  issues: FeedIssue[];
  /** Each kept item's path in the JSON (`events[7]`): indexes shift when items are left out. */
  paths: Map<object, string>;
}

/** A reference field: its name, the ids it may name, and the object holding it within the item. */
type Reference = [name: string, known: ReadonlySet<string>, within?: string];

/**
 * Drops references to ids the feed does not have, with an `unknown-reference` issue for each:
 * item by item, and in each item field by field, as listed here.
 */
function checkReferences(feed: ValidFeed, context: Context) {
  const ids = (items: { id: string }[]) => new Set(items.map((item) => item.id));
  const offices = ids(feed.offices);
  const topics = ids(feed.topics);
  const networks = ids(feed.networks);
  const check = (items: readonly object[], references: Reference[]) => {
    for (const item of items as Json[]) {
      const itemAt = At.of(context, context.paths.get(item)!, '', item.id as string);
      for (const [name, known, within] of references) {
        // `contact.office` is the field `office` within the object `contact`.
        const holder = (within ? item[within] : item) as Json | undefined;
        const value = holder?.[name];
        if (value === undefined) continue;
        const at = within ? child(child(itemAt, within), name) : child(itemAt, name);
        if (Array.isArray(value)) {
          holder![name] = value.filter((ref: string, index) => {
            if (known.has(ref)) return true;
            report(entry(at, index), 'unknown-reference');
            return false;
          });
        } else if (!known.has(value as string)) {
          report(at, 'unknown-reference');
          delete holder![name];
        }
      }
    }
  };
  check(feed.events, [
    ['network', networks],
    ['topics', topics],
    ['office', offices, 'contact'],
  ]);
  check(feed.networks, [
    ['office', offices],
    ['topics', topics],
  ]);
  check(feed.programmes, [['offices', offices]]);
  check(feed.posts, [
    ['topics', topics],
    ['networks', networks],
    ['network', networks, 'chart'],
  ]);
  // A chart whose network is unknown (its reference dropped above) cannot be drawn.
  for (const post of feed.posts) if (post.chart && !post.chart.network) delete post.chart;
  // Not items with a path of their own: a calendar naming an unknown network or topic keeps the rest.
  feed.calendars?.forEach((calendar, index) => context.paths.set(calendar, `calendars[${index}]`));
  check(feed.calendars ?? [], [
    ['network', networks],
    ['topics', topics],
  ]);
}

/** Validates a feed (any JSON value) and never throws. */
export function parseFeed(json: unknown): ParseResult {
  return runToEnd(validate(json));
}

/**
 * {@link parseFeed} for the widgets in a page: the same result, but a long feed is validated in
 * slices with a pause for the page between them, so that no task blocks it for long.
 */
export function parseFeedInSlices(json: unknown): Promise<ParseResult> {
  return runInSlices(validate(json));
}

/** The validation of {@link parseFeed}, pausing after each item and each frozen list item. */
function* validate(json: unknown): Steps<ParseResult> {
  if (!isObject(json)) return { ok: false, error: new FeedError('not-object') };
  const version = own(json, 'version');
  if (version !== 1) {
    if (version === undefined) return { ok: false, error: new FeedError('not-object') };
    return { ok: false, error: new FeedError('version', { version: String(JSON.stringify(version)) }) };
  }
  const context: Context = { timeZone: DEFAULT_TIME_ZONE, issues: [], paths: new Map() };
  const timeZone = own(json, 'timeZone');
  if (timeZone !== undefined) {
    if (typeof timeZone === 'string' && isValidTimeZone(timeZone)) context.timeZone = timeZone;
    else context.issues.push({ code: 'time-zone', path: 'timeZone', field: 'timeZone' });
  }
  const header = readObject(json, HEADER, At.of(context, '', ''))!;
  const feed: Json = { version: 1, timeZone: context.timeZone, ...header };
  for (const key of Object.keys(LISTS) as ListKey[]) feed[key] = yield* readItems(json, key, context);
  // `feed` now has every field of a ValidFeed, read by the typed tables above.
  const valid = feed as unknown as ValidFeed;
  checkReferences(valid, context);
  // Frozen: one loaded feed is shared by every element on the page and handed to listeners of
  // `feed-load`; a listener that changes it must not change what other widgets show. Item by
  // item first (a pause after each), then the rest.
  for (const key of Object.keys(LISTS) as ListKey[])
    for (const item of valid[key]) {
      deepFreeze(item);
      yield;
    }
  return { ok: true, feed: deepFreeze(valid), issues: context.issues, paths: context.paths };
}

/**
 * Freezes the parser's own objects and arrays, all the way down (they are all new: none is the
 * caller's). Walked without `Object.values` (an array per object): three times faster for a
 * feed of 40,000 events.
 */
function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (const inner of value as unknown[])
      if (typeof inner === 'object' && inner !== null) deepFreeze(inner);
  } else
    for (const key in value) {
      const inner = (value as Record<string, unknown>)[key];
      // Own keys only: an object a page hung on Object.prototype is not the parser's to freeze.
      if (typeof inner === 'object' && inner !== null && Object.hasOwn(value, key)) deepFreeze(inner);
    }
  return value;
}

/**
 * Validates a feed's text (a file, an inline `<script type="application/json">`) and never
 * throws: an empty text and one that is not JSON are whole-feed failures like those of
 * {@link parseFeed}.
 */
export function parseText(text: string): ParseResult {
  text = withoutBom(text);
  if (text.trim() === '') return { ok: false, error: new FeedError('empty') };
  let json: unknown;
  try {
    json = jsonParse(text);
  } catch {
    return { ok: false, error: new FeedError('syntax') };
  }
  return parseJson(json, text);
}

/**
 * {@link parseText} for the widgets in a page: the JSON is read by the parser behind
 * `Response.json()`, which a page cannot reach. A page that wrapped `JSON.parse` before the
 * widgets loaded (a reviver that turns dates into `Date` objects …) changes nothing. `onJson`
 * gets the JSON before it is validated (for a first look: src/data/first-look.ts).
 */
export async function parseTextInPage(text: string, onJson?: (json: unknown) => void): Promise<ParseResult> {
  text = withoutBom(text);
  if (text.trim() === '') return { ok: false, error: new FeedError('empty') };
  let json: unknown;
  try {
    json = await new Response(text).json();
  } catch {
    return { ok: false, error: new FeedError('syntax') };
  }
  onJson?.(json);
  return withEncodingIssue(await parseFeedInSlices(json), text);
}

/** A byte order mark is no content (fetch's `text()` drops it; an inline feed or a file keeps it). */
const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** The verdict on parsed JSON; `text` is what it was read from. */
function parseJson(json: unknown, text: string): ParseResult {
  return withEncodingIssue(parseFeed(json), text);
}

/** The verdict with an `encoding` issue first when `text` holds U+FFFD. */
function withEncodingIssue(result: ParseResult, text: string): ParseResult {
  // A decoder puts U+FFFD where bytes were no UTF-8: the feed was saved in another encoding.
  if (result.ok && text.includes('\uFFFD')) result.issues.unshift({ code: 'encoding', path: '', field: '' });
  return result;
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
