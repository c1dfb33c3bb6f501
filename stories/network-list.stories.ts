import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { HANGING_FEED, dataFeed } from './hanging-feed.js';
import { CONTENT, DESIGN, EDGE_CASES, FILTERS, LANGUAGE, STATES } from './docs/story-groups.js';

interface Args {
  src: string;
  state?: string;
  topic?: string;
  office?: string;
  'heading-level': number;
  locale?: string;
  'easy-language'?: boolean;
  today?: string;
  loading?: 'eager' | 'lazy';
  debug?: boolean;
  feed?: unknown;
}

const meta: Meta<Args> = {
  title: 'Elements/network-list',
  component: 'network-list',
  args: { src: 'feeds/sample-feed.json', 'heading-level': 3, today: '2026-11-23' },
  argTypes: {
    state: { control: 'text', description: 'Space-separated state codes, e.g. `BB MV`' },
    topic: { control: 'text', description: 'Space-separated topic ids, e.g. `bildungsmonitoring`' },
    office: {
      control: 'select',
      options: [
        undefined,
        'regionalbuero-brandenburg',
        'regionalbuero-mecklenburg-vorpommern',
        'regionalbuero-schleswig-holstein',
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
    html`<network-list
      src=${args.src}
      state=${ifDefined(args.state)}
      topic=${ifDefined(args.topic)}
      office=${ifDefined(args.office)}
      heading-level=${args['heading-level']}
      locale=${ifDefined(args.locale)}
      ?easy-language=${args['easy-language']}
      loading=${ifDefined(args.loading)}
      ?debug=${args.debug ?? false}
      .feed=${args.feed}
      today=${ifDefined(args.today)}
    ></network-list>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Every network of the sample feed; next meetings relative to 23 November 2026. */
export const All: Story = { parameters: { group: CONTENT } };
/** After every planned meeting: "Kein Termin geplant". */
export const NoMeetingPlanned: Story = { parameters: { group: CONTENT }, args: { today: '2028-01-01' } };
export const Brandenburg: Story = { parameters: { group: FILTERS }, args: { state: 'BB' } };
export const ByTopic: Story = { parameters: { group: FILTERS }, args: { topic: 'digitalisierung' } };
export const ByOffice: Story = {
  parameters: { group: FILTERS },
  args: { office: 'regionalbuero-brandenburg' },
};
export const English: Story = { parameters: { group: LANGUAGE }, args: { locale: 'en', state: 'SH' } };
/** A network with only a name: every optional field absent, no members, no meeting. */
export const MinimalNetwork: Story = {
  parameters: { group: EDGE_CASES },
  args: { src: dataFeed({ version: 1, networks: [{ id: 'neu', name: 'Neues Netzwerk' }] }) },
};
/** A filter that matches nothing names itself. */
export const EmptyFilter: Story = {
  parameters: { group: STATES },
  args: { state: 'BE', topic: 'digitalisierung' },
};
export const EmptyFeed: Story = { parameters: { group: STATES }, args: { src: dataFeed({ version: 1 }) } };
export const Loading: Story = { parameters: { group: STATES }, args: { src: HANGING_FEED } };
/** A feed that is not there: the error state with a retry button. */
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
        network-list::part(error-detail) {
          font-family: monospace;
        }
      </style>
      <network-list src="/nicht-vorhanden.json" debug>
        <p>
          <a href="https://www.transferagentur-nordost.example.org/termine"
            >Alle Termine auf der Seite der Transferagentur</a
          >
        </p>
      </network-list>`,
};
/** Every custom property of <network-list> set, and every part outlined, from the host page. */
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
          .theming-demo network-list::part(list) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo network-list::part(network) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo network-list::part(heading) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo network-list::part(facts) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo network-list::part(members) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo network-list::part(link) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo network-list::part(loading) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo network-list::part(error) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo network-list::part(retry) {
            outline: 1px dotted #6b1f5c;
          }
          .theming-demo network-list::part(easy),
          .theming-demo network-list::part(easy-toggle) {
            outline: 1px dotted currentColor;
          }
          .theming-demo network-list::part(empty) {
            outline: 1px dotted #6b1f5c;
          }
        </style>
        <div class="theming-demo">${story()}</div>`,
  ],
};
