import assert from 'node:assert/strict';
import { SplitMap } from '../../../src/core/incremental/split-map';

describe('SplitMap (a string- or integer-keyed map in parts, so that no one Map grows by half a million at once)', () => {
  it('gets, sets, deletes and counts as a Map does', () => {
    const m = new SplitMap<number>();
    const plain = new Map<string, number>();
    for (let i = 0; i < 5000; i++) {
      const key = `Nama ${i % 3000}`;
      m.set(key, i);
      plain.set(key, i);
      if (i % 7 === 0) assert.equal(m.delete(`Nama ${(i * 13) % 3000}`), plain.delete(`Nama ${(i * 13) % 3000}`));
    }
    assert.equal(m.size, plain.size);
    for (const [k, v] of plain) assert.equal(m.get(k), v);
    assert.equal(m.get('tidak ada'), undefined);
    assert.deepEqual([...m.values()].sort((a, b) => a - b), [...plain.values()].sort((a, b) => a - b));
  });

  it('keeps the order of first setting within a part, and the same order for the same keys', () => {
    const keys = Array.from({ length: 200 }, (_, i) => `Aktor ${i}`);
    const a = new SplitMap<string>();
    const b = new SplitMap<string>();
    for (const k of keys) a.set(k, k);
    for (const k of keys) b.set(k, k);
    a.set('Aktor 0', 'Aktor 0'); // setting again keeps its place, as in a Map
    assert.deepEqual([...a.values()], [...b.values()]);
  });

  it('is empty after clear', () => {
    const m = new SplitMap<number>();
    m.set('a', 1).set('b', 2);
    m.clear();
    assert.equal(m.size, 0);
    assert.deepEqual([...m.values()], []);
  });

  it('takes integer keys, pairs of ids above 2^32 included, with their entries as a Map gives them', () => {
    const m = new SplitMap<number, number>();
    const plain = new Map<number, number>();
    for (let i = 0; i < 3000; i++) {
      const key = (i % 1700) * 2 ** 21 + ((i * 7) % 1300); // source * 2^21 + target, as the analysis view's edges
      m.set(key, (m.get(key) ?? 0) + 1);
      plain.set(key, (plain.get(key) ?? 0) + 1);
    }
    assert.equal(m.size, plain.size);
    assert.deepEqual([...m.entries()].sort((a, b) => a[0] - b[0]), [...plain.entries()].sort((a, b) => a[0] - b[0]));
    const key = 2 ** 21 + 7; // i = 1
    assert.ok(m.delete(key) && !m.delete(key) && m.get(key) === undefined);
  });
});
