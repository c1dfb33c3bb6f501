import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { HANGING_FEED, dataFeed } from './hanging-feed.js';

interface Args {
  src: string;
  network?: string;
  metric: 'municipalities' | 'people';
  locale?: string;
  /** Story only: the width of the container, to see columns turn into horizontal bars. */
  width: number;
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
    locale: { control: 'inline-radio', options: ['de', 'en'] },
    width: { control: { type: 'range', min: 280, max: 1000, step: 10 } },
  },
  render: (args) =>
    html`<div style=${`max-width: ${args.width}px`}>
      <participation-chart
        src=${args.src}
        network=${ifDefined(args.network)}
        metric=${args.metric}
        locale=${ifDefined(args.locale)}
      ></participation-chart>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** "Teilnahme am Netzwerk Bildungsmonitoring seit 2016": columns in a wide container. */
export const Municipalities: Story = {};
export const People: Story = { args: { metric: 'people' } };
/** At 320 px the columns become horizontal bars. */
export const Narrow: Story = { args: { width: 320 } };
export const English: Story = { args: { locale: 'en' } };
/** Without `network`: the first network with participation data. */
export const FirstNetwork: Story = { args: { network: undefined } };
export const NotFound: Story = { args: { network: 'gibt-es-nicht' } };
export const NoFigures: Story = {
  args: { src: dataFeed({ version: 1, networks: [{ id: 'n', name: 'Neues Netzwerk' }] }), network: 'n' },
};
export const EmptyFeed: Story = { args: { src: dataFeed({ version: 1 }), network: undefined } };
export const Loading: Story = { args: { src: HANGING_FEED } };
export const Error: Story = { args: { src: 'feeds/does-not-exist.json' } };
