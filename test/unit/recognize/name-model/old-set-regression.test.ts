import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { loadGoldDir } from '../../../../eval/gold';
import { prf, scoreDocument, totals } from '../../../../eval/score';
import { analyze } from '../../../../src/core/recognize/analyze';

// The old evaluation set (eval/gold) scored 98.3 actor F1 before the name model was wired
// into the unknown-name rule (commit f96e2d0, `npm run eval`); the model must not cost it
// more than 0.3.
const OLD_SET_ACTOR_F1_BEFORE_MODEL = 0.983;

describe('name model: the old evaluation set as a regression check', () => {
  it('actor F1 on eval/gold drops by at most 0.3 points', () => {
    const dir = join(resolve(__dirname, '..', '..', '..', '..'), 'eval', 'gold');
    const scores = loadGoldDir(dir).map((d) => scoreDocument(d.name, d.articleText, d, analyze(d.articleText)));
    const f1 = prf(totals(scores).actors).f1;
    assert.ok(f1 >= OLD_SET_ACTOR_F1_BEFORE_MODEL - 0.003, `old-set actor F1 ${(100 * f1).toFixed(1)}`);
  });
});
