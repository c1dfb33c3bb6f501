/**
 * The CSS of `<event-list>` (branch `list`, commit 5a657ea): baseStyles, compactCardStyles,
 * filterBarStyles and the list's own styles, in that order — copied, so the vanilla baseline
 * pays the same style and layout cost without importing Lit. The preflight compares these rules
 * with the element's adopted style sheets and notes any drift in the report.
 */
export const LIST_CSS = `
  :host {
    --bn-accent: #0b5cad;
    --bn-accent-contrast: #ffffff;
    --bn-text: inherit;
    --bn-muted: color-mix(in srgb, currentColor 72%, transparent);
    --bn-surface: transparent;
    --bn-border: color-mix(in srgb, currentColor 25%, transparent);
    --bn-danger: #b3261e;
    --bn-radius: 0.5rem;
    --bn-space: 1rem;
    --bn-font: inherit;
    --bn-focus: #1a73e8;
    display: block;
    box-sizing: border-box;
    color: var(--bn-text);
    font-family: var(--bn-font);
    line-height: 1.5;
    container-type: inline-size;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--bn-link, var(--bn-accent));
  }
  :focus-visible {
    outline: 3px solid var(--bn-focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    cursor: pointer;
    border-radius: var(--bn-radius);
    padding: 0.4em 0.9em;
    border: 1px solid var(--bn-accent);
    background: var(--bn-accent);
    color: var(--bn-accent-contrast);
    min-height: 2.75em;
  }
  button.secondary {
    background: transparent;
    color: var(--bn-link, var(--bn-accent));
  }
  .heading {
    margin: 0;
    line-height: 1.25;
  }
  .state {
    padding: var(--bn-space);
    border: 1px solid var(--bn-border);
    border-radius: var(--bn-radius);
    min-height: var(--bn-placeholder-height, 6rem);
  }
  .state.error {
    border-color: var(--bn-danger);
    border-left-width: 0.4rem;
  }
  .state p {
    margin: 0 0 0.75em;
  }
  .state p:last-child {
    margin-bottom: 0;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: no-preference) {
    .loading .bar {
      animation: bn-pulse 1.2s ease-in-out infinite alternate;
    }
  }
  .loading .bar {
    display: block;
    height: 0.9em;
    margin: 0.6em 0;
    border-radius: 0.3em;
    background: color-mix(in srgb, currentColor 12%, transparent);
  }
  .loading .bar:nth-child(3) {
    width: 60%;
  }
  @keyframes bn-pulse {
    to {
      opacity: 0.4;
    }
  }

  .card {
    padding: var(--bn-space);
    border: 1px solid var(--bn-border);
    border-radius: var(--bn-radius);
    background: var(--bn-surface);
  }
  .card p {
    margin: 0.25em 0 0;
  }
  .card .heading {
    font-size: 1.05em;
  }
  .status {
    display: inline-block;
    font-weight: 700;
    padding: 0 0.4em;
    border: 2px solid var(--bn-danger);
    color: var(--bn-danger);
    border-radius: 0.25em;
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }
  .status.rescheduled {
    border-color: currentColor;
    color: inherit;
  }
  .date {
    font-weight: 600;
  }
  .location,
  .type {
    color: var(--bn-muted);
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: calc(var(--bn-space) * 0.75);
    margin: 0 0 var(--bn-space);
  }
  .filter-fields {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--bn-space) * 0.75);
    flex: 1 1 100%;
  }
  .filter-field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    flex: 1 1 12em;
    min-width: 0;
  }
  .filter-field label {
    font-weight: 600;
  }
  .filter-field select {
    font: inherit;
    color: inherit;
    background: var(--bn-surface, transparent);
    width: 100%;
    min-height: 2.75em;
    padding: 0.4em 0.5em;
    border: 1px solid color-mix(in srgb, currentColor 60%, transparent);
    border-radius: var(--bn-radius);
  }
  .filter-field select option {
    color: initial;
    background: initial;
  }
  .filter-status {
    flex: 1 1 12em;
    margin: 0;
    align-self: center;
  }

  .month + .month {
    margin-top: calc(var(--bn-space) * 1.5);
  }
  .month > .heading {
    font-size: 1.25em;
    margin-bottom: calc(var(--bn-space) * 0.5);
  }
  .events {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--bn-space) * 0.75);
  }
  .card:focus-visible {
    outline-offset: 3px;
  }
  .more {
    margin-top: var(--bn-space);
    max-width: 100%;
  }
  .remaining {
    font-weight: 400;
  }
`;
