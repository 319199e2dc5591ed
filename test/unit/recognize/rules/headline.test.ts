import assert from 'node:assert/strict';
import { mentions, steps } from './trace';

describe('actor rules of headlines (kb-name, headline-speaker, skip-word)', () => {
  it('a Title Case headline reports KB names only', () => {
    const p = 'Kremlin Tolak Usulan Gencatan Senjata Dari Prancis';
    assert.deepEqual(mentions(p), ['Kremlin/ORG', 'Prancis/GPE']);
    assert.ok(steps(p).includes('skip-word: Tolak'));
  });
  it('and the speaker before a colon', () => {
    assert.deepEqual(steps('Guterres: Dunia Gagal Lindungi Warga Sipil').slice(0, 1), ['headline-speaker: Guterres']);
  });
  it('a title before the speaker stays outside; one plain word after it may be a body, left to the link pass', () => {
    assert.deepEqual(mentions('Rektor Untan: Status Baru Bukan Alasan Menaikkan Biaya'), []);
    assert.deepEqual(mentions('Rektor Raka Wicaksana: Kami Siap Diperiksa Kapan Saja'), ['Raka Wicaksana/PER']);
  });
});
