import { css } from 'lit';

export const styles = css`
  .heading {
    font-size: 1.2em;
  }
  .kicker {
    display: block;
    font-size: 0.8em;
    color: var(--_muted);
  }
  dl {
    margin: 0.75em 0 0;
  }
  dt {
    font-weight: 700;
    margin-top: 0.75em;
  }
  dd,
  dd p,
  dd ul {
    margin: 0;
  }
  /* Labels beside values where there is room, in the label column every element shares. */
  @container (min-width: 34em) {
    dl {
      display: grid;
      grid-template-columns: var(--_label-column) 1fr;
      gap: 0.75em 1em;
    }
    dt {
      margin-top: 0;
      hyphens: manual;
    }
  }
  dd ul {
    padding-left: 1.25em;
  }
  .contact {
    display: block;
  }
`;
