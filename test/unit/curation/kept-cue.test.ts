import assert from 'node:assert/strict';
import type { ReportedCorrection } from '../../../src/core/annotations/corrections';
import { makeTarget } from '../../../src/core/annotations/target';
import { curate } from '../../../src/core/curation/apply';
import { RESEARCHER_CUE } from '../../../src/core/curation/types';
import { analyze } from '../../../src/core/recognize/analyze';
import { quoteCorrectionsOn } from './quote-corrections';

// Written for these tests (not from any real article). One rule for quotes and statements:
// the recognizer's cue is what the text says, so a correction keeps it unless no item of
// the recognizer reads the span (an added item, or a new span with another speaker).
const TEXT = [
  'Kepala Sekolah SMPN 2 Wonosari, Hendra Wijaya, meninjau ruang kelas yang atapnya bocor.',
  '"Kami akan pindahkan murid ke aula," ujar Hendra.',
  'Hendra mengatakan perbaikan atap dimulai pekan depan.',
  'Komite sekolah, Yanti Marlina, ikut hadir.',
].join('\n\n');
const QUOTE = '"Kami akan pindahkan murid ke aula,"';
const STATEMENT = 'perbaikan atap dimulai pekan depan';

const quote = quoteCorrectionsOn(TEXT);

function statement(surface: string, values: Partial<ReportedCorrection>): ReportedCorrection {
  const start = TEXT.indexOf(surface);
  const stamp = '2026-12-07T01:00:00.000Z';
  return { id: 'R0000000000000000000000001', layer: 'reported', decision: 'set', target: makeTarget(TEXT, start, start + surface.length), annotator: 'ani', created: stamp, modified: stamp, ...values };
}

describe('curated layer: a corrected quote or statement keeps the recognizer\'s cue', () => {
  const machine = analyze(TEXT);
  before(() => {
    assert.deepEqual(machine.quotes.map((q) => [q.text, q.speaker, q.cue]), [[QUOTE, 'Hendra Wijaya', 'ujar']], 'the premise: the quote and its cue');
    assert.deepEqual(machine.reported?.map((r) => [r.text, r.speaker, r.cue]), [[STATEMENT, 'Hendra Wijaya', 'mengatakan']], 'the premise: the statement and its cue');
  });

  it('a quote given another speaker on its own span keeps "ujar"; the speaker mention is the new speaker\'s', () => {
    const out = curate(machine, [quote(QUOTE, 'set', { speaker: 'Yanti Marlina' })]);
    const q = out.quotes[0];
    assert.deepEqual([q.speaker, q.cue, q.provenance], ['Yanti Marlina', 'ujar', 'corrected']);
    assert.equal(TEXT.slice(q.speakerMention!.start, q.speakerMention!.end), 'Yanti Marlina');
  });

  it('a statement given another speaker on its own span keeps "mengatakan"; the speaker mention is the new speaker\'s', () => {
    const out = curate(machine, [statement(STATEMENT, { speaker: 'Yanti Marlina' })]);
    const r = out.reported[0];
    assert.deepEqual([r.speaker, r.cue, r.provenance], ['Yanti Marlina', 'mengatakan', 'corrected']);
    assert.equal(TEXT.slice(r.speakerMention!.start, r.speakerMention!.end), 'Yanti Marlina');
  });

  it('no speaker at all keeps the cue too, for both', () => {
    const out = curate(machine, [quote(QUOTE, 'set', { speaker: null }), statement(STATEMENT, { speaker: null })]);
    assert.deepEqual([out.quotes[0].cue, out.reported[0].cue], ['ujar', 'mengatakan']);
  });

  it('guards: an item added where the recognizer had none, or a new span with another speaker, has the researcher\'s cue, for both', () => {
    const added = 'atapnya bocor';
    const addedQuote = curate(machine, [quote(added, 'set', { speaker: 'Hendra Wijaya' })]).quotes.find((q) => q.text === added);
    const addedStatement = curate(machine, [statement(added, { speaker: 'Hendra Wijaya' })]).reported.find((r) => r.text === added);
    assert.deepEqual([addedQuote?.cue, addedStatement?.cue], [RESEARCHER_CUE, RESEARCHER_CUE]);
    const shorterQuote = '"Kami akan pindahkan murid';
    const respanned = curate(machine, [quote(shorterQuote, 'set', { speaker: 'Yanti Marlina' })]).quotes.find((q) => q.text === shorterQuote);
    const shorterStatement = 'perbaikan atap dimulai';
    const respannedStatement = curate(machine, [statement(shorterStatement, { speaker: 'Yanti Marlina' })]).reported.find((r) => r.text === shorterStatement);
    assert.deepEqual([respanned?.cue, respannedStatement?.cue], [RESEARCHER_CUE, RESEARCHER_CUE]);
  });
});
