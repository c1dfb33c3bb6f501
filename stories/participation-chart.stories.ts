import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { HANGING_FEED, dataFeed } from './hanging-feed.js';
import { CONTENT, DESIGN, LANGUAGE, STATES } from './docs/story-groups.js';

interface Args {
  src: string;
  network?: string;
  metric: 'municipalities' | 'people';
  locale?: string;
  'easy-language'?: boolean;
  today?: string;
  /** Story only: the width of the container, to see columns turn into horizontal bars. */
  width: number;
  loading?: 'eager' | 'lazy';
  debug?: boolean;
  feed?: unknown;
}

const meta: Meta<Args> = {
  title: 'Elements/participation-chart',
  component: 'participation-chart',
  args: { src: 'feeds/sample-feed.json', network: 'wissen-was-zaehlt', metric: 'municipalities', width: 800 },
  argTypes: {
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
    metric: { control: 'inline-radio', options: ['municipalities', 'people'] },
    'easy-language': { control: 'boolean' },
    locale: { control: 'inline-radio', options: ['de', 'en'] },
    today: { control: 'text' },
    loading: { control: 'inline-radio', options: ['eager', 'lazy'] },
    debug: { control: 'boolean' },
    feed: { control: 'object' },
    width: { control: { type: 'range', min: 280, max: 1000, step: 10 } },
  },
  parameters: { actions: { handles: ['feed-load', 'feed-error'] } },
  render: (args) =>
    html`<div style=${`max-width: ${args.width}px`}>
      <participation-chart
        src=${args.src}
        network=${ifDefined(args.network)}
        metric=${args.metric}
        locale=${ifDefined(args.locale)}
        ?easy-language=${args['easy-language']}
        today=${ifDefined(args.today)}
        loading=${ifDefined(args.loading)}
        ?debug=${args.debug ?? false}
        .feed=${args.feed}
      ></participation-chart>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** "Teilnahme am Netzwerk Bildungsmonitoring seit 2016": columns in a wide container. */
export const Municipalities: Story = { parameters: { group: CONTENT } };
export const People: Story = { parameters: { group: CONTENT }, args: { metric: 'people' } };
/** Without `network`: the first network with participation data. */
export const FirstNetwork: Story = { parameters: { group: CONTENT }, args: { network: undefined } };
export const English: Story = { parameters: { group: LANGUAGE }, args: { locale: 'en' } };
export const NotFound: Story = { parameters: { group: STATES }, args: { network: 'gibt-es-nicht' } };
export const NoFigures: Story = {
  parameters: { group: STATES },
  args: { src: dataFeed({ version: 1, networks: [{ id: 'n', name: 'Neues Netzwerk' }] }), network: 'n' },
};
export const EmptyFeed: Story = {
  parameters: { group: STATES },
  args: { src: dataFeed({ version: 1 }), network: undefined },
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
        participation-chart::part(error-detail) {
          font-family: monospace;
        }
      </style>
      <participation-chart src="/nicht-vorhanden.json" debug>
        <p>
          <a href="https://www.transferagentur-nordost.example.org/termine"
            >Alle Termine auf der Seite der Transferagentur</a
          >
        </p>
      </participation-chart>`,
};
/** At 320 px the columns become horizontal bars. */
export const Narrow: Story = { parameters: { group: DESIGN }, args: { width: 320 } };
/** Every custom property of <participation-chart> set, and every part outlined, from the host page. */
export const Theming: Story = {
  parameters: { group: DESIGN },
  decorators: [
    (story) =>
      html`<style>
          /* On a wrapper, as on :root: the properties inherit into the element. */
          .theming-demo {
            --bn-chart-bar: #6b1f5c;
            --bn-chart-axis: #1b1b1b;
            --bn-chart-grid: #d9c8d5;
            --bn-chart-text: #1b1b1b;
            --bn-accent: #6b1f5c;
            --bn-accent-contrast: #ffffff;
            --bn-text: #1b1b1b;
            --bn-muted: #4a4a4a;
            --bn-border: #6b1f5c;
            --bn-radius: 0;
            --bn-space: 1.25rem;
            --bn-font: Georgia, serif;
            --bn-focus: #b8006b;
            --bn-link: #6b1f5c;
            --bn-danger: #8a1010;
            --bn-line-height: 1.6;
            --bn-placeholder-height: 8em;
          }
          .theming-demo participation-chart::part(figure) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo participation-chart::part(caption) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo participation-chart::part(chart) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo participation-chart::part(toggle) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo participation-chart::part(table) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo participation-chart::part(loading) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo participation-chart::part(error) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo participation-chart::part(retry) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo participation-chart::part(easy),
          .theming-demo participation-chart::part(easy-toggle) {
            outline: 1px dotted currentColor;
          }
          .theming-demo participation-chart::part(empty) {
            outline: 1px dotted #6b1f5c;
          }
        </style>
        <div class="theming-demo">${story()}</div>`,
  ],
};
