import assert from 'node:assert/strict';
import { decodeArticle, firstInvalidUtf8Byte } from '../../../src/core/text/decode';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeArticle', () => {
  it('decodes UTF-8 and keeps CRLF as read', () => {
    assert.deepEqual(decodeArticle(enc('Rusia\r\nNATO')), { text: 'Rusia\r\nNATO' });
  });
  it('strips a leading BOM so offsets do not count it', () => {
    const r = decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Kyiv')]));
    assert.deepEqual(r, { text: 'Kyiv' });
  });
  it('keeps a BOM that is not at the start (it is text)', () => {
    const r = decodeArticle(enc('a\ufeffb'));
    assert.deepEqual(r, { text: 'a\ufeffb' });
  });
  it('refuses invalid UTF-8 and names the byte offset', () => {
    const r = decodeArticle(new Uint8Array([0x41, 0x42, 0xc3, 0x28]));
    assert.ok('error' in r);
    assert.match(r.error, /not valid UTF-8.*byte offset 2/);
  });
  it('refuses binary (NUL bytes) and UTF-16', () => {
    const bin = decodeArticle(new Uint8Array([0x41, 0x00, 0x42]));
    assert.ok('error' in bin && /binary/.test(bin.error));
    const u16 = decodeArticle(new Uint8Array([0xff, 0xfe, 0x41, 0x00]));
    assert.ok('error' in u16 && /UTF-16/.test(u16.error));
  });
  it('decodes the empty file to the empty text', () => {
    assert.deepEqual(decodeArticle(new Uint8Array()), { text: '' });
  });
  it('firstInvalidUtf8Byte finds overlong forms and surrogates', () => {
    assert.equal(firstInvalidUtf8Byte(new Uint8Array([0x61, 0xc0, 0x80])), 1);
    assert.equal(firstInvalidUtf8Byte(new Uint8Array([0xed, 0xa0, 0x80])), 0);
    assert.equal(firstInvalidUtf8Byte(enc('héllo 🙏')), enc('héllo 🙏').length);
  });
});
