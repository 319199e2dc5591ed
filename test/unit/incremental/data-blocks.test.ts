import * as assert from 'node:assert/strict';
import { DataBlocks, type DataInBlock, portableOneByteText } from '../../../src/core/incremental/data-blocks';

const charsOf = (d: DataInBlock): string => d.file.text(d.file.bytes.subarray(d.at, d.at + d.length));

describe('DataBlocks (summaries\' one-byte data in shared blocks)', () => {
  it('keeps each string\'s characters as bytes, side by side in one block, a long one in a block of its own', () => {
    const blocks = new DataBlocks(portableOneByteText);
    const given = ['', 'a\u0000\u007f\u0080\u00ff', 'x'.repeat(64 * 1024 - 10), 'sampai', 'y'.repeat(100_000), 'z'];
    const kept = given.map((s) => blocks.keep(s) as DataInBlock);
    kept.forEach((d, k) => {
      assert.equal(d.length, given[k]!.length);
      assert.ok(d.at + d.length <= d.file.bytes.length, 'within its block');
      assert.equal(charsOf(d), given[k], `string ${k} reads back as given`);
    });
    assert.equal(kept[1]!.file, kept[2]!.file, 'strings that fit share a block');
    assert.equal(kept[2]!.at, kept[1]!.at + kept[1]!.length, 'one after the other');
    assert.notEqual(kept[3]!.file, kept[2]!.file, 'a string past the end of the block starts another');
    assert.equal(kept[4]!.file.bytes.length, 100_000, 'a string longer than a block has one of its own');
  });

  it('refuses a string with a character above U+00FF and gives its room to the next', () => {
    const blocks = new DataBlocks(portableOneByteText);
    const first = blocks.keep('abc') as DataInBlock;
    assert.equal(blocks.keep('kata “ini”'), undefined);
    const next = blocks.keep('def') as DataInBlock;
    assert.equal(next.at, first.at + 3, 'nothing taken by the string refused');
    assert.equal(charsOf(first), 'abc');
    assert.equal(charsOf(next), 'def');
  });

  it('a refused string opens no block, though it would not fit in the current one', () => {
    const blocks = new DataBlocks(portableOneByteText);
    const first = blocks.keep('x'.repeat(64 * 1024 - 10)) as DataInBlock;
    assert.equal(blocks.keep('“'.repeat(100)), undefined, 'longer than the room left, and two-byte');
    assert.equal(blocks.keep('“'.repeat(200_000)), undefined, 'longer than a block, and two-byte');
    const next = blocks.keep('def') as DataInBlock;
    assert.equal(next.file, first.file, 'the current block keeps its room for the next string');
    assert.equal(next.at, first.length);
  });

  it('makes strings with the decoder it is given', () => {
    let calls = 0;
    const blocks = new DataBlocks((bytes) => {
      calls++;
      return portableOneByteText(bytes);
    });
    assert.equal(charsOf(blocks.keep('berita') as DataInBlock), 'berita');
    assert.equal(calls, 1);
  });
});

describe('portableOneByteText', () => {
  it('gives the string of the bytes\' character codes, however long', () => {
    const bytes = Uint8Array.from({ length: 20_000 }, (_, i) => (i * 7) % 256);
    const text = portableOneByteText(bytes);
    assert.equal(text.length, bytes.length);
    for (let i = 0; i < bytes.length; i++) assert.equal(text.charCodeAt(i), bytes[i]);
  });
});
