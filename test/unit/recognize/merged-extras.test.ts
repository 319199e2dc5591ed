// The link pass's extra mentions from several steps as one list (merged-extras.ts).
import assert from 'node:assert/strict';
import { mergedFirstWins } from '../../../src/core/recognize/merged-extras';
import type { ActorMention } from '../../../src/core/recognize/types';

const at = (start: number, end: number, text: string): ActorMention => ({ start, end, text, type: 'ORG', canonical: text });
const shown = (ms: ActorMention[]) => ms.map((m) => `${m.text}@${m.start}`);

describe('extra mentions of the link pass merged (first list trusted more)', () => {
  it('(review 38) keeps the first list\'s mention on any overlap, also where the second\'s starts first', () => {
    // "Garuda Muda" of the first list at 10; the second's "Tim Garuda" at 6 overlaps it.
    assert.deepEqual(shown(mergedFirstWins([at(10, 21, 'Garuda Muda')], [at(6, 16, 'Tim Garuda')])), ['Garuda Muda@10']);
    // (and a second-list mention that ends inside a later first-list one, among others)
    const a = [at(0, 5, 'Alpha'), at(30, 42, 'Bank Sentosa')];
    const b = [at(8, 14, 'Bravo'), at(25, 34, 'Kopi Bank'), at(50, 55, 'Delta')];
    assert.deepEqual(shown(mergedFirstWins(a, b)), ['Alpha@0', 'Bravo@8', 'Bank Sentosa@30', 'Delta@50']);
  });
  it('keeps the first list\'s mention at the same start, and every mention that overlaps none, in text order', () => {
    assert.deepEqual(shown(mergedFirstWins([at(4, 9, 'Rajawali'), at(40, 45, 'Elang')], [at(4, 20, 'Rajawali Samarinda'), at(22, 30, 'Kancil')])),
      ['Rajawali@4', 'Kancil@22', 'Elang@40']);
    assert.deepEqual(shown(mergedFirstWins([], [at(1, 3, 'A'), at(5, 9, 'B')])), ['A@1', 'B@5']);
    assert.deepEqual(shown(mergedFirstWins([at(1, 3, 'A')], [])), ['A@1']);
  });
});
