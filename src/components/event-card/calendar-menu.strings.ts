import type { Strings } from '../../shared/i18n.js';

// The texts of the "add to calendar" menu (calendar-menu.ts).
export const strings: Strings<
  | 'button'
  | 'apple'
  | 'google'
  | 'outlook'
  | 'office'
  | 'download'
  | 'cancelled'
  | 'newWindow'
  | 'inApp'
  | 'inAppLink'
> = {
  de: {
    button: 'Zum Kalender hinzufügen',
    apple: 'Apple Kalender (iPhone, Mac)',
    google: 'Google Kalender',
    outlook: 'Outlook.com',
    office: 'Microsoft 365 (Outlook)',
    download: '.ics-Datei herunterladen',
    cancelled: 'Absage in den Kalender übernehmen (.ics)',
    newWindow: '(öffnet ein neues Fenster)',
    inApp:
      'Diese App kann keine Kalenderdateien öffnen. Öffnen Sie die Seite in Ihrem Browser (im Menü „…“: „Im Browser öffnen“) oder kopieren Sie den Link:',
    inAppLink: 'Link zu dieser Seite',
  },
  en: {
    button: 'Add to calendar',
    apple: 'Apple Calendar (iPhone, Mac)',
    google: 'Google Calendar',
    outlook: 'Outlook.com',
    office: 'Microsoft 365 (Outlook)',
    download: 'Download .ics file',
    cancelled: 'Update your calendar with the cancellation (.ics)',
    newWindow: '(opens a new window)',
    inApp:
      'This app cannot open calendar files. Open the page in your browser (in the “…” menu: “Open in browser”) or copy the link:',
    inAppLink: 'Link to this page',
  },
};
