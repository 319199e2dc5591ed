import * as assert from 'node:assert/strict';
import { headlineOfBytes } from '../../../src/extension/articles/headline';

const enc = (s: string) => new TextEncoder().encode(s);

describe('articles/headline (bytes to the Articles view headline)', () => {
  it('picks the headline by rule, not line 1', () => {
    assert.deepEqual(headlineOfBytes(enc('Rabu, 14 Mei 2025 07:45 WIB\nFoto: Antrean di loket.\nJudul Berita Sebenarnya\nisi')), { headline: 'Judul Berita Sebenarnya' });
  });

  it('strips a UTF-8 BOM', () => {
    assert.deepEqual(headlineOfBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Judul\n')])), { headline: 'Judul' });
  });

  it('reports non-UTF-8 and UTF-16 files instead of showing garbage', () => {
    const latin1 = headlineOfBytes(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a]));
    assert.ok('error' in latin1 && /not valid UTF-8/.test(latin1.error));
    assert.equal(latin1.headline, undefined);
    const utf16 = headlineOfBytes(new Uint8Array([0xff, 0xfe, 0x4a, 0x00]));
    assert.ok('error' in utf16 && /UTF-16/.test(utf16.error));
  });

  it('flags a bad byte far below the headline, as every other reader does, and still names the article', () => {
    const tail = new Uint8Array(64 * 1024);
    tail.set(enc('Judul Utama\nparagraf pertama.\n'));
    tail.fill(0x20, 30);
    tail[40 * 1024] = 0xff;
    const r = headlineOfBytes(tail);
    assert.ok('error' in r && /byte offset 40960/.test(r.error), JSON.stringify(r));
    assert.equal(r.headline, 'Judul Utama');
  });
});
