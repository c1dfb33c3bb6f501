/** Marks our element classes, so a second copy of the bundle recognises the first. */
const OURS = Symbol.for('bildungsnetz-widgets.element');
const warned = new Set<string>();

/**
 * Registers a tag without ever throwing: when the tag is already ours (the bundle loaded twice,
 * or ESM and bundle together) nothing happens; when a page defined it itself, the page keeps
 * its element and gets one console warning.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  (element as unknown as Record<symbol, boolean>)[OURS] = true;
  const existing = customElements.get(tag) as unknown as Record<symbol, boolean> | undefined;
  if (!existing) {
    customElements.define(tag, element);
  } else if (!existing[OURS] && !warned.has(tag)) {
    warned.add(tag);
    console.warn(
      `bildungsnetz-widgets: <${tag}> is already defined by this page; the page's own element is kept.`,
    );
  }
}
