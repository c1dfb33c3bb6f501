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
  dd ul {
    padding-left: 1.25em;
  }
  .contact {
    display: block;
  }
`;
