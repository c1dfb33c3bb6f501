import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/components/programme-overview/programme-overview.js';
import type { ProgrammeOverview } from '../../../src/components/programme-overview/programme-overview.js';

const FEED = '/src/data/sample-feed.json';
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const settled = async (el: ProgrammeOverview) => {
  await waitUntil(() => !el.shadowRoot!.querySelector('.loading'), 'still loading', { timeout: 10_000 });
  await el.updateComplete;
  return el;
};
const dd = (el: ProgrammeOverview, term: string) =>
  [...el.shadowRoot!.querySelectorAll('dt')].find((dt) => dt.textContent === term)?.nextElementSibling;
const terms = (el: ProgrammeOverview) =>
  [...el.shadowRoot!.querySelectorAll('dt')].map((dt) => dt.textContent);
const links = (el: Element | null | undefined) =>
  [...(el?.querySelectorAll('a') ?? [])].map((a) => [a.textContent, a.getAttribute('href')]);

describe('<programme-overview> on the sample feed', () => {
  it('shows "Programm im Überblick" as a description list: 2014–2020, BMBF and DLR', async () => {
    const el = await settled(
      await fixture<ProgrammeOverview>(html`<programme-overview src=${FEED}></programme-overview>`),
    );
    expect(squash(el.shadowRoot!.querySelector('h3')!.textContent)).to.equal(
      'Programm im Überblick: Transferagentur Nord-Ost',
    );
    expect(el.shadowRoot!.querySelector('dl')).to.exist;
    expect(el.shadowRoot!.querySelector('table')).to.equal(null);
    expect(terms(el)).to.deep.equal([
      'Wann?',
      'Für wen?',
      'Wo?',
      'Wirkt wie?',
      'Partner',
      'Teil der Initiative',
      'Regionalbüros',
    ]);
    expect(dd(el, 'Wann?')!.textContent).to.equal('2014–2020');
    expect(dd(el, 'Für wen?')!.textContent).to.equal(
      'Leitungs- und Fachkräfte der kommunalen Politik und Verwaltung in Landkreisen und kreisfreien Städten',
    );
    expect(dd(el, 'Wo?')!.textContent).to.equal('Mecklenburg-Vorpommern und Schleswig-Holstein');
    expect(squash(dd(el, 'Wirkt wie?')!.textContent)).to.match(
      /^Die Transferagentur Nord-Ost unterstützt .* arbeiten\.$/,
    );
    expect(links(dd(el, 'Partner'))).to.deep.equal([
      ['Bundesministerium für Bildung und Forschung (BMBF)', 'https://www.bmbf.example.org/'],
      ['Deutsches Zentrum für Luft- und Raumfahrt e. V. (DLR)', 'https://www.dlr.example.org/'],
    ]);
    expect(dd(el, 'Teil der Initiative')!.textContent).to.equal(
      'Transferinitiative Kommunales Bildungsmanagement',
    );
    await expect(el).to.be.accessible();
  });

  it('lists the offices with mailto and tel links', async () => {
    const el = await settled(
      await fixture<ProgrammeOverview>(html`<programme-overview src=${FEED}></programme-overview>`),
    );
    const offices = dd(el, 'Regionalbüros')!;
    expect(offices.querySelectorAll('li')).to.have.length(2);
    expect(squash(offices.querySelector('li')!.textContent)).to.equal(
      'Regionalbüro Mecklenburg-Vorpommern, Schwerin E-Mail: mecklenburg-vorpommern@transferagentur-nordost.example.org Telefon: +49 385 234567-0',
    );
    expect(links(offices.querySelector('li'))).to.deep.equal([
      [
        'Regionalbüro Mecklenburg-Vorpommern',
        'https://www.transferagentur-nordost.example.org/regionalbueros/mecklenburg-vorpommern',
      ],
      [
        'mecklenburg-vorpommern@transferagentur-nordost.example.org',
        'mailto:mecklenburg-vorpommern@transferagentur-nordost.example.org',
      ],
      ['+49 385 234567-0', 'tel:+493852345670'],
    ]);
    expect(el.shadowRoot!.querySelector('[part="link"]')!.getAttribute('href')).to.equal(
      'https://www.transferagentur-nordost.example.org/programme/transferagentur-nord-ost',
    );
  });

  it('shows the programme named by programme-id', async () => {
    const el = await settled(
      await fixture<ProgrammeOverview>(
        html`<programme-overview
          src=${FEED}
          programme-id="bildung-integriert"
          heading-level="2"
        ></programme-overview>`,
      ),
    );
    expect(squash(el.shadowRoot!.querySelector('h2')!.textContent)).to.contain('Bildung integriert');
    expect(dd(el, 'Wann?')!.textContent).to.equal('2015–2022');
    expect(dd(el, 'Wo?')!.textContent).to.equal('Brandenburg, Mecklenburg-Vorpommern und Schleswig-Holstein');
    expect(links(dd(el, 'Partner')).map(([name]) => name)).to.include('Europäischer Sozialfonds (ESF)');
    // No initiative in the feed: no row for it.
    expect(terms(el)).not.to.include('Teil der Initiative');
  });

  it('speaks English', async () => {
    const el = await settled(
      await fixture<ProgrammeOverview>(
        html`<programme-overview src=${FEED} locale="en"></programme-overview>`,
      ),
    );
    expect(squash(el.shadowRoot!.querySelector('h3')!.textContent)).to.equal(
      'Programme at a glance: Transferagentur Nord-Ost',
    );
    expect(terms(el)).to.deep.equal([
      'When?',
      'For whom?',
      'Where?',
      'How does it work?',
      'Partners',
      'Part of the initiative',
      'Regional offices',
    ]);
    expect(dd(el, 'Where?')!.textContent).to.equal('Mecklenburg-Western Pomerania and Schleswig-Holstein');
    expect(squash(dd(el, 'Regional offices')!.textContent)).to.contain('Phone: +49 385 234567-0');
    await expect(el).to.be.accessible();
  });
});

describe('<programme-overview> states and edge cases', () => {
  it('names a programme id the feed does not have', async () => {
    const el = await settled(
      await fixture<ProgrammeOverview>(
        html`<programme-overview src=${FEED} programme-id="lernen-vor-ort"></programme-overview>`,
      ),
    );
    expect(squash(el.shadowRoot!.querySelector('[part="empty"]')!.textContent)).to.equal(
      'Das Programm „lernen-vor-ort“ ist im Feed nicht enthalten.',
    );
    await expect(el).to.be.accessible();
  });

  it('shows the empty state, the loading state and the error state', async () => {
    const empty = await settled(
      await fixture<ProgrammeOverview>(
        html`<programme-overview .feed=${{ version: 1 }} locale="en"></programme-overview>`,
      ),
    );
    expect(squash(empty.shadowRoot!.textContent)).to.equal('The feed has no programme.');
    const slow = await fixture<ProgrammeOverview>(
      html`<programme-overview src=${'/api/slow?ms=300&key=po-loading'}></programme-overview>`,
    );
    expect(slow.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Wird geladen');
    await oneEvent(slow, 'feed-load');
    const failing = await fixture<ProgrammeOverview>(
      html`<programme-overview debug src=${'/api/status?code=404&key=po-error'}></programme-overview>`,
    );
    await oneEvent(failing, 'feed-error');
    await failing.updateComplete;
    // Visitors read one sentence; `debug` adds the cause for the editor.
    expect(failing.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(
      'Die Inhalte können gerade nicht angezeigt werden.',
    );
    expect(failing.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Fehler 404');
    await expect(failing).to.be.accessible();
  });

  it('shows only what the feed has, never links an unsafe URL, and writes an open period', async () => {
    const feed = {
      version: 1,
      offices: [{ id: 'o', name: 'Büro', email: 'not an address', phone: 'ruft an' }],
      programmes: [
        {
          id: 'p',
          name: 'P',
          period: { from: '2014' },
          partners: [{ name: 'Evil', url: 'javascript:alert(1)' }, { name: '<b>Fett</b>' }],
          offices: ['o'],
        },
      ],
    };
    const el = await settled(
      await fixture<ProgrammeOverview>(html`<programme-overview .feed=${feed}></programme-overview>`),
    );
    expect(terms(el)).to.deep.equal(['Wann?', 'Partner', 'Regionalbüros']);
    expect(dd(el, 'Wann?')!.textContent).to.equal('seit 2014');
    expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(0);
    expect(el.shadowRoot!.querySelector('b')).to.equal(null);
    expect([...dd(el, 'Partner')!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
      'Evil',
      '<b>Fett</b>',
    ]);
    expect(squash(dd(el, 'Regionalbüros')!.textContent)).to.equal(
      'Büro E-Mail: not an address Telefon: ruft an',
    );
  });
});
