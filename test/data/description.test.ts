import { expect } from '@open-wc/testing';
import { parseDescription } from '../../src/data/description.js';

describe('description: paragraphs and list items', () => {
  it('splits paragraphs at blank lines and keeps line breaks inside a paragraph', () => {
    expect(parseDescription('Erster Absatz\nzweite Zeile\n\n  \nZweiter Absatz')).to.deep.equal([
      'Erster Absatz\nzweite Zeile',
      'Zweiter Absatz',
    ]);
  });

  it('makes lines starting with "- " or "• " list items, also right after a paragraph line', () => {
    expect(
      parseDescription('Auf der Agenda:\n• Ressourcen\n  • Digitalpakt\nDanach: Austausch\n\n- eins\n- zwei'),
    ).to.deep.equal([
      'Auf der Agenda:',
      ['Ressourcen', 'Digitalpakt'],
      'Danach: Austausch',
      ['eins', 'zwei'],
    ]);
  });

  it('leaves a dash without a space, a lone bullet and CRLF text as they should be', () => {
    expect(parseDescription('-5 Grad\r\n•\r\n\r\n– Gedankenstrich')).to.deep.equal([
      '-5 Grad\n•',
      '– Gedankenstrich',
    ]);
    expect(parseDescription('')).to.deep.equal([]);
  });

  it('splits a network description the same way (the one parser of every element)', () => {
    expect(parseDescription('Eins\nzwei\n\nPlattform für:\n- a,\n• b\nDanach.')).to.deep.equal([
      'Eins\nzwei',
      'Plattform für:',
      ['a,', 'b'],
      'Danach.',
    ]);
  });
});
