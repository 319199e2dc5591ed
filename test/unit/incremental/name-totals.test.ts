import assert from 'node:assert/strict';
import { IdBag } from '../../../src/core/incremental/id-bag';
import { NameTotals } from '../../../src/core/incremental/name-totals';

describe('NameTotals (the corpus index\'s totals per name, in columns)', () => {
  it('opens a name with no counts, as PER until a mention gives its type, and keeps its first KB id', () => {
    const t = new NameTotals();
    const s = t.open('Raka Wisanadar');
    assert.deepEqual(t.total(s), { canonical: 'Raka Wisanadar', type: 'PER', mentions: 0, articles: 0, quotes: 0, reported: 0 });
    assert.equal(t.open('Raka Wisanadar', 'ORG', 'Q1'), s);
    t.count(s, 3, 1, 2, 1);
    // A mention's type no longer replaces it once the name has mentions; nor a second KB id.
    t.open('Raka Wisanadar', 'GPE', 'Q2');
    assert.deepEqual(t.total(s), { canonical: 'Raka Wisanadar', type: 'ORG', entityId: 'Q1', mentions: 3, articles: 1, quotes: 2, reported: 1 });
    assert.equal(t.slot('Raka Wisanadar'), s);
    assert.equal(t.slot('Tidak Ada'), undefined);
    assert.equal(t.size, 1);
  });

  it('gives totals as objects of their own: later counts do not reach them', () => {
    const t = new NameTotals();
    const s = t.open('Partai Nusa', 'ORG');
    t.count(s, 1, 1, 0, 0);
    const before = t.total(s);
    t.count(s, 4, 1, 0, 0);
    assert.equal(before.mentions, 1);
    assert.equal(t.total(s).mentions, 5);
  });

  it('drops a name only when every count is back to zero, and gives its slot to the next name', () => {
    const t = new NameTotals();
    const s = t.open('Dewi Lestari', 'PER');
    t.count(s, 2, 1, 1, 0);
    t.setIds(s, 'a1');
    t.count(s, -2, -1, 0, 0);
    t.dropIfEmpty(s);
    assert.equal(t.slot('Dewi Lestari'), s, 'a quote still counts');
    t.count(s, 0, 0, -1, 0);
    t.dropIfEmpty(s);
    assert.equal(t.slot('Dewi Lestari'), undefined);
    assert.equal(t.has(s), false);
    assert.equal(t.size, 0);
    const next = t.open('Bima Santoso', 'PER');
    assert.equal(next, s);
    assert.deepEqual(t.total(next), { canonical: 'Bima Santoso', type: 'PER', mentions: 0, articles: 0, quotes: 0, reported: 0 });
    assert.equal(t.ids(next), undefined, 'the dropped name\'s articles are not the new one\'s');
  });

  it('keeps every name\'s counts and articles as the columns grow by blocks', () => {
    const t = new NameTotals();
    const slots = Array.from({ length: 40_000 }, (_, i) => {
      const s = t.open(`Tokoh ${i}`, i % 2 ? 'ORG' : 'GPE');
      t.count(s, i, 1, i % 3, i % 5);
      t.setIds(s, i % 2 ? `a${i}` : new IdBag([`a${i}`, `b${i}`]));
      return s;
    });
    for (let i = 0; i < 40_000; i++) {
      const s = slots[i] as number;
      assert.deepEqual(t.total(s), { canonical: `Tokoh ${i}`, type: i % 2 ? 'ORG' : 'GPE', mentions: i, articles: 1, quotes: i % 3, reported: i % 5 });
      const ids = t.ids(s);
      assert.deepEqual(typeof ids === 'string' ? [ids] : [...(ids as IdBag)], i % 2 ? [`a${i}`] : [`a${i}`, `b${i}`]);
    }
    assert.deepEqual([...t.slots()].sort((a, b) => a - b), [...slots].sort((a, b) => a - b));
  });

  it('takes a saved name with its totals and articles (a restore)', () => {
    const t = new NameTotals();
    t.reserve(10);
    t.take({ canonical: 'Kota Lama', type: 'GPE', entityId: 'Q9', mentions: 7, articles: 2, quotes: 0, reported: 0 }, new IdBag(['x', 'y']));
    const s = t.slot('Kota Lama') as number;
    assert.deepEqual(t.total(s), { canonical: 'Kota Lama', type: 'GPE', entityId: 'Q9', mentions: 7, articles: 2, quotes: 0, reported: 0 });
    assert.deepEqual([...(t.ids(s) as IdBag)], ['x', 'y']);
    assert.equal(t.mentions(s), 7);
    assert.equal(t.canonical(s), 'Kota Lama');
  });
});
