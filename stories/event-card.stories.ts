import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

interface Args {
  src: string;
  'event-id'?: string;
  variant: 'full' | 'compact';
  'heading-level': number;
  locale?: string;
  today?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/event-card',
  component: 'event-card',
  args: { src: 'feeds/sample-feed.json', 'event-id': 'kiel-2019-09-24', variant: 'full', 'heading-level': 3 },
  argTypes: {
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    locale: { control: 'inline-radio', options: ['de', 'en'] },
  },
  render: (args) =>
    html`<event-card
      src=${args.src}
      event-id=${ifDefined(args['event-id'])}
      variant=${args.variant}
      heading-level=${args['heading-level']}
      locale=${ifDefined(args.locale)}
      today=${ifDefined(args.today)}
    ></event-card>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Full: Story = {};
export const Compact: Story = { args: { variant: 'compact' } };
export const MonthOnlyTentative: Story = { args: { 'event-id': 'dkbm-reflexion-2020-12' } };
