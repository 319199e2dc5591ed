// A text with no full stop is one sentence however long it is (a transcript without
// punctuation, a pasted table): every reader that walks back to the sentence's start, or to
// the last comma, walked the whole text for each name in it. Sentences written for this test.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { cpuGrowth, LINEAR_GROWTH_LIMIT } from '../cpu-growth';

describe('one endless sentence: time grows with its length', () => {
  it('no full stop: the walk back to the sentence start resumes where the last one began (sentence-end.ts)', function () {
    this.timeout(120_000);
    // 900 KB of it took 13 s of CPU before, 1 s after
    const unit = 'Bupati Kudus Hartopo meninjau pasar di Kudus bersama Kapolres Kudus AKBP Budi Santoso lalu ia menyebut harga naik ';
    const growth = cpuGrowth((n) => analyze(unit.repeat(n)), 1_000);
    assert.ok(growth < LINEAR_GROWTH_LIMIT, `four times the text took ${growth.toFixed(2)}x the CPU: a walk back is quadratic`);
  });
  it('no comma: the look back for a comma before a name stops at the sentence start (narration-subject.ts)', function () {
    this.timeout(120_000);
    const unit = 'Pegulat Dewi Kartika Sembiring menang lagi. Lembayung Dewi tersenyum di podium. ';
    const growth = cpuGrowth((n) => analyze(unit.repeat(n)), 1_500);
    assert.ok(growth < LINEAR_GROWTH_LIMIT, `four times the text took ${growth.toFixed(2)}x the CPU: the look back is quadratic`);
  });
});
