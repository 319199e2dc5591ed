// When the desktop index stops making synchronous stats (core/fs/stat-pace.ts).
import * as assert from 'node:assert/strict';
import { SLOW_STAT_MS, STAT_WINDOW, StatPace } from '../../../src/core/fs/stat-pace';

function window(pace: StatPace, durations: (i: number) => number): void {
  for (let i = 0; i < STAT_WINDOW; i++) pace.note(durations(i));
}

describe('StatPace', () => {
  it('stays quick when one stat of a window waited for the processor', () => {
    // 63 stats of 20 µs and one that the operating system held 16 ms: an average of
    // 0.27 ms, a median of 0.02 ms.
    const pace = new StatPace();
    window(pace, (i) => (i === 10 ? 16 : 0.02));
    assert.equal(pace.isQuick, true);
  });

  it('stays quick when a few stats of every window waited', () => {
    const pace = new StatPace();
    for (let w = 0; w < 20; w++) window(pace, (i) => (i % 16 === 0 ? 40 : 0.03));
    assert.equal(pace.isQuick, true);
  });

  it('stops when most stats of a window are slow, and stays stopped', () => {
    const pace = new StatPace();
    window(pace, () => 0.02);
    assert.equal(pace.isQuick, true);
    window(pace, (i) => (i % 4 === 0 ? 0.02 : SLOW_STAT_MS * 4));
    assert.equal(pace.isQuick, false);
    window(pace, () => 0.01);
    assert.equal(pace.isQuick, false);
  });

  it('judges a whole window, not a partial one', () => {
    const pace = new StatPace();
    for (let i = 0; i < STAT_WINDOW - 1; i++) pace.note(5);
    assert.equal(pace.isQuick, true);
    pace.note(5);
    assert.equal(pace.isQuick, false);
  });
});
