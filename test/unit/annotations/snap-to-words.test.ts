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

  it('keeps hyphenated and apostrophed words whole, digits with letters, and combining marks', () => {
    const t = 'Masing-masing pihak, kata Ma\u2019ruf, menolak e\u0301tude 3D-nya.';
    const cut = (s: string, k: number, n: number) => { const i = t.indexOf(s) + k; return t.slice(...Object.values(snapToWords(t, i, i + n)) as [number, number]); };
    assert.equal(cut('Masing-masing', 8, 3), 'Masing-masing');
    assert.equal(cut('Ma\u2019ruf', 0, 2), 'Ma\u2019ruf');
    assert.equal(cut('e\u0301tude', 2, 2), 'e\u0301tude');
    assert.equal(cut('3D-nya', 1, 1), '3D-nya');
  });

  it('does not join words across a dash with spaces, a hyphen at a word end, or the text ends', () => {
    const t = 'Rusia - Ukraina, pro- dan kontra';
    assert.equal(t.slice(...Object.values(snapToWords(t, 2, 5)) as [number, number]), 'Rusia');
    assert.equal(t.slice(...Object.values(snapToWords(t, t.indexOf('pro'), t.indexOf('pro') + 2)) as [number, number]), 'pro');
    assert.deepEqual(snapToWords(t, 0, t.length), { start: 0, end: t.length });
    assert.deepEqual(snapToWords(t, 3, 3), { start: 3, end: 3 });
  });
});
