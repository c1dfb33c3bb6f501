import { css } from 'lit';

/** The "add to calendar" menu (calendar-menu.ts): the button, the popup list and the in-app hint. */
export const styles = css`
  :host {
    /* Opaque over the page below: the system's canvas colours follow the page's color-scheme. */
    --_menu-background: var(--bn-menu-background, Canvas);
    --_menu-text: var(--bn-menu-text, CanvasText);
  }
  .calendar {
    position: relative;
  }
  .calendar-button::after {
    content: '';
    display: inline-block;
    margin-left: 0.5em;
    vertical-align: 0.2em;
    border: 0.3em solid transparent;
    border-top-color: currentColor;
    border-bottom: 0;
  }
  .calendar-button[aria-expanded='true']::after {
    transform: rotate(180deg);
  }
  .calendar-menu {
    position: absolute;
    z-index: 1;
    top: calc(100% + 0.25em);
    left: 0;
    min-width: 100%;
    max-width: calc(100cqi - 1em);
    margin: 0;
    padding: 0.25em 0;
    list-style: none;
    background: var(--_menu-background);
    color: var(--_menu-text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 0.25em 1em rgb(0 0 0 / 0.2);
  }
  .calendar-menu[hidden] {
    display: none;
  }
  .calendar-item {
    display: block;
    width: 100%;
    min-height: 2.75em;
    margin: 0;
    padding: 0.6em 1em;
    border: 0;
    border-radius: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: left;
    text-decoration: none;
    white-space: nowrap;
    cursor: pointer;
  }
  .calendar-item:hover,
  .calendar-item:focus {
    background: color-mix(in srgb, currentColor 10%, transparent);
  }
  .calendar-item:focus-visible {
    outline-offset: -3px;
  }
  .calendar-hint {
    margin: 0.5em 0 0;
    max-width: 40em;
  }
`;
