import { css } from 'lit';

export const styles = css`
  .card {
    padding: var(--bn-space);
    border: 1px solid var(--bn-border);
    border-radius: var(--bn-radius);
    background: var(--bn-surface);
  }
  /* Readable on light and dark pages: the accent is mixed with the inherited text colour. */
  a {
    color: var(--bn-link, color-mix(in srgb, var(--bn-accent) 50%, currentColor));
    text-underline-offset: 0.15em;
  }
  p,
  ul,
  dl,
  figure,
  table,
  address {
    margin: 0.5em 0 0;
  }
  .compact p {
    margin-top: 0.25em;
  }
  .heading {
    font-size: 1.2em;
  }
  .compact .heading {
    font-size: 1.05em;
  }
  .section .heading {
    font-size: 1.05em;
    margin-top: 1em;
  }
  .status {
    display: inline-block;
    padding: 0 0.4em;
    border: 2px solid var(--bn-danger);
    border-radius: 0.25em;
    background: var(--bn-danger);
    color: #fff;
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }
  .status.rescheduled {
    border-color: currentColor;
    background: transparent;
    color: inherit;
  }
  .date {
    font-weight: 600;
  }
  s {
    text-decoration-thickness: 2px;
  }
  .location,
  .type,
  .muted {
    color: var(--bn-muted);
  }
  .full .location,
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
  @container (min-width: 34em) {
    .facts > div {
      display: grid;
      grid-template-columns: 12em 1fr;
      gap: 1em;
    }
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
    border: 1px solid var(--bn-border);
    border-radius: 1em;
  }
  .description p {
    white-space: pre-line;
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
    border-bottom: 1px solid var(--bn-border);
    text-align: left;
    vertical-align: top;
  }
  tbody th {
    font-weight: 400;
    font-variant-numeric: tabular-nums;
  }
  @container (min-width: 30em) {
    tbody th {
      white-space: nowrap;
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
    border-radius: var(--bn-radius);
  }
  figcaption {
    font-size: 0.875em;
    color: var(--bn-muted);
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
