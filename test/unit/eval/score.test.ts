import assert from 'node:assert/strict';
import type { GoldActor, GoldQuote } from '../../../eval/gold-types';
import { accuracy, prf, scoreDocument, totals, type PredictedActor } from '../../../eval/score';

//          0         1         2         3         4         5
//          012345678901234567890123456789012345678901234567890123456
const TEXT = '"Tidak," kata Peskov. Juru bicara Kremlin di Moskow "ya".';
const actor = (start: number, end: number, type: GoldActor['type'], canonical: string): GoldActor =>
  ({ start, end, text: TEXT.slice(start, end), type, canonical });
const quote = (start: number, end: number, speaker: string | null): GoldQuote =>
  ({ start, end, text: TEXT.slice(start, end), speaker });

const gold = {
  actors: [actor(14, 20, 'PER', 'Dmitry Peskov'), actor(34, 41, 'ORG', 'Kremlin'), actor(45, 51, 'GPE', 'Moscow')],
  quotes: [quote(0, 8, 'Dmitry Peskov'), quote(52, 56, 'Kremlin')],
};

describe('eval score', () => {
  it('gives a perfect score to a perfect prediction', () => {
    const s = scoreDocument('t', TEXT, gold, { actors: gold.actors, quotes: gold.quotes });
    assert.deepEqual(s.actors, { tp: 3, fp: 0, fn: 0 });
    assert.deepEqual(s.canonical, { correct: 3, total: 3 });
    assert.deepEqual(s.quotes, { tp: 2, fp: 0, fn: 0 });
    assert.deepEqual(s.speaker, { correct: 2, total: 2 });
    assert.deepEqual(s.errors, []);
  });

  it('counts span+type for F1 but canonical on exact spans whatever the type', () => {
    const predicted: PredictedActor[] = [
      { start: 14, end: 20, type: 'PER', canonical: 'Peskov' },   // span+type ok, canonical wrong
      { start: 34, end: 41, type: 'GPE', canonical: 'Kremlin' },  // type wrong, canonical right
      { start: 42, end: 51, type: 'GPE', canonical: 'Moscow' },   // span too long ("di Moskow")
      { start: 22, end: 33, type: 'ORG', canonical: 'Juru bicara' }, // spurious
    ];
    const s = scoreDocument('t', TEXT, gold, { actors: predicted, quotes: [] });
    // TP = Peskov; FP = Kremlin/GPE, "di Moskow", "Juru bicara"; FN = Kremlin/ORG, Moskow.
    assert.deepEqual(s.actors, { tp: 1, fp: 3, fn: 2 });
    // By type: the Kremlin FP counts under GPE (its predicted type), its FN under ORG.
    assert.deepEqual(s.actorsByType, { PER: { tp: 1, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 1, fn: 1 }, GPE: { tp: 0, fp: 2, fn: 1 } });
    const p = prf(s.actors);
    assert.equal(p.precision, 1 / 4);
    assert.equal(p.recall, 1 / 3);
    assert.ok(Math.abs(p.f1 - (2 * (1 / 4) * (1 / 3)) / (1 / 4 + 1 / 3)) < 1e-12);
    // Exact spans found: Peskov and Kremlin; only Kremlin's canonical is right.
    assert.deepEqual(s.canonical, { correct: 1, total: 2 });
    const canon = s.errors.filter((e) => e.kind === 'actor-canonical');
    assert.deepEqual(canon.map((e) => e.text), ['Peskov']);
    const fn = s.errors.find((e) => e.kind === 'actor-fn' && e.text === 'Moskow');
    assert.ok(fn && fn.kind === 'actor-fn' && fn.predicted?.start === 42, 'a FN reports the overlapping prediction');
  });

  it('matches quotes on exact span and scores speakers on matched quotes only (null == null)', () => {
    const goldNull = { actors: [], quotes: [quote(0, 8, null), quote(52, 56, 'Kremlin')] };
    const s = scoreDocument('t', TEXT, goldNull, {
      actors: [],
      quotes: [
        { start: 0, end: 8, speaker: null },           // matched, null == null
        { start: 52, end: 55, speaker: 'Kremlin' },    // closing mark missing: FP + FN
      ],
    });
    assert.deepEqual(s.quotes, { tp: 1, fp: 1, fn: 1 });
    assert.deepEqual(s.speaker, { correct: 1, total: 1 });
  });

  it('reports a wrong speaker', () => {
    const s = scoreDocument('t', TEXT, gold, {
      actors: [],
      quotes: [{ start: 0, end: 8, speaker: null }, { start: 52, end: 56, speaker: 'Dmitry Peskov' }],
    });
    assert.deepEqual(s.speaker, { correct: 0, total: 2 });
    assert.deepEqual(s.errors.filter((e) => e.kind.startsWith('quote')).map((e) => e.kind), ['quote-speaker', 'quote-speaker']);
  });

  it('counts a duplicated prediction once as a hit and once as a false positive', () => {
    const dup = { start: 14, end: 20, type: 'PER' as const, canonical: 'Dmitry Peskov' };
    const s = scoreDocument('t', TEXT, { actors: [gold.actors[0]], quotes: [] }, { actors: [dup, dup], quotes: [] });
    assert.deepEqual(s.actors, { tp: 1, fp: 1, fn: 0 });
  });

  it('sums micro totals over documents', () => {
    const a = scoreDocument('a', TEXT, gold, { actors: gold.actors.slice(0, 1), quotes: [] });
    const b = scoreDocument('b', TEXT, gold, { actors: gold.actors, quotes: gold.quotes });
    const t = totals([a, b]);
    assert.deepEqual(t.actors, { tp: 4, fp: 0, fn: 2 });
    assert.deepEqual(t.actorsByType.GPE, { tp: 1, fp: 0, fn: 1 });
    assert.deepEqual(t.quotes, { tp: 2, fp: 0, fn: 2 });
    assert.equal(prf(t.actors).recall, 4 / 6);
  });

  it('treats empty denominators as perfect and zero hits as F1 0', () => {
    assert.deepEqual(prf({ tp: 0, fp: 0, fn: 0 }), { precision: 1, recall: 1, f1: 1 });
    assert.equal(prf({ tp: 0, fp: 2, fn: 3 }).f1, 0);
    assert.equal(accuracy({ correct: 0, total: 0 }), 1);
  });

  it('matches reported statements on an overlap of at least half the longer span, one-to-one', () => {
    //                 0         1         2         3         4
    //                 0123456789012345678901234567890123456789012345
    const text = 'Rusia siap berunding dan sanksi harus dicabut, kata X.';
    const g = (start: number, end: number, speaker: string | null) => ({ start, end, text: text.slice(start, end), speaker });
    const goldR = { actors: [], quotes: [], reported: [g(0, 45, 'X')] };
    // 40 of 45 characters in common: a match, exact boundaries missed, speaker right.
    let s = scoreDocument('t', text, goldR, { actors: [], quotes: [], reported: [{ start: 5, end: 45, speaker: 'X' }, { start: 0, end: 45, speaker: 'Y' }] });
    assert.deepEqual(s.reported, { tp: 1, fp: 1, fn: 0 });
    assert.deepEqual(s.reportedExact, { tp: 1, fp: 1, fn: 0 });
    // The better overlap (the exact one) is the match: its speaker is wrong.
    assert.deepEqual(s.reportedSpeaker, { correct: 0, total: 1 });
    // 20 of 45: below half, no match.
    s = scoreDocument('t', text, goldR, { actors: [], quotes: [], reported: [{ start: 0, end: 20, speaker: 'X' }] });
    assert.deepEqual(s.reported, { tp: 0, fp: 1, fn: 1 });
    assert.deepEqual(s.errors.map((e) => e.kind), ['reported-fp', 'reported-fn']);
    // Not annotated for statements: nothing counted, and the totals say so.
    s = scoreDocument('t', text, { actors: [], quotes: [] }, { actors: [], quotes: [], reported: [{ start: 0, end: 20, speaker: 'X' }] });
    assert.equal(s.reportedScored, false);
    assert.deepEqual(s.reported, { tp: 0, fp: 0, fn: 0 });
    assert.equal(totals([s]).reportedScored, false);
  });
});
