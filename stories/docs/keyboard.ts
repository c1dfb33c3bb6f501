/**
 * The keyboard model of each element, for the Accessibility page: the contract each element is
 * built and tested to (its tests in test/components/<tag>/ press real keys). The page shows the
 * elements custom-elements.json has; a test (test/node/storybook-coverage.test.ts) fails when one
 * of them has no entry here.
 */
export interface KeyboardModel {
  summary: string;
  /** [key, what it does]. */
  keys: [string, string][];
}

const tab: [string, string] = [
  'Tab / Shift+Tab',
  'Moves to the next / previous link or button, in reading order.',
];
const enter: [string, string] = ['Enter', 'Follows a link; activates a button.'];
const space: [string, string] = ['Space', 'Activates a button.'];

export const keyboard: Record<string, KeyboardModel> = {
  'event-card': {
    summary:
      'Native links (the event page, registration, online meeting, downloads, contact by `mailto:`/`tel:`) and buttons ("try again" in the error state), in reading order. "Zum Kalender hinzufügen" follows the WAI-ARIA Authoring Practices menu button pattern: Enter, Space or Down Arrow open the menu on its first item, Up Arrow on its last; a click outside closes it.',
    keys: [
      tab,
      enter,
      space,
      [
        'Down Arrow / Up Arrow',
        'On the calendar button: open the menu on the first / last item. In the menu: next / previous item (wrapping).',
      ],
      ['Home / End', 'In the calendar menu: first / last item.'],
      ['Escape', 'In the calendar menu: close it, focus back on the button.'],
      ['Tab (in the menu)', 'Close the calendar menu and move on.'],
    ],
  },
  'event-list': {
    summary:
      'Native links and buttons. "Weitere Termine anzeigen" reveals the next batch and moves focus to the first newly shown event, so keyboard and screen-reader users continue where the new entries start. With `filters`, the filter bar uses native form controls; the number of results is announced in a polite live region.',
    keys: [tab, enter, space, ['Arrow keys', 'In a filter select: choose a value (native behaviour).']],
  },
  'meeting-calendar': {
    summary:
      'The month grid follows the WAI-ARIA Authoring Practices grid (date picker) pattern: `role="grid"` with row and column headers, one day in the tab order (roving tabindex), the month heading in a polite live region. The list view (`view="list"`, and automatically in narrow containers) is a plain list of links and buttons.',
    keys: [
      [
        'Tab',
        'Into the grid onto the focused day (today, or the first day of the month); out of it to the next control.',
      ],
      ['← / →', 'Previous / next day (crossing into the previous / next month).'],
      ['↑ / ↓', 'Same weekday in the previous / next week.'],
      ['Home / End', 'First / last day of the week.'],
      ['Page Up / Page Down', 'Same day in the previous / next month.'],
      ['Shift+Page Up / Shift+Page Down', 'Same day in the previous / next year.'],
      ['Enter / Space', 'Opens the focused day: its events, as compact cards.'],
    ],
  },
  'network-list': {
    summary:
      'Native links and disclosure buttons (`aria-expanded`) for the members of a network, grouped by state.',
    keys: [tab, enter, ['Enter / Space', 'On a disclosure button: shows or hides the members.']],
  },
  'network-card': {
    summary: 'As `<network-list>`, for one network.',
    keys: [tab, enter, ['Enter / Space', 'On a disclosure button: shows or hides the members.']],
  },
  'programme-overview': {
    summary: 'A description list with native links (partners, the programme page, office contacts).',
    keys: [tab, enter],
  },
  'participation-chart': {
    summary:
      'The chart is an image with a text alternative; every number is also in a real table, reachable by screen readers (and shown on request through a native button when the table is visually hidden).',
    keys: [tab, enter, space],
  },
  'news-list': {
    summary:
      'Native links and buttons. "Weitere Beiträge" reveals the next posts and moves focus to the first newly shown one. The switch "Leichte Sprache" (when the feed has such texts) is a native toggle button (`aria-pressed`); its new state is announced in a polite live region.',
    keys: [tab, enter, space],
  },
  'news-card': {
    summary:
      'Native links and buttons in reading order: the switch "Leichte Sprache", the participation chart\'s "Tabelle anzeigen" (the shown table is a scrollable region in the tab order), the link to the post.',
    keys: [tab, enter, space],
  },
};
