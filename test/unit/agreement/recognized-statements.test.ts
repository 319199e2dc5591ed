// The one-to-one match of reported statements between two curated layers: spans overlap
// by at least half of the longer one (as `npm run eval` matches statements with gold).
import assert from 'node:assert/strict';
import { overlapPairs } from '../../../src/core/agreement/recognized-statements';

const span = (start: number, end: number) => ({ start, end });
const pairs = (as: Array<{ start: number; end: number }>, bs: Array<{ start: number; end: number }>) =>
  overlapPairs(as, bs).map(([x, y]) => `${x.start}-${x.end}/${y.start}-${y.end}`);

describe('reported statements: one-to-one match on an overlap of half the longer span', () => {
  it('matches at exactly half, not below', () => {
    // [0,10) and [5,10): overlap 5 of the longer 10, a match.
    assert.deepEqual(pairs([span(0, 10)], [span(5, 10)]), ['0-10/5-10']);
    // [20,30) and [26,40): overlap 4 of the longer 14, below 7: no match.
    assert.deepEqual(pairs([span(20, 30)], [span(26, 40)]), []);
  });

  it('pairs each statement once when one span meets two of the other layer', () => {
    // A statement [0,20) that the other annotator split into [0,12) and [13,20): the
    // first half overlaps 12 of 20 (a match), the second 7 of 20 (none).
    assert.deepEqual(pairs([span(0, 20)], [span(0, 12), span(13, 20)]), ['0-20/0-12']);
    // Two statements of A against one of B: only the first (overlap 12 of 20) matches.
    assert.deepEqual(pairs([span(0, 12), span(13, 20)], [span(0, 20)]), ['0-12/0-20']);
  });

  it('walks both lists in text order whatever order they come in', () => {
    assert.deepEqual(pairs([span(50, 60), span(0, 10)], [span(0, 10), span(30, 40), span(52, 60)]), ['0-10/0-10', '50-60/52-60']);
  });
});
