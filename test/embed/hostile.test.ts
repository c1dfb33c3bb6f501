import { expect } from '@open-wc/testing';
import { closePages, elementTags, openPage, settled } from './pages.js';

// demo/hostile.html is demo/plain.html plus the global resets CMS themes bring (demo/hostile.css:
// `*` margin/padding/line-height/box-sizing, `html { font-size: 62.5% }`, headings in 3rem
// uppercase, naked buttons and links). Both pages give the widgets the same column width and
// the same body font, which the widgets inherit by design. Everything inside the widgets must
// come out the same: every computed style of every element in every shadow root.

let tags: string[] = [];
before(async () => {
  tags = await elementTags();
});
afterEach(closePages);

/** Elements of a shadow tree, nested shadow roots included, in document order. */
function shadowElements(root: ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].flatMap((el) =>
    el.shadowRoot ? [el, ...shadowElements(el.shadowRoot)] : [el],
  );
}

/** `property: plain ≠ hostile` for every computed style that differs between the two trees. */
function differences(plain: Element, hostile: Element): string[] {
  const a = shadowElements(plain.shadowRoot!);
  const b = shadowElements(hostile.shadowRoot!);
  expect(
    b.map((el) => el.localName),
    `<${plain.localName}> renders the same elements`,
  ).to.deep.equal(a.map((el) => el.localName));
  const found: string[] = [];
  a.forEach((el, i) => {
    const sa = el.ownerDocument.defaultView!.getComputedStyle(el);
    const sb = b[i].ownerDocument.defaultView!.getComputedStyle(b[i]);
    for (const property of sa) {
      const va = sa.getPropertyValue(property);
      const vb = sb.getPropertyValue(property);
      if (va !== vb) found.push(`${el.localName}.${el.className} ${property}: ${va} ≠ ${vb}`);
    }
  });
  return found;
}

/** An element in the error state (a server error after its retry), which shows a retry button. */
async function addErrorCard(doc: Document, key: string): Promise<Element> {
  const card = doc.createElement('event-card');
  card.setAttribute('src', `/api/status?code=503&key=${key}`);
  doc.getElementById('widgets')!.append(card);
  await settled(card);
  return card;
}

describe('embedding: a page with hostile global CMS styles', () => {
  it('changes nothing inside any element: titles, text, spacing, controls', async () => {
    const plain = await openPage('/demo/plain.html', { height: 3000 });
    const hostile = await openPage('/demo/hostile.html', { height: 3000 });
    // The hostile styles are really there: the page's own headings and buttons are restyled.
    const pageH1 = hostile.win.getComputedStyle(hostile.doc.querySelector('h1')!);
    expect(pageH1.textTransform).to.equal('uppercase');
    expect(pageH1.fontSize).to.equal('30px');

    const key = `hostile-${Date.now()}`;
    const pairs: [Element, Element][] = [];
    for (const tag of tags) {
      const a = plain.doc.getElementById(`w-${tag}`)!;
      const b = hostile.doc.getElementById(`w-${tag}`)!;
      expect(a, `demo/plain.html has <${tag} id="w-${tag}">`).to.exist;
      expect(b, `demo/hostile.html has <${tag} id="w-${tag}">`).to.exist;
      await settled(a);
      await settled(b);
      pairs.push([a, b]);
    }
    pairs.push([await addErrorCard(plain.doc, `${key}-a`), await addErrorCard(hostile.doc, `${key}-b`)]);

    for (const [a, b] of pairs) {
      expect(differences(a, b), `<${a.localName}> looks different on the hostile page`).to.deep.equal([]);
    }
  });

  it('shows headings in their own size and case, and buttons with their own background and size', async () => {
    const { win, doc } = await openPage('/demo/hostile.html', { height: 3000 });
    const card = doc.getElementById('w-event-card')!;
    await settled(card);
    const title = card.shadowRoot!.querySelector('h2')!;
    const titleStyle = win.getComputedStyle(title);
    expect(titleStyle.textTransform).to.equal('none');
    expect(titleStyle.letterSpacing).to.equal('normal');
    // 1.2em of the inherited 18px body font, not the theme's 3rem.
    expect(titleStyle.fontSize).to.equal('21.6px');

    const errorCard = await addErrorCard(doc, `hostile-button-${Date.now()}`);
    const button = errorCard.shadowRoot!.querySelector('button')!;
    const style = win.getComputedStyle(button);
    expect(style.display).to.not.equal('none');
    expect(style.backgroundColor).to.equal('rgb(11, 92, 173)');
    expect(style.color).to.equal('rgb(255, 255, 255)');
    expect(style.borderTopWidth).to.equal('1px');
    expect(button.getBoundingClientRect().height).to.be.at.least(44);
  });
});
