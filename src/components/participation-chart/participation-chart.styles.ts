import { css } from 'lit';

export const styles = css`
  :host {
    --_chart-bar: var(--bn-chart-bar, var(--_accent));
    --_chart-axis: var(--bn-chart-axis, currentColor);
    --_chart-grid: var(--bn-chart-grid, color-mix(in srgb, currentColor 18%, transparent));
    --_chart-text: var(--bn-chart-text, currentColor);
  }
  figure {
    margin: 0;
  }
  figcaption {
    margin-bottom: 0.75em;
  }
  .title {
    display: block;
    font-weight: 700;
    font-size: 1.1em;
  }
  .sub {
    display: block;
    color: var(--_muted);
  }
  .chart {
    display: block;
    overflow: visible;
    font-size: 0.8125em;
    width: calc(100% - 1em);
    margin: 0 0 0.5em 0.5em;
  }
  .chart text {
    fill: var(--_chart-text);
  }
  .bar {
    fill: var(--_chart-bar);
  }
  .value {
    font-weight: 700;
  }
  .axis {
    stroke: var(--_chart-axis);
    stroke-width: 1.5px;
  }
  .grid {
    stroke: var(--_chart-grid);
  }
  /* Columns when every column has room for its label; horizontal bars otherwise. */
  .columns {
    display: none;
    width: calc(100% - 3em);
    margin-left: 3em;
  }
  @container (min-width: 20em) {
    .size-1 {
      display: block;
    }
    .size-1 ~ .bars {
      display: none;
    }
  }
  @container (min-width: 28em) {
    .size-2 {
      display: block;
    }
    .size-2 ~ .bars {
      display: none;
    }
  }
  @container (min-width: 36em) {
    .size-3 {
      display: block;
    }
    .size-3 ~ .bars {
      display: none;
    }
  }
  @container (min-width: 44em) {
    .size-4 {
      display: block;
    }
    .size-4 ~ .bars {
      display: none;
    }
  }
  @container (min-width: 54em) {
    .size-5 {
      display: block;
    }
    .size-5 ~ .bars {
      display: none;
    }
  }
  /* A narrow container scrolls the shown table sideways (it has focus for the keyboard). */
  .table {
    overflow-x: auto;
    margin-top: 0.75em;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    overflow-wrap: normal;
    font-size: 0.875em;
  }
  caption {
    text-align: left;
    font-weight: 700;
    padding-bottom: 0.25em;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.25em 0.35em;
    text-align: left;
  }
  td {
    font-variant-numeric: tabular-nums;
  }
  /* Numbers right-aligned, so their digits line up. */
  .num {
    text-align: right;
  }
  @media (forced-colors: active) {
    .bar,
    .chart text {
      fill: CanvasText;
    }
    .axis,
    .grid {
      stroke: CanvasText;
    }
  }
`;
