import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { HANGING_FEED, dataFeed } from './hanging-feed.js';
import { CONTENT, DESIGN, LANGUAGE, STATES } from './docs/story-groups.js';

interface Args {
  src: string;
  'post-id'?: string;
  'heading-level': number;
  locale?: string;
  'easy-language'?: boolean;
  today?: string;
  loading?: 'eager' | 'lazy';
  debug?: boolean;
  feed?: unknown;
}

const meta: Meta<Args> = {
  title: 'Elements/news-card',
  component: 'news-card',
  args: {
    src: 'feeds/sample-feed.json',
    'post-id': '5-jahre-netzwerktreffen-bildungsmonitoring',
    'heading-level': 3,
    today: '2026-11-23',
  },
  argTypes: {
    'post-id': { control: 'select', options: [undefined, '5-jahre-netzwerktreffen-bildungsmonitoring'] },
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
    html`<news-card
      src=${args.src}
      post-id=${ifDefined(args['post-id'])}
      heading-level=${args['heading-level']}
      locale=${ifDefined(args.locale)}
      ?easy-language=${args['easy-language']}
      loading=${ifDefined(args.loading)}
      ?debug=${args.debug ?? false}
      .feed=${args.feed}
      today=${ifDefined(args.today)}
    ></news-card>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The seed article: body, image with credit line and the participation chart in place. */
export const RueckblickUndAusblick: Story = { parameters: { group: CONTENT } };
/** Without `post-id`: the newest post. */
export const Newest: Story = { parameters: { group: CONTENT }, args: { 'post-id': undefined } };
/** In Leichte Sprache: title and summary have easy versions, the body falls back to the standard text. */
export const LeichteSprache: Story = { parameters: { group: LANGUAGE }, args: { 'easy-language': true } };
export const English: Story = { parameters: { group: LANGUAGE }, args: { locale: 'en' } };
export const NotFound: Story = { parameters: { group: STATES }, args: { 'post-id': 'gibt-es-nicht' } };
export const EmptyFeed: Story = {
  parameters: { group: STATES },
  args: { src: dataFeed({ version: 1 }), 'post-id': undefined },
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
        news-card::part(error-detail) {
          font-family: monospace;
        }
      </style>
      <news-card src="/nicht-vorhanden.json" debug>
        <p>
          <a href="https://www.transferagentur-nordost.example.org/aktuelles"
            >Alle Beiträge auf der Seite der Transferagentur</a
          >
        </p>
      </news-card>`,
};
/** Every custom property of <news-card> set, and every part outlined, from the host page. */
export const Theming: Story = {
  parameters: { group: DESIGN },
  decorators: [
    (story) =>
      html`<style>
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
          .theming-demo news-card::part(post),
          .theming-demo news-card::part(heading),
          .theming-demo news-card::part(date),
          .theming-demo news-card::part(image),
          .theming-demo news-card::part(credit),
          .theming-demo news-card::part(summary),
          .theming-demo news-card::part(body),
          .theming-demo news-card::part(chart),
          .theming-demo news-card::part(topics),
          .theming-demo news-card::part(link),
          .theming-demo news-card::part(easy),
          .theming-demo news-card::part(easy-toggle),
          .theming-demo news-card::part(loading),
          .theming-demo news-card::part(error),
          .theming-demo news-card::part(retry),
          .theming-demo news-card::part(empty) {
            outline: 1px dotted #6b1f5c;
          }
        </style>
        <div class="theming-demo">${story()}</div>`,
  ],
};
