import assert from 'node:assert/strict';
import { respace } from '../../../src/core/recognize/spacing';
import { INVISIBLE_CLASS, isInvisible, isOddBlank, ODD_BLANK_CLASS } from '../../../src/core/text/chars';

/** A string read as the recognizer reads an article: every run of blanks one plain space,
 *  invisible characters left out. */
const singleSpaced = (s: string): string => respace(s)?.text ?? s;

describe('spacing: singleSpaced (a name\'s identity whatever its gaps)', () => {
  it('a name with single plain spaces is returned as it is, the same string', () => {
    const name = 'Rina Puspa Sari';
    assert.equal(singleSpaced(name), name);
    assert.equal(singleSpaced(''), '');
    assert.equal(singleSpaced('Rina '), 'Rina ');
  });
  it('every odd blank and every run of blanks becomes one plain space', () => {
    for (const gap of ['  ', '\t', '\u00a0', '\u2002', '\u2009', '\u200a', '\u202f', '\u205f', '\u3000', ' \u00a0 ', '   ']) {
      assert.equal(singleSpaced(`Johari${gap}Abdul Ghani`), 'Johari Abdul Ghani', JSON.stringify(gap));
    }
    assert.equal(singleSpaced('Rina Puspa  '), 'Rina Puspa ');
  });
  it('invisible characters are left out, as respace leaves them out of the article', () => {
    for (const name of ['Nu\u00adgroho Adi', 'Nugroho\u00a0\u00adAdi', 'Nu\u200dgroho  Adi', '\ufeffNugroho Adi', 'Nugroho \u2060 Adi']) {
      assert.equal(singleSpaced(name), 'Nugroho Adi', JSON.stringify(name));
      assert.equal(singleSpaced(name), respace(name)!.text, JSON.stringify(name));
    }
  });
});

describe('chars: one table of blanks and invisible characters', () => {
  it('the predicates and the regex classes built from the table agree on every code unit', () => {
    const odd = new RegExp(`[${ODD_BLANK_CLASS}]`);
    const invisible = new RegExp(`[${INVISIBLE_CLASS}]`);
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      assert.equal(isOddBlank(c), odd.test(s), `U+${c.toString(16)}`);
      assert.equal(isInvisible(c), invisible.test(s), `U+${c.toString(16)}`);
      assert.ok(!(isOddBlank(c) && isInvisible(c)), `U+${c.toString(16)} is both`);
    }
    assert.ok(isOddBlank(0x200b) && isInvisible(0xfeff) && isInvisible(0xad) && !isOddBlank(32));
  });
});
