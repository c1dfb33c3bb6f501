import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { HANGING_FEED, dataFeed } from './hanging-feed.js';
import { CONTENT, DESIGN, EDGE_CASES, LANGUAGE, STATES } from './docs/story-groups.js';

interface Args {
  src: string;
  'programme-id'?: string;
  'heading-level': number;
  locale?: string;
  'easy-language'?: boolean;
  today?: string;
  loading?: 'eager' | 'lazy';
  debug?: boolean;
  feed?: unknown;
}

const meta: Meta<Args> = {
  title: 'Elements/programme-overview',
  component: 'programme-overview',
  args: { src: 'feeds/sample-feed.json', 'programme-id': 'transferagentur-nord-ost', 'heading-level': 3 },
  argTypes: {
    'programme-id': {
      control: 'select',
      options: [undefined, 'transferagentur-nord-ost', 'bildung-integriert', 'gibt-es-nicht'],
    },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    'easy-language': { control: 'boolean' },
    locale: { control: 'inline-radio', options: ['de', 'en'] },
    today: { control: 'text' },
    loading: { control: 'inline-radio', options: ['eager', 'lazy'] },
    debug: { control: 'boolean' },
    feed: { control: 'object' },
  },
  parameters: { actions: { handles: ['feed-load', 'feed-error'] } },
  render: (args) =>
    html`<programme-overview
      src=${args.src}
      programme-id=${ifDefined(args['programme-id'])}
      heading-level=${args['heading-level']}
      locale=${ifDefined(args.locale)}
      ?easy-language=${args['easy-language']}
      today=${ifDefined(args.today)}
      loading=${ifDefined(args.loading)}
      ?debug=${args.debug ?? false}
      .feed=${args.feed}
    ></programme-overview>`,
};
export default meta;

type Story = StoryObj<Args>;

/** "Programm im Überblick" of the Transferagentur Nord-Ost: 2014–2020, BMBF and DLR. */
export const TransferagenturNordOst: Story = { parameters: { group: CONTENT } };
export const BildungIntegriert: Story = {
  parameters: { group: CONTENT },
  args: { 'programme-id': 'bildung-integriert' },
};
export const English: Story = { parameters: { group: LANGUAGE }, args: { locale: 'en' } };
/** Only a name and an open period: the list shows what there is. */
export const Minimal: Story = {
  parameters: { group: EDGE_CASES },
  args: {
    src: dataFeed({
      version: 1,
      programmes: [{ id: 'p', name: 'Neues Programm', period: { from: '2024' } }],
    }),
    'programme-id': undefined,
  },
};
export const NotFound: Story = { parameters: { group: STATES }, args: { 'programme-id': 'gibt-es-nicht' } };
export const EmptyFeed: Story = {
  parameters: { group: STATES },
  args: { src: dataFeed({ version: 1 }), 'programme-id': undefined },
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
        programme-overview::part(error-detail) {
          font-family: monospace;
        }
      </style>
      <programme-overview src="/nicht-vorhanden.json" debug>
        <p>
          <a href="https://www.transferagentur-nordost.example.org/termine"
            >Alle Termine auf der Seite der Transferagentur</a
          >
        </p>
      </programme-overview>`,
};
/** Every custom property of <programme-overview> set, and every part outlined, from the host page. */
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
          .theming-demo programme-overview::part(overview) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo programme-overview::part(heading) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo programme-overview::part(facts) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo programme-overview::part(link) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo programme-overview::part(loading) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo programme-overview::part(error) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo programme-overview::part(retry) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo programme-overview::part(easy),
          .theming-demo programme-overview::part(easy-toggle) {
            outline: 1px dotted currentColor;
          }
          .theming-demo programme-overview::part(empty) {
            outline: 1px dotted #6b1f5c;
          }
        </style>
        <div class="theming-demo">${story()}</div>`,
  ],
};
