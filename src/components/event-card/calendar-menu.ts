/**
 * The "Zum Kalender hinzufügen" menu of `<event-card>`: a menu button (WAI-ARIA APG "menu
 * button" pattern) with Apple Kalender (`.ics`), Google Kalender, Outlook.com, Microsoft 365 and
 * "`.ics`-Datei herunterladen".
 *
 * - The provider items are plain links (`target="_blank" rel="noopener"`), built in the browser
 *   from the event (src/data/calendar-links.ts): nothing is requested from any provider before
 *   the visitor clicks one.
 * - The `.ics` items call back into the card (`onIcs`), which makes the file: one place for it.
 * - Keyboard: Enter, Space or ↓ on the button open the menu on the first item, ↑ on the last;
 *   ↓/↑ move (wrapping), Home/End jump, Escape closes and returns focus to the button, Tab
 *   closes and moves on; a click outside closes.
 * - A cancelled event gets one button instead, "Absage in den Kalender übernehmen (.ics)".
 * - In an in-app browser (Instagram, Facebook, LinkedIn), which drops downloads silently, the
 *   `.ics` items give way to a hint and the page's link to copy.
 *
 * The button is rendered with the card; what the menu holds (the provider links, the items, the
 * in-app hint: calendar-menu-items.ts) loads on the first open, as the `.ics` writer does on the
 * first download: code for a click on the click. `pending` is that load.
 *
 * Parts: `calendar-button`, `calendar-menu`, `calendar-item`, `calendar-hint`, `copy-field`,
 * `copy-button`.
 */
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { CalendarPlatform } from '../../data/calendar-offer.js';
import type { ParsedEvent } from '../../data/parse.js';
import type { Locale } from '../../shared/i18n.js';
import { loadCalendarMenuItems } from '../../shared/lazy.js';
import type * as MenuItems from './calendar-menu-items.js';
import { strings } from './calendar-menu.strings.js';

/** How the `.ics` is handed over: opened (Apple item: the calendar sheet on iOS) or downloaded. */
export type IcsMode = 'open' | 'download';

export interface CalendarMenuOptions {
  locale: Locale;
  /** `all`: the menu; `cancelled`: only the cancellation's `.ics`. */
  offer: 'all' | 'cancelled';
  /** The event and the feed's time zone, for the provider links. */
  event: ParsedEvent;
  timeZone: string;
  platform: CalendarPlatform;
  /** The page's URL, to copy in an in-app browser. */
  pageUrl: string;
  /** Makes and hands over the event's `.ics`. */
  onIcs: (mode: IcsMode) => void;
}

interface MenuHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class CalendarMenu implements ReactiveController {
  #open = false;
  /** The menu's contents, once loaded. */
  #contents?: typeof MenuItems;
  /** Their load, while it runs (the card's `updateComplete` waits for it). */
  pending?: Promise<void>;
  /** Which item to focus after the next render: 0 the first, -1 the last. */
  #focusItem?: number;

  constructor(private readonly host: MenuHost) {
    host.addController(this);
  }

  get open(): boolean {
    return this.#open;
  }

  hostUpdated(): void {
    if (this.#focusItem === undefined) return;
    const items = this.#items();
    (this.#focusItem < 0 ? items.at(-1) : items[this.#focusItem])?.focus();
    this.#focusItem = undefined;
  }

  hostDisconnected(): void {
    this.#setOpen(false);
  }

  /** Loads the menu's contents (once; a failed load is tried again on the next open). */
  #load(): Promise<void> {
    return (this.pending ??= loadCalendarMenuItems().then(
      (items) => {
        this.#contents = items;
        this.host.requestUpdate();
      },
      () => {
        this.pending = undefined;
      },
    ));
  }

  /** Opens the menu (focus on the first item, or the last with `-1`) or closes it (focus back on the button with `focusButton`). */
  #setOpen(open: boolean, focusItem?: number, focusButton = false): void {
    if (open && !this.#contents) {
      void this.#load().then(() => this.#contents && this.#setOpen(true, focusItem));
      return;
    }
    if (open) this.#focusItem = focusItem ?? 0;
    if (this.#open === open) return;
    this.#open = open;
    // A press anywhere outside the menu closes it (also where no focus moves, e.g. Safari's buttons).
    if (open) document.addEventListener('pointerdown', this.#onOutside, true);
    else document.removeEventListener('pointerdown', this.#onOutside, true);
    this.host.requestUpdate();
    if (focusButton) this.#button()?.focus();
  }

  #button = () => this.host.renderRoot.querySelector<HTMLElement>('#calendar-button');
  #items = () => [...this.host.renderRoot.querySelectorAll<HTMLElement>('#calendar-menu [role="menuitem"]')];

  #onOutside = (event: Event) => {
    const wrapper = this.host.renderRoot.querySelector('.calendar');
    if (wrapper && !event.composedPath().includes(wrapper)) this.#setOpen(false);
  };

  #onButtonKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.#setOpen(true, event.key === 'ArrowUp' ? -1 : 0);
    }
  };

  #onMenuKey = (event: KeyboardEvent) => {
    const items = this.#items();
    const current = items.indexOf(event.composedPath()[0] as HTMLElement);
    const move: Record<string, number> = {
      ArrowDown: (current + 1) % items.length,
      ArrowUp: (current - 1 + items.length) % items.length,
      Home: 0,
      End: items.length - 1,
    };
    if (event.key in move) {
      event.preventDefault();
      items[move[event.key]!]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.#setOpen(false, undefined, true);
    } else if (event.key === 'Tab') {
      // Focus moves on as usual, the menu closes behind it.
      this.#setOpen(false);
    }
  };

  /** Focus leaving the menu and its button (Tab, a click elsewhere) closes the menu. */
  #onFocusOut = (event: FocusEvent) => {
    const wrapper = event.currentTarget as Element;
    if (!wrapper.contains(event.relatedTarget as Node | null)) this.#setOpen(false);
  };

  /** An item was chosen: the menu closes, focus returns to the button. */
  #chosen(then?: () => void) {
    return () => {
      this.#setOpen(false, undefined, true);
      then?.();
    };
  }

  render(options: CalendarMenuOptions): TemplateResult {
    const t = strings[options.locale];
    if (options.offer === 'cancelled')
      return html`<button
        type="button"
        part="calendar-button"
        class="calendar-button-cancelled"
        @click=${() => options.onIcs('download')}
      >
        ${t.cancelled}
      </button>`;
    const inApp = options.platform === 'in-app';
    // In an in-app browser the hint shows without a click: its code is needed at once.
    if (inApp && !this.#contents) void this.#load();
    const items = this.#contents;
    return html`<div class="calendar" @focusout=${this.#onFocusOut}>
      <button
        type="button"
        id="calendar-button"
        part="calendar-button"
        class="calendar-button"
        aria-haspopup="menu"
        aria-expanded=${this.#open ? 'true' : 'false'}
        aria-controls=${this.#open ? 'calendar-menu' : nothing}
        @click=${() => this.#setOpen(!this.#open)}
        @keydown=${this.#onButtonKey}
      >
        ${t.button}
      </button>
      ${
        this.#open && items
          ? html`<ul
              id="calendar-menu"
              part="calendar-menu"
              class="calendar-menu"
              role="menu"
              tabindex="-1"
              aria-labelledby="calendar-button"
              @keydown=${this.#onMenuKey}
            >
              ${items.menuItems(options, inApp, (then) => this.#chosen(then))}
            </ul>`
          : nothing
      }
      ${inApp && items ? items.inAppHint(options) : nothing}
    </div>`;
  }
}
