import assert from 'node:assert/strict';
import { mentions, steps } from './trace';

describe('actor rule credit-label', () => {
  it('a second label inside a credit line is skipped', () => {
    const p = 'Penulis: Nur Aisyah Rahman | Editor: Andi Hasrul';
    assert.ok(steps(p).includes('credit-label: Editor'));
    assert.deepEqual(mentions(p), ['Nur Aisyah Rahman/PER', 'Andi Hasrul/PER']);
  });
  it('a byline without colons, its parts split by bars: the label after a bar is skipped too (eleventh dev batch)', () => {
    const p = 'Penulis Galih Ramadhan | Editor Fajar Nugroho';
    assert.ok(steps(p).includes('credit-label: Editor'));
    assert.deepEqual(mentions(p), ['Galih Ramadhan/PER', 'Fajar Nugroho/PER']);
    // Not a byline: a sentence, or a headline that opens with the word.
    assert.deepEqual(mentions('Penulis Buku Laris Tampil di Festival | Hiburan'), []);
  });
});
