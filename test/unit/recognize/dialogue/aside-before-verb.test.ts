// Issue 13: speakers in dialogue formats (speakers38; own sentences about fictional events).
import assert from 'node:assert/strict';
import { quoteSpeakers as speakers } from '../helpers';

describe('speakers38: an aside and an adverb before the verb (attribution.ts)', () => {
  it('lets "X, yang memimpin rapat, langsung menyela." take the floor', () => {
    const t = 'Kepala Badan Pangan Nasional Sudarto Wijaya mengatakan stok beras aman.\n\n' +
      'Wakil Ketua Komisi IV DPR Rahmat Hidayat, yang memimpin rapat, langsung menyela.\n\n' +
      '"Aman sampai kapan, Pak Kepala?"\n';
    assert.deepEqual(speakers(t), ['Rahmat Hidayat']);
  });
});
