import { expect, waitUntil } from '@open-wc/testing';
import { elementsFrom, mountBuilder, type Builder, type ManifestElement } from '../../builder/baukasten.ts';

// The Baukasten in Chromium, on a feed of its own (test/builder/feed.json: states, topics,
// networks and events the sample feed does not have), so every choice it offers must have come
// from the served feed.

const FEED = '/test/builder/feed.json';
const roots: HTMLElement[] = [];
let elements: ManifestElement[] = [];
before(async () => {
  // custom-elements.json as `npm run analyze` wrote it (the static page bundles the same file).
  elements = elementsFrom(await (await fetch('/custom-elements.json')).json());
  expect(elements.map((e) => e.tagName)).to.include('event-list');
});
const frames: HTMLIFrameElement[] = [];

async function open(feed = FEED): Promise<{ root: HTMLElement; builder: Builder }> {
  const root = document.createElement('div');
  document.body.append(root);
  roots.push(root);
  const builder = mountBuilder(root, {
    elements,
    feed,
    scriptUrl: new URL('/dist/bildungsnetz-widgets.js', location.href).href,
  });
  await builder.ready;
  return { root, builder };
}

afterEach(() => {
  for (const node of [...roots.splice(0), ...frames.splice(0)]) node.remove();
});

const choose = (root: HTMLElement, selector: string, value: string) => {
  const control = root.querySelector<HTMLSelectElement | HTMLInputElement>(selector)!;
  expect(control, selector).to.exist;
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
};
const check = (root: HTMLElement, attribute: string, label: string) => {
  const box = [
    ...root.querySelectorAll<HTMLInputElement>(`input[type=checkbox][data-attribute="${attribute}"]`),
  ].find((b) => b.closest('label')!.textContent!.trim() === label);
  expect(box, `a checkbox "${label}" for ${attribute}`).to.exist;
  box!.click();
};
const labels = (root: HTMLElement | Element, attribute: string) =>
  [...root.querySelectorAll(`fieldset[data-attribute="${attribute}"] label`)].map((l) =>
    l.textContent!.trim(),
  );
const options = (root: HTMLElement, attribute: string) =>
  [...root.querySelectorAll<HTMLOptionElement>(`select[data-attribute="${attribute}"] option`)].map(
    (o) => o.textContent,
  );
const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function rendered(el: Element, contains: string) {
  await waitUntil(() => text(el).includes(contains), `<${el.localName}> shows "${contains}": ${text(el)}`, {
    timeout: 10_000,
  });
}

describe('Baukasten: choices come from the feed', () => {
  it('offers states by name, topics by label, networks by name, never raw ids', async () => {
    const { root } = await open();
    choose(root, 'select[id$=element]', 'event-list');
    expect(labels(root, 'state')).to.deep.equal(['Bremen', 'Thüringen']);
    expect(labels(root, 'topic')).to.deep.equal(['Ganztag gestalten', 'Leseförderung']);
    expect(labels(root, 'network')).to.deep.equal(['Ganztag im Land', 'Netzwerk Lesen im Quartier']);
    expect(labels(root, 'type')).to.deep.equal(['Fachtag', 'Werkstatt']);
    choose(root, 'select[id$=element]', 'network-list');
    expect(labels(root, 'office')).to.deep.equal(['Regionalbüro Bremen']);
  });

  it('offers events, networks and programmes by title for the single-item elements', async () => {
    const { root } = await open();
    choose(root, 'select[id$=element]', 'event-card');
    expect(options(root, 'event-id')).to.deep.equal([
      'Der nächste kommende Termin',
      'Auftakt Ganztag im Land (20.11.2029)',
      'Werkstatt Lesen im Quartier (12.03.2030)',
      'Fachtag Ganztag im Land (02.04.2030)',
    ]);
    choose(root, 'select[id$=element]', 'network-card');
    expect(options(root, 'network-id')!.slice(1)).to.deep.equal([
      'Ganztag im Land',
      'Netzwerk Lesen im Quartier',
    ]);
    choose(root, 'select[id$=element]', 'programme-overview');
    expect(options(root, 'programme-id')!.slice(1)).to.deep.equal(['Programm Lesen und Lernen']);
  });

  it('writes the chosen ids into the HTML snippet and the shortcode', async () => {
    const { root, builder } = await open();
    choose(root, 'select[id$=element]', 'event-list');
    check(root, 'state', 'Thüringen');
    check(root, 'topic', 'Ganztag gestalten');
    choose(root, 'input[data-attribute=limit]', '2');
    choose(root, 'select[data-attribute=when]', 'all');
    const feed = new URL(FEED, location.href).href;
    expect(builder.htmlOutput.value).to.equal(
      `<script src="${new URL('/dist/bildungsnetz-widgets.js', location.href).href}" data-feed="${feed}" defer></script>\n` +
        // In the order of the manifest: the element's own attributes, then the shared filter ones.
        '<event-list when="all" limit="2" topic="ganztag" state="TH"></event-list>',
    );
    expect(builder.shortcodeOutput.value).to.equal(
      '[bildungsnetz element="event-list" when="all" limit="2" topic="ganztag" state="TH"]',
    );
  });
});

describe('Baukasten: preview and copied snippet', () => {
  it('the copied HTML, pasted into a plain page with the script, renders the same as the preview', async () => {
    const { root, builder } = await open();
    choose(root, 'select[id$=element]', 'event-list');
    check(root, 'state', 'Thüringen');
    choose(root, 'select[data-attribute=when]', 'all');
    const preview = builder.preview.querySelector('event-list')!;
    await rendered(preview, 'Fachtag Ganztag im Land');

    // "Copy": the button reports in the live region what happened.
    const status = root.querySelector('[id$=copy-status]')!;
    expect(status.getAttribute('role')).to.equal('status');
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'HTML kopieren')!.click();
    await waitUntil(() => status.textContent !== '', 'the copy button reports');
    expect(status.textContent).to.match(/Der HTML-Code (kopiert|ist markiert)/);

    const frame = document.createElement('iframe');
    frames.push(frame);
    frame.style.cssText = 'width:800px;height:600px;border:0';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Kopie</title></head><body>${builder.htmlOutput.value}</body></html>`;
    document.body.append(frame);
    await loaded;
    const pasted = frame.contentDocument!.querySelector('event-list')!;
    await rendered(pasted, 'Fachtag Ganztag im Land');
    await waitUntil(() => text(pasted) === text(preview), `same text:\n${text(pasted)}\n${text(preview)}`);
    expect(text(pasted)).to.not.contain('Werkstatt Lesen'); // the Bremen event is filtered out in both
    expect(pasted.shadowRoot!.querySelectorAll('h4, h3').length).to.equal(
      preview.shadowRoot!.querySelectorAll('h4, h3').length,
    );
  });
});

describe('Baukasten: editors see their mistakes', () => {
  const checkText = async (root: HTMLElement, snippet: string) => {
    const input = root.querySelector<HTMLTextAreaElement>('textarea[id$=check]')!;
    input.value = snippet;
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Prüfen')!.click();
    const result = root.querySelector('[id$=check-result]')!;
    await waitUntil(() => result.textContent !== '', 'a check result');
    return result.textContent!;
  };

  it('names a misspelled id with the closest one from the feed', async () => {
    const { root } = await open();
    const result = await checkText(root, '<event-card event-id="lesen-2030-3"></event-card>');
    expect(result).to.contain(
      '„lesen-2030-3“ (event-id) gibt es im Feed nicht. Meinten Sie „lesen-2030-03“ – Werkstatt Lesen im Quartier (12.03.2030)?',
    );
  });

  it('names an unknown element, attribute and value, in HTML and in shortcodes', async () => {
    const { root } = await open();
    const result = await checkText(
      root,
      '<script src="x.js" data-feed="f.json"></script><event-lsit></event-lsit><event-list whne="all" when="soon" state="XX"></event-list>\n' +
        '[bildungsnetz element="network-list" office="buero-bremn"]',
    );
    expect(result).to.contain('<event-lsit> ist kein Widget. Meinten Sie <event-list>?');
    expect(result).to.contain('„whne“ ist kein Attribut von <event-list>. Meinten Sie „when“?');
    expect(result).to.contain('„soon“ ist kein Wert von „when“. Möglich sind: upcoming, past, all.');
    expect(result).to.contain('„XX“ (state) gibt es im Feed nicht. Wählen Sie oben aus der Liste.');
    expect(result).to.contain(
      '„buero-bremn“ (office) gibt es im Feed nicht. Meinten Sie „buero-bremen“ – Regionalbüro Bremen?',
    );
  });

  it('says when the script tag has no feed, and takes a checked snippet into the form', async () => {
    const { root, builder } = await open();
    const result = await checkText(
      root,
      '<script src="x.js"></script><network-card network-id="netz-lesen"></network-card>',
    );
    expect(result).to.contain('Keine Datenquelle: Das Script-Tag hat kein data-feed');
    [...root.querySelectorAll('button')]
      .find((b) => b.textContent === '<network-card> in den Baukasten übernehmen')!
      .click();
    expect(builder.state().tag).to.equal('network-card');
    expect(builder.state().values).to.deep.equal({ 'network-id': 'netz-lesen' });
    expect(root.querySelector<HTMLSelectElement>('select[data-attribute=network-id]')!.value).to.equal(
      'netz-lesen',
    );
  });

  it('says what to fix when the feed address is missing or wrong', async () => {
    const empty = await open('');
    expect(empty.root.querySelector('[id$=feed-status]')!.textContent).to.equal(
      'Bitte geben Sie die Adresse des Feeds ein.',
    );
    const wrong = await open('/test/builder/no-such-feed.json');
    const status = wrong.root.querySelector('[id$=feed-status]')!;
    expect(status.textContent).to.match(
      /^Unter http:\/\/.+\/test\/builder\/no-such-feed\.json gibt es keinen Feed \(der Server antwortet 404\)\. Prüfen Sie die Adresse\.$/,
    );
    expect(status.classList.contains('error')).to.equal(true);
    const page = await open('/test/builder/baukasten.test.ts');
    expect(page.root.querySelector('[id$=feed-status]')!.textContent).to.contain('steht keine JSON-Datei');
  });

  it('is usable with the keyboard: every control has a label, the feed loads with Enter', async () => {
    const { root } = await open();
    for (const control of root.querySelectorAll<HTMLInputElement>('input, select, textarea')) {
      const named =
        control.labels?.length ||
        control.closest('label') ||
        control.getAttribute('aria-label') ||
        control.getAttribute('aria-labelledby');
      expect(named, `${control.outerHTML} has a label`).to.be.ok;
    }
    const feed = root.querySelector<HTMLInputElement>('input[id$=feed]')!;
    feed.value = '/test/builder/no-such-feed.json';
    feed.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    const status = root.querySelector('[id$=feed-status]')!;
    await waitUntil(() => /404/.test(status.textContent!), 'Enter loads the feed');
  });
});

describe('Baukasten: the built static page', () => {
  it('dist/baukasten.html (npm run build) runs: the feed from ?feed=, choices and the preview', async () => {
    const frame = document.createElement('iframe');
    frames.push(frame);
    frame.style.cssText = 'width:1000px;height:800px;border:0';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = `/dist/baukasten.html?feed=${encodeURIComponent(FEED)}`;
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    await waitUntil(
      () => /^Feed geladen: 3 Termine/.test(doc.querySelector('[id$=feed-status]')?.textContent ?? ''),
      'the static page loads the feed',
      { timeout: 10_000 },
    );
    expect(labels(doc.body, 'state')).to.deep.equal(['Bremen', 'Thüringen']);
    const select = doc.querySelector<HTMLSelectElement>('select[data-attribute=when]')!;
    select.value = 'all';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await rendered(doc.querySelector('.preview event-list')!, 'Auftakt Ganztag im Land');
    expect(doc.querySelector<HTMLTextAreaElement>('textarea[id$=html]')!.value).to.contain(
      `src="${new URL('/dist/bildungsnetz-widgets.js', location.href).href}"`,
    );
  });
});
