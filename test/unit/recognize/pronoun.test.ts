import assert from 'node:assert/strict';
import fc from 'fast-check';
import { PRONOUN_IN, pronounIn } from '../../../src/core/recognize/pronoun';

// Pieces of pronouns, letters around them, and what tests the edges: astral letters and
// emoji (surrogate pairs, which the slice may cut in two), combining marks, the two
// characters that case-fold to ASCII letters (KELVIN SIGN, LONG S).
const piece = fc.constantFrom('ia', 'dia', 'Dia', 'IA', 'mereka', 'KAMI', 'kita', 'beliau', 'saya', 'sa\u017fa', '\u212aami',
  ' ', ',', '-', 'x', 'é', '\u0301', '𝐀', '😀', '\ud835', '\udc00', 'ber', 'Ia', 'adalah', '.');
const text = fc.array(piece, { maxLength: 10 }).map((ps) => ps.join(''));

describe('pronounIn', () => {
  it('agrees with the regex over the slice, wherever the slice starts and ends', () => {
    fc.assert(fc.property(text, (t) => {
      for (let from = 0; from <= t.length; from++) {
        for (let to = from; to <= t.length; to++) {
          assert.equal(pronounIn(t, from, to), PRONOUN_IN.test(t.slice(from, to)), `${JSON.stringify(t)} [${from}, ${to})`);
        }
      }
    }), { numRuns: 1500 });
  });

  it('finds a pronoun between non-letters and not inside a word', () => {
    assert.equal(pronounIn('Lalu ia menyebut ', 0, 17), true);
    assert.equal(pronounIn('Kemudian DIA berkata ', 0, 21), true);
    assert.equal(pronounIn('Media asing menyebut ', 0, 21), false, '"dia" inside "Media"');
    assert.equal(pronounIn('Sebelumnya, ', 0, 12), false);
  });
});
