/**
 * Small template helpers the event card, the networks and the programme overview share.
 * Nothing from the feed is ever HTML: values are rendered as text, and a URL becomes a link only
 * for an allowed scheme.
 */
import { html, nothing } from 'lit';
import { parseDescription } from '../data/description.js';
import { isEmailAddress, isPhoneNumber, isSafeUrl } from '../data/parse.js';

/** A link only for an allowed scheme (http, https, mailto, tel); otherwise the plain content. */
export const link = (url: string | undefined, content: unknown, part?: string) =>
  isSafeUrl(url) ? html`<a href=${url} part=${part ?? nothing}>${content}</a>` : content;

/** `mailto:` for something that looks like an e-mail address; undefined otherwise (shown as text). */
export const mailtoUrl = (email: string | undefined) =>
  email && isEmailAddress(email) ? `mailto:${email}` : undefined;

/** `tel:` with the digits of something that looks like a phone number; undefined otherwise. */
export const telUrl = (phone: string | undefined) =>
  phone && isPhoneNumber(phone) ? `tel:${phone.replace(/[^\d+]/g, '')}` : undefined;

/** One term and its value in a description list; nothing when the value is empty. */
export const row = (term: string, value: unknown) =>
  value
    ? html`<dt>${term}</dt>
        <dd>${value}</dd>`
    : nothing;

/** A `<ul>` of the items, each rendered by `item`; undefined when there are none. */
export const list = <T>(items: readonly T[] | undefined, item: (x: T) => unknown = (x) => x) =>
  items?.length
    ? html`<ul>
        ${items.map((x) => html`<li>${item(x)}</li>`)}
      </ul>`
    : undefined;

/** A feed description as paragraphs and lists (plain text, never HTML). */
export const renderText = (text: string | undefined) =>
  text &&
  parseDescription(text).map((block) => (typeof block === 'string' ? html`<p>${block}</p>` : list(block)));
