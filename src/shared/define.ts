/** Marks our element classes, so a second copy of the code (bundle twice, ESM + bundle) recognises the first. */
const OURS = Symbol.for('bildungsnetz-widgets.element');
/** Set on a page's own element class once we have warned about it, by whichever copy came first. */
const WARNED = Symbol.for('bildungsnetz-widgets.warned');

const warned = new Set<string>();

type Marked = CustomElementConstructor & { [OURS]?: true; [WARNED]?: true };

/**
 * Registers a tag without ever throwing: when the tag is already ours (the bundle loaded twice,
 * or ESM and bundle together) nothing happens; when a page defined it itself, the page keeps
 * its element and gets one console warning, however many copies of this code the page loads.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  (element as Marked)[OURS] = true;
  const existing = customElements.get(tag) as Marked | undefined;
  if (!existing) {
    // On its own: a define that throws (another library's patched registry, a scoped-registry
    // shim) costs this tag only, never the other elements of the bundle.
    try {
      customElements.define(tag, element);
    } catch (error) {
      console.warn(`bildungsnetz-widgets: <${tag}> could not be defined:`, error);
    }
  } else if (!existing[OURS] && !existing[WARNED] && !warned.has(tag)) {
    warned.add(tag);
    // Tells other copies; on a frozen class this fails silently and each copy warns once.
    Reflect.set(existing, WARNED, true);
    console.warn(
      `bildungsnetz-widgets: <${tag}> is already defined by this page; the page's own element is kept.`,
    );
  }
}
