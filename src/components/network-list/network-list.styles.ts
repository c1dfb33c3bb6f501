import { css } from 'lit';

/** The list around the networks; each network is styled by `networkStyles` (network.styles.ts). */
export const styles = css`
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
`;
