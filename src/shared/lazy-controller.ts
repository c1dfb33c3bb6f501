import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tells whether a host must still wait before doing something costly (loading its feed) until
 * it comes near the viewport (within 400 px), so widgets far down a page do not compete with its first paint.
 * Once near, it stays near. It watches with an IntersectionObserver only while it waits and the
 * host is on the page, and asks the host for an update when the wait is over.
 */
export class LazyController implements ReactiveController {
  /** The host has come near the viewport (it stays so). */
  near = false;

  readonly #host: ReactiveControllerHost & Element;
  /** Whether the host waits for the viewport at all (e.g. `loading="lazy"`), read on every update. */
  readonly #enabled: () => boolean;
  #observer?: IntersectionObserver;

  constructor(host: ReactiveControllerHost & Element, enabled: () => boolean) {
    this.#host = host;
    this.#enabled = enabled;
    host.addController(this);
  }

  /** Whether the host must still wait for the viewport. */
  get waiting(): boolean {
    return this.#enabled() && !this.near;
  }

  hostConnected(): void {
    this.#watch();
  }

  hostUpdate(): void {
    this.#watch();
  }

  hostDisconnected(): void {
    this.#stop();
  }

  /** Observes the host while it waits and is on the page; stops once it no longer waits. */
  #watch(): void {
    if (!this.waiting) return this.#stop();
    if (this.#observer || !this.#host.isConnected) return;
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.near = true;
        this.#stop();
        this.#host.requestUpdate();
      },
      // The host's own document as root: the margin then also works inside an iframe.
      { root: this.#host.ownerDocument, rootMargin: '400px' },
    );
    this.#observer.observe(this.#host);
  }

  #stop(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }
}
