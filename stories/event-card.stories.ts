import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { feedLoader } from '../src/data/load.js';

export interface Args {
  src?: string;
  'event-id'?: string;
  variant: 'full' | 'compact';
  'heading-level': number;
  'structured-data': boolean;
  locale?: string;
  today?: string;
}

const card = (args: Args): TemplateResult =>
  html`<event-card
    src=${ifDefined(args.src)}
    event-id=${ifDefined(args['event-id'])}
    variant=${args.variant}
    heading-level=${args['heading-level']}
    ?structured-data=${args['structured-data']}
    locale=${ifDefined(args.locale)}
    today=${ifDefined(args.today)}
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
    locale: { control: 'inline-radio', options: ['de', 'en'] },
    today: { control: 'text', description: 'YYYY-MM-DD: the reference date' },
  },
  render: card,
};
export default meta;

type Story = StoryObj<Args>;

const EDGES = 'fixtures/event-card-edges.json';

/** Seed page 001: the Kiel network meeting, every field. */
export const Full: Story = {};
/** The teaser used inside `<event-list>` and `<meeting-calendar>`. */
export const Compact: Story = { args: { variant: 'compact' } };
/** Seed page 004: only the month is known, and it is provisional; no calendar entry, with the reason. */
export const MonthOnlyTentative: Story = { args: { 'event-id': 'dkbm-reflexion-2020-12' } };
export const AllDay: Story = { args: { 'event-id': 'fachtagung-bildungslandschaften-2027-05-20' } };
export const MultiDay: Story = { args: { 'event-id': 'entwicklungsworkshop-uebergang-2027-01-27' } };
export const Cancelled: Story = { args: { 'event-id': 'bundeskonferenz-2020-05-berlin' } };
export const CancelledCompact: Story = {
  args: { 'event-id': 'bundeskonferenz-2020-05-berlin', variant: 'compact' },
};
export const Postponed: Story = { args: { 'event-id': 'fachtag-fruehkindliche-bildung-2020-03-24' } };
export const Rescheduled: Story = {
  args: { src: EDGES, 'event-id': 'bildungsmonitoring-2027-09-rescheduled' },
};
export const Online: Story = { args: { 'event-id': 'bildungsmonitoring-2020-06-online' } };
export const Mixed: Story = { args: { 'event-id': 'fachtagung-verstetigung-2022-09-20' } };
/** No location: "Ort wird noch bekanntgegeben". */
export const NoLocation: Story = { args: { src: EDGES, 'event-id': 'werkstatt-ohne-ort-2027-04-14' } };
export const English: Story = { args: { locale: 'en' } };
/** Writes `<script type="application/ld+json">` into the element (see the DOM, not the canvas). */
export const StructuredData: Story = { args: { 'structured-data': true } };
/** Without `event-id`: the next upcoming event after `today`. */
export const NextUpcoming: Story = { args: { 'event-id': undefined } };
/** The brief's bad input: HTML and `javascript:` URLs in every field, shown as text. */
export const BadInput: Story = { args: { src: EDGES, 'event-id': 'xss' } };
export const NotFound: Story = { args: { 'event-id': 'gibt-es-nicht' } };
/** No upcoming event after `today`. */
export const Empty: Story = { args: { 'event-id': undefined, today: '2031-01-01' } };
/** The feed cannot be loaded (404): a sentence and a retry button. */
export const LoadError: Story = { args: { src: 'feeds/gibt-es-nicht.json' } };

const NEVER = 'never-answers.json';
/** A feed that does not answer: the loading placeholder (an error after 15 s). */
export const Loading: Story = {
  args: { src: `feeds/${NEVER}` },
  render: (args) => {
    feedLoader.setFetch((url, init) =>
      url.endsWith(NEVER) ? new Promise<Response>(() => {}) : fetch(url, init),
    );
    return card(args);
  },
};

/** The card inherits the page's text colour: readable on a dark page without any setting. */
export const DarkPage: Story = {
  render: (args) => html`<div style="background: #121212; color: #eeeeee; padding: 1rem">${card(args)}</div>`,
};

/** An event object set from JavaScript: rendered at once, no feed, no fetch. */
export const EventProperty: Story = {
  args: { src: undefined },
  render: (args) =>
    html`<event-card
      variant=${args.variant}
      heading-level=${args['heading-level']}
      ?structured-data=${args['structured-data']}
      locale=${ifDefined(args.locale)}
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
