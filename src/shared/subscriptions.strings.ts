import type { Strings } from './i18n.js';

// The texts of the "Kalender abonnieren" block (subscriptions.ts).
export const strings: Strings<
  'summary' | 'intro' | 'matches' | 'webcal' | 'google' | 'outlook' | 'office' | 'copy' | 'newWindow'
> = {
  de: {
    summary: 'Kalender abonnieren',
    intro:
      'Ein abonnierter Kalender bleibt von selbst aktuell: Neue, geänderte und abgesagte Termine erscheinen in Ihrem Kalender, ohne dass Sie etwas tun müssen.',
    matches: 'passt zu Ihrer Auswahl',
    webcal: 'Apple Kalender, Outlook und andere Apps',
    google: 'Google Kalender',
    outlook: 'Outlook.com',
    office: 'Microsoft 365 (Outlook)',
    copy: 'Adresse für andere Kalender-Apps:',
    newWindow: '(öffnet ein neues Fenster)',
  },
  en: {
    summary: 'Subscribe to a calendar',
    intro:
      'A subscribed calendar keeps itself up to date: new, changed and cancelled events appear in your calendar without you doing anything.',
    matches: 'matches your selection',
    webcal: 'Apple Calendar, Outlook and other apps',
    google: 'Google Calendar',
    outlook: 'Outlook.com',
    office: 'Microsoft 365 (Outlook)',
    copy: 'Address for other calendar apps:',
    newWindow: '(opens a new window)',
  },
};
