import assert from 'node:assert/strict';
import { StringTable } from '../../../src/core/incremental/string-table';
import { fnv1a } from '../../../src/core/text/fnv1a';

describe('StringTable (the corpus index\'s names: a string-keyed map in open-addressing parts)', () => {
  it('gets, sets, deletes and counts as a Map does, through growth and many deletions', () => {
    const t = new StringTable<number>();
    const plain = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) {
      const key = `Nama ${i % 3000}`;
      t.set(key, i);
      plain.set(key, i);
      if (i % 3 === 0) {
        const gone = `Nama ${(i * 13) % 3000}`;
        assert.equal(t.delete(gone), plain.delete(gone));
      }
    }
    assert.equal(t.size, plain.size);
    for (const [k, v] of plain) assert.equal(t.get(k), v);
    for (let i = 0; i < 3000; i++) if (!plain.has(`Nama ${i}`)) assert.equal(t.get(`Nama ${i}`), undefined);
    assert.equal(t.get('tidak ada'), undefined);
    assert.equal(t.delete('tidak ada'), false);
    assert.deepEqual([...t.values()].sort((a, b) => a - b), [...plain.values()].sort((a, b) => a - b));
  });

  it('finds every key whose probe run a deletion shortened (keys that share a slot)', () => {
    // 1,000 keys in 16 parts of 64 slots at first: long runs, wrapping past the end.
    const t = new StringTable<string>();
    const keys = Array.from({ length: 1000 }, (_, i) => `k${i}`);
    for (const k of keys) t.set(k, k);
    for (let i = 0; i < keys.length; i += 2) assert.ok(t.delete(keys[i] as string));
    for (let i = 0; i < keys.length; i++) assert.equal(t.get(keys[i] as string), i % 2 === 0 ? undefined : keys[i]);
    for (let i = 0; i < keys.length; i += 2) t.set(keys[i] as string, 'again');
    for (let i = 0; i < keys.length; i++) assert.equal(t.get(keys[i] as string), i % 2 === 0 ? 'again' : keys[i]);
    assert.equal(t.size, 1000);
  });

  it('iterates part by part in a Map\'s order: setting again keeps a key\'s place, deleting and setting moves it last', () => {
    // The model: a Map per part, the part being the hash's low bits.
    const model = Array.from({ length: 16 }, () => new Map<string, number>());
    const t = new StringTable<number>();
    for (let i = 0; i < 6000; i++) {
      const key = `Aktor ${(i * 7) % 900}`;
      const part = model[fnv1a(key) & 15] as Map<string, number>;
      if (i % 5 === 0) {
        t.delete(key);
        part.delete(key);
      } else {
        t.set(key, i);
        part.set(key, i);
      }
    }
    assert.deepEqual([...t.values()], model.flatMap((m) => [...m.values()]));
  });

  it('reserves room beforehand and still grows past it', () => {
    const t = new StringTable<number>();
    t.reserve(100);
    for (let i = 0; i < 5000; i++) t.set(`n${i}`, i);
    assert.equal(t.size, 5000);
    for (let i = 0; i < 5000; i += 97) assert.equal(t.get(`n${i}`), i);
  });

  it('reserves in steps, one part\'s tables a step, with the same table as a reserve in one go', () => {
    const stepped = new StringTable<number>();
    const steps = stepped.reserveSteps(50_000);
    let count = 0;
    for (let s = steps.next(); !s.done; s = steps.next()) count++;
    // Sixteen parts: a warm reopen's half a million names are sixteen small allocations.
    assert.equal(count, 16);
    const once = new StringTable<number>();
    once.reserve(50_000);
    for (let i = 0; i < 3000; i++) {
      stepped.set(`Tokoh ${i}`, i);
      once.set(`Tokoh ${i}`, i);
    }
    assert.equal(stepped.size, 3000);
    assert.deepEqual([...stepped.values()], [...once.values()]);
    assert.equal(stepped.get('Tokoh 2999'), 2999);
  });

  it('sees a key set in a part its iteration has not reached, and not one deleted there', () => {
    const t = new StringTable<number>();
    for (let i = 0; i < 2000; i++) t.set(`x${i}`, i);
    const seen: number[] = [];
    let first = true;
    for (const v of t.values()) {
      if (first) {
        first = false;
        for (let i = 2000; i < 2100; i++) t.set(`x${i}`, i);
        for (let i = 0; i < 100; i++) t.delete(`x${i}`);
      }
      seen.push(v);
    }
    // Of the keys set meanwhile, those in parts ahead were seen; of those deleted, those in
    // the first part (being iterated, a copy) were still seen; nothing twice.
    assert.equal(new Set(seen).size, seen.length);
    assert.ok(seen.some((v) => v >= 2000), 'a key set meanwhile in a later part');
    assert.ok(seen.filter((v) => v < 100).length < 100, 'keys deleted meanwhile in later parts');
  });

  it('is empty after clear and usable again', () => {
    const t = new StringTable<number>();
    t.set('a', 1).set('b', 2);
    t.clear();
    assert.equal(t.size, 0);
    assert.deepEqual([...t.values()], []);
    t.set('a', 3);
    assert.equal(t.get('a'), 3);
  });
});
