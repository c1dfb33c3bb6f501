import { css } from 'lit';

/**
 * The full card's own styles. The frame is the shared `.frame` (src/shared/styles.ts); the badge
 * and date line are {@link compactCardStyles}.
 */
export const styles = css`
  p,
  ul,
  dl,
  figure,
  table,
  address {
    margin: 0.5em 0 0;
  }
  .heading {
    font-size: 1.2em;
  }
  .section .heading {
    font-size: 1.05em;
    margin-top: 1em;
  }
  .muted {
    color: var(--_muted);
  }
  a .muted {
    color: inherit;
  }
  .line {
    display: block;
  }
  .summary {
    font-size: 1.05em;
  }
  .facts > div {
    margin-top: 0.4em;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
  }
  /* Labels beside values where there is room, in the label column every element shares (as
     wide as the longest label, "Teilnahmevoraussetzung"); above the values in narrow cards. */
  @container (min-width: 34em) {
    .facts {
      display: grid;
      grid-template-columns: var(--_label-column) 1fr;
      column-gap: 1em;
    }
    .facts > div {
      display: grid;
      grid-column: 1 / -1;
      grid-template-columns: subgrid;
    }
    dt {
      hyphens: manual;
    }
  }
  .past {
    display: inline-block;
    margin-top: 0.5em;
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    color: var(--_muted);
    font-weight: 700;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tags li {
    padding: 0 0.5em;
    border: 1px solid var(--_border);
    border-radius: 1em;
  }
  .description p {
    white-space: pre-line;
  }
  .access {
    margin: 0;
    padding-left: 1.4em;
  }
  .description ul,
  .section ul {
    padding-left: 1.4em;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding: 0.35em 0.5em 0.35em 0;
    border-bottom: 1px solid var(--_border);
    text-align: left;
    vertical-align: top;
  }
  tbody th {
    font-weight: 400;
    font-variant-numeric: tabular-nums;
    /* A time range stays whole ("10:00–12:30 Uhr"). */
    white-space: nowrap;
  }
  td {
    text-align: start;
  }
  /* Narrow: the time above its item, the item the whole width. */
  @container (width < 24em) {
    table,
    tbody,
    tbody tr,
    tbody th,
    tbody td {
      display: block;
    }
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    tbody th {
      border-bottom: 0;
      padding-bottom: 0;
      font-weight: 700;
    }
  }
  address {
    font-style: normal;
  }
  .image {
    margin: 0.75em 0 0;
  }
  .image img {
    display: block;
    max-width: 100%;
    height: auto;
    border-radius: var(--_radius);
  }
  figcaption {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em 1.5em;
    margin-top: 1em;
  }
  .actions p {
    margin: 0;
  }
`;
