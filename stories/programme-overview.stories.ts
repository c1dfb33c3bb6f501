import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { HANGING_FEED, dataFeed } from './hanging-feed.js';

interface Args {
  src: string;
  'programme-id'?: string;
  'heading-level': number;
  locale?: string;
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
    locale: { control: 'inline-radio', options: ['de', 'en'] },
  },
  render: (args) =>
    html`<programme-overview
      src=${args.src}
      programme-id=${ifDefined(args['programme-id'])}
      heading-level=${args['heading-level']}
      locale=${ifDefined(args.locale)}
    ></programme-overview>`,
};
export default meta;

type Story = StoryObj<Args>;

/** "Programm im Überblick" of the Transferagentur Nord-Ost: 2014–2020, BMBF and DLR. */
export const TransferagenturNordOst: Story = {};
export const BildungIntegriert: Story = { args: { 'programme-id': 'bildung-integriert' } };
export const English: Story = { args: { locale: 'en' } };
/** Only a name and an open period: the list shows what there is. */
export const Minimal: Story = {
  args: {
    src: dataFeed({
      version: 1,
      programmes: [{ id: 'p', name: 'Neues Programm', period: { from: '2024' } }],
    }),
    'programme-id': undefined,
  },
};
export const NotFound: Story = { args: { 'programme-id': 'gibt-es-nicht' } };
export const EmptyFeed: Story = { args: { src: dataFeed({ version: 1 }), 'programme-id': undefined } };
export const Loading: Story = { args: { src: HANGING_FEED } };
export const Error: Story = { args: { src: 'feeds/does-not-exist.json' } };
