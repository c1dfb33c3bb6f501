import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { HANGING_FEED, dataFeed } from './hanging-feed.js';

interface Args {
  src: string;
  'network-id'?: string;
  'heading-level': number;
  locale?: string;
  today?: string;
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
    locale: { control: 'inline-radio', options: ['de', 'en'] },
    today: { control: 'text' },
  },
  render: (args) =>
    html`<network-card
      src=${args.src}
      network-id=${ifDefined(args['network-id'])}
      heading-level=${args['heading-level']}
      locale=${ifDefined(args.locale)}
      today=${ifDefined(args.today)}
    ></network-card>`,
};
export default meta;

type Story = StoryObj<Args>;

export const WissenWasZaehlt: Story = {};
/** Without `network-id`: the feed's first network (no meeting planned). */
export const FirstNetwork: Story = { args: { 'network-id': undefined } };
export const English: Story = { args: { locale: 'en' } };
export const NotFound: Story = { args: { 'network-id': 'gibt-es-nicht' } };
export const EmptyFeed: Story = { args: { src: dataFeed({ version: 1 }), 'network-id': undefined } };
export const Loading: Story = { args: { src: HANGING_FEED } };
export const Error: Story = { args: { src: 'feeds/does-not-exist.json' } };
