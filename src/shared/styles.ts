import { css } from 'lit';

/**
 * Styles every element shares.
 *
 * Theming: the public custom properties (`--bn-…`, listed with their defaults in
 * docs/theming.md) are only ever *read*, each once, into a private `--_…` property on `:host`
 * with the default as fallback: `--_accent: var(--bn-accent, #0b5cad)`. Rules use the private
 * name. A public token is never declared in these styles: a declaration on `:host` would
 * override what the page sets on `:root` or on a wrapper, as custom properties inherit. (A
 * default that depends on a media query, e.g. `prefers-color-scheme`, is written the same way
 * inside the query: the page's token still wins.) Tokens only one element reads are read in its
 * own styles, the same way.
 *
 * The font and text colour are inherited from the host page unless set.
 * Robust against global CMS styles: lengths in `em` (a theme's `html { font-size: 62.5% }`
 * must not shrink them), and what a page's `* { … }` rule could override on the host element
 * (box-sizing, line-height) is set again inside.
 */
export const baseStyles = css`
  :host {
    --_accent: var(--bn-accent, #0b5cad);
    --_accent-contrast: var(--bn-accent-contrast, #ffffff);
    /* The one colour of links (and of the text of outlined buttons) in every element: readable on
       light and dark pages, by default the accent mixed with the inherited text colour. */
    --_link-text: var(--bn-link, color-mix(in srgb, var(--_accent) 50%, currentColor));
    --_muted: var(--bn-muted, color-mix(in srgb, currentColor 72%, transparent));
    --_surface: var(--bn-surface, transparent);
    --_border: var(--bn-border, color-mix(in srgb, currentColor 25%, transparent));
    --_danger: var(--bn-danger, #b3261e);
    --_radius: var(--bn-radius, 0.5em);
    --_space: var(--bn-space, 1em);
    --_focus: var(--bn-focus, #1a73e8);
    --_line-height: var(--bn-line-height, 1.5);
    --_placeholder-height: var(--bn-placeholder-height, 6em);
    /* One label column for every element's facts (event card, network, programme): as wide as
       the longest German label in bold ("Teilnahmevoraussetzung"), so cards below each other
       line their values up. */
    --_label-column: 12.5em;
    display: block;
    box-sizing: border-box;
    /* Without a token, the page's colour and font: currentColor is the inherited colour. */
    color: var(--bn-text, currentColor);
    font-family: var(--bn-font, inherit);
    line-height: var(--_line-height);
    container-type: inline-size;
    position: relative;
    overflow-wrap: anywhere;
    /* German compounds break with a hyphen (in the language of the content's lang, see content-lang.ts). */
    hyphens: auto;
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
    line-height: var(--_line-height);
  }
  a {
    color: var(--_link-text);
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    cursor: pointer;
    border-radius: var(--_radius);
    padding: 0.4em 0.9em;
    border: 1px solid var(--_accent);
    background: var(--_accent);
    color: var(--_accent-contrast);
    min-height: 2.75em;
  }
  /* Outlined buttons: the accent's edge, their text in the link colour (readable on dark pages). */
  button.secondary {
    background: transparent;
    color: var(--_link-text);
  }
  .heading {
    margin: 0;
    line-height: 1.25;
  }
  /* The frame of a card: the event card, a network, the programme overview. */
  .frame {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .state {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-height: var(--_placeholder-height);
  }
  /* An empty result or an error is final: no reserved height (the loading placeholder keeps
     it), the text with the same space above and below. */
  .state.empty,
  .state.error {
    min-height: 0;
  }
  .state.error {
    border-color: var(--_danger);
    border-left-width: 0.4em;
  }
  .state p {
    margin: 0 0 0.75em;
  }
  .state p:last-child {
    margin-bottom: 0;
  }
  /* The editor's fallback (a paragraph, usually) ends the box without a margin of its own. */
  .fallback ::slotted(:last-child) {
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
  /*
   * While loading, each element reserves about the height it will have (measured on the sample
   * feed, 800 px wide, 16 px font; a typical event, not the richest), so the page below it does not
   * jump when the data arrives. A list with "limit" reserves that many cards instead
   * (renderLoading); without it a list shows 20. --bn-placeholder-height wins. Remeasure with
   * test/perf/layout-shift.test.ts (the demo pages' layout shift, budget 0.02).
   */
  :host(event-card) {
    --_placeholder-height: var(--bn-placeholder-height, 55em);
  }
  :host(event-card[variant='compact']) {
    --_placeholder-height: var(--bn-placeholder-height, 8.7em);
  }
  :host(event-list) {
    --_placeholder-height: var(--bn-placeholder-height, 118em);
  }
  :host(meeting-calendar) {
    --_placeholder-height: var(--bn-placeholder-height, 54em);
  }
  :host(network-card) {
    --_placeholder-height: var(--bn-placeholder-height, 73em);
  }
  :host(programme-overview) {
    --_placeholder-height: var(--bn-placeholder-height, 50em);
  }
  :host(network-list) {
    --_placeholder-height: var(--bn-placeholder-height, 60em);
  }
  :host(participation-chart) {
    --_placeholder-height: var(--bn-placeholder-height, 26em);
  }
  .loading.cards {
    min-height: 0;
    /* The month heading and the "show more" button besides the cards. */
    padding-bottom: 3em;
  }
  /* A card and, on average, its share of the month headings between cards. */
  .loading .card {
    display: block;
    height: 10em;
    margin-bottom: 4.4em;
    border-radius: var(--_radius);
    background: color-mix(in srgb, currentColor 6%, transparent);
  }
  /* Print: no controls (nor the calendar subscriptions, which are for clicking), links with their address. */
  @media print {
    button,
    form,
    [part~='subscriptions'],
    .loading {
      display: none !important;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.875em;
      overflow-wrap: anywhere;
    }
  }
  /* Windows high contrast: the system colours, and every box and button keeps a visible edge. */
  @media (forced-colors: active) {
    button,
    .frame,
    .state {
      border: 1px solid CanvasText;
    }
    button {
      border-color: ButtonText;
    }
    a {
      color: LinkText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @keyframes bn-pulse {
    to {
      opacity: 0.4;
    }
  }
`;
