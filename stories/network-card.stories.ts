import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { HANGING_FEED, dataFeed } from './hanging-feed.js';
import { CONTENT, DESIGN, LANGUAGE, STATES } from './docs/story-groups.js';

interface Args {
  src: string;
  'network-id'?: string;
  'heading-level': number;
  locale?: string;
  'easy-language'?: boolean;
  today?: string;
  loading?: 'eager' | 'lazy';
  debug?: boolean;
  feed?: unknown;
}

const meta: Meta<Args> = {
  title: 'Elements/network-card',
  component: 'network-card',
  args: {
    src: 'feeds/sample-feed.json',
    'network-id': 'wissen-was-zaehlt',
    'heading-level': 3,
    today: '2026-11-23',
  },
  argTypes: {
    'network-id': {
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
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    'easy-language': { control: 'boolean' },
    locale: { control: 'inline-radio', options: ['de', 'en'] },
    loading: { control: 'inline-radio', options: ['eager', 'lazy'] },
    debug: { control: 'boolean' },
    feed: { control: 'object' },
    today: { control: 'text' },
  },
  parameters: { actions: { handles: ['feed-load', 'feed-error'] } },
  render: (args) =>
    html`<network-card
      src=${args.src}
      network-id=${ifDefined(args['network-id'])}
      heading-level=${args['heading-level']}
      locale=${ifDefined(args.locale)}
      ?easy-language=${args['easy-language']}
      loading=${ifDefined(args.loading)}
      ?debug=${args.debug ?? false}
      .feed=${args.feed}
      today=${ifDefined(args.today)}
    ></network-card>`,
};
export default meta;

type Story = StoryObj<Args>;

export const WissenWasZaehlt: Story = { parameters: { group: CONTENT } };
/** Without `network-id`: the feed's first network (no meeting planned). */
export const FirstNetwork: Story = { parameters: { group: CONTENT }, args: { 'network-id': undefined } };
export const English: Story = { parameters: { group: LANGUAGE }, args: { locale: 'en' } };
export const NotFound: Story = { parameters: { group: STATES }, args: { 'network-id': 'gibt-es-nicht' } };
export const EmptyFeed: Story = {
  parameters: { group: STATES },
  args: { src: dataFeed({ version: 1 }), 'network-id': undefined },
};
export const Loading: Story = { parameters: { group: STATES }, args: { src: HANGING_FEED } };
export const Error: Story = {
  parameters: { group: STATES },
  args: { src: 'feeds/does-not-exist.json' },
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
        network-card::part(error-detail) {
          font-family: monospace;
        }
      </style>
      <network-card src="/nicht-vorhanden.json" debug>
        <p>
          <a href="https://www.transferagentur-nordost.example.org/termine"
            >Alle Termine auf der Seite der Transferagentur</a
          >
        </p>
      </network-card>`,
};
/** Every custom property of <network-card> set, and every part outlined, from the host page. */
export const Theming: Story = {
  parameters: { group: DESIGN },
  decorators: [
    (story) =>
      html`<style>
          /* On a wrapper, as on :root: the properties inherit into the element. */
          .theming-demo {
            --bn-accent: #6b1f5c;
            --bn-text: #1b1b1b;
            --bn-muted: #4a4a4a;
            --bn-border: #6b1f5c;
            --bn-surface: #fbf6fa;
            --bn-radius: 0;
            --bn-space: 1.25rem;
            --bn-font: Georgia, serif;
            --bn-focus: #b8006b;
            --bn-accent-contrast: #ffffff;
            --bn-link: #6b1f5c;
            --bn-danger: #8a1010;
            --bn-line-height: 1.6;
            --bn-placeholder-height: 8em;
          }
          .theming-demo network-card::part(network) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo network-card::part(heading) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo network-card::part(facts) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo network-card::part(members) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo network-card::part(link) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo network-card::part(loading) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo network-card::part(error) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo network-card::part(retry) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo network-card::part(easy),
          .theming-demo network-card::part(easy-toggle) {
            outline: 1px dotted currentColor;
          }
          .theming-demo network-card::part(empty) {
            outline: 1px dotted #6b1f5c;
          }
        </style>
        <div class="theming-demo">${story()}</div>`,
  ],
};
