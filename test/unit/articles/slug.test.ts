import * as assert from 'node:assert/strict';
import { slugOf, uniqueFileName } from '../../../src/extension/articles/slug';

describe('articles/slug', () => {
  it('turns a headline into lower-case hyphenated ASCII words', () => {
    assert.equal(slugOf('Prabowo di DPR: Swasembada Pangan Bukan Sekadar Slogan'), 'prabowo-di-dpr-swasembada-pangan-bukan-sekadar-slogan');
    assert.equal(slugOf('Café “Kopi” — Ekspor 2025!'), 'cafe-kopi-ekspor-2025');
  });

  it('stops at a word boundary within 60 characters', () => {
    const s = slugOf('Kata '.repeat(40));
    assert.ok(s.length <= 60 && !s.endsWith('-'), s);
  });

  it('falls back to a usable name for headlines without Latin letters or digits', () => {
    assert.equal(slugOf('🇺🇦🙏'), 'artikel');
    assert.equal(slugOf('Новости'), 'artikel');
  });

  it('adds -2, -3 ... when the name is taken', () => {
    const taken = new Set(['berita.txt', 'berita-2.txt']);
    assert.equal(uniqueFileName('berita', (n) => taken.has(n)), 'berita-3.txt');
    assert.equal(uniqueFileName('lain', (n) => taken.has(n)), 'lain.txt');
  });
});
