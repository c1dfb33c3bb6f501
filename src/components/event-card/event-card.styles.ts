import { css } from 'lit';

export const styles = css`
  .card {
    padding: var(--bn-space);
    border: 1px solid var(--bn-border);
    border-radius: var(--bn-radius);
    background: var(--bn-surface);
  }
  .card p {
    margin: 0.25em 0 0;
  }
  .heading {
    font-size: 1.2em;
  }
  .compact .heading {
    font-size: 1.05em;
  }
  .status {
    display: inline-block;
    font-weight: 700;
    padding: 0 0.4em;
    border: 2px solid var(--bn-danger);
    color: var(--bn-danger);
    border-radius: 0.25em;
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }
  .status.rescheduled {
    border-color: currentColor;
    color: inherit;
  }
  .date {
    font-weight: 600;
  }
  .location,
  .type {
    color: var(--bn-muted);
  }
`;
