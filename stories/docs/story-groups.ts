/**
 * The groups of an element's stories: each story names its group in `parameters.group`, and the
 * element's docs page (stories/docs/grouped-page.ts) shows the stories under these headings, in
 * this order. A story without a group is shown last, under "Weitere Beispiele".
 */
export const CONTENT = 'Inhalte';
export const DATES = 'Termine und Status';
export const FILTERS = 'Filter';
export const LANGUAGE = 'Sprache und Barrierefreiheit';
export const EDGE_CASES = 'Grenzfälle';
export const STATES = 'Leer, Laden, Fehler';
export const DESIGN = 'Gestaltung und Einbindung';

export const STORY_GROUPS = [CONTENT, DATES, FILTERS, LANGUAGE, EDGE_CASES, STATES, DESIGN];
export const OTHER_STORIES = 'Weitere Beispiele';
