import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CONTENT, DATES, DESIGN, EDGE_CASES, FILTERS, LANGUAGE, STATES } from './docs/story-groups.js';

interface Args {
  src?: string;
  feed?: unknown;
  when: 'upcoming' | 'past' | 'all';
  type?: string;
  topic?: string;
  network?: string;
  state?: string;
  accessible?: string;
  limit?: number;
  'heading-level': number;
  filters: boolean;
  'sync-url': boolean;
  locale?: string;
  'easy-language'?: boolean;
  today?: string;
  loading?: 'eager' | 'lazy';
  debug?: boolean;
  /** Width of the column the list sits in (not an attribute). */
  width?: string;
}

/**
 * Feed addresses as in stories/docs/feeds.ts (branch `storybook`): `storybook:` addresses are
 * answered inside Storybook by .storybook/network.ts and never reach the network.
 */
const feeds = {
  sample: 'feeds/sample-feed.json',
  fixture: 'fixtures/event-list.json',
  pending: 'storybook:pending',
  offline: 'storybook:offline',
  missing: 'fixtures/does-not-exist.json',
  edgeCases: 'fixtures/edge-cases.json',
};

const meta: Meta<Args> = {
  title: 'Elements/event-list',
  component: 'event-list',
  args: {
    src: 'feeds/sample-feed.json',
    when: 'upcoming',
    'heading-level': 3,
    filters: false,
    'sync-url': false,
    today: '2026-11-23',
  },
  argTypes: {
    src: { control: 'text' },
    feed: { control: 'object' },
    when: { control: 'inline-radio', options: ['upcoming', 'past', 'all'] },
    type: { control: 'text', description: 'Types, separated by spaces (any of them).' },
    topic: {
      control: 'select',
      options: [
        undefined,
        'bildungsmonitoring',
        'bildungsmanagement',
        'uebergang-schule-beruf',
        'fruehkindliche-bildung',
        'digitalisierung',
        'gremienarbeit',
        'fachkraeftesicherung',
        'non-formale-bildung',
      ],
    },
    network: {
      control: 'select',
      options: [
        undefined,
        'uebergaenge-gestalten',
        'wissen-was-zaehlt',
        'gemeinsam-steuern',
        'bildungsmanagement-sh',
        'bildungsmanagement-mv',
      ],
    },
    state: { control: 'text', description: 'State codes, separated by spaces: `SH MV`.' },
    limit: { control: { type: 'number', min: 1 } },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    filters: { control: 'boolean' },
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
    today: { control: 'text' },
    loading: { control: 'inline-radio', options: ['eager', 'lazy'] },
    debug: { control: 'boolean' },
    width: { control: 'text', table: { category: 'story' } },
  },
  parameters: { actions: { handles: ['feed-load', 'feed-error'] } },
  render: (args) =>
    html`<div style=${ifDefined(args.width ? `max-width: ${args.width}` : undefined)}>
      <event-list
        src=${ifDefined(args.src)}
        when=${args.when}
        type=${ifDefined(args.type || undefined)}
        topic=${ifDefined(args.topic || undefined)}
        network=${ifDefined(args.network || undefined)}
        state=${ifDefined(args.state || undefined)}
        accessible=${ifDefined(args.accessible || undefined)}
        limit=${ifDefined(args.limit ?? undefined)}
        heading-level=${args['heading-level']}
        ?filters=${args.filters}
        ?sync-url=${args['sync-url']}
        locale=${ifDefined(args.locale)}
        ?easy-language=${args['easy-language']}
        today=${ifDefined(args.today)}
        loading=${ifDefined(args.loading)}
        ?debug=${args.debug ?? false}
        .feed=${args.feed}
      ></event-list>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Upcoming: Story = { parameters: { group: CONTENT } };
export const Past: Story = { parameters: { group: CONTENT }, args: { when: 'past' } };
export const All: Story = { parameters: { group: CONTENT }, args: { when: 'all', limit: 6 } };
export const ShowMore: Story = { parameters: { group: CONTENT }, args: { limit: 3 } };
/**
 * "Kalender abonnieren": the feed lists `calendars`, so the list offers them; with
 * `state="SH"` the Schleswig-Holstein calendar comes first ("passt zu Ihrer Auswahl"). Open the
 * disclosure: each calendar has a webcal link, Google's "add by URL", Outlook.com's and
 * Microsoft 365's "add from web" and its address to copy. Nothing is requested from any
 * provider until a link is clicked.
 */
export const Subscriptions: Story = { parameters: { group: CONTENT }, args: { state: 'SH', limit: 3 } };
export const StatusAndMonthOnly: Story = {
  parameters: { group: DATES },
  args: { src: feeds.fixture, when: 'all', 'heading-level': 2 },
};
/**
 * A split feed, as `npx bildungsnetz-widgets build` writes it (test/fixtures/split/out): the
 * past list shows the main feed's past events first and loads the archive parts
 * (`archive/2024.json`, `2020.json`, `2019.json`) one at a time as "Weitere Termine anzeigen"
 * needs them. An upcoming list never requests a part.
 */
export const SplitFeedPast: Story = {
  parameters: { group: CONTENT },
  args: { src: 'fixtures/split/out/feed.json', when: 'past', limit: 3, today: '2026-12-02' },
};
export const FilterBar: Story = { parameters: { group: FILTERS }, args: { filters: true } };
/**
 * `sync-url`: die Auswahl steht in der Adresse der Seite (`?bn-type=…`) und lässt sich als Link
 * weitergeben; beim Öffnen des Links ist sie wieder gewählt. Mit einer `id` am Element heißen
 * die Parameter `bn-<id>-type` usw., so kommen sich mehrere Listen auf einer Seite nicht in die
 * Quere.
 */
export const FilterInAddress: Story = {
  parameters: { group: FILTERS },
  args: { filters: true, 'sync-url': true },
};
/** Only venues with step-free access (`accessible="step-free"`; all named features must be stated). */
export const Accessible: Story = {
  parameters: { group: FILTERS },
  args: { accessible: 'step-free', when: 'all' },
};
export const FilterBarPast: Story = {
  parameters: { group: FILTERS },
  args: { filters: true, when: 'past', limit: 5 },
};
export const StatesAndTypes: Story = {
  parameters: { group: FILTERS },
  args: { state: 'SH MV', type: 'Netzwerktreffen Entwicklungsworkshop' },
};
export const TopicAndNetwork: Story = {
  parameters: { group: FILTERS },
  args: { when: 'all', topic: 'bildungsmonitoring', network: 'wissen-was-zaehlt' },
};
export const TypeWithSpaces: Story = {
  parameters: { group: FILTERS },
  args: { src: feeds.fixture, when: 'all', type: 'Digitale Fachtagung Netzwerktreffen' },
};
export const English: Story = {
  parameters: { group: LANGUAGE },
  args: { locale: 'en', filters: true, limit: 4 },
};
export const EmptyEnglish: Story = {
  parameters: { group: LANGUAGE },
  args: { today: '2027-07-01', state: 'SH', locale: 'en' },
};
export const SubscriptionsEnglish: Story = {
  parameters: { group: LANGUAGE },
  args: { state: 'MV', limit: 3, locale: 'en' },
};
/**
 * The feed's edge cases in December 2026 (test/fixtures/edge-cases.json): all-day, multi-day,
 * month-only tentative, cancelled, postponed, online, location to be announced, long German
 * compound words and eight events on 17 December, in a 320 px column.
 */
export const EdgeCases: Story = {
  parameters: { group: EDGE_CASES },
  args: { src: feeds.edgeCases, width: '320px' },
};
export const Empty: Story = { parameters: { group: STATES }, args: { today: '2027-07-01', state: 'SH' } };
export const EmptyWithFilterBar: Story = {
  parameters: { group: STATES },
  args: { filters: true, type: 'Hospitation', state: 'SH' },
};
/** The feed never answers (after 15 s the element shows the timeout error). */
/**
 * An archive part that cannot be loaded (part `archive-notice`, button `archive-retry`): the
 * events the list already has stay, the sentence names the missing year, and "Erneut versuchen"
 * asks for that part again.
 */
export const ArchivePartFails: Story = {
  parameters: { group: STATES },
  // The parts as a host page may style them.
  decorators: [
    (story) =>
      html`<style>
          event-list::part(archive-notice) {
            font-style: italic;
          }
          event-list::part(archive-retry) {
            border-radius: 2rem;
          }
        </style>
        ${story()}`,
  ],
  args: {
    src: undefined,
    when: 'past',
    today: '2026-12-02',
    feed: {
      version: 1,
      archive: [{ url: 'storybook:offline', from: '2019-01-01', to: '2019-12-31' }],
      events: [{ id: 'split-2025', title: 'Netzwerktreffen Bildungsmonitoring', start: '2025-04-08T10:00' }],
    },
  },
};
export const Loading: Story = { parameters: { group: STATES }, args: { src: feeds.pending } };
/** The server cannot be reached: the error offers a retry. */
export const ErrorOffline: Story = { parameters: { group: STATES }, args: { src: feeds.offline } };
/** The feed address does not exist (HTTP 404). */
export const ErrorNotFound: Story = {
  parameters: { group: STATES },
  args: { src: feeds.missing },
  tags: ['network-error'],
};
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
        event-list::part(error-detail) {
          font-family: monospace;
        }
      </style>
      <event-list src="/nicht-vorhanden.json" debug>
        <p>
          <a href="https://www.transferagentur-nordost.example.org/termine"
            >Alle Termine auf der Seite der Transferagentur</a
          >
        </p>
      </event-list>`,
};
export const Narrow320: Story = {
  parameters: { group: DESIGN },
  args: { filters: true, limit: 3, width: '320px' },
};
/** A feed set from JavaScript (`.feed`): rendered without any fetch. */
export const FeedProperty: Story = {
  parameters: { group: DESIGN },
  args: {
    src: undefined,
    when: 'all',
    feed: {
      version: 1,
      events: [
        { id: 'f-1', title: 'Feed als Objekt', start: '2027-02', tentative: true },
        { id: 'f-2', title: 'Zweiter Termin', start: '2027-03-04T10:00', type: 'Netzwerktreffen' },
      ],
    },
  },
};
/** Every custom property and part, set from the host page. */
export const Theming: Story = {
  parameters: { group: DESIGN },
  args: { filters: true, limit: 2 },
  render: (args, context) =>
    html`<style>
        /* On a wrapper, as on :root: the properties inherit into the element. */
        .theming-demo {
          --bn-accent: #6b1f5c;
          --bn-accent-contrast: #ffffff;
          --bn-text: #1b1b1b;
          --bn-muted: #4a4a4a;
          --bn-border: #6b1f5c;
          --bn-surface: #fbf6fa;
          --bn-danger: #8a1010;
          --bn-radius: 0;
          --bn-space: 1.25rem;
          --bn-font: Georgia, serif;
          --bn-focus: #b8006b;
          --bn-link: #6b1f5c;
          --bn-line-height: 1.6;
          --bn-placeholder-height: 8em;
        }
        .theming-demo event-list::part(month) {
          padding-left: 0.5rem;
          border-left: 4px solid #6b1f5c;
        }
        .theming-demo event-list::part(month-heading) {
          text-transform: uppercase;
        }
        .theming-demo event-list::part(events) {
          gap: 0.5rem;
        }
        .theming-demo event-list::part(changes) {
          outline: 1px dotted currentColor;
        }
        .theming-demo event-list::part(card) {
          border-width: 2px;
        }
        .theming-demo event-list::part(heading) {
          font-size: 1.1em;
        }
        .theming-demo event-list::part(link) {
          text-decoration-thickness: 2px;
        }
        .theming-demo event-list::part(status),
        .theming-demo event-list::part(date),
        .theming-demo event-list::part(location),
        .theming-demo event-list::part(type) {
          letter-spacing: 0.01em;
        }
        .theming-demo event-list::part(subscriptions),
        .theming-demo event-list::part(subscriptions-summary),
        .theming-demo event-list::part(subscription),
        .theming-demo event-list::part(subscription-link),
        .theming-demo event-list::part(copy-field) {
          outline: 1px dotted #6b1f5c;
        }
        .theming-demo event-list::part(more),
        .theming-demo event-list::part(copy-button),
        .theming-demo event-list::part(filter-reset),
        .theming-demo event-list::part(retry) {
          border-radius: 2rem;
        }
        .theming-demo event-list::part(filters) {
          padding: 0.75rem;
          background: #f3e8f0;
        }
        .theming-demo event-list::part(filter-field) {
          flex-basis: 10em;
        }
        .theming-demo event-list::part(filter-label) {
          text-transform: uppercase;
          font-size: 0.85em;
        }
        .theming-demo event-list::part(filter-select) {
          border-color: #6b1f5c;
        }
        .theming-demo event-list::part(filter-status) {
          font-style: italic;
        }
        .theming-demo event-list::part(loading),
        .theming-demo event-list::part(error),
        .theming-demo event-list::part(easy),
        .theming-demo event-list::part(easy-toggle) {
          outline: 1px dotted currentColor;
        }
        .theming-demo event-list::part(empty) {
          border-style: dashed;
        }
      </style>
      <div class="theming-demo">${meta.render!(args, context)}</div>`,
};
