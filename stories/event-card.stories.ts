import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { feeds, storyToday } from './docs/feeds.js';

interface Args {
  src?: string;
  'event-id'?: string;
  variant: 'full' | 'compact';
  'heading-level': number;
  locale?: string;
  today?: string;
  feed?: unknown;
  event?: unknown;
  loading?: 'eager' | 'lazy';
}

const meta: Meta<Args> = {
  title: 'Elements/event-card',
  component: 'event-card',
  args: {
    src: feeds.sample,
    'event-id': 'kiel-2019-09-24',
    variant: 'full',
    'heading-level': 3,
    today: storyToday,
  },
  argTypes: {
    src: { control: 'text' },
    'event-id': { control: 'text' },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    locale: { control: 'inline-radio', options: ['de', 'en'] },
    today: { control: 'text' },
    loading: { control: 'inline-radio', options: ['eager', 'lazy'] },
    feed: { control: 'object' },
    event: { control: 'object' },
  },
  parameters: { actions: { handles: ['feed-load', 'feed-error'] } },
  render: (args) =>
    html`<event-card
      src=${ifDefined(args.src)}
      event-id=${ifDefined(args['event-id'])}
      variant=${args.variant}
      heading-level=${args['heading-level']}
      locale=${ifDefined(args.locale)}
      today=${ifDefined(args.today)}
      loading=${ifDefined(args.loading)}
      .feed=${args.feed}
      .event=${args.event}
    ></event-card>`,
};
export default meta;

type Story = StoryObj<Args>;

/** One event of the sample feed, with every control. */
export const Full: Story = {};
export const Compact: Story = { args: { variant: 'compact' } };
export const English: Story = { args: { locale: 'en' } };
/** Without `event-id`: the next upcoming event after `today`. */
export const NextUpcoming: Story = { args: { 'event-id': undefined } };

// The feed's edge cases (test/fixtures/edge-cases.json).
export const AllDay: Story = { args: { src: feeds.edgeCases, 'event-id': 'edge-ganztaegig' } };
export const MultiDay: Story = { args: { src: feeds.edgeCases, 'event-id': 'edge-mehrtaegig' } };
export const MonthOnlyTentative: Story = { args: { 'event-id': 'dkbm-reflexion-2020-12' } };
export const Cancelled: Story = { args: { src: feeds.edgeCases, 'event-id': 'edge-abgesagt' } };
export const Postponed: Story = { args: { src: feeds.edgeCases, 'event-id': 'edge-verschoben' } };
export const Online: Story = { args: { src: feeds.edgeCases, 'event-id': 'edge-online' } };
export const LocationToBeAnnounced: Story = { args: { src: feeds.edgeCases, 'event-id': 'edge-ort-offen' } };
export const LongGermanWords: Story = {
  args: { src: feeds.edgeCases, 'event-id': 'edge-lange-woerter' },
  decorators: [(story) => html`<div style="max-width: 320px">${story()}</div>`],
};

// States.
/** The feed never answers (after 15 s the element shows the timeout error). */
export const Loading: Story = { args: { src: feeds.pending } };
/** The feed address does not exist (HTTP 404): no retry button, the address must be fixed. */
export const ErrorNotFound: Story = { args: { src: feeds.missing }, tags: ['network-error'] };
/** The server cannot be reached: the error offers a retry. */
export const ErrorOffline: Story = { args: { src: feeds.offline } };
export const ErrorWrongVersion: Story = { args: { src: feeds.version2 } };
/** No upcoming event in the feed. */
export const Empty: Story = { args: { src: feeds.empty, 'event-id': undefined } };
export const EventNotInFeed: Story = { args: { 'event-id': 'gibt-es-nicht' } };

/** An event object set from JavaScript (`.event`): rendered without any fetch. */
export const EventProperty: Story = {
  args: {
    src: undefined,
    'event-id': undefined,
    event: {
      id: 'js-1',
      title: 'Aus JavaScript gesetzt',
      start: '2026-12-01T10:00',
      type: 'Netzwerktreffen',
    },
  },
};
/** A whole feed set from JavaScript (`.feed`). */
export const FeedProperty: Story = {
  args: {
    src: undefined,
    'event-id': 'f-1',
    feed: {
      version: 1,
      events: [{ id: 'f-1', title: 'Feed als Objekt', start: '2027-02', tentative: true }],
    },
  },
};

/** Every custom property and part, set from the host page. */
export const Theming: Story = {
  render: (args) =>
    html`<style>
        .theming-demo event-card {
          --bn-accent: #6b1f5c;
          --bn-text: #1b1b1b;
          --bn-muted: #4a4a4a;
          --bn-border: #6b1f5c;
          --bn-surface: #fbf6fa;
          --bn-danger: #8a1010;
          --bn-radius: 0;
          --bn-space: 1.25rem;
          --bn-font: Georgia, serif;
          --bn-focus: #b8006b;
        }
        .theming-demo event-card::part(card) {
          border-width: 3px;
        }
        .theming-demo event-card::part(heading) {
          letter-spacing: 0.02em;
        }
        .theming-demo event-card::part(status),
        .theming-demo event-card::part(type) {
          text-transform: uppercase;
        }
        .theming-demo event-card::part(date),
        .theming-demo event-card::part(location) {
          font-style: italic;
        }
        .theming-demo event-card::part(loading),
        .theming-demo event-card::part(error),
        .theming-demo event-card::part(empty) {
          border: 2px dashed currentColor;
        }
        .theming-demo event-card::part(retry) {
          font-weight: bold;
        }
      </style>
      <div class="theming-demo">
        <event-card
          src=${ifDefined(args.src)}
          event-id="bundeskonferenz-2020-05-berlin"
          today=${ifDefined(args.today)}
        ></event-card>
        <event-card src=${feeds.offline}></event-card>
      </div>`,
};
