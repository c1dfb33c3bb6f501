import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The sample feed and fixture feeds are served as files, so stories fetch real JSON.
  staticDirs: [
    { from: '../src/data', to: '/feeds' },
    { from: '../test/fixtures', to: '/fixtures' },
    // The spreadsheet template, downloadable from "Für Redaktionen: Feed pflegen".
    { from: '../docs', to: '/vorlagen' },
  ],
};

export default config;
