import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { feedLoader } from '../src/data/load.js';

interface Args {
  src: string;
  when: 'upcoming' | 'past' | 'all';
  type?: string;
  topic?: string;
  network?: string;
  state?: string;
  limit?: number;
  'heading-level': number;
  filters: boolean;
  locale?: string;
  today?: string;
  /** Width of the column the list sits in (not an attribute). */
  width?: string;
}

/** A URL this story file's fetch never answers, to show the loading state (until the 15 s limit). */
const NEVER = 'fixtures/never-answers.json';
feedLoader.setFetch((url, init) =>
  url.endsWith(NEVER)
    ? new Promise((_, reject) => init.signal.addEventListener('abort', () => reject(init.signal.reason)))
    : fetch(url, init),
);

const meta: Meta<Args> = {
  title: 'Elements/event-list',
  component: 'event-list',
  args: {
    src: 'feeds/sample-feed.json',
    when: 'upcoming',
    'heading-level': 3,
    filters: false,
    locale: 'de',
    today: '2026-11-23',
  },
  argTypes: {
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
    locale: { control: 'inline-radio', options: ['de', 'en'] },
    today: { control: 'text' },
    width: { control: 'text', table: { category: 'story' } },
  },
  render: (args) =>
    html`<div style=${ifDefined(args.width ? `max-width: ${args.width}` : undefined)}>
      <event-list
        src=${args.src}
        when=${args.when}
        type=${ifDefined(args.type || undefined)}
        topic=${ifDefined(args.topic || undefined)}
        network=${ifDefined(args.network || undefined)}
        state=${ifDefined(args.state || undefined)}
        limit=${ifDefined(args.limit ?? undefined)}
        heading-level=${args['heading-level']}
        ?filters=${args.filters}
        locale=${ifDefined(args.locale)}
        today=${ifDefined(args.today)}
      ></event-list>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Upcoming: Story = {};
export const Past: Story = { args: { when: 'past' } };
export const All: Story = { args: { when: 'all', limit: 6 } };
export const ShowMore: Story = { args: { limit: 3 } };
export const FilterBar: Story = { args: { filters: true } };
export const FilterBarPast: Story = { args: { filters: true, when: 'past', limit: 5 } };
export const StatesAndTypes: Story = {
  args: { state: 'SH MV', type: 'Netzwerktreffen Entwicklungsworkshop' },
};
export const TopicAndNetwork: Story = {
  args: { when: 'all', topic: 'bildungsmonitoring', network: 'wissen-was-zaehlt' },
};
export const TypeWithSpaces: Story = {
  args: { src: 'fixtures/event-list.json', when: 'all', type: 'Digitale Fachtagung Netzwerktreffen' },
};
export const StatusAndMonthOnly: Story = {
  args: { src: 'fixtures/event-list.json', when: 'all', 'heading-level': 2 },
};
export const English: Story = { args: { locale: 'en', filters: true, limit: 4 } };
export const Empty: Story = { args: { today: '2027-07-01', state: 'SH' } };
export const EmptyEnglish: Story = { args: { today: '2027-07-01', state: 'SH', locale: 'en' } };
export const EmptyWithFilterBar: Story = { args: { filters: true, type: 'Hospitation', state: 'SH' } };
export const Narrow320: Story = { args: { filters: true, limit: 3, width: '320px' } };
export const Loading: Story = { args: { src: NEVER } };
export const LoadError: Story = { args: { src: 'fixtures/does-not-exist.json' } };
