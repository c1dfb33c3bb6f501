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
    margin: 1em 0 0;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0 0 0.5em;
  }
  /* Labels beside values where there is room, in the label column every element shares. */
  @container (min-width: 34em) {
    dl {
      display: grid;
      grid-template-columns: var(--_label-column) 1fr;
      gap: 0.4em 1em;
    }
    dt {
      hyphens: manual;
    }
    dd {
      margin: 0;
    }
  }
  .date {
    display: block;
    font-weight: 600;
  }
  summary {
    cursor: pointer;
    color: var(--_link-text);
    min-height: 1.5em;
  }
  /* "… anzeigen" while closed, "… ausblenden" while open (the hidden one is not read either). */
  details[open] > summary .show,
  details:not([open]) > summary .hide {
    display: none;
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
