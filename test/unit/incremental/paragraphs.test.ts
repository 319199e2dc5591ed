import assert from 'node:assert/strict';
import { contentHash } from '../../../src/core/incremental/hash';
import { splitParagraphs } from '../../../src/core/incremental/paragraphs';

describe('splitParagraphs', () => {
  it('splits on LF, CRLF and CR and keeps empty lines', () => {
    const text = 'a\r\nbb\n\nc\rd';
    const ps = splitParagraphs(text).map((p) => text.slice(p.start, p.end));
    assert.deepEqual(ps, ['a', 'bb', '', 'c', 'd']);
  });
  it('returns one empty paragraph for empty text and a trailing one after a final break', () => {
    assert.deepEqual(splitParagraphs(''), [{ start: 0, end: 0 }]);
    assert.deepEqual(splitParagraphs('x\n'), [{ start: 0, end: 1 }, { start: 2, end: 2 }]);
  });
});

describe('contentHash', () => {
  it('is stable, range-aware and distinguishes close texts', () => {
    assert.equal(contentHash('Kremlin'), contentHash('xKremlin', 1));
    assert.notEqual(contentHash('Kremlin'), contentHash('Kremlim'));
    assert.notEqual(contentHash('ab'), contentHash('ba'));
    assert.notEqual(contentHash(''), contentHash('\0'));
  });
});
