import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/network-list/network-list.js';
import type { NetworkList } from '../../../src/components/network-list/network-list.js';

const FEED = '/src/data/sample-feed.json';
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const settled = async (el: NetworkList) => {
  await waitUntil(() => !el.shadowRoot!.querySelector('.loading'), 'still loading', { timeout: 10_000 });
  await el.updateComplete;
  return el;
};
const articles = (el: NetworkList) => [...el.shadowRoot!.querySelectorAll('article')];
const article = (el: NetworkList, name: string) =>
  articles(el).find((a) => a.querySelector('.heading')!.textContent!.startsWith(name))!;
/** The description list of an article as { term: text }. */
const facts = (a: Element) =>
  Object.fromEntries(
    [...a.querySelectorAll('dt')].map((dt) => [
      squash(dt.textContent),
      squash(dt.nextElementSibling!.textContent),
    ]),
  );

describe('<network-list> on the sample feed', () => {
  it('shows every network as an article with a heading, accessible', async () => {
    const el = await settled(
      await fixture<NetworkList>(html`<network-list src=${FEED} today="2026-11-23"></network-list>`),
    );
    const list = articles(el);
    expect(list).to.have.length(5);
    expect(list.map((a) => a.querySelector('h3')?.textContent)).to.deep.equal([
      'Übergänge gestalten – Bildungsübergänge kommunal koordinieren',
      'Wissen, was zählt! – Aufbau und Weiterentwicklung eines Bildungsmonitorings',
      'Gemeinsam steuern – Gremien und Kooperation im kommunalen Bildungsmanagement',
      'Netzwerk der bildungsmanagementaktiven Kommunen in Schleswig-Holstein',
      'Netzwerk der bildungsmanagementaktiven Kommunen in Mecklenburg-Vorpommern',
    ]);
    // Each article is named by its heading.
    for (const a of list) {
      const label = el.shadowRoot!.getElementById(a.getAttribute('aria-labelledby')!);
      expect(label).to.equal(a.querySelector('h3'));
    }
    await expect(el).to.be.accessible();
  });

  it('shows "Wissen, was zählt!" with BB, MV, SH as full names, the Regionalbüro Brandenburg and every field', async () => {
    const el = await settled(
      await fixture<NetworkList>(html`<network-list src=${FEED} today="2026-11-23"></network-list>`),
    );
    const a = article(el, 'Wissen, was zählt!');
    expect(squash(a.querySelector('.subtitle')!.textContent)).to.equal(
      'Netzwerk 2 · Netzwerk Bildungsmonitoring',
    );
    expect(squash(a.querySelector('.description')!.textContent)).to.contain(
      'Für den Aufbau und die Begleitung dieses Netzwerks ist das Regionalbüro Brandenburg zuständig.',
    );
    // "- " lines of the description are a real list.
    expect(a.querySelectorAll('.description li')).to.have.length(7);
    expect(facts(a)).to.deep.include({
      Art: 'Länderübergreifendes Netzwerk',
      Bundesländer: 'Brandenburg, Mecklenburg-Vorpommern, Schleswig-Holstein',
      Zuständig: 'Regionalbüro Brandenburg',
      Treffen: 'halbjährlich',
      Laufzeit: 'seit 2016',
      'Für wen?':
        'Kommunale Bildungsmonitorer*innen und Bildungsmanager*innen aus Kommunen, die mit der Transferagentur Nord-Ost zusammenarbeiten',
      Teilnahmevoraussetzung: 'Verbindliche Zielvereinbarung mit der Transferagentur Nord-Ost',
      Themen:
        'Bildungsmonitoring, Datenbasiertes kommunales Bildungsmanagement, Übergang Schule–Beruf, Fachkräftesicherung',
    });
    const office = [...a.querySelectorAll('dd a')].find((l) => l.textContent === 'Regionalbüro Brandenburg')!;
    expect(office.getAttribute('href')).to.equal(
      'https://www.transferagentur-nordost.example.org/regionalbueros/brandenburg',
    );
    expect(a.querySelector('[part="link"]')!.getAttribute('href')).to.equal(
      'https://www.transferagentur-nordost.example.org/netzwerke/wissen-was-zaehlt',
    );
    expect(facts(article(el, 'Übergänge gestalten')).Laufzeit).to.equal('2016–2017');
  });

  it('derives the next meeting from the events relative to today, with a link to it', async () => {
    const el = await settled(
      await fixture<NetworkList>(html`<network-list src=${FEED} today="2026-11-23"></network-list>`),
    );
    const next = facts(article(el, 'Wissen, was zählt!'))['Nächstes Treffen'];
    expect(next).to.equal(
      'Dienstag, 9. März 2027, 10:00 Uhr – Mittwoch, 10. März 2027, 15:00 Uhr Netzwerktreffen Bildungsmonitoring "Wissen, was zählt!"',
    );
    const link = [...article(el, 'Wissen, was zählt!').querySelectorAll('dd a')].find((l) =>
      l.textContent!.startsWith('Netzwerktreffen'),
    )!;
    expect(link.getAttribute('href')).to.equal(
      'https://www.transferagentur-nordost.example.org/veranstaltungen/bildungsmonitoring-2027-03-potsdam',
    );
    expect(
      facts(article(el, 'Netzwerk der bildungsmanagementaktiven Kommunen in Schleswig-Holstein'))[
        'Nächstes Treffen'
      ],
    ).to.contain('Dienstag, 8. Dezember 2026');
    expect(facts(article(el, 'Übergänge gestalten'))['Nächstes Treffen']).to.equal('Kein Termin geplant');
    // The meeting lasts until 10 March 15:00: still the next meeting that day, gone the day after.
    el.today = '2027-03-10';
    await el.updateComplete;
    expect(facts(article(el, 'Wissen, was zählt!'))['Nächstes Treffen']).to.contain('9. März 2027');
    el.today = '2027-03-11';
    await el.updateComplete;
    expect(facts(article(el, 'Wissen, was zählt!'))['Nächstes Treffen']).to.equal('Kein Termin geplant');
  });

  it('shows the members in a disclosure grouped by state with counts, opened with the keyboard', async () => {
    const el = await settled(await fixture<NetworkList>(html`<network-list src=${FEED}></network-list>`));
    const details = article(el, 'Wissen, was zählt!').querySelector('details')!;
    const summary = details.querySelector('summary')!;
    expect(details.open).to.equal(false);
    // The visible text (the summary holds both wordings, one shown at a time).
    expect(summary.innerText).to.equal('20 Kommunen anzeigen');
    expect(details.querySelector('ul')!.checkVisibility()).to.equal(false);
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    expect(summary.innerText).to.equal('20 Kommunen ausblenden');
    expect(details.querySelector('ul')!.checkVisibility()).to.equal(true);
    const groups = [...details.querySelectorAll(':scope > ul > li')];
    expect(groups.map((g) => squash(g.querySelector('.group')!.textContent))).to.deep.equal([
      'Brandenburg (9)',
      'Mecklenburg-Vorpommern (6)',
      'Schleswig-Holstein (5)',
    ]);
    expect([...groups[0]!.querySelectorAll('li')].map((li) => li.textContent)).to.include('Stadt Cottbus');
    expect([...groups[2]!.querySelectorAll('li')].map((li) => li.textContent)).to.include(
      'Hansestadt Lübeck',
    );
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Space' });
    expect(details.open).to.equal(false);
  });

  it('filters by state, topic and office (space-separated values)', async () => {
    const el = await settled(
      await fixture<NetworkList>(html`<network-list src=${FEED} state="MV"></network-list>`),
    );
    const names = () => articles(el).map((a) => a.querySelector('.heading')!.textContent!.split(' –')[0]);
    expect(names()).to.have.length(4);
    el.state = 'SH BB';
    el.topic = 'digitalisierung gremienarbeit';
    await el.updateComplete;
    expect(names()).to.deep.equal([
      'Gemeinsam steuern',
      'Netzwerk der bildungsmanagementaktiven Kommunen in Schleswig-Holstein',
    ]);
    el.state = undefined;
    el.topic = undefined;
    el.office = 'regionalbuero-brandenburg';
    await el.updateComplete;
    expect(names()).to.deep.equal(['Wissen, was zählt!']);
  });

  it('says which filter found nothing', async () => {
    const el = await settled(
      await fixture<NetworkList>(html`<network-list src=${FEED} state="BE HH"></network-list>`),
    );
    expect(squash(el.shadowRoot!.querySelector('[part="empty"]')!.textContent)).to.equal(
      'Keine Netzwerke für Bundesland „Berlin“ oder „Hamburg“.',
    );
    await expect(el).to.be.accessible();
    el.state = 'SH';
    el.topic = 'digitalisierung';
    el.office = 'regionalbuero-brandenburg';
    await el.updateComplete;
    expect(squash(el.shadowRoot!.querySelector('[part="empty"]')!.textContent)).to.equal(
      'Keine Netzwerke für Bundesland „Schleswig-Holstein“ und Thema „Digitalisierung in der Bildung“ und Regionalbüro „Regionalbüro Brandenburg“.',
    );
  });

  it('uses the heading level it is given', async () => {
    const el = await settled(
      await fixture<NetworkList>(
        html`<network-list src=${FEED} heading-level="2" office="regionalbuero-brandenburg"></network-list>`,
      ),
    );
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.contain('Wissen, was zählt!');
    expect(el.shadowRoot!.querySelector('h3')).to.equal(null);
  });

  it('speaks English', async () => {
    const el = await settled(
      await fixture<NetworkList>(
        html`<network-list src=${FEED} locale="en" today="2026-11-23"></network-list>`,
      ),
    );
    const a = article(el, 'Wissen, was zählt!');
    expect(facts(a)).to.deep.include({
      Kind: 'Länderübergreifendes Netzwerk',
      States: 'Brandenburg, Mecklenburg-Western Pomerania, Schleswig-Holstein',
      'Responsible office': 'Regionalbüro Brandenburg',
      Period: 'since 2016',
    });
    expect(facts(a)['Next meeting']).to.contain('Tuesday, 9 March 2027, 10:00');
    expect(facts(article(el, 'Übergänge gestalten'))['Next meeting']).to.equal('No meeting planned');
    expect(a.querySelector('summary')!.innerText).to.equal('Show 20 municipalities');
    expect(squash(a.querySelector('.subtitle')!.textContent)).to.equal(
      'Network 2 · Netzwerk Bildungsmonitoring',
    );
    el.state = 'BE';
    await el.updateComplete;
    expect(squash(el.shadowRoot!.textContent)).to.equal('No networks for state “Berlin”.');
  });
});

describe('<network-list> states', () => {
  it('shows a loading state first, then the networks', async () => {
    const el = await fixture<NetworkList>(
      html`<network-list src=${'/api/slow?ms=300&key=nl-loading'}></network-list>`,
    );
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Wird geladen');
    await oneEvent(el, 'feed-load');
    await el.updateComplete;
    // The slow feed has events but no networks: the empty state.
    expect(squash(el.shadowRoot!.textContent)).to.equal('Der Feed enthält keine Netzwerke.');
  });

  it('shows an error with a retry button when the feed fails', async () => {
    const el = await fixture<NetworkList>(
      html`<network-list debug src=${'/api/status?code=500&key=nl-error'}></network-list>`,
    );
    await oneEvent(el, 'feed-error');
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    // Visitors read one sentence; `debug` adds the cause for the editor.
    expect(alert.textContent).to.contain('Die Inhalte können gerade nicht angezeigt werden.');
    expect(alert.textContent).to.contain('Fehler 500');
    expect(alert.querySelector('button')!.textContent).to.equal('Erneut versuchen');
    await expect(el).to.be.accessible();
  });

  it('renders feed text as text and links only safe URLs', async () => {
    const feed = {
      version: 1,
      networks: [
        { id: 'n', name: '<img src=x onerror="window.hacked=1">', url: 'javascript:alert(1)', members: [] },
      ],
      events: [{ id: 'e', title: 'Treffen', start: '2030-01-01', network: 'n', url: 'javascript:alert(2)' }],
    };
    const el = await settled(
      await fixture<NetworkList>(html`<network-list .feed=${feed} today="2026-11-23"></network-list>`),
    );
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('h3')!.textContent).to.equal('<img src=x onerror="window.hacked=1">');
    expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(0);
    expect(facts(articles(el)[0]!)['Nächstes Treffen']).to.equal(
      'Dienstag, 1. Januar 2030 (ganztägig) Treffen',
    );
    // No members: no disclosure.
    expect(el.shadowRoot!.querySelector('details')).to.equal(null);
  });
});
