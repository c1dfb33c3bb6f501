import { css } from 'lit';

export const styles = css`
  :host {
    --_day-height: var(--bn-day-height, 6.5em);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .head {
    display: flex;
    align-items: center;
    gap: 0.5em;
    margin-bottom: 0.5em;
  }
  .title {
    flex: 1;
    text-align: center;
  }
  .nav {
    font-size: 1.25em;
    line-height: 1;
    min-width: 2.2em;
    /* 2.75em of the text around, as every button. */
    min-height: 2.2em;
    padding: 0 0.4em;
  }
  .note {
    margin: 0.5em 0;
    color: var(--_muted);
    /* Holds its line while empty: the grid stays where it is when a month has no events. */
    min-height: calc(1em * var(--_line-height));
  }
  /* As tall as the month buttons beside it. */
  .today-button {
    padding: 0 0.7em;
  }
  /* The month's name is never broken ("Septemb|er"): in a narrow calendar it gets a row of its
     own above the buttons. */
  .title .heading {
    overflow-wrap: normal;
    hyphens: manual;
  }
  @container (width < 30em) {
    .head {
      flex-wrap: wrap;
    }
    .title {
      order: -1;
      flex: 1 0 100%;
    }
  }
  .grid {
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  th {
    font-size: 0.875em;
    font-weight: 600;
    padding: 0.25em;
  }
  .wk {
    width: 2.6em;
    font-weight: 400;
    color: var(--_muted);
  }
  td {
    border: 1px solid var(--_border);
    vertical-align: top;
    height: var(--_day-height);
    padding: 0.2em;
    overflow: hidden;
    /* The containing block of the hidden texts inside, so they are clipped with the cell. */
    position: relative;
  }
  td.open {
    box-shadow: inset 0 0 0 3px var(--_accent);
  }
  td:focus-visible {
    outline-offset: -3px;
  }
  td.out {
    background: color-mix(in srgb, currentColor 5%, transparent);
  }
  td.out .num {
    color: var(--_muted);
  }
  .num {
    display: inline-block;
    min-width: 1.8em;
    border-radius: 1em;
    text-align: center;
    font-size: 0.875em;
  }
  /* Today's cell (the only one with aria-current="date"). */
  [aria-current] .num {
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-weight: 700;
  }
  .chip,
  .more {
    /* How far a multi-day bar reaches over the cell's padding into the next day. */
    --_bar-start: 0px;
    --_bar-end: 0px;
    display: block;
    width: calc(100% + var(--_bar-start) + var(--_bar-end));
    min-height: 0;
    margin: 0.15em calc(-1 * var(--_bar-end)) 0 calc(-1 * var(--_bar-start));
    padding: 0.05em 0.35em;
    font-size: 0.8em;
    line-height: 1.25;
    text-align: start;
    border-radius: 0.3em;
    position: relative;
    overflow: hidden;
  }
  /* Two lines of title (about 20 characters each in a 1280px window), hyphenated, then an ellipsis. */
  .chip {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    white-space: normal;
    overflow-wrap: break-word;
  }
  .more {
    white-space: nowrap;
  }
  .chip .time {
    font-weight: 400;
    font-variant-numeric: tabular-nums;
  }
  .chip.from {
    --_bar-start: 0.25em;
    border-start-start-radius: 0;
    border-end-start-radius: 0;
  }
  .chip.on {
    --_bar-end: 0.25em;
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }
  /* A bar's later days in the same week row: one bar, its text (for the tooltip and assistive technology) drawn once. */
  .chip.cont {
    color: transparent;
  }
  /* Status by more than colour and strike-through: a sign before the title. */
  .chip.cancelled::before {
    content: '✕ ' / '';
  }
  .chip.postponed::before {
    content: '⏸ ' / '';
  }
  .chip.rescheduled::before {
    content: '↻ ' / '';
  }
  .chip.tentative,
  .more {
    background: transparent;
    color: var(--_link-text);
    border-style: dashed;
  }
  .more {
    border-color: transparent;
    text-decoration: underline;
  }
  .cancelled .what,
  .chip.cancelled {
    text-decoration: line-through;
  }
  .when {
    font-weight: 700;
  }
  .panel,
  .month-only {
    margin: var(--_space) 0;
    padding: calc(var(--_space) / 2) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .month-only {
    border-style: dashed;
  }
  .panel-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
  }
  .ev {
    width: 100%;
    text-align: start;
  }
  .ev::before {
    content: '▸ ' / '';
  }
  .ev[aria-expanded='true']::before {
    content: '▾ ' / '';
  }
  .events > li,
  .card {
    margin-top: 0.5em;
  }
  .list > li {
    margin-top: var(--_space);
    /* A month of a big feed lists hundreds of events: lay out only the days in view. */
    content-visibility: auto;
    contain-intrinsic-size: auto 8em;
    /* Room for the focus outline, which the paint containment would clip. */
    padding: 0 6px 6px;
  }
  @container (width < 48em) {
    .gridview {
      display: none;
    }
  }
  @container (width >= 48em) {
    :not(.list-only) > .list {
      display: none;
    }
  }
  /* An event's address, rendered only for print. */
  .print-link {
    display: none;
  }
  /*
   * Print: the month as a list of its events (the grid and the controls stay on screen), each
   * event's title as text with its address.
   */
  @media print {
    .gridview {
      display: none !important;
    }
    .cal .list {
      display: block !important;
    }
    .list > li {
      content-visibility: visible;
      break-inside: avoid;
    }
    .head {
      justify-content: flex-start;
    }
    .title {
      text-align: start;
    }
    button.ev {
      display: block !important;
      border: 0;
      padding: 0;
      min-height: 0;
      background: none;
      color: inherit;
      font-weight: 600;
    }
    .ev::before,
    .ev[aria-expanded='true']::before {
      content: none;
    }
    .print-link {
      display: block;
      font-size: 0.875em;
      overflow-wrap: anywhere;
    }
    a.print-link::after {
      content: none;
    }
  }
`;
