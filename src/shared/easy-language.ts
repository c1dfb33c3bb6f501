/**
 * The visitor's switch "Leichte Sprache": a toggle button (`aria-pressed`) that every element
 * shows above its content when the feed has texts in Leichte Sprache, and a polite live region
 * that announces the new state. The choice holds for the page view only: it is kept in this
 * module (no storage, no cookie) and broadcast to every element on the page, so one click
 * switches them all. Without a choice, each element follows its `easy-language` attribute.
 */
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { easyStrings } from './easy-language.strings.js';
import type { Locale } from './i18n.js';

/** The visitor's choice in this page view; undefined until the first click. */
let choice: boolean | undefined;
/** Tells every element on the page about a new choice. */
const channel = new EventTarget();

/** Forgets the visitor's choice (for tests: as a new page view). */
export function resetEasyLanguageChoice(): void {
  choice = undefined;
  channel.dispatchEvent(new Event('change'));
}

export interface EasyLanguageHost extends ReactiveControllerHost {
  /** The page's default: the element's `easy-language` attribute. */
  easyLanguage: boolean;
}

export class EasyLanguage implements ReactiveController {
  /** The sentence of the live region: set only in the element whose switch was pressed. */
  #announcement = '';

  constructor(private readonly host: EasyLanguageHost) {
    host.addController(this);
  }

  /** Whether texts in Leichte Sprache are shown: the visitor's choice, else the attribute. */
  get on(): boolean {
    return choice ?? this.host.easyLanguage;
  }

  hostConnected(): void {
    channel.addEventListener('change', this.#changed);
  }

  hostDisconnected(): void {
    channel.removeEventListener('change', this.#changed);
  }

  #changed = () => this.host.requestUpdate();

  /** Switches Leichte Sprache on or off for every element of the page. */
  toggle(locale: Locale): void {
    choice = !this.on;
    const text = easyStrings[locale];
    this.#announcement = choice ? text.on : text.off;
    channel.dispatchEvent(new Event('change'));
  }

  /** The switch and its live region. */
  render(locale: Locale): TemplateResult | typeof nothing {
    const text = easyStrings[locale];
    return html`<div part="easy" class="easy">
      <button
        type="button"
        part="easy-toggle"
        class="secondary easy-toggle"
        aria-pressed=${this.on ? 'true' : 'false'}
        @click=${() => this.toggle(locale)}
      >
        ${text.label}
      </button>
      <span class="visually-hidden" aria-live="polite">${this.#announcement}</span>
    </div>`;
  }
}
