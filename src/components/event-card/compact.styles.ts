import { css } from 'lit';

/**
 * The compact card's styles, which `<event-card>` shares for both variants: the link colour, the
 * status badge (white on the danger colour, readable on light and dark pages), the date line.
 */
export const compactCardStyles = css`
  /* Links: the colour every element shares (--_link-text in shared/styles.ts). */
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
    border: 2px solid var(--_danger);
    border-radius: 0.25em;
    background: var(--_danger);
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
    color: var(--_muted);
  }
  /* What changed ("Geändert am …"): a bar in the text colour, so it stands out on any page. */
  .changes {
    border-inline-start: 0.25em solid currentColor;
    padding-inline-start: 0.5em;
    margin: 0.5em 0 0;
  }
  .changes p {
    margin: 0.25em 0 0;
  }
`;
