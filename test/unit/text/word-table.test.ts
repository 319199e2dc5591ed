import assert from 'node:assert/strict';
import { capitalisedSpans } from '../../../src/core/text/capitalised';
import { spanHash, WordTable } from '../../../src/core/text/word-table';

describe('WordTable', () => {
  it('gives one id per distinct word, compared in place, across growth of the table', () => {
    const table = new WordTable();
    const words = Array.from({ length: 20_000 }, (_, i) => `Kata${i.toString(36)}`);
    const text = words.join(' ');
    const ids: number[] = [];
    let at = 0;
    for (const w of words) { ids.push(table.id(text, at, at + w.length)); at += w.length + 1; }
    assert.equal(new Set(ids).size, words.length);
    // Second pass: the same ids, found again (the table grew several times meanwhile).
    at = 0;
    words.forEach((w, i) => { assert.equal(table.id(text, at, at + w.length), ids[i]); at += w.length + 1; });
    assert.equal(table.words[ids[123]], words[123]);
  });

  it('tells apart words of the same length and hash slot, and empty words', () => {
    const table = new WordTable();
    // "Aa" and "BB" have the same 31-based hash: the characters decide.
    const a = table.id('Aa BB', 0, 2);
    const b = table.id('Aa BB', 3, 5);
    assert.notEqual(a, b);
    assert.deepEqual([table.words[a], table.words[b]], ['Aa', 'BB']);
    assert.equal(table.words[table.id('x', 0, 0)], '');
  });

  it('lower-cases once and keeps a memo per owner', () => {
    const table = new WordTable<string>();
    const id = table.id('PUTIN', 0, 5);
    assert.equal(table.lower(id), 'putin');
    assert.equal(table.lower(id), table.lower(id));
    const owner = {};
    assert.equal(table.memosFor(owner)[id], undefined);
    table.memosFor(owner)[id] = 'seen';
    assert.equal(table.memosFor(owner)[id], 'seen');
    assert.equal(table.memosFor({})[id], undefined, 'another owner starts afresh');
  });

  it('keeps a number per word, cleared with the memos (another owner, or reserve)', () => {
    const table = new WordTable(3);
    const owner = {};
    table.memosFor(owner);
    const ids = ['Satu', 'Dua', 'Tiga'].map((w) => table.id(w, 0, w.length));
    ids.forEach((id, i) => table.setMemoInt(id, 10 + i));
    // Growth of the table keeps them.
    for (let i = 0; i < 3000; i++) table.id(`K${i}`, 0, `K${i}`.length);
    assert.deepEqual(ids.map((id) => table.memoInt(id)), [10, 11, 12]);
    assert.equal(table.memoInt(table.id('K5', 0, 2)), 0, 'unset: 0');
    table.memosFor({});
    assert.deepEqual(ids.map((id) => table.memoInt(id)), [0, 0, 0], 'another owner starts afresh');
    table.setMemoInt(ids[0], 7);
    table.reserve();
    assert.equal(table.memoInt(table.id('Empat', 0, 5)), 0, 'a reset table has no numbers left');
  });

  it('empties itself past its bound only when asked between texts', () => {
    const table = new WordTable(2);
    for (const w of ['Satu', 'Dua', 'Tiga']) table.id(w, 0, w.length);
    assert.equal(table.words.length, 3, 'ids handed out stay valid until reserve()');
    table.reserve();
    assert.equal(table.words.length, 0);
    assert.equal(table.words[table.id('Empat', 0, 5)], 'Empat');
  });
});

describe('capitalisedSpans hashes', () => {
  it('gives each token the hash WordTable computes for it (apostrophes, domains, astral letters)', () => {
    const text = 'JAKARTA, KOMPAS.com - O’Brien dan Ma\'ruf bertemu 𝐀lpha Ünal serta TEMPO.CO di Bandung.';
    const starts: number[] = [];
    const ends: number[] = [];
    const hashes: number[] = [];
    const n = capitalisedSpans(text, starts, ends, hashes);
    assert.ok(n >= 8);
    const table = new WordTable();
    for (let k = 0; k < n; k++) {
      assert.equal(hashes[k], spanHash(text, starts[k], ends[k]), text.slice(starts[k], ends[k]));
      assert.equal(table.idHashed(text, starts[k], ends[k], hashes[k]), table.id(text, starts[k], ends[k]));
    }
  });
});
