import type { ReactiveController, ReactiveControllerHost } from 'lit';

import { addDays, dayKey, startOfDay } from '../data/dates.js';

/** The longest wait `setTimeout` keeps (2^31 − 1 ms, about 24.8 days). */
const MAX_TIMEOUT = 2 ** 31 - 1;

/** The instant the day after `now` begins in the zone (00:00 there, or the first instant of a day that skips it). */
export function nextDayStart(now: number, timeZone: string): number {
  return startOfDay(addDays(dayKey(now, timeZone), 1), timeZone);
}

/**
 * Renders the host again when the day changes in its feed's zone: an info screen left open
 * overnight moves yesterday's events out of "upcoming". One timer to the next midnight in the
 * zone, set after each update while the host is on the page and follows the real date (no
 * `today`), cleared when it leaves.
 */
export class DayController implements ReactiveController {
  /** When the timer fires: the start of the next day in the zone; undefined while none is set. */
  next: number | undefined;

  readonly #host: ReactiveControllerHost;
  /** The zone whose days count, or undefined when the host follows no real date (`today` set, no feed yet). */
  readonly #zone: () => string | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost, zone: () => string | undefined) {
    this.#host = host;
    this.#zone = zone;
    host.addController(this);
  }

  hostUpdated(): void {
    const zone = this.#zone();
    const next = zone === undefined ? undefined : nextDayStart(Date.now(), zone);
    if (next === this.next) return;
    this.hostDisconnected();
    if (next === undefined || Number.isNaN(next)) return;
    this.next = next;
    this.#timer = setTimeout(
      () => {
        this.next = undefined;
        this.#host.requestUpdate();
      },
      Math.min(Math.max(next - Date.now(), 0) + 50, MAX_TIMEOUT),
    );
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#timer = this.next = undefined;
  }
}
