import assert from 'node:assert/strict';
import { singleSpaced } from '../../../src/core/recognize/spacing';

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
});
