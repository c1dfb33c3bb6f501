import type { FilterKey } from '../data/filter.js';

/**
 * The visitor's filter choice in the page's address, for `sync-url`: a link with it opens the
 * list (or calendar) with the same choice.
 *
 * One query parameter per chosen kind, named after the element's attribute with the prefix
 * `bn-`: `?bn-type=Fortbildung&bn-state=SH`. An element with an `id` adds it, so that several
 * lists on one page keep their own choice: `<event-list id="termine" sync-url>` writes
 * `?bn-termine-type=Fortbildung`. Other parameters and the fragment of the address stay as they
 * are. The address is replaced (`history.replaceState`), not pushed: choosing a filter adds no
 * step to the browser's back button.
 */

/** The query parameter of each kind: the name of the element's attribute for it. */
const PARAMS: Readonly<Record<FilterKey, string>> = {
  types: 'type',
  topics: 'topic',
  networks: 'network',
  states: 'state',
  features: 'accessible',
};

/** The longest value taken from the address (a choice is one id, type or code). */
const MAX = 200;

/** The name of the parameter of `key` for an element with the id `id` (may be empty). */
export function urlParam(key: FilterKey, id: string): string {
  return `bn-${id ? `${id}-` : ''}${PARAMS[key]}`;
}

/** The choice the page's address holds for the element with the id `id` (`''`: all). */
export function readUrlChoice(id: string, search = location.search): Record<FilterKey, string> {
  const params = new URLSearchParams(search);
  const choice = {} as Record<FilterKey, string>;
  for (const key of Object.keys(PARAMS) as FilterKey[]) {
    const value = params.get(urlParam(key, id))?.trim() ?? '';
    choice[key] = value.length <= MAX ? value : '';
  }
  return choice;
}

/**
 * Writes the choice into the page's address (a chosen kind as its parameter, an unchosen one
 * removed), replacing the current history entry; nothing when the address already says so.
 */
export function writeUrlChoice(id: string, choice: Readonly<Record<FilterKey, string>>): void {
  const now = readUrlChoice(id);
  // Unchanged: the address is left alone (rewriting it would re-encode the page's own parameters).
  if ((Object.keys(PARAMS) as FilterKey[]).every((key) => now[key] === choice[key])) return;
  const url = new URL(location.href);
  for (const key of Object.keys(PARAMS) as FilterKey[]) {
    const name = urlParam(key, id);
    if (choice[key]) url.searchParams.set(name, choice[key]);
    else url.searchParams.delete(name);
  }
  history.replaceState(history.state, '', url);
}
