import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

// The example feed (examples/public/feed.json) is shared by every example app.
export default defineConfig({ plugins: [svelte()], publicDir: '../public' });
