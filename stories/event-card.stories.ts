import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { feeds } from './docs/feeds.js';
import { CONTENT, DATES, DESIGN, EDGE_CASES, LANGUAGE, STATES } from './docs/story-groups.js';

export interface Args {
  src?: string;
  'event-id'?: string;
  variant: 'full' | 'compact';
  'heading-level': number;
  'structured-data': boolean;
  locale?: string;
  'easy-language'?: boolean;
  today?: string;
  loading?: 'eager' | 'lazy';
  debug?: boolean;
  feed?: unknown;
  event?: unknown;
}

const card = (args: Args): TemplateResult =>
  html`<event-card
    src=${ifDefined(args.src)}
    event-id=${ifDefined(args['event-id'])}
    variant=${args.variant}
    heading-level=${args['heading-level']}
    ?structured-data=${args['structured-data']}
    locale=${ifDefined(args.locale)}
    ?easy-language=${args['easy-language']}
    today=${ifDefined(args.today)}
    loading=${ifDefined(args.loading)}
    ?debug=${args.debug ?? false}
    .feed=${args.feed}
    .event=${args.event}
  ></event-card>`;

const meta: Meta<Args> = {
  title: 'Elements/event-card',
  component: 'event-card',
  args: {
    src: 'feeds/sample-feed.json',
    'event-id': 'kiel-2019-09-24',
    variant: 'full',
    'heading-level': 3,
    'structured-data': false,
    locale: 'de',
    today: '2026-11-23',
  },
  argTypes: {
    src: { control: 'text', description: 'Feed URL' },
    'event-id': { control: 'text', description: 'The id of the event; empty: the next upcoming event' },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    'structured-data': {
      control: 'boolean',
      description: 'Emit schema.org Event JSON-LD into the light DOM',
    },
    'easy-language': { control: 'boolean' },
    locale: { control: 'inline-radio', options: ['de', 'en'] },
    today: { control: 'text', description: 'YYYY-MM-DD: the reference date' },
    loading: { control: 'inline-radio', options: ['eager', 'lazy'] },
    debug: { control: 'boolean' },
    feed: { control: 'object' },
    event: { control: 'object' },
  },
  parameters: { actions: { handles: ['feed-load', 'feed-error'] } },
  render: card,
};
export default meta;

type Story = StoryObj<Args>;

const EDGES = 'fixtures/event-card-edges.json';

/** Seed page 001: the Kiel network meeting, every field. */
export const Full: Story = { parameters: { group: CONTENT } };
/**
 * "Zum Kalender hinzufügen" (an upcoming event): a menu button with Apple Kalender (`.ics`),
 * Google Kalender, Outlook.com, Microsoft 365 and the `.ics` download. Keyboard: Enter, Space
 * or ↓ opens on the first item, ↑ on the last; ↓/↑/Home/End move; Escape closes and returns
 * to the button; Tab closes and moves on. The provider items are plain links, built in the
 * browser: nothing is requested from Google or Microsoft before a click. A past event offers
 * nothing; a month-only one says why.
 */
export const CalendarMenu: Story = {
  parameters: { group: CONTENT },
  args: { 'event-id': 'bildungsmanagement-sh-2026-12-08' },
};
/** The teaser used inside `<event-list>` and `<meeting-calendar>`. */
export const Compact: Story = { parameters: { group: CONTENT }, args: { variant: 'compact' } };
export const Online: Story = {
  parameters: { group: CONTENT },
  args: { 'event-id': 'bildungsmonitoring-2020-06-online' },
};
export const Mixed: Story = {
  parameters: { group: CONTENT },
  args: { 'event-id': 'fachtagung-verstetigung-2022-09-20' },
};
/** No location: "Ort wird noch bekanntgegeben". */
export const NoLocation: Story = {
  parameters: { group: CONTENT },
  args: { src: EDGES, 'event-id': 'werkstatt-ohne-ort-2027-04-14' },
};
/** Without `event-id`: the next upcoming event after `today`. */
export const NextUpcoming: Story = { parameters: { group: CONTENT }, args: { 'event-id': undefined } };
/** A split feed (`npx bildungsnetz-widgets build`): an event of 2019 comes from its archive part. */
export const ArchivedEvent: Story = {
  parameters: { group: CONTENT },
  args: { src: 'fixtures/split/out/feed.json', 'event-id': 't2019-09', today: '2026-12-02' },
};
/** Seed page 004: only the month is known, and it is provisional; no calendar entry, with the reason. */
export const MonthOnlyTentative: Story = {
  parameters: { group: DATES },
  args: { 'event-id': 'dkbm-reflexion-2020-12' },
};
export const AllDay: Story = {
  parameters: { group: DATES },
  args: { 'event-id': 'fachtagung-bildungslandschaften-2027-05-20' },
};
export const MultiDay: Story = {
  parameters: { group: DATES },
  args: { 'event-id': 'entwicklungsworkshop-uebergang-2027-01-27' },
};
/**
 * Cancelled, seen before its date: only the cancellation's `.ics` ("Absage in den Kalender
 * übernehmen"), which updates a copy added earlier (same UID, `STATUS:CANCELLED`).
 */
export const Cancelled: Story = {
  parameters: { group: DATES },
  args: { 'event-id': 'bundeskonferenz-2020-05-berlin', today: '2020-05-01' },
};
export const CancelledCompact: Story = {
  parameters: { group: DATES },
  args: { 'event-id': 'bundeskonferenz-2020-05-berlin', variant: 'compact' },
};
export const Postponed: Story = {
  parameters: { group: DATES },
  args: { 'event-id': 'fachtag-fruehkindliche-bildung-2020-03-24' },
};
export const Rescheduled: Story = {
  parameters: { group: DATES },
  args: { src: EDGES, 'event-id': 'bildungsmonitoring-2027-09-rescheduled' },
};
/** A changed event: "Geändert am …: vorher …", in words (also in the compact card). */
export const Changed: Story = {
  parameters: { group: DATES },
  args: { 'event-id': 'bildungsmanagement-sh-2026-12-08' },
};
export const CalendarMenuEnglish: Story = {
  parameters: { group: LANGUAGE },
  args: { 'event-id': 'fachtagung-bildungslandschaften-2027-05-20', locale: 'en' },
};
export const English: Story = { parameters: { group: LANGUAGE }, args: { locale: 'en' } };
/** A venue's stated accessibility as a list in words; unstated facts are not shown. */
export const BarrierFreeVenue: Story = {
  parameters: { group: LANGUAGE },
  args: { 'event-id': 'fachtagung-bildungslandschaften-2027-05-20' },
};
/** In Leichte Sprache (`easy-language`): the title has an easy version, the rest falls back. */
export const LeichteSprache: Story = {
  parameters: { group: LANGUAGE },
  args: { 'event-id': 'bildungsmonitoring-2027-03-potsdam', 'easy-language': true },
};
/** Long German compound words in the title, the summary and the address, in a 320 px column. */
export const LongGermanWords: Story = {
  parameters: { group: LANGUAGE },
  args: { src: feeds.edgeCases, 'event-id': 'edge-lange-woerter' },
  decorators: [(story) => html`<div style="max-width: 320px">${story()}</div>`],
};
/** The brief's bad input: HTML and `javascript:` URLs in every field, shown as text. */
export const BadInput: Story = { parameters: { group: EDGE_CASES }, args: { src: EDGES, 'event-id': 'xss' } };
export const NotFound: Story = { parameters: { group: STATES }, args: { 'event-id': 'gibt-es-nicht' } };
/** No upcoming event after `today`. */
export const Empty: Story = {
  parameters: { group: STATES },
  args: { 'event-id': undefined, today: '2031-01-01' },
};
/** The feed cannot be loaded (404): a sentence and a retry button. */
export const LoadError: Story = {
  parameters: { group: STATES },
  args: { src: 'feeds/gibt-es-nicht.json' },
  tags: ['network-error'],
};
/** A feed that does not answer: the loading placeholder (an error after 15 s). */
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
        event-card::part(error-detail) {
          font-family: monospace;
        }
        event-card::part(past) {
          outline: 2px dotted currentColor;
        }
      </style>
      <event-card src="/nicht-vorhanden.json" debug>
        <p>
          <a href="https://www.transferagentur-nordost.example.org/termine"
            >Alle Termine auf der Seite der Transferagentur</a
          >
        </p>
      </event-card>`,
};
/** Writes `<script type="application/ld+json">` into the element (see the DOM, not the canvas). */
export const StructuredData: Story = { parameters: { group: DESIGN }, args: { 'structured-data': true } };
/** The card inherits the page's text colour: readable on a dark page without any setting. */
export const DarkPage: Story = {
  parameters: { group: DESIGN },
  render: (args) => html`<div style="background: #121212; color: #eeeeee; padding: 1rem">${card(args)}</div>`,
};
/** An event object set from JavaScript: rendered at once, no feed, no fetch. */
export const EventProperty: Story = {
  parameters: { group: DESIGN },
  args: { src: undefined },
  render: (args) =>
    html`<event-card
      variant=${args.variant}
      heading-level=${args['heading-level']}
      ?structured-data=${args['structured-data']}
      locale=${ifDefined(args.locale)}
      ?easy-language=${args['easy-language']}
      .event=${{
        id: 'js-event',
        title: 'Online-Sprechstunde Bildungsmonitoring',
        start: '2027-02-10T14:00',
        end: '2027-02-10T15:00',
        type: 'Sprechstunde',
        attendance: 'online',
        location: { onlineUrl: 'https://konferenz.transferagentur-nordost.example.org/raum/sprechstunde' },
        summary: 'Fragen zum kommunalen Bildungsmonitoring, offen für alle Kommunen.',
      }}
    ></event-card>`,
};
/** Every custom property of <event-card> set, and every part outlined, from the host page. */
export const Theming: Story = {
  parameters: { group: DESIGN },
  decorators: [
    (story) =>
      html`<style>
          /* On a wrapper, as on :root: the properties inherit into the element. */
          .theming-demo {
            --bn-accent: #6b1f5c;
            --bn-accent-contrast: #ffffff;
            --bn-link: #6b1f5c;
            --bn-text: #1b1b1b;
            --bn-muted: #4a4a4a;
            --bn-border: #6b1f5c;
            --bn-surface: #fbf6fa;
            --bn-danger: #8a1010;
            --bn-radius: 0;
            --bn-space: 1.25rem;
            --bn-font: Georgia, serif;
            --bn-focus: #b8006b;
            --bn-line-height: 1.6;
            --bn-placeholder-height: 8em;
            --bn-menu-background: #fbf6fa;
            --bn-menu-text: #1b1b1b;
          }
          .theming-demo event-card::part(changes),
          .theming-demo event-card::part(accessibility) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo event-card::part(card) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo event-card::part(heading) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo event-card::part(status) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo event-card::part(date) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo event-card::part(location) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo event-card::part(type) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo event-card::part(image) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo event-card::part(summary) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo event-card::part(facts) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo event-card::part(description) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo event-card::part(section-heading) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo event-card::part(agenda) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo event-card::part(speakers) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo event-card::part(contact) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo event-card::part(downloads) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo event-card::part(actions) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo event-card::part(calendar-button) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo event-card::part(calendar-note) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo event-card::part(calendar-menu) {
            border-color: #6b1f5c;
          }
          .theming-demo event-card::part(calendar-item) {
            font-weight: 700;
          }
          /* Shown only in an in-app browser (Instagram, Facebook, LinkedIn). */
          .theming-demo event-card::part(calendar-hint),
          .theming-demo event-card::part(copy-field),
          .theming-demo event-card::part(copy-button) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo event-card::part(link) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo event-card::part(loading) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo event-card::part(error) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo event-card::part(retry) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo event-card::part(easy),
          .theming-demo event-card::part(easy-toggle) {
            outline: 1px dotted currentColor;
          }
          .theming-demo event-card::part(empty) {
            outline: 1px dotted #6b1f5c;
          }
        </style>
        <div class="theming-demo">${story()}</div>`,
  ],
};
