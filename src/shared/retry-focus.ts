import type { ReactiveElement } from 'lit';

/**
 * Keeps keyboard focus inside an element while its retry button reloads it: the button leaves
 * the page with the error box, and focus would fall back to `<body>`. While loading, the
 * loading status takes focus; once loaded, the new retry button (another failure) or else the
 * first heading, empty state or content does. Nothing is moved when the visitor has meanwhile
 * focused something else on the page.
 */
export async function keepFocusThroughRetry(host: ReactiveElement, done: Promise<unknown>): Promise<void> {
  const root = host.renderRoot as ShadowRoot;
  /** Whether focus is still ours to move: inside the element, or fallen back to the body. */
  const ours = () => document.activeElement === host || document.activeElement === document.body;
  /** Focuses the first element that matches one of the selectors, in their order. */
  const focus = (...selectors: string[]) => {
    const target = selectors.map((s) => root.querySelector<HTMLElement>(s)).find(Boolean);
    if (!target || !ours()) return;
    if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus();
  };
  await host.updateComplete;
  focus('[part~="loading"]');
  await done.catch(() => undefined);
  await host.updateComplete;
  focus('[part~="retry"]', 'h1, h2, h3, h4, h5, h6', '[part~="empty"]', '[part]');
}
