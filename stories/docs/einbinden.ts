/**
 * German texts for the "Einbinden" page (for CMS editors). The list of elements and attributes
 * comes from custom-elements.json; this file only adds what the manifest cannot: a German
 * explanation and a sensible example value (from the sample feed) for each. A test
 * (test/node/storybook-coverage.test.ts) fails when an element or attribute has no text here.
 */

export interface AttributeText {
  /** What the attribute does, in German, for an editor. */
  text: string;
  /** An example value; `true` for a boolean attribute (written without a value). */
  example?: string | true;
}

export interface ElementText {
  /** What the element shows, in German. */
  shows: string;
  /** Attributes the basic snippet carries (name → value; `true` for a boolean attribute). */
  snippet: Record<string, string | true>;
  attributes: Record<string, AttributeText>;
}

/** Attributes every element has. */
export const commonAttributes: Record<string, AttributeText> = {
  src: {
    text: 'Adresse des Feeds (der JSON-Datei mit den Terminen). Nur nötig, wenn dieses Element einen anderen Feed zeigen soll als den im Script-Tag (`data-feed`) angegebenen.',
    example: 'https://example.org/feed.json',
  },
  locale: {
    text: 'Sprache: `de` (Deutsch, Standard) oder `en` (Englisch). Ohne Angabe gilt die Sprache der Seite (`lang`).',
    example: 'en',
  },
  today: {
    text: 'Stichtag im Format JJJJ-MM-TT: ab diesem Tag gelten Termine als „kommend“. Nur für Vorschauen und Tests; ohne Angabe gilt das heutige Datum.',
    example: '2026-12-01',
  },
  'easy-language': {
    text: 'Zeigt die Texte in Leichter Sprache, wo der Feed sie hat (für Seiten in Leichter Sprache); fehlt ein Text in Leichter Sprache, erscheint der normale. Besucherinnen und Besucher können mit dem Schalter „Leichte Sprache“ selbst wechseln.',
    example: true,
  },
  loading: {
    text: '`lazy`: das Element lädt seine Daten erst, wenn es in die Nähe des sichtbaren Bereichs gescrollt wird.',
    example: 'lazy',
  },
  debug: {
    text: 'Für die Redaktion: Kann das Element nichts anzeigen, nennt es im Fehlerkasten die Ursache und was zu tun ist. Besucherinnen und Besucher sehen ohne `debug` nur einen kurzen Satz und den Inhalt, den Sie in das Element geschrieben haben (z. B. einen Link auf alle Termine). Dasselbe für alle Elemente einer Seite: Adresse mit `?bn-debug` aufrufen. Die Ursache steht immer auch in der Browser-Konsole.',
    example: '',
  },
};

const headingLevel: AttributeText = {
  text: 'Überschriftenebene (2 bis 6, Standard 3). Passen Sie sie an die Überschriften Ihrer Seite an: steht das Element unter einer h2, wählen Sie 3.',
  example: '2',
};
const type: AttributeText = {
  text: 'Nur Termine dieser Art zeigen, z. B. `Netzwerktreffen`, `Fachtagung`, `Fortbildung`, `Entwicklungsworkshop`, `Hospitation`, `Online-Sprechstunde`.',
  example: 'Netzwerktreffen',
};
const topic: AttributeText = {
  text: 'Nur Einträge zu diesem Thema zeigen (die Kennung des Themas aus dem Feed, z. B. `bildungsmonitoring`).',
  example: 'bildungsmonitoring',
};
const network: AttributeText = {
  text: 'Nur Termine dieses Netzwerks zeigen (die Kennung des Netzwerks aus dem Feed).',
  example: 'wissen-was-zaehlt',
};
const accessible: AttributeText = {
  text: 'Nur Termine an Orten mit diesen Merkmalen (alle müssen im Feed angegeben sein): `step-free` (stufenloser Zugang), `accessible-toilet` (barrierefreies WC), `hearing-loop` (Induktionsschleife), `sign-language` (Gebärdensprachdolmetschung), `easy-language` (Material in Leichter Sprache), `parking` (Behindertenparkplatz); mehrere mit Leerzeichen getrennt.',
  example: 'step-free',
};
const state: AttributeText = {
  text: 'Nur Einträge aus diesem Bundesland (Kürzel: `BB` Brandenburg, `MV` Mecklenburg-Vorpommern, `SH` Schleswig-Holstein, `BE` Berlin …); mehrere mit Leerzeichen getrennt.',
  example: 'SH',
};

export const editorTexts: Record<string, ElementText> = {
  'event-card': {
    shows:
      'Eine Veranstaltung mit allen Angaben: Datum, Ort, Art, Status, Beschreibung, Ablauf, Anmeldung, Kontakt und „In den Kalender eintragen“.',
    snippet: { 'event-id': 'kiel-2019-09-24' },
    attributes: {
      'event-id': {
        text: 'Kennung der Veranstaltung im Feed. Ohne Angabe zeigt das Element den nächsten kommenden Termin.',
        example: 'kiel-2019-09-24',
      },
      variant: {
        text: '`full` (Standard): alle Angaben. `compact`: nur Titel, Datum, Ort, Art und Status, z. B. als Teaser.',
        example: 'compact',
      },
      'heading-level': headingLevel,
      'structured-data': {
        text: 'Schreibt die Veranstaltung zusätzlich als strukturierte Daten (schema.org) in die Seite, damit Suchmaschinen sie als Termin erkennen. Nur einmal pro Veranstaltung verwenden.',
        example: true,
      },
    },
  },
  'event-list': {
    shows: 'Eine Liste von Terminen, nach Monaten gruppiert, mit „Weitere Termine anzeigen“.',
    snippet: { limit: '5' },
    attributes: {
      when: {
        text: '`upcoming` (Standard): kommende Termine; `past`: vergangene, die neuesten zuerst; `all`: alle.',
        example: 'past',
      },
      limit: {
        text: 'Wie viele Termine zuerst gezeigt werden; weitere über die Schaltfläche.',
        example: '5',
      },
      type,
      topic,
      network,
      state,
      accessible,
      'heading-level': headingLevel,
      filters: {
        text: 'Zeigt über der Liste Auswahlfelder, mit denen Besucherinnen und Besucher nach Art, Thema, Bundesland und Netzwerk filtern können.',
        example: true,
      },
      'sync-url': {
        text: 'Mit `filters`: Die Auswahl der Besucherinnen und Besucher steht in der Adresse der Seite (z. B. `?bn-type=Fortbildung`), so lässt sie sich als Link weitergeben. Mehrere Elemente auf einer Seite bekommen dafür je eine `id`.',
        example: true,
      },
    },
  },
  'meeting-calendar': {
    shows:
      'Ein Monatskalender mit den Terminen an ihren Tagen; auf schmalen Bildschirmen eine Liste. Mit der Tastatur bedienbar.',
    snippet: {},
    attributes: {
      month: {
        text: 'Der Monat, der zuerst gezeigt wird (JJJJ-MM). Ohne Angabe der aktuelle Monat.',
        example: '2026-12',
      },
      view: {
        text: '`month`: Monatsraster; `list`: Liste der Termine des Monats.',
        example: 'list',
      },
      type,
      topic,
      network,
      state,
      accessible,
      'heading-level': headingLevel,
      filters: {
        text: 'Zeigt über dem Kalender Auswahlfelder, mit denen Besucherinnen und Besucher nach Art, Thema, Bundesland und Netzwerk filtern können.',
        example: true,
      },
      'sync-url': {
        text: 'Mit `filters`: Die Auswahl der Besucherinnen und Besucher steht in der Adresse der Seite (z. B. `?bn-type=Fortbildung`), so lässt sie sich als Link weitergeben. Mehrere Elemente auf einer Seite bekommen dafür je eine `id`.',
        example: true,
      },
    },
  },
  'network-list': {
    shows:
      'Die Netzwerke mit Beschreibung, Bundesländern, zuständigem Regionalbüro, Turnus, Mitgliedern und dem nächsten Treffen.',
    snippet: {},
    attributes: {
      state,
      topic,
      office: {
        text: 'Nur Netzwerke dieses Regionalbüros (Kennung aus dem Feed, z. B. `regionalbuero-schleswig-holstein`).',
        example: 'regionalbuero-schleswig-holstein',
      },
      'heading-level': headingLevel,
    },
  },
  'network-card': {
    shows: 'Ein einzelnes Netzwerk mit allen Angaben und dem nächsten Treffen.',
    snippet: { 'network-id': 'wissen-was-zaehlt' },
    attributes: {
      'network-id': {
        text: 'Kennung des Netzwerks im Feed. Ohne Angabe das erste Netzwerk des Feeds.',
        example: 'wissen-was-zaehlt',
      },
      'heading-level': headingLevel,
    },
  },
  'programme-overview': {
    shows: 'Der Kasten „Programm im Überblick“: Wann? Für wen? Wo? Wirkt wie? Partner.',
    snippet: { 'programme-id': 'transferagentur-nord-ost' },
    attributes: {
      'programme-id': {
        text: 'Kennung des Programms im Feed. Ohne Angabe das erste Programm des Feeds.',
        example: 'transferagentur-nord-ost',
      },
      'heading-level': headingLevel,
    },
  },
  'participation-chart': {
    shows:
      'Ein Balkendiagramm der Teilnahme an einem Netzwerk je Treffen, mit einer Tabelle derselben Zahlen für alle, die das Diagramm nicht sehen.',
    snippet: { network: 'wissen-was-zaehlt' },
    attributes: {
      network: {
        text: 'Kennung des Netzwerks, dessen Teilnahme gezeigt wird. Ohne Angabe das erste Netzwerk des Feeds.',
        example: 'wissen-was-zaehlt',
      },
      metric: {
        text: '`municipalities`: teilnehmende Kommunen (Standard); `people`: teilnehmende Personen.',
        example: 'people',
      },
      'heading-level': headingLevel,
    },
  },
  'news-list': {
    shows:
      'Aktuelle Beiträge, die neuesten zuerst: Datum, Titel, Kurztext, Bild mit Bildquelle und Themen; mit „Weitere Beiträge“.',
    snippet: { limit: '3' },
    attributes: {
      topic,
      network: {
        text: 'Nur Beiträge zu diesem Netzwerk (die Kennung des Netzwerks aus dem Feed).',
        example: 'wissen-was-zaehlt',
      },
      limit: {
        text: 'So viele Beiträge zuerst zeigen; die übrigen mit „Weitere Beiträge“. Ohne Angabe alle.',
        example: '3',
      },
      'heading-level': headingLevel,
    },
  },
  'news-card': {
    shows:
      'Ein Beitrag vollständig: Titel, Datum, Bild mit Bildquelle, Text mit Absätzen und Listen und – wenn der Beitrag eines nennt – das Teilnahme-Diagramm des Netzwerks.',
    snippet: { 'post-id': '5-jahre-netzwerktreffen-bildungsmonitoring' },
    attributes: {
      'post-id': {
        text: 'Kennung des Beitrags im Feed. Ohne Angabe der neueste Beitrag.',
        example: '5-jahre-netzwerktreffen-bildungsmonitoring',
      },
      'heading-level': headingLevel,
    },
  },
};
