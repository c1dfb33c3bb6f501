import { expect } from '@open-wc/testing';
import { fill, listOf, plural, quote } from '../../src/data/messages.js';

describe('fill', () => {
  it('replaces every {name} placeholder, numbers as String writes them, missing ones as nothing', () => {
    expect(fill('{n} Termine im {month}{missing}', { n: 3, month: 'Mai' })).to.equal('3 Termine im Mai');
    expect(fill('{a} und {a}', { a: 'x' })).to.equal('x und x');
  });

  // Issue 20, item 7: String.prototype.replace reads $&, $` and $' in a replacement string.
  it("inserts values literally: $&, $` and $' stay as they are", () => {
    for (const value of ['$&', '$`', "$'", '$$', '$1', 'Kosten: 5 $& mehr'])
      expect(fill('Kein Netzwerk „{id}“.', { id: value })).to.equal(`Kein Netzwerk „${value}“.`);
    // What the helper guards against: the same with a replacement string.
    expect('Kein Netzwerk „{id}“.'.replace('{id}', '$&')).to.equal('Kein Netzwerk „{id}“.');
  });

  it('leaves a value that looks like a placeholder alone (one pass)', () => {
    expect(fill('{a}', { a: '{b}', b: 'x' })).to.equal('{b}');
  });
});

describe('quote', () => {
  it('uses German low-high quotes and English curly quotes', () => {
    expect(quote('Fachtagung', 'de')).to.equal('„Fachtagung“');
    expect(quote('Fachtagung', 'en')).to.equal('“Fachtagung”');
  });
});

describe('listOf', () => {
  it('joins as Intl.ListFormat does, "and" by default, "or" on request', () => {
    expect(listOf(['A', 'B', 'C'], 'de')).to.equal('A, B und C');
    expect(listOf(['A', 'B', 'C'], 'en')).to.equal('A, B and C');
    expect(listOf(['A', 'B'], 'de', 'disjunction')).to.equal('A oder B');
    expect(listOf(['A', 'B', 'C'], 'en', 'disjunction')).to.equal('A, B or C');
    expect(listOf(['A'], 'de', 'disjunction')).to.equal('A');
  });
});

describe('plural', () => {
  const forms = { one: '{n} Termin im {month}', other: '{n} Termine im {month}' };

  it('picks one or other by Intl.PluralRules and fills {n} as the locale writes numbers', () => {
    expect(plural(1, 'de', forms, { month: 'Mai' })).to.equal('1 Termin im Mai');
    expect(plural(2, 'de', forms, { month: 'Mai' })).to.equal('2 Termine im Mai');
    expect(plural(0, 'de', forms, { month: 'Mai' })).to.equal('0 Termine im Mai');
    expect(plural(1234, 'de', forms, { month: 'Mai' })).to.equal('1.234 Termine im Mai');
    expect(plural(1234, 'en', { one: '{n} event', other: '{n} events' })).to.equal('1,234 events');
  });

  it('uses the zero form for exactly 0 when there is one', () => {
    const found = { zero: 'Keine Termine', one: 'ein Termin', other: '{n} Termine' };
    expect(plural(0, 'de', found)).to.equal('Keine Termine');
    expect(plural(1, 'de', found)).to.equal('ein Termin');
    expect(plural(5, 'de', found)).to.equal('5 Termine');
  });
});
