// Issue 13: speakers in dialogue formats (speakers38; own sentences about fictional events).
import assert from 'node:assert/strict';
import { quoteSpeakers as speakers } from '../helpers';
import { JOURNALIST_WORDS } from '../../../../src/core/recognize/unnamed-journalist';

describe('speakers38: an unnamed journalist after the cue (unnamed-journalist.ts)', () => {
  it('reads journalist words', () => {
    const p = 'tanya wartawan lain';
    assert.equal(JOURNALIST_WORDS.hasAt(p, 6, 14), true);
    assert.equal(JOURNALIST_WORDS.hasAt(p, 0, 5), false);
  });

  it('gives "tanya wartawan lain" nobody and the answer after it the official', () => {
    const t = 'Kapolres Kendal AKBP Hendra Gunawan mengatakan jalur mudik dijaga 300 personel.\n\n' +
      '"Bagaimana dengan jalur alternatif, Pak?" tanya wartawan lain.\n\n"Kami pasang dua pos tambahan."\n';
    assert.deepEqual(speakers(t), [null, 'Hendra Gunawan']);
  });
});
