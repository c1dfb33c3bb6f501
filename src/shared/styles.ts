import { css } from 'lit';

/**
 * Styles every element shares. Custom properties (all `--bn-…`) have their defaults here on
 * `:host`; the font and text colour are inherited from the host page unless set.
 * Robust against global CMS styles: lengths in `em` (a theme's `html { font-size: 62.5% }`
 * must not shrink them), and what a page's `* { … }` rule could override on the host element
 * (box-sizing, line-height) is set again inside.
 */
export const baseStyles = css`
  :host {
    --bn-accent: #0b5cad;
    --bn-accent-contrast: #ffffff;
    --bn-text: inherit;
    --bn-muted: color-mix(in srgb, currentColor 72%, transparent);
    --bn-surface: transparent;
    --bn-border: color-mix(in srgb, currentColor 25%, transparent);
    --bn-danger: #b3261e;
    --bn-radius: 0.5em;
    --bn-space: 1em;
    --bn-font: inherit;
    --bn-focus: #1a73e8;
    display: block;
    box-sizing: border-box;
    color: var(--bn-text);
    font-family: var(--bn-font);
    line-height: var(--bn-line-height, 1.5);
    container-type: inline-size;
    position: relative;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :host > * {
    line-height: var(--bn-line-height, 1.5);
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
    min-height: var(--bn-placeholder-height, 6em);
  }
  .state.error {
    border-color: var(--bn-danger);
    border-left-width: 0.4em;
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
`;
