/**
 * One post as an `<article>`: what `<news-list>` repeats (date, title, summary, image with its
 * credit line, topics) and `<news-card>` shows in full (and the body, and the participation
 * chart the post names, in place). Styled by `postStyles` (post.styles.ts); texts in
 * news-list.strings.ts. Nothing from the feed is HTML.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDateValue, parseFeedDate, toIsoString } from '../../data/dates.js';
import { easyText } from '../../data/easy.js';
import { fill } from '../../data/messages.js';
import { isSafeUrl, type ValidFeed } from '../../data/parse.js';
import type { Post } from '../../data/types.js';
import { heading } from '../../shared/heading.js';
import type { Locale } from '../../shared/i18n.js';
import { renderText } from '../../shared/markup.js';
import '../participation-chart/participation-chart.js';
import { strings } from './news-list.strings.js';

export interface PostContext {
  feed: ValidFeed;
  locale: Locale;
  headingLevel: number;
  /** Unique within the shadow root: the prefix of ids. */
  key: string;
  /** The full post (`<news-card>`): body and chart. */
  full: boolean;
  /** Texts in Leichte Sprache where the post has them. */
  easy: boolean;
  /** Passed on to the chart. */
  today?: string;
  /** Makes the article focusable from script (`tabindex="-1"`), e.g. after "Weitere Beiträge". */
  focusable?: boolean;
}

/** "Dienstag, 2. Februar 2021" and its machine form, or undefined for an unreadable date. */
export function postDate(post: Post, timeZone: string, locale: Locale) {
  const value = parseFeedDate(post.date, timeZone);
  return value && { text: formatDateValue(value, locale), iso: toIsoString(value, timeZone) };
}

export function renderPost(post: Post, ctx: PostContext): TemplateResult {
  const { feed, locale, easy } = ctx;
  const text = strings[locale];
  const id = `${ctx.key}-h`;
  const title = easyText(post, 'title', easy)!;
  const summary = easyText(post, 'summary', easy);
  const body = easyText(post, 'description', easy);
  const date = postDate(post, feed.timeZone, locale);
  const topics = (post.topics ?? []).map((t) => feed.topics.find((x) => x.id === t)?.label ?? t);
  const image = post.image;
  const chart = ctx.full ? post.chart : undefined;
  return html`<article
    part="post"
    class="frame post"
    aria-labelledby=${id}
    tabindex=${ctx.focusable ? '-1' : nothing}
  >
    ${heading(ctx.headingLevel, title, 'heading', id)}
    ${
      date
        ? html`<p part="date" class="date">
            <span class="visually-hidden">${text.published}</span>
            <time datetime=${date.iso}>${date.text}</time>
          </p>`
        : nothing
    }
    ${
      image && isSafeUrl(image.url)
        ? html`<figure part="image" class="image">
            <img
              src=${image.url}
              alt=${image.alt}
              loading="lazy"
              decoding="async"
              @error=${showFigure(false)}
              @load=${showFigure(true)}
            />
            ${image.credit ? html`<figcaption part="credit">${image.credit}</figcaption>` : nothing}
          </figure>`
        : nothing
    }
    ${summary ? html`<p part="summary" class="summary">${summary}</p>` : nothing}
    ${ctx.full && body ? html`<div part="body" class="body">${renderText(body)}</div>` : nothing}
    ${
      chart
        ? html`<participation-chart
            part="chart"
            class="chart"
            .feed=${feed}
            network=${chart.network}
            metric=${chart.metric}
            locale=${locale}
            today=${ctx.today ?? nothing}
            @feed-load=${keepInside}
            @feed-error=${keepInside}
          ></participation-chart>`
        : nothing
    }
    ${
      topics.length
        ? html`<ul part="topics" class="tags" aria-label=${text.topics}>
            ${topics.map((label) => html`<li>${label}</li>`)}
          </ul>`
        : nothing
    }
    ${post.author ? html`<p class="author">${fill(text.author, { author: post.author })}</p>` : nothing}
    ${
      isSafeUrl(post.url)
        ? html`<p class="link">
            <a part="link" href=${post.url.trim()} aria-describedby=${id}
              >${ctx.full ? text.page : text.read}</a
            >
          </p>`
        : nothing
    }
  </article>`;
}

/** The chart's own `feed-load` / `feed-error` stay inside: the page hears the card's alone. */
const keepInside = (e: Event) => e.stopPropagation();

/**
 * An image that fails to load hides its figure (no broken-image icon, no stray alt text and
 * credit); one that loads (again, e.g. another post's image in the same place) shows it.
 */
const showFigure = (shown: boolean) => (e: Event) => {
  const figure = (e.target as HTMLElement).closest('figure');
  if (figure) figure.hidden = !shown;
};
