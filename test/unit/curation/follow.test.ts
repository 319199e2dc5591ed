import assert from 'node:assert/strict';
import type { ReportedCorrection } from '../../../src/core/annotations/corrections';
import { makeTarget } from '../../../src/core/annotations/target';
import { curate } from '../../../src/core/curation/apply';
import { reviewProgress, reviewQueue, nextUndecided } from '../../../src/core/curation/review';
import { analyze } from '../../../src/core/recognize/analyze';
import type { AnalysisResult } from '../../../src/core/recognize/types';
import { quoteCorrectionsOn } from './quote-corrections';

// Written for these tests (not from any real article).
const TEXT = [
  'Warga Desa Sukamaju mengeluhkan banjir yang datang setiap musim hujan.',
  '"Air masuk rumah sampai sepinggang," kata Ketua RT 03 Darto Wiyono kepada wartawan, Senin.',
  '"Kami sudah tiga kali melapor ke kecamatan," katanya.',
  '"Sampai sekarang belum ada yang datang."',
  'Camat Sukamaju, Rina Lestari, menyatakan pihaknya sudah menyiapkan pompa.',
  '"Dua pompa tiba besok pagi," ujar Rina.',
].join('\n\n');

const FIRST = '"Air masuk rumah sampai sepinggang,"';
const SECOND = '"Kami sudah tiga kali melapor ke kecamatan,"';
const THIRD = '"Sampai sekarang belum ada yang datang."';
const RINA = '"Dua pompa tiba besok pagi,"';

const quote = quoteCorrectionsOn(TEXT);

describe('curated layer: a speaker correction carries to the quotes that continued it (rule 6)', () => {
  let machine: AnalysisResult;
  const speakers = (quotes: { text: string; speaker: string | null; provenance: string }[]) => quotes.map((q) => [q.text, q.speaker, q.provenance]);
  before(() => {
    machine = analyze(TEXT);
    // The premises: one mention ("Darto Wiyono", after the first quote) gives all three
    // of his quotes their speaker; Rina's quote has its own.
    assert.deepEqual(machine.quotes.map((q) => [q.text, q.speaker, q.cue]), [
      [FIRST, 'Darto Wiyono', 'kata'],
      [SECOND, 'Darto Wiyono', 'katanya'],
      [THIRD, 'Darto Wiyono', 'continuation'],
      [RINA, 'Rina Lestari', 'ujar'],
    ]);
    const mentions = new Set(machine.quotes.slice(0, 3).map((q) => `${q.speakerMention?.start}:${q.speakerMention?.end}`));
    assert.equal(mentions.size, 1);
  });

  it('correcting the first quote\'s speaker moves the quotes that continued it, and only those', () => {
    const c = quote(FIRST, 'set', { speaker: 'Sutrisno' });
    const out = curate(machine, [c]);
    assert.deepEqual(speakers(out.quotes), [
      [FIRST, 'Sutrisno', 'corrected'],
      [SECOND, 'Sutrisno', 'followed'],
      [THIRD, 'Sutrisno', 'followed'],
      [RINA, 'Rina Lestari', 'machine'],
    ]);
    assert.deepEqual(out.quotes.slice(1, 3).map((q) => [q.by, q.correctionId, q.cue]), [['ani', c.id, 'katanya'], ['ani', c.id, 'continuation']], 'each names the correction it follows and keeps its cue');
  });

  it('a correction in the middle of a run moves the quotes after it, not the one before', () => {
    const out = curate(machine, [quote(SECOND, 'set', { speaker: 'Sutrisno' })]);
    assert.deepEqual(speakers(out.quotes).slice(0, 3), [
      [FIRST, 'Darto Wiyono', 'machine'],
      [SECOND, 'Sutrisno', 'corrected'],
      [THIRD, 'Sutrisno', 'followed'],
    ]);
  });

  it('an accepted or researcher-decided quote stops the run; "no speaker" carries too', () => {
    const stopped = curate(machine, [quote(FIRST, 'set', { speaker: 'Sutrisno' }), quote(SECOND, 'accept', { speaker: 'Darto Wiyono' })]);
    assert.deepEqual(speakers(stopped.quotes).slice(0, 3), [
      [FIRST, 'Sutrisno', 'corrected'],
      [SECOND, 'Darto Wiyono', 'accepted'],
      [THIRD, 'Darto Wiyono', 'machine'],
    ]);
    const nobody = curate(machine, [quote(FIRST, 'set', { speaker: null })]);
    assert.deepEqual(speakers(nobody.quotes).slice(0, 3), [
      [FIRST, null, 'corrected'],
      [SECOND, null, 'followed'],
      [THIRD, null, 'followed'],
    ]);
    assert.equal(nobody.quotes[1].speakerMention, undefined, 'no speaker, no speaker mention');
  });

  it('a rejected first quote passes nothing on', () => {
    const out = curate(machine, [quote(FIRST, 'reject')]);
    assert.deepEqual(speakers(out.quotes).slice(0, 2), [
      [SECOND, 'Darto Wiyono', 'machine'],
      [THIRD, 'Darto Wiyono', 'machine'],
    ]);
  });

  it('followed quotes stay to be reviewed: review mode walks to them', () => {
    const out = curate(machine, [quote(FIRST, 'set', { speaker: 'Sutrisno' })]);
    const queue = reviewQueue(out).filter((i) => i.layer === 'quote');
    assert.deepEqual(queue.map((i) => i.state), ['corrected', 'followed', 'followed', 'machine']);
    assert.deepEqual(reviewProgress(queue), { decided: 1, total: 4, reviewed: false });
    assert.equal(nextUndecided(queue, TEXT.indexOf(FIRST))?.text, SECOND);
  });

  it('a statement that continued a corrected quote\'s speaker follows it too', () => {
    const text = TEXT.replace(THIRD, 'Ia menambahkan bahwa warga sudah mengungsi ke balai desa.');
    const analysis = analyze(text);
    const statement = analysis.reported?.find((r) => r.text.includes('warga sudah mengungsi'));
    assert.ok(statement, 'the recognizer reports the statement');
    assert.equal(statement.speaker, 'Darto Wiyono');
    const c = quoteCorrectionsOn(text)(FIRST, 'set', { speaker: 'Sutrisno' });
    const out = curate(analysis, [c]);
    const followed = out.reported.find((r) => r.text === statement.text);
    assert.deepEqual([followed?.speaker, followed?.provenance], ['Sutrisno', 'followed']);
    // And a statement correction carries to the quote after it the same way.
    const s = text.indexOf(statement.text);
    const stamp = '2026-12-06T00:01:00.000Z';
    const r: ReportedCorrection = { id: 'R0000000000000000000000001', layer: 'reported', decision: 'set', speaker: 'Sutrisno', target: makeTarget(text, s, s + statement.text.length), annotator: 'ani', created: stamp, modified: stamp };
    const viaStatement = curate(analysis, [r]);
    assert.deepEqual(viaStatement.quotes.map((q) => q.speaker).slice(0, 2), ['Darto Wiyono', 'Darto Wiyono'], 'the quotes before the statement keep theirs');
  });
});
