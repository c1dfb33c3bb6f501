/**
 * Feed addresses for stories. Storybook serves `src/data/` at `feeds/` and `test/fixtures/` at
 * `fixtures/` (.storybook/main.ts); the `storybook:` addresses are answered inside Storybook by
 * .storybook/network.ts and never reach the network.
 */
export const feeds = {
  /** The real content of the agency's pages (src/data/sample-feed.json). */
  sample: 'feeds/sample-feed.json',
  /**
   * The feed's edge cases (test/fixtures/edge-cases.json), all in December 2026: all-day
   * (`edge-ganztaegig`), multi-day (`edge-mehrtaegig`, `edge-mehrtaegig-ganztaegig`), month-only
   * tentative (`edge-monat-vorlaeufig`), cancelled / postponed / rescheduled (`edge-abgesagt`,
   * `edge-verschoben`, `edge-neuer-termin`), online and mixed (`edge-online`, `edge-hybrid`),
   * location to be announced (`edge-ort-offen`), long German compound words
   * (`edge-lange-woerter`, network `edge-netzwerk`, programme `edge-programm`), eight events on
   * 17 December (`edge-viele-1` … `edge-viele-8`), an instant in UTC (`edge-instant`), one past
   * event (`edge-vergangen`), one in January 2027 (`edge-naechstes-jahr`); a network without
   * events or members (`edge-netzwerk-leer`).
   */
  edgeCases: 'fixtures/edge-cases.json',
  /** A valid feed with nothing in it: the empty state. */
  empty: 'fixtures/empty-feed.json',
  /** A feed that declares `"version": 2`: the version error. */
  version2: 'fixtures/version-2.json',
  /**
   * A file that does not exist: the 404 error. A real request, which the browser reports as a
   * console error; a story using it must carry the tag `network-error`, written literally
   * (`tags: ['network-error']`: Storybook reads tags statically). The smoke test allows that
   * console error there and nowhere else.
   */
  missing: 'fixtures/does-not-exist.json',
  /** Never answers: the loading state (the timeout error after 15 s). */
  pending: 'storybook:pending',
  /** The server cannot be reached: the network error with its retry button. */
  offline: 'storybook:offline',
  /** An HTTP error status, e.g. 503 (with retry button) or 500. */
  status: (code: number): string => `storybook:status/${code}`,
} as const;

/** The reference date stories pass as `today`, so upcoming/past never drift: 23 November 2026. */
export const storyToday = '2026-11-23';
