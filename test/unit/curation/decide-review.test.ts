import assert from 'node:assert/strict';
import type { Correction } from '../../../src/core/annotations/corrections';
import { curate } from '../../../src/core/curation/apply';
import { decide } from '../../../src/core/curation/decide';
import { nextUndecided, reviewProgress, reviewQueue } from '../../../src/core/curation/review';
import { analyze } from '../../../src/core/recognize/analyze';

// Written for these tests.
const TEXT = 'Gubernur Jawa Tengah, Ahmad Luthfi, meninjau tanggul. "Perbaikan selesai pekan ini," ujar Luthfi.';
const span = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });

describe('one decision per span and annotator', () => {
  it('a new decision replaces the annotator\'s earlier one on an overlapping span of that layer only', () => {
    const first = decide({ text: TEXT, ...span('Ahmad Luthfi'), annotator: 'ani', decision: 'reject', values: { layer: 'actor' }, now: 1 }, []).correction;
    const other = decide({ text: TEXT, ...span('Ahmad Luthfi'), annotator: 'budi', decision: 'reject', values: { layer: 'actor' }, now: 2 }, []).correction;
    const quote = decide({ text: TEXT, ...span('"Perbaikan selesai pekan ini,"'), annotator: 'ani', decision: 'reject', values: { layer: 'quote' }, now: 3 }, []).correction;
    const existing: Correction[] = [first, other, quote];
    const next = decide({ text: TEXT, ...span('Luthfi'), annotator: 'ani', decision: 'set', values: { layer: 'actor', type: 'PER', canonical: 'Ahmad Luthfi', entityId: 'ahmad-luthfi' }, now: 4 }, existing);
    assert.deepEqual(next.replaces, [first]);
    assert.deepEqual([next.correction.layer, next.correction.decision, (next.correction as { canonical?: string }).canonical], ['actor', 'set', 'Ahmad Luthfi']);
  });
  it('a reject carries no values, even when given some', () => {
    const { correction } = decide({ text: TEXT, ...span('Luthfi'), annotator: 'ani', decision: 'reject', values: { layer: 'actor', type: 'PER', canonical: 'X' } }, []);
    assert.equal('canonical' in correction, false);
  });
});

describe('review queue', () => {
  it('lists quotes and actors in text order, counts decisions, and walks to the next undecided item', () => {
    const machine = analyze(TEXT);
    const queue0 = reviewQueue(curate(machine, []));
    assert.equal(queue0.length, machine.actors.length + machine.quotes.length);
    assert.deepEqual(reviewProgress(queue0), { decided: 0, total: queue0.length, reviewed: false });
    const corrections = queue0.map((item, i) => decide({
      text: TEXT, start: item.start, end: item.end, annotator: 'ani', now: i,
      decision: i === 0 ? 'reject' : 'accept',
      values: item.layer === 'actor'
        ? { layer: 'actor', type: machine.actors.find((m) => m.start === item.start)!.type, canonical: item.value! }
        : { layer: 'quote', speaker: item.value },
    }, []).correction);
    const partly = reviewQueue(curate(machine, corrections.slice(0, 2)));
    assert.equal(reviewProgress(partly).decided, 2);
    assert.equal(nextUndecided(partly, -1)?.start, queue0[2].start);
    const done = reviewQueue(curate(machine, corrections));
    assert.deepEqual(reviewProgress(done), { decided: queue0.length, total: queue0.length, reviewed: true });
    assert.equal(done.find((i) => i.start === queue0[0].start)?.state, 'rejected');
    assert.equal(nextUndecided(done, 0), undefined);
  });
});
