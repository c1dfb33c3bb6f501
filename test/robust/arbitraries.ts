/** fast-check generators of feeds: valid ones with hostile text and links, and near misses. */
import fc from 'fast-check';

/** Markup and script a feed might carry; `data-bn-evil` marks anything that became an element. */
export const payloads = [
  '<script data-bn-evil>window.__pwned=1</script>',
  '<img data-bn-evil src=x onerror="window.__pwned=1">',
  '"><svg data-bn-evil onload="window.__pwned=1">',
  "'><b data-bn-evil>fett</b>",
  '<a data-bn-evil href="javascript:window.__pwned=1">x</a>',
  '<style data-bn-evil>*{display:none}</style>',
  '${window.__pwned=1}',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '<!--',
  '&lt;b data-bn-evil&gt;',
  '\u202Eevil\u202C',
  'لقاء الشبكة',
];

/** Non-blank text: plain, hostile, or both. */
export const text = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 40 }),
    fc.constantFrom(...payloads),
    fc
      .tuple(fc.string({ maxLength: 10 }), fc.constantFrom(...payloads), fc.string({ maxLength: 10 }))
      .map(([a, p, b]) => `${a}${p}${b}`),
  )
  .filter((s) => s.trim() !== '');

/** Link-like values: good ones and every trick for a dangerous one. */
export const url = fc.oneof(
  fc.webUrl(),
  fc.constantFrom(
    'https://publisher.example/a',
    'mailto:info@publisher.example',
    'tel:+49301234567',
    'javascript:window.__pwned=1',
    ' JavaScript:window.__pwned=1',
    'java\tscript:window.__pwned=1',
    'data:text/html,<script>window.__pwned=1</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example/x',
    'not a url',
  ),
);

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A date in one of the four forms (always valid). */
export const feedDate = fc
  .record({
    y: fc.integer({ min: 1990, max: 2040 }),
    mo: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
    h: fc.integer({ min: 0, max: 23 }),
    mi: fc.integer({ min: 0, max: 59 }),
    form: fc.constantFrom('day', 'time', 'instant', 'month'),
  })
  .map(({ y, mo, d, h, mi, form }) => {
    const day = `${y}-${pad(mo)}-${pad(d)}`;
    if (form === 'month') return `${y}-${pad(mo)}`;
    if (form === 'day') return day;
    return form === 'time' ? `${day}T${pad(h)}:${pad(mi)}` : `${day}T${pad(h)}:${pad(mi)}:00Z`;
  });

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** A valid event (id, title, start), every optional field arbitrary: hostile text, any link. */
export const validEvent = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ''),
    title: text,
    start: feedDate,
    tentative: opt(fc.boolean()),
    type: opt(text),
    status: opt(fc.constantFrom('scheduled', 'cancelled', 'postponed', 'rescheduled')),
    attendance: opt(fc.constantFrom('offline', 'online', 'mixed')),
    location: opt(
      fc.record(
        { name: text, street: text, postalCode: text, city: text, url, onlineUrl: url },
        { requiredKeys: [] },
      ),
    ),
    sequence: opt(fc.integer({ min: 1, max: 20 })),
    summary: opt(text),
    description: opt(text),
    agenda: opt(
      fc.array(fc.record({ start: fc.constant('10:00'), title: text, description: opt(text) }), {
        maxLength: 2,
      }),
    ),
    speakers: opt(
      fc.array(fc.record({ name: text, role: opt(text), organisation: opt(text) }), { maxLength: 2 }),
    ),
    contact: opt(fc.record({ name: text, email: text, phone: text }, { requiredKeys: [] })),
    downloads: opt(fc.array(fc.record({ title: text, url }), { maxLength: 2 })),
    audience: opt(text),
    requirements: opt(text),
    cost: opt(text),
    registration: opt(fc.record({ url, note: text }, { requiredKeys: [] })),
    url: opt(url),
    image: opt(fc.record({ url, alt: text, credit: opt(text) })),
  },
  { requiredKeys: ['id', 'title', 'start'] },
);

/** Anything JSON, biased towards feed-like shapes. */
export const jsonish: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.array(
    fc.oneof(
      validEvent,
      fc.jsonValue(),
      fc.dictionary(fc.constantFrom('id', 'title', 'name', 'label', 'start'), fc.jsonValue()),
    ),
    { maxLength: 4 },
  ),
);

/** A feed whose lists mix valid items, near misses, duplicates and junk. */
export const feedArbitrary = fc.record({
  version: fc.constant(1),
  timeZone: fc.constantFrom('Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Europe/Atlantis', 42),
  events: fc.array(
    fc.oneof(
      validEvent,
      validEvent.map((e) => ({ ...e, id: 'dup' })),
      validEvent.map((e) => ({ ...e, start: '2019-02-30' })),
      validEvent.map(({ title: _t, ...e }) => e),
      fc.jsonValue(),
    ),
    { maxLength: 6 },
  ),
  networks: fc.array(
    fc.oneof(
      fc.record(
        { id: fc.constantFrom('n1', 'n2', 'n1'), name: text, url: opt(url) },
        { requiredKeys: ['id', 'name'] },
      ),
      fc.jsonValue(),
    ),
    { maxLength: 3 },
  ),
  programmes: fc.array(fc.oneof(fc.record({ id: fc.constantFrom('p1', 'p2'), name: text }), fc.jsonValue()), {
    maxLength: 3,
  }),
  offices: fc.array(fc.record({ id: fc.constantFrom('o1', 'o2'), name: text }), { maxLength: 2 }),
  topics: fc.array(fc.oneof(fc.record({ id: fc.constantFrom('t1', 't2'), label: text }), fc.jsonValue()), {
    maxLength: 2,
  }),
});
