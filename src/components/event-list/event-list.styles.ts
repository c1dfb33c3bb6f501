import { css } from 'lit';

export const styles = css`
  .month + .month {
    margin-top: calc(var(--_space) * 1.5);
  }
  .month > .heading {
    font-size: 1.25em;
    margin-bottom: calc(var(--_space) * 0.5);
  }
  .events {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .card:focus-visible {
    outline-offset: 3px;
  }
  .more {
    margin-top: var(--_space);
    max-width: 100%;
  }
  .remaining {
    font-weight: 400;
  }
  /* Where the events of an archive part follow once it is here: "Die Termine für 2019 …". */
  .archive {
    margin: var(--_space) 0 0;
    color: var(--_muted);
  }
  .archive button {
    margin-inline-start: 0.5em;
  }
`;
