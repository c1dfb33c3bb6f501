import { css } from 'lit';

/** The list of posts and its "Weitere Beiträge" button (each post: post.styles.ts). */
export const styles = css`
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .more {
    margin-top: var(--_space);
  }
  .remaining {
    font-weight: 400;
  }
`;
