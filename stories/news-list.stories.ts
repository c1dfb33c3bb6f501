import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { HANGING_FEED, dataFeed } from './hanging-feed.js';
import { CONTENT, DESIGN, FILTERS, LANGUAGE, STATES } from './docs/story-groups.js';

interface Args {
  src: string;
  topic?: string;
  network?: string;
  limit?: number;
  'heading-level': number;
  locale?: string;
  'easy-language'?: boolean;
  today?: string;
  loading?: 'eager' | 'lazy';
  debug?: boolean;
  feed?: unknown;
}

/** Story data: four posts (made up for the story, not the agency's), to show order, filters and "Weitere Beiträge". */
const POSTS = {
  version: 1,
  topics: [
    { id: 'bildungsmonitoring', label: 'Bildungsmonitoring' },
    { id: 'fruehkindliche-bildung', label: 'Frühkindliche Bildung' },
  ],
  networks: [
    { id: 'wissen-was-zaehlt', name: 'Wissen, was zählt!', shortName: 'Netzwerk Bildungsmonitoring' },
  ],
  posts: [
    {
      id: 'a',
      title: 'Beispielbeitrag A',
      date: '2021-02-02',
      summary: 'Ein Beispiel.',
      topics: ['bildungsmonitoring'],
    },
    { id: 'b', title: 'Beispielbeitrag B', date: '2022-06-01', topics: ['fruehkindliche-bildung'] },
    { id: 'c', title: 'Beispielbeitrag C', date: '2023-03', networks: ['wissen-was-zaehlt'] },
    {
      id: 'd',
      title: 'Beispielbeitrag D',
      date: '2024-11-20',
      easy: { title: 'Beispiel in Leichter Sprache' },
    },
  ],
};

const meta: Meta<Args> = {
  title: 'Elements/news-list',
  component: 'news-list',
  args: { src: 'feeds/sample-feed.json', 'heading-level': 3, today: '2026-11-23' },
  argTypes: {
    topic: { control: 'select', options: [undefined, 'bildungsmonitoring', 'fruehkindliche-bildung'] },
    network: { control: 'select', options: [undefined, 'wissen-was-zaehlt'] },
    limit: { control: { type: 'number', min: 1 } },
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
    html`<news-list
      src=${args.src}
      topic=${ifDefined(args.topic)}
      network=${ifDefined(args.network)}
      limit=${ifDefined(args.limit)}
      heading-level=${args['heading-level']}
      locale=${ifDefined(args.locale)}
      ?easy-language=${args['easy-language']}
      loading=${ifDefined(args.loading)}
      ?debug=${args.debug ?? false}
      .feed=${args.feed}
      today=${ifDefined(args.today)}
    ></news-list>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The sample feed's post (the seed article), as a teaser. */
export const SampleFeed: Story = { parameters: { group: CONTENT } };
/** Newest first; two at a time with "Weitere Beiträge". */
export const WeitereBeitraege: Story = {
  parameters: { group: CONTENT },
  args: { src: dataFeed(POSTS), limit: 2 },
};
export const ByTopic: Story = {
  parameters: { group: FILTERS },
  args: { src: dataFeed(POSTS), topic: 'bildungsmonitoring' },
};
export const ByNetwork: Story = {
  parameters: { group: FILTERS },
  args: { src: dataFeed(POSTS), network: 'wissen-was-zaehlt' },
};
export const LeichteSprache: Story = {
  parameters: { group: LANGUAGE },
  args: { src: dataFeed(POSTS), 'easy-language': true },
};
export const English: Story = { parameters: { group: LANGUAGE }, args: { locale: 'en' } };
export const NoMatch: Story = {
  parameters: { group: STATES },
  args: { src: dataFeed(POSTS), topic: 'gibt-es-nicht' },
};
export const EmptyFeed: Story = { parameters: { group: STATES }, args: { src: dataFeed({ version: 1 }) } };
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
        news-list::part(error-detail) {
          font-family: monospace;
        }
      </style>
      <news-list src="/nicht-vorhanden.json" debug>
        <p>
          <a href="https://www.transferagentur-nordost.example.org/aktuelles"
            >Alle Beiträge auf der Seite der Transferagentur</a
          >
        </p>
      </news-list>`,
};
/** Every custom property of <news-list> set, and every part outlined, from the host page. */
export const Theming: Story = {
  parameters: { group: DESIGN },
  args: { src: dataFeed(POSTS), limit: 2 },
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
          .theming-demo news-list::part(list),
          .theming-demo news-list::part(post),
          .theming-demo news-list::part(heading),
          .theming-demo news-list::part(date),
          .theming-demo news-list::part(image),
          .theming-demo news-list::part(credit),
          .theming-demo news-list::part(summary),
          .theming-demo news-list::part(topics),
          .theming-demo news-list::part(link),
          .theming-demo news-list::part(more),
          .theming-demo news-list::part(easy),
          .theming-demo news-list::part(easy-toggle),
          .theming-demo news-list::part(loading),
          .theming-demo news-list::part(error),
          .theming-demo news-list::part(retry),
          .theming-demo news-list::part(empty) {
            outline: 1px dotted #6b1f5c;
          }
        </style>
        <div class="theming-demo">${story()}</div>`,
  ],
};
