import { css } from 'lit';

/**
 * The compact card's styles, which `<event-card>` shares for both variants: the frame, the
 * status badge (white on the danger colour, readable on light and dark pages), the date line.
 */
export const compactCardStyles = css`
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
  .compact p {
    margin: 0.25em 0 0;
  }
  .compact .heading {
    font-size: 1.05em;
  }
  .status {
    display: inline-block;
    font-weight: 700;
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
  .compact .location,
  .type {
    color: var(--bn-muted);
  }
`;
