import assert from 'node:assert/strict';
import { CLASSES, nameScorer, tokensAfter, tokensBefore } from '../../../../src/core/recognize/name-model';
import { shapeOf } from '../../../../src/core/recognize/name-model/features';

/** The shipped model's most probable class for `run` where it stands in `p`. */
function classOf(p: string, run: string): string {
  const s = p.indexOf(run);
  assert.ok(s >= 0, `"${run}" in "${p}"`);
  const probs = nameScorer().score(run.split(' '), tokensBefore(p, s), tokensAfter(p, s + run.length), new Float64Array(CLASSES.length));
  let best = 0;
  for (let c = 1; c < probs.length; c++) if (probs[c] > probs[best]) best = c;
  return CLASSES[best];
}

describe('name model: the shipped scorer', () => {
  it('takes people named after a speech verb or as an object for persons', () => {
    assert.equal(classOf('"Kami siap," kata Siti Rahmawati.', 'Siti Rahmawati'), 'PER');
    assert.equal(classOf('Ia menemui Budi Santoso kemarin.', 'Budi Santoso'), 'PER');
  });
  it('takes a place of origin or a destination for a place', () => {
    assert.equal(classOf('Petani kopi asal Bukit Kerinci, Rahmat, ikut hadir.', 'Bukit Kerinci'), 'GPE');
    assert.equal(classOf('Penerbangan ke Pangkalan Bun dibatalkan.', 'Pangkalan Bun'), 'GPE');
  });
  it('takes a name ending in an organisation word for an organisation', () => {
    assert.equal(classOf('Kontrak itu diteken bersama Garuda Maintenance Facility tahun lalu.', 'Garuda Maintenance Facility'), 'ORG');
  });
  it('does not take a sentence-initial common word or an amount for a name', () => {
    assert.equal(classOf('Kebanyakan warga memilih mengungsi.', 'Kebanyakan'), 'O');
    assert.equal(classOf('Laba naik menjadi Rp16,2 triliun.', 'Rp16'), 'O');
  });
  it('gives probabilities that sum to one', () => {
    const probs = nameScorer().score(['Raka', 'Wicaksana'], ['kata'], ['.'], new Float64Array(CLASSES.length));
    assert.ok(Math.abs(probs.reduce((a, b) => a + b, 0) - 1) < 1e-9);
  });
});

describe('name model: context tokens as the corpora tokenise', () => {
  it('reads a word or one punctuation character, nearest first, and stops at a sentence end', () => {
    const p = 'Hujan turun. Menurut warga, Raka Putra (35) datang.';
    const s = p.indexOf('Raka');
    assert.deepEqual(tokensBefore(p, s), [',', 'warga']);
    assert.deepEqual(tokensBefore(p, p.indexOf('Menurut')), []);
    assert.deepEqual(tokensAfter(p, s + 'Raka Putra'.length), ['(', '35']);
    assert.deepEqual(tokensAfter(p, p.indexOf('datang') + 6), ['.']);
    assert.deepEqual(tokensAfter(p, p.indexOf('turun') + 5, 3), ['.']);
  });
  it('shapes: case pattern, digits, hyphen', () => {
    assert.deepEqual(['Raka', 'KPK', 'VnExpress', 'U-23', 'Rp16', 'iPhone', 'A'].map(shapeOf), ['Aa', 'AA', 'AaA', 'A0-', 'Aa0', 'aA', 'A']);
  });
});
