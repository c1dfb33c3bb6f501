import { css } from 'lit';

/** The switch "Leichte Sprache" (easy-language.ts): a small row above the element's content. */
export const easyLanguageStyles = css`
  .easy {
    display: flex;
    justify-content: flex-end;
    margin-block-end: calc(var(--_space) / 2);
  }
  .easy-toggle[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
`;
