import { css } from 'lit';

/** The link to copy (copy-field.ts): the field and its button side by side, wrapping when narrow. */
export const copyFieldStyles = css`
  .copy-field {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    align-items: center;
  }
  .copy-field input {
    flex: 1 1 14em;
    min-width: 0;
    min-height: 2.75em;
    font: inherit;
    color: inherit;
    background: transparent;
    padding: 0.3em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .copy-status {
    flex-basis: 100%;
  }
  .copy-status:empty {
    display: none;
  }
`;
