import * as assert from 'node:assert/strict';
import { snapToWords } from '../../../src/core/annotations/snap-to-words';

describe('snapToWords (a selection that cuts words)', () => {
  const text = 'Ia menambahkan, sebanyak 40 warga kini mengungsi ke balai desa, sebagian besar lansia.';
  const at = (from: string, to: string) => ({ start: text.indexOf(from), end: text.indexOf(to) + to.length });
  const slice = (r: { start: number; end: number }) => text.slice(r.start, r.end);

  it('moves an end inside a word out to the whole word', () => {
    assert.equal(slice(snapToWords(text, ...Object.values(at('anyak', 'desa, se')) as [number, number])), 'sebanyak 40 warga kini mengungsi ke balai desa, sebagian');
    assert.equal(slice(snapToWords(text, text.indexOf('arga'), text.indexOf('arga') + 3)), 'warga');
  });

  it('leaves ends that fall between words, on punctuation or spaces, as they are', () => {
    for (const [from, to] of [['sebanyak', 'desa'], ['sebanyak', 'desa,'], [', sebanyak', 'warga'], ['40', '40']] as const) {
      const r = at(from, to);
      assert.deepEqual(snapToWords(text, r.start, r.end), r, `${from} … ${to}`);
    }
  });

  it('keeps apostrophed names and combining marks whole; a hyphen parts words, so one name of a pair stays alone', () => {
    const t = 'Pasangan Prabowo-Gibran, kata Ma\u2019ruf, menolak e\u0301tude 2019-2024 masing-masing.';
    const cut = (s: string, k: number, n: number) => { const i = t.indexOf(s) + k; return t.slice(...Object.values(snapToWords(t, i, i + n)) as [number, number]); };
    assert.equal(cut('Prabowo', 0, 7), 'Prabowo', 'the first name of a pair, selected exactly');
    assert.equal(cut('Gibran', 0, 6), 'Gibran');
    assert.equal(cut('Prabowo', 1, 4), 'Prabowo', 'cut inside: the name, not the pair');
    assert.equal(cut('Prabowo', 3, 7), 'Prabowo-Gibran', 'a selection across the hyphen takes both');
    assert.equal(cut('2019', 0, 4), '2019');
    assert.equal(cut('Ma\u2019ruf', 0, 2), 'Ma\u2019ruf');
    assert.equal(cut('e\u0301tude', 2, 2), 'e\u0301tude');
    assert.equal(cut('masing-masing', 3, 6), 'masing-masing');
    assert.equal(cut('masing-masing', 9, 2), 'masing');
  });

  it('does not join words across a dash with spaces, a hyphen at a word end, or the text ends', () => {
    const t = 'Rusia - Ukraina, pro- dan kontra';
    // (a hyphen at a word's end, "pro-", is no part of the word either)
    assert.equal(t.slice(...Object.values(snapToWords(t, 2, 5)) as [number, number]), 'Rusia');
    assert.equal(t.slice(...Object.values(snapToWords(t, t.indexOf('pro'), t.indexOf('pro') + 2)) as [number, number]), 'pro');
    assert.deepEqual(snapToWords(t, 0, t.length), { start: 0, end: t.length });
    assert.deepEqual(snapToWords(t, 3, 3), { start: 3, end: 3 });
  });
});
