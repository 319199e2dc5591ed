import assert from 'node:assert/strict';
import fc from 'fast-check';
import { low, lowIs, word, wordIs, type Ctx } from '../../../src/core/recognize/actors/ctx';
import { WORDS } from '../../../src/core/recognize/actors/word-class';
import { capitalisedSpans } from '../../../src/core/text/capitalised';

/** The fields of a Ctx that the word helpers read, for the capitalised tokens of `p`. */
function tokensOf(p: string): Ctx {
  const ts: number[] = [];
  const te: number[] = [];
  const nt = capitalisedSpans(p, ts, te);
  const ids = ts.slice(0, nt).map((s, k) => WORDS.id(p, s, te[k]));
  return { p, ts, te, nt, ids } as unknown as Ctx;
}

// Words the rules compare tokens with, their neighbours in length and case, and the letters
// that lower-case in surprising ways (KELVIN SIGN to "k", dotted capital I to two units).
const piece = fc.constantFrom('Kota', 'KOTA', 'kota', 'Kotak', 'Kot', '\u212aota', 'The', 'THE', 'Th', 'Thee', 'Provinsi', 'PROVINSI',
  'Rumah', 'Sakit', 'PT', 'Pt', 'Foto', '\u0130', 'Ita', 'Wali', 'Grup', 'Liga', 'É', ' ', ', ', '-', 'x');
const paragraph = fc.array(piece, { maxLength: 10 }).map((ps) => ps.join(' '));
const targets = ['Kota', 'Kantor', 'Wilayah', 'Provinsi', 'the', 'kota', 'wali', 'rumah', 'sakit', 'grup', 'liga', 'pt', 'foto', 'provinsi', 'ita'];

describe('wordIs / lowIs (token words compared in place)', () => {
  it('answer as word(ctx, i) === w and low(ctx, i) === w do, for every token', () => {
    fc.assert(fc.property(paragraph, (p) => {
      const ctx = tokensOf(p);
      for (let i = 0; i < ctx.nt; i++) {
        for (const w of targets) {
          assert.equal(wordIs(ctx, i, w), word(ctx, i) === w, `${JSON.stringify(p)} token ${i} vs ${w}`);
          assert.equal(lowIs(ctx, i, w), low(ctx, i) === w, `${JSON.stringify(p)} token ${i} vs ${w} (lower)`);
        }
      }
    }), { numRuns: 1500 });
  });

  it('tell a word from a longer or differently cased one', () => {
    const ctx = tokensOf('Balai Kota Kotabaru KOTA');
    assert.equal(wordIs(ctx, 1, 'Kota'), true);
    assert.equal(wordIs(ctx, 2, 'Kota'), false);
    assert.equal(wordIs(ctx, 3, 'Kota'), false);
    assert.equal(lowIs(ctx, 3, 'kota'), true);
    assert.equal(lowIs(ctx, 0, 'balai'), true);
  });
});
