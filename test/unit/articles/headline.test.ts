import * as assert from 'node:assert/strict';
import { HEAD_BYTES, headlineOfBytes, headlineOfText, MAX_HEADLINE_CHARS, utf8Head } from '../../../src/extension/articles/headline';

const enc = (s: string) => new TextEncoder().encode(s);

describe('articles/headline', () => {
  it('is the first non-empty line, trimmed, with inner whitespace collapsed', () => {
    assert.equal(headlineOfText('\n  \n  Kremlin:\tperingatan   NATO  \nbody'), 'Kremlin: peringatan NATO');
  });

  it('handles CRLF and lone CR line ends', () => {
    assert.equal(headlineOfText('\r\nJudul CRLF\r\nisi'), 'Judul CRLF');
    assert.equal(headlineOfText('Judul CR\risi'), 'Judul CR');
  });

  it('is undefined for an empty or blank file', () => {
    assert.equal(headlineOfText(''), undefined);
    assert.equal(headlineOfText(' \n\t\r\n'), undefined);
  });

  it('cuts an overlong first line by code points, never splitting an emoji', () => {
    const line = '🇺🇦'.repeat(200);
    const h = headlineOfText(line)!;
    assert.equal(Array.from(h).length, MAX_HEADLINE_CHARS);
    assert.ok(h.endsWith('…'));
    assert.ok(!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(h), 'no lone high surrogate');
  });

  it('strips a UTF-8 BOM', () => {
    assert.deepEqual(headlineOfBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Judul\n')])), { headline: 'Judul' });
  });

  it('reports non-UTF-8 and UTF-16 files instead of showing garbage', () => {
    const latin1 = headlineOfBytes(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a]));
    assert.ok('error' in latin1 && /not valid UTF-8/.test(latin1.error));
    const utf16 = headlineOfBytes(new Uint8Array([0xff, 0xfe, 0x4a, 0x00]));
    assert.ok('error' in utf16 && /UTF-16/.test(utf16.error));
  });

  it('decodes only the head of a huge file, cut on a character boundary', () => {
    // "é" is 2 bytes: put one across the HEAD_BYTES boundary
    const bytes = enc('Judul besar\n' + 'x'.repeat(HEAD_BYTES - 13) + 'é' + 'y'.repeat(100_000));
    const head = utf8Head(bytes);
    assert.equal(head.length, HEAD_BYTES - 1);
    assert.deepEqual(headlineOfBytes(bytes), { headline: 'Judul besar' });
    // a bad byte far below the headline does not hide it
    const tail = new Uint8Array(HEAD_BYTES * 2);
    tail.set(enc('Judul\n'));
    tail.fill(0x20, 6);
    tail[HEAD_BYTES + 10] = 0xff;
    assert.deepEqual(headlineOfBytes(tail), { headline: 'Judul' });
  });
});
