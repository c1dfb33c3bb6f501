import { css } from 'lit';

/** The styles of one post's `<article>`, shared by `<news-list>` and `<news-card>`. */
export const postStyles = css`
  .heading {
    font-size: 1.2em;
  }
  .date {
    color: var(--_muted);
    margin: 0.25em 0 0;
  }
  .image {
    margin: 0.75em 0 0;
  }
  .image img {
    display: block;
    max-width: 100%;
    height: auto;
    border-radius: var(--_radius);
  }
  .image figcaption {
    color: var(--_muted);
    font-size: 0.875em;
    margin-top: 0.25em;
  }
  .summary {
    margin: 0.75em 0 0;
    font-weight: 600;
  }
  .body p,
  .body ul {
    margin: 0.75em 0 0;
  }
  .chart {
    margin-top: 1em;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    list-style: none;
    margin: 0.75em 0 0;
    padding: 0;
  }
  .tags li {
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0.1em 0.7em;
    font-size: 0.875em;
  }
  .author,
  .link {
    margin: 0.75em 0 0;
  }
`;
