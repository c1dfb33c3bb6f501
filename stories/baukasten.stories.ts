import type { Meta, StoryObj } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { elementsFrom, mountBuilder } from '../builder/baukasten.ts';

// The Baukasten (builder/baukasten.ts) on the sample feed; the static page is dist/baukasten.html.
const meta: Meta = {
  title: 'Docs/Baukasten',
  // The docs page is stories/Baukasten.mdx.
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
};
export default meta;

export const Baukasten: StoryObj = {
  name: 'Baukasten',
  render: () => {
    const root = document.createElement('div');
    mountBuilder(root, {
      elements: elementsFrom(manifest),
      feed: 'feeds/sample-feed.json',
      scriptUrl: 'https://example.org/bildungsnetz-widgets.js',
    });
    return root;
  },
};
