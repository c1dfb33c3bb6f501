/** DOM helpers of the robustness tests: looking through shadow roots as a visitor would. */

/** Every element inside `root`, through every shadow root. */
export function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return found;
}

export const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Whether `text` (its first 120 characters, whitespace normalised) is visible in the element. */
export function shows(host: Element, text: string): boolean {
  const wanted = normalize(text).slice(0, 120);
  return deepElements(host.shadowRoot!).some(
    (el) =>
      !['SCRIPT', 'STYLE', 'TEMPLATE'].includes(el.tagName) &&
      el.checkVisibility() &&
      normalize(el.textContent ?? '').includes(wanted),
  );
}

/** Schemes a link may have: the feed brief's four, and ones we generate for a download. */
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** Every link or resource address in the element's shadow DOM that is not allowed. */
export function unsafeAddresses(host: Element): string[] {
  const bad: string[] = [];
  for (const el of deepElements(host.shadowRoot!)) {
    for (const name of ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data', 'poster']) {
      const value = el.getAttribute(name);
      if (value === null) continue;
      let protocol: string;
      try {
        protocol = new URL(value, document.baseURI).protocol;
      } catch {
        continue; // not a URL at all: a browser follows nothing
      }
      // Our own "add to calendar" file may be a blob: or data:text/calendar download.
      const download =
        el.hasAttribute('download') && (protocol === 'blob:' || value.startsWith('data:text/calendar'));
      if (name === 'srcdoc' || !(LINK_SCHEMES.has(protocol) || download))
        bad.push(`<${el.localName} ${name}="${value}">`);
    }
  }
  return bad;
}

/** Elements or event-handler attributes that can only have come from markup in the feed. */
export function injectedMarkup(host: Element): string[] {
  return deepElements(host.shadowRoot!)
    .filter(
      (el) =>
        el.hasAttribute('data-bn-evil') ||
        (['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED'].includes(el.tagName) &&
          el.getAttribute('type') !== 'application/ld+json') ||
        [...el.attributes].some((a) => a.name.startsWith('on')),
    )
    .map((el) => el.outerHTML.slice(0, 120));
}

/**
 * Every link or resource address in the element's shadow DOM that is relative: it resolves
 * differently against another base of the same scheme (`http:host/path` is such a one).
 */
export function relativeAddresses(host: Element): string[] {
  const relative: string[] = [];
  for (const el of deepElements(host.shadowRoot!))
    for (const name of ['href', 'src']) {
      const value = el.getAttribute(name);
      if (value === null || value.startsWith('blob:')) continue;
      const { protocol } = new URL(value, document.baseURI);
      if (new URL(value, document.baseURI).href !== new URL(value, `${protocol}//other.invalid/x/`).href)
        relative.push(`<${el.localName} ${name}="${value}">`);
    }
  return relative;
}
