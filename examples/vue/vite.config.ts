import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      // Tags with a hyphen are the package's custom elements, not Vue components.
      template: { compilerOptions: { isCustomElement: (tag) => tag.includes('-') } },
    }),
  ],
  // The example feed (examples/public/feed.json) is shared by every example app.
  publicDir: '../public',
});
