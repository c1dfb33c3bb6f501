import { css } from 'lit';

/** The styles of one network's `<article>`, shared by `<network-list>` and `<network-card>`. */
export const networkStyles = css`
  .heading {
    font-size: 1.2em;
  }
  .subtitle {
    color: var(--_muted);
    margin: 0.25em 0 0;
  }
  .description p,
  .description ul {
    margin: 0.75em 0 0;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(8em, max-content) 1fr;
    gap: 0.4em 1em;
    margin: 1em 0 0;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
  }
  @container (max-width: 30em) {
    dl {
      grid-template-columns: 1fr;
      gap: 0;
    }
    dd {
      margin-bottom: 0.5em;
    }
  }
  .date {
    display: block;
    font-weight: 600;
  }
  summary {
    cursor: pointer;
    color: var(--_link);
    min-height: 1.5em;
  }
  .groups {
    margin: 0.5em 0 0;
    padding-left: 1.25em;
  }
  .group {
    font-weight: 600;
  }
  .groups ul {
    padding-left: 1.25em;
  }
`;
