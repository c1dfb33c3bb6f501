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
    padding: 0 0.4em;
  }
  .note {
    margin: 0.5em 0;
    color: var(--_muted);
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
  }
  td:focus-visible {
    outline-offset: -3px;
  }
  td.out {
    background: color-mix(in srgb, currentColor 5%, transparent);
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
    display: block;
    width: 100%;
    min-height: 0;
    margin: 0.15em 0 0;
    padding: 0 0.35em;
    font-size: 0.8em;
    text-align: start;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    border-radius: 0.3em;
  }
  .chip.from {
    border-start-start-radius: 0;
    border-end-start-radius: 0;
  }
  .chip.on {
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }
  .chip.tentative,
  .more {
    background: transparent;
    color: var(--_link);
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
  .time,
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
  @container (width < 40rem) {
    .gridview {
      display: none;
    }
  }
  @container (width >= 40rem) {
    :not(.list-only) > .list {
      display: none;
    }
  }
`;
