import { css } from 'lit';

/** The "Kalender abonnieren" block (subscriptions.ts); add `copyFieldStyles` as well. */
export const subscriptionStyles = css`
  .subscriptions {
    margin: 0 0 1em;
    padding: 0.5em var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .subscriptions > summary {
    cursor: pointer;
    min-height: 2.75em;
    display: flex;
    align-items: center;
    font-weight: 700;
    list-style-position: inside;
  }
  .subscriptions > summary::-webkit-details-marker {
    display: revert;
  }
  .subscriptions > p {
    margin: 0.25em 0 0.75em;
  }
  .subscription {
    margin: 0 0 1em;
  }
  .subscription-title {
    margin: 0;
    font-weight: 700;
  }
  .subscription-matches {
    font-weight: 400;
    color: var(--_muted);
  }
  .subscription-links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0.25em 0;
    padding: 0;
    list-style: none;
  }
  .subscription-links a {
    display: inline-block;
    padding: 0.5em 0;
  }
  .subscription-copy {
    margin: 0.25em 0 0;
  }
`;
