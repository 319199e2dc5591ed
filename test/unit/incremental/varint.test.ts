// The index's number format has one owner (varint.ts): the readers of checked data and the
// checking readers read what VarintWriter wrote, from a string and from its bytes alike.
import assert from 'node:assert/strict';
import { CheckedVarintBytes, CheckedVarintReader, VarintBytesReader, VarintTextReader, VarintWriter } from '../../../src/core/incremental/varint';

class Numbers extends VarintWriter {
  add(u: number): this {
    this.uint(u);
    return this;
  }
}

const VALUES = [0, 1, 0x7f, 0x80, 300, 0x3fff, 0x4000, 1_000_000, 2 ** 31 - 1, 2 ** 31];

describe('varint: one format, four readers', () => {
  const w = new Numbers();
  for (const v of VALUES) w.add(v);
  const text = w.text();
  const bytes = Uint8Array.from([7, 7, ...Array.from(text, (c) => c.charCodeAt(0))]);

  it('the unchecked readers read back every number, minus their offset, from a string and from bytes', () => {
    const fromText = new VarintTextReader(text, 0);
    const fromBytes = new VarintBytesReader(bytes, 2, 0, 1);
    for (const v of VALUES) {
      assert.equal(fromText.int(), v);
      assert.equal(fromBytes.int(), v - 1);
    }
    assert.equal(fromText.pos, text.length);
    assert.equal(fromBytes.pos, text.length);
  });

  it('skip steps over whole numbers, as int reads them', () => {
    assert.equal(new VarintTextReader(text, 0).skip(4).int(), VALUES[4]);
    assert.equal(new VarintBytesReader(bytes, 2, 0).skip(7).int(), VALUES[7]);
  });

  it('the checked readers agree with the unchecked ones', () => {
    const checkedText = new CheckedVarintReader(text, 'test');
    const checkedBytes = new CheckedVarintBytes(bytes, 2, bytes.length, 'test');
    for (const v of VALUES) {
      assert.equal(checkedText.within(0, 2 ** 31), v);
      assert.equal(checkedBytes.within(0, 2 ** 31), v);
    }
    assert.ok(checkedText.done);
  });
});
