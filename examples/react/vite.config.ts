import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The example feed (examples/public/feed.json) is shared by every example app.
export default defineConfig({ plugins: [react()], publicDir: '../public' });
