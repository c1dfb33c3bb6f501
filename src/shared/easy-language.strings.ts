import type { Strings } from './i18n.js';

/** The texts of the switch "Leichte Sprache" (easy-language.ts). */
export const easyStrings: Strings<'label' | 'on' | 'off'> = {
  de: {
    label: 'Leichte Sprache',
    on: 'Leichte Sprache ist an.',
    off: 'Leichte Sprache ist aus.',
  },
  en: {
    label: 'Easy Read (Leichte Sprache)',
    on: 'Easy Read is on.',
    off: 'Easy Read is off.',
  },
};
