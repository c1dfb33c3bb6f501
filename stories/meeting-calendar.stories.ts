import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { feeds } from './docs/feeds.js';
import { CONTENT, DATES, DESIGN, EDGE_CASES, FILTERS, LANGUAGE, STATES } from './docs/story-groups.js';
import '../src/components/meeting-calendar/meeting-calendar.js';

interface Args {
  src?: string;
  /** An inline feed object (edge cases), used instead of `src`. */
  feed?: unknown;
  month?: string;
  view: 'month' | 'list';
  type?: string;
  topic?: string;
  network?: string;
  state?: string;
  accessible?: string;
  filters: boolean;
  'sync-url': boolean;
  'heading-level': number;
  locale?: string;
  'easy-language'?: boolean;
  today?: string;
  loading?: 'eager' | 'lazy';
  debug?: boolean;
  /** Width of the column the calendar sits in (the list takes over below 48em). */
  column?: string;
}

const at = (day: string, hour: number) => `${day}T${String(hour).padStart(2, '0')}:00`;

/** Edge cases the sample feed does not have. */
const edgeCases = {
  version: 1,
  timeZone: 'Europe/Berlin',
  events: [
    { id: 'schalttag', title: 'Treffen am Schalttag', start: '2024-02-29T10:00', type: 'Netzwerktreffen' },
    {
      id: 'sommerzeit',
      title: 'Nachtwerkstatt über die Zeitumstellung',
      start: '2026-03-28T20:00',
      end: '2026-03-29T04:00',
      type: 'Entwicklungsworkshop',
    },
    { id: 'luecke', title: 'Um 02:30 (gibt es nicht)', start: '2026-03-29T02:30' },
    ...[1, 2, 3, 4, 5, 6].map((n) => ({
      id: `sprechstunde-${n}`,
      title: `Online-Sprechstunde ${n}`,
      start: at('2026-03-17', 8 + n),
      type: 'Online-Sprechstunde',
      states: ['SH'],
    })),
    {
      id: 'woche',
      title: 'Eine Woche Fortbildung über das Wochenende',
      start: '2026-03-12',
      end: '2026-03-18',
      type: 'Fortbildung',
    },
    {
      id: 'irgendwann',
      title: 'Fachtag (Termin folgt)',
      start: '2026-03',
      tentative: true,
      type: 'Fachtagung',
    },
    { id: 'abgesagt', title: 'Abgesagtes Treffen', start: '2026-03-24T10:00', status: 'cancelled' },
  ],
};

const meta: Meta<Args> = {
  title: 'Elements/meeting-calendar',
  component: 'meeting-calendar',
  args: {
    src: 'feeds/sample-feed.json',
    month: '2026-12',
    view: 'month',
    filters: false,
    'sync-url': false,
    'heading-level': 3,
    today: '2026-11-23',
  },
  argTypes: {
    view: { control: 'inline-radio', options: ['month', 'list'] },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    'easy-language': { control: 'boolean' },
    accessible: {
      control: 'select',
      options: [
        undefined,
        'step-free',
        'step-free accessible-toilet',
        'hearing-loop',
        'sign-language',
        'easy-language',
        'parking',
      ],
    },
    locale: { control: 'inline-radio', options: ['de', 'en'] },
    state: { control: 'text', description: 'State codes, e.g. `SH MV`' },
    type: { control: 'text', description: 'Event types, e.g. `Netzwerktreffen Fachtagung`' },
    topic: { control: 'text', description: 'Topic ids' },
    network: { control: 'text', description: 'Network ids' },
    month: { control: 'text', description: '`YYYY-MM`' },
    today: { control: 'text', description: '`YYYY-MM-DD`' },
    column: { control: 'text', description: 'Width of the surrounding column, e.g. `320px`' },
    feed: { control: false },
    loading: { control: 'inline-radio', options: ['eager', 'lazy'] },
    debug: { control: 'boolean' },
  },
  parameters: { actions: { handles: ['event-select', 'month-change', 'feed-load', 'feed-error'] } },
  render: (args) => {
    const calendar = html`<meeting-calendar
      src=${ifDefined(args.feed ? undefined : args.src)}
      .feed=${args.feed}
      month=${ifDefined(args.month || undefined)}
      view=${args.view}
      type=${ifDefined(args.type || undefined)}
      topic=${ifDefined(args.topic || undefined)}
      network=${ifDefined(args.network || undefined)}
      state=${ifDefined(args.state || undefined)}
      accessible=${ifDefined(args.accessible || undefined)}
      ?filters=${args.filters}
      ?sync-url=${args['sync-url']}
      heading-level=${args['heading-level']}
      locale=${ifDefined(args.locale)}
      ?easy-language=${args['easy-language']}
      today=${ifDefined(args.today || undefined)}
      loading=${ifDefined(args.loading)}
      ?debug=${args.debug ?? false}
    ></meeting-calendar>`;
    return args.column
      ? html`<div style="width: ${args.column}; outline: 1px dashed #999">${calendar}</div>`
      : calendar;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** December 2026 of the sample feed: the grid, arrow keys, Enter opens a day. */
export const Month: Story = { parameters: { group: CONTENT } };
export const ListView: Story = { parameters: { group: CONTENT }, args: { view: 'list' } };
/**
 * "Kalender abonnieren" above the month: with `network="wissen-was-zaehlt"` that network's
 * calendar comes first. The visitor's own filter choice (`filters`) reorders them as well.
 */
export const Subscriptions: Story = {
  parameters: { group: CONTENT },
  args: { network: 'wissen-was-zaehlt', filters: true, month: '2021-06' },
};
/** A two-day workshop across its days. */
export const MultiDay: Story = { parameters: { group: DATES }, args: { month: '2027-01' } };
/** "Im Laufe des Monats": an event with only a month. */
export const MonthOnly: Story = { parameters: { group: DATES }, args: { month: '2020-12' } };
/**
 * A month in the archive of a split feed (test/fixtures/split/out, written by `npx
 * bildungsnetz-widgets build`): March 2019 is in `archive/2019.json`, which the calendar requests
 * once, when the month is shown; today's month needs only `feed.json`.
 */
export const ArchivedMonth: Story = {
  parameters: { group: CONTENT },
  args: { src: 'fixtures/split/out/feed.json', month: '2019-03', today: '2026-12-02' },
};
export const FilterBar: Story = { parameters: { group: FILTERS }, args: { filters: true } };
export const FilterBarInNarrowColumn: Story = {
  parameters: { group: FILTERS },
  args: { filters: true, column: '320px' },
};
export const FilteredByState: Story = { parameters: { group: FILTERS }, args: { state: 'SH' } };
export const FilteredByTypeAndState: Story = {
  parameters: { group: FILTERS },
  args: { type: 'Netzwerktreffen', state: 'SH MV', month: '2027-01' },
};
export const FilteredByTopicWithFilterBar: Story = {
  parameters: { group: FILTERS },
  args: { topic: 'bildungsmonitoring', filters: true },
};
export const FilteredByNetwork: Story = {
  parameters: { group: FILTERS },
  args: { network: 'wissen-was-zaehlt', month: '2021-06' },
};
/** A filter that leaves nothing in the month: the sentence names the filter. */
export const FilteredEmptyMonth: Story = { parameters: { group: FILTERS }, args: { state: 'BE' } };
export const English: Story = { parameters: { group: LANGUAGE }, args: { locale: 'en' } };
/** September 2019 starts on a Sunday: six rows. */
export const MonthStartingOnSunday: Story = { parameters: { group: EDGE_CASES }, args: { month: '2019-09' } };
export const LeapYear: Story = {
  parameters: { group: EDGE_CASES },
  args: { feed: edgeCases, month: '2024-02', today: '2024-02-20' },
};
/** The spring DST change (29 March 2026), a week-long span, a busy day with "+N", month-only, cancelled. */
export const DstBusyDayAndSpans: Story = {
  parameters: { group: EDGE_CASES },
  args: { feed: edgeCases, month: '2026-03', today: '2026-03-17' },
};
/**
 * December 2026 of test/fixtures/edge-cases.json: all-day, multi-day, month-only tentative,
 * cancelled, online, location to be announced, long German compound words, eight events on the 17th.
 */
export const EdgeCases: Story = { parameters: { group: EDGE_CASES }, args: { src: feeds.edgeCases } };
export const EmptyMonth: Story = { parameters: { group: STATES }, args: { month: '2025-02' } };
export const EmptyFeed: Story = { parameters: { group: STATES }, args: { feed: { version: 1, events: [] } } };
export const LoadError: Story = {
  parameters: { group: STATES },
  name: 'Error',
  args: { src: 'feeds/does-not-exist.json' },
  tags: ['network-error'],
};
/** A feed that never answers: the loading state, then the time-limit error after 15 s. */
/**
 * The archive part of the month shown cannot be loaded (part `archive-notice`, button
 * `archive-retry`): a sentence for that year with a retry; other months work as before.
 */
export const ArchivedMonthFails: Story = {
  parameters: { group: STATES },
  // The parts as a host page may style them.
  decorators: [
    (story) =>
      html`<style>
          meeting-calendar::part(archive-notice) {
            font-style: italic;
          }
          meeting-calendar::part(archive-retry) {
            border-radius: 2rem;
          }
        </style>
        ${story()}`,
  ],
  args: {
    feed: {
      version: 1,
      archive: [{ url: 'storybook:offline', from: '2019-01-01', to: '2019-12-31' }],
      events: [{ id: 'split-2026', title: 'Netzwerktreffen Bildungsmonitoring', start: '2026-12-10T10:00' }],
    },
    month: '2019-03',
    today: '2026-12-02',
  },
};
export const Loading: Story = { parameters: { group: STATES }, args: { src: feeds.pending } };
/**
 * Fehlerzustand: Besucherinnen und Besucher sehen einen Satz und den Inhalt, den die Redaktion in das
 * Element geschrieben hat (default slot); mit `debug` (oder `?bn-debug`) auch die Ursache (part
 * `error-detail`).
 */
export const ErrorForVisitors: Story = {
  parameters: { group: STATES },
  tags: ['network-error'],
  render: () =>
    html`<style>
        meeting-calendar::part(error-detail) {
          font-family: monospace;
        }
        meeting-calendar::part(today-button) {
          outline: 2px dotted currentColor;
        }
        meeting-calendar::part(open) {
          outline: 2px dotted currentColor;
        }
      </style>
      <meeting-calendar src="/nicht-vorhanden.json" debug>
        <p>
          <a href="https://www.transferagentur-nordost.example.org/termine"
            >Alle Termine auf der Seite der Transferagentur</a
          >
        </p>
      </meeting-calendar>`,
};
/** The same calendar in a 320px column: the container query switches it to the list. */
export const NarrowColumn: Story = { parameters: { group: DESIGN }, args: { column: '320px' } };
/** Every custom property of <meeting-calendar> set, and every part outlined, from the host page. */
export const Theming: Story = {
  parameters: { group: DESIGN },
  args: { filters: true },
  decorators: [
    (story) =>
      html`<style>
          /* On a wrapper, as on :root: the properties inherit into the element. */
          .theming-demo {
            --bn-accent: #6b1f5c;
            --bn-accent-contrast: #ffffff;
            --bn-text: #1b1b1b;
            --bn-muted: #4a4a4a;
            --bn-border: #6b1f5c;
            --bn-surface: #fbf6fa;
            --bn-radius: 0;
            --bn-space: 1.25rem;
            --bn-font: Georgia, serif;
            --bn-focus: #b8006b;
            --bn-danger: #8a1010;
            --bn-day-height: 8em;
            --bn-link: #6b1f5c;
            --bn-danger: #8a1010;
            --bn-line-height: 1.6;
            --bn-placeholder-height: 8em;
          }
          .theming-demo meeting-calendar::part(filters) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo meeting-calendar::part(filter-field) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo meeting-calendar::part(filter-label) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo meeting-calendar::part(filter-select) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo meeting-calendar::part(filter-reset) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo meeting-calendar::part(filter-status) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo meeting-calendar::part(header) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo meeting-calendar::part(heading) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo meeting-calendar::part(nav) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo meeting-calendar::part(month-only) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo meeting-calendar::part(during-heading) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo meeting-calendar::part(grid) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo meeting-calendar::part(day) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo meeting-calendar::part(today) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo meeting-calendar::part(chip) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo meeting-calendar::part(more) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo meeting-calendar::part(panel) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo meeting-calendar::part(panel-heading) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo meeting-calendar::part(close) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo meeting-calendar::part(list) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo meeting-calendar::part(day-heading) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo meeting-calendar::part(event) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo meeting-calendar::part(note) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo meeting-calendar::part(subscriptions),
          .theming-demo meeting-calendar::part(subscriptions-summary),
          .theming-demo meeting-calendar::part(subscription),
          .theming-demo meeting-calendar::part(subscription-link),
          .theming-demo meeting-calendar::part(copy-field),
          .theming-demo meeting-calendar::part(copy-button) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo meeting-calendar::part(loading) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo meeting-calendar::part(error) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo meeting-calendar::part(retry) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo meeting-calendar::part(easy),
          .theming-demo meeting-calendar::part(easy-toggle) {
            outline: 1px dotted currentColor;
          }
          .theming-demo meeting-calendar::part(empty) {
            outline: 1px dotted #6b1f5c;
          }
        </style>
        <div class="theming-demo">${story()}</div>`,
  ],
};
