/**
 * The autoloader: `dist/autoload.js`, one small script that registers only the elements a page
 * uses. It looks for the elements' tags on the page, now and whenever content is added later
 * (a CMS inserting a teaser), and imports each element's code from the `chunks/` folder next
 * to itself. Every element chunk shares one base chunk (Lit, the base element, the data layer),
 * so a page with three kinds of elements downloads the base once.
 *
 * It runs as a classic script (with or without `defer`/`async`) and as `type="module"`: it has
 * no `import`/`export` of its own, and `import()` resolves relative to the script's own URL in
 * both. It adds no global, no inline script or style (fine under `script-src 'self'`), and a
 * second copy, the one-file script or the npm ESM on the same page change nothing: a tag that
 * is already defined is not loaded again.
 *
 * When an element's chunk cannot be loaded, each of its elements on the page shows an error
 * box with a retry button (in its light DOM, so it needs no code from the chunk); once the
 * element loads, its shadow root hides the box and the box is removed.
 */

import elements from 'virtual:bildungsnetz-elements';

/** Tag → import of its element's chunk (written by the build from src/components). */
const loaders = new Map(Object.entries(elements));

/** The texts of the error box (the element's own texts are in its chunk, which failed). */
const texts = {
  de: ['Die Inhalte können gerade nicht angezeigt werden.', 'Erneut versuchen'],
  en: ['The content cannot be shown right now.', 'Try again'],
};

/** Tags whose chunk is loading or loaded. */
const started = new Set<string>();

/** Failed loads so far. */
let failures = 0;

/**
 * A tag's chunk. After a failure the browser keeps the failed module under its URL, so a retry
 * asks for the chunk under a new one (`?retry=n`): the build names each element's chunk
 * `chunks/<tag>.js`. (When the shared base chunk itself failed, only reloading the page helps.)
 */
const importChunk = (tag: string): Promise<unknown> =>
  failures ? import(/* @vite-ignore */ `./chunks/${tag}.js?retry=${failures}`) : loaders.get(tag)!();

/** Imports a tag's chunk once; when that fails, every element with the tag shows the error box. */
function load(tag: string): void {
  if (started.has(tag) || customElements.get(tag)) return;
  started.add(tag);
  importChunk(tag)
    .then(() => {
      removeErrors(tag);
      // Every element is defined: nothing left to watch for.
      if ([...loaders.keys()].every((name) => customElements.get(name))) observer.disconnect();
    })
    .catch(() => {
      // Loadable again: a retry (or an element added later) imports it anew.
      failures++;
      started.delete(tag);
      for (const element of document.querySelectorAll(tag)) showError(element);
    });
}

/** The marker of the error box the autoloader adds. */
const BOX = 'data-bn-autoload-error';

function showError(element: Element): void {
  if (element.querySelector(`:scope > [${BOX}]`)) return;
  const lang = element.getAttribute('locale') || element.closest('[lang]')?.getAttribute('lang') || 'de';
  const [title, retry] = texts[lang.toLowerCase().startsWith('en') ? 'en' : 'de'];
  const box = document.createElement('div');
  box.setAttribute(BOX, '');
  box.setAttribute('role', 'alert');
  const text = document.createElement('p');
  text.textContent = title!;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = retry!;
  button.addEventListener('click', () => load(element.localName));
  box.append(text, button);
  element.prepend(box);
}

function removeErrors(tag: string): void {
  for (const box of document.querySelectorAll(`${tag} > [${BOX}]`)) box.remove();
}

const selector = [...loaders.keys()].join();

/** Loads the chunks of every element in `root` (itself included). */
function scan(root: Element | Document): void {
  if (root instanceof Element && loaders.has(root.localName)) load(root.localName);
  for (const element of root.querySelectorAll(selector)) load(element.localName);
}

const observer = new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
});
observer.observe(document, { childList: true, subtree: true });
scan(document);
