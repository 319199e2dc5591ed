import assert from 'node:assert/strict';
import { rangeLabel, splitIntoRanges, type KeyRange } from '../../../src/core/articles/split-ranges';

const names = (n: number, stem = 'artikel-') => Array.from({ length: n }, (_, i) => `${stem}${String(i).padStart(5, '0')}.txt`);
const id = (s: string) => s;

/** Every item of a range tree, in order. */
function flatten<T>(ranges: KeyRange<T>[]): T[] {
  return ranges.flatMap((r) => r.items ?? flatten(r.ranges ?? []));
}

describe('core/articles/split-ranges', () => {
  it('leaves a list of at most max items as it is', () => {
    assert.equal(splitIntoRanges(names(500), 500, id), undefined);
    assert.equal(splitIntoRanges([], 500, id), undefined);
  });

  it('splits 10,000 names into 20 ranges of 500, labelled by the prefixes that tell neighbours apart', () => {
    const ranges = splitIntoRanges(names(10_000), 500, id)!;
    assert.equal(ranges.length, 20);
    assert.ok(ranges.every((r) => r.count === 500 && r.items?.length === 500));
    assert.deepEqual(ranges.slice(0, 3).map(rangeLabel), ['artikel-000 – artikel-004', 'artikel-005 – artikel-009', 'artikel-010 – artikel-014']);
    assert.deepEqual(flatten(ranges), names(10_000));
  });

  it('makes ranges of nearly equal size (501 items: 251 + 250, not 500 + 1)', () => {
    const ranges = splitIntoRanges(names(501), 500, id)!;
    assert.deepEqual(ranges.map((r) => r.count), [251, 250]);
  });

  it('labels dictionary-like names with their first letters', () => {
    const words = ['Abdi', 'Adi', 'Bima', 'Budi', 'Citra', 'Dewi', 'Eka', 'Fajar'];
    assert.deepEqual(splitIntoRanges(words, 3, id)!.map(rangeLabel), ['A – Bi', 'Bu – D', 'E – F']);
    // neighbours that share a first letter need two
    assert.deepEqual(splitIntoRanges(['Ba', 'Bb', 'Bc', 'Bd'], 2, id)!.map(rangeLabel), ['Ba – Bb', 'Bc – Bd']);
  });

  it('adds a second level of ranges when the ranges themselves would be more than max', () => {
    const ranges = splitIntoRanges(names(1000), 10, id)!; // 100 ranges of 10 -> 10 ranges of 10 ranges
    assert.equal(ranges.length, 10);
    assert.ok(ranges.every((r) => r.items === undefined && r.ranges?.length === 10 && r.count === 100));
    assert.equal(rangeLabel(ranges[1]!), 'artikel-0010 – artikel-0019');
    assert.deepEqual(flatten(ranges), names(1000));
  });

  it('keeps labels at least minLabel long (a date range reads as dates)', () => {
    const keys = Array.from({ length: 6 }, (_, i) => `2024-02-0${i + 1} a.txt`);
    assert.deepEqual(splitIntoRanges(keys, 3, id, 10)!.map(rangeLabel), ['2024-02-01 – 2024-02-03', '2024-02-04 – 2024-02-06']);
  });

  it('never cuts a label inside a surrogate pair', () => {
    const keys = ['a😀x', 'a😀y', 'b😁x', 'b😁y'];
    const labels = splitIntoRanges(keys, 2, id)!.map((r) => [r.first, r.last]);
    assert.deepEqual(labels, [['a😀x', 'a😀y'], ['b😁x', 'b😁y']]);
    // two characters cut after "a" and half of the emoji: the whole emoji is kept
    const short = splitIntoRanges(['a😀x', 'b😀y', 'c😀x', 'd😀y'], 2, id, 2)!.map((r) => [r.first, r.last]);
    assert.deepEqual(short, [['a😀', 'b😀'], ['c😀', 'd😀']]);
  });
});
