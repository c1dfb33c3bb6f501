import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the page is being printed, for an element that prints something it does not show on
 * screen (the calendar prints its month as a list, not the grid). The host renders again when
 * printing starts and ends: `beforeprint`/`afterprint` (a real print: Lit's update runs in the
 * microtasks after the event, before the page is laid out for paper) and the `print` media query
 * (print preview, and print media emulation in tests).
 */
export class PrintController implements ReactiveController {
  #query?: MediaQueryList;
  #before = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Whether the page is printed now. */
  get active(): boolean {
    return this.#before || !!this.#query?.matches;
  }

  #update = (e: Event) => {
    if (e.type === 'beforeprint' || e.type === 'afterprint') this.#before = e.type === 'beforeprint';
    this.host.requestUpdate();
  };

  hostConnected(): void {
    this.#query = matchMedia('print');
    this.#query.addEventListener('change', this.#update);
    addEventListener('beforeprint', this.#update);
    addEventListener('afterprint', this.#update);
  }

  hostDisconnected(): void {
    this.#query?.removeEventListener('change', this.#update);
    removeEventListener('beforeprint', this.#update);
    removeEventListener('afterprint', this.#update);
  }
}
