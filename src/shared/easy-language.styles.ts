import { css } from 'lit';

/** The switch "Leichte Sprache" (easy-language.ts): a small row above the element's content. */
export const easyLanguageStyles = css`
  .easy {
    display: flex;
    justify-content: flex-end;
    margin-block-end: calc(var(--_space) / 2);
  }
  /* In the text colour, so it is readable on light and dark pages; pressed: the accent. */
  .easy-toggle {
    color: inherit;
    border-color: currentColor;
    background: transparent;
  }
  .easy-toggle[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
`;
