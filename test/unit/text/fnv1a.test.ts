import * as assert from 'node:assert/strict';
import { FNV1A_SEED, fnv1a, fnv1aMix } from '../../../src/core/text/fnv1a';

describe('fnv1a', () => {
  it('gives the published FNV-1a 32-bit values for ASCII text', () => {
    // Reference values of the FNV-1a test suite (hash of "", "a", "foobar").
    assert.equal(fnv1a(''), 0x811c9dc5);
    assert.equal(fnv1a('a'), 0xe40c292c);
    assert.equal(fnv1a('foobar'), 0xbf9cf968);
  });

  it('continues a hash: the parts hashed in turn equal the whole', () => {
    const text = 'Juru bicara Kremlin — “kata” 🙂 Peskov';
    const whole = fnv1a(text);
    for (let cut = 0; cut <= text.length; cut++) assert.equal(fnv1a(text, cut, text.length, fnv1a(text, 0, cut)), whole);
    let h = FNV1A_SEED;
    for (let i = 0; i < text.length; i++) h = fnv1aMix(h, text.charCodeAt(i));
    assert.equal(h, whole);
  });

  it('hashes a range of a longer string like the substring', () => {
    const text = 'Menurut Scholz, perundingan berlanjut';
    assert.equal(fnv1a(text, 8, 14), fnv1a('Scholz'));
  });

  it('is unsigned 32 bits', () => {
    for (const s of ['x', 'Sorot', 'ÿ'.repeat(50)]) {
      const h = fnv1a(s);
      assert.ok(Number.isInteger(h) && h >= 0 && h <= 0xffffffff);
    }
  });
});
