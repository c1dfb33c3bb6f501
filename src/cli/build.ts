import type { Command } from './io.js';
export const build: Command = { usage: { de: 'build', en: 'build' }, run: async () => 2 };
