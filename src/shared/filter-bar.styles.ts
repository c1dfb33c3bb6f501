import { css } from 'lit';

/** Styles of the filter bar: fields side by side, stacked in a narrow column. */
export const filterBarStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: calc(var(--_space) * 0.75);
    margin: 0 0 var(--_space);
  }
  .filter-fields {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.75);
    flex: 1 1 100%;
  }
  .filter-field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    flex: 1 1 12em;
    min-width: 0;
  }
  .filter-field label {
    font-weight: 600;
  }
  .filter-field select {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    width: 100%;
    min-height: 2.75em;
    padding: 0.4em 0.5em;
    border: 1px solid color-mix(in srgb, currentColor 60%, transparent);
    border-radius: var(--_radius);
  }
  .filter-field select option {
    color: initial;
    background: initial;
  }
  .filter-status {
    flex: 1 1 12em;
    margin: 0;
    align-self: center;
  }
  /* Nothing to reset while no filter is set (aria-disabled, so the button keeps the focus after a reset). */
  .filter-reset[aria-disabled='true'] {
    opacity: 0.55;
    cursor: default;
  }
`;
