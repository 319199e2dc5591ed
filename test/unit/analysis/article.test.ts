// From a real article text through the recognizer and the curated layer to the tables:
// a correction of a quote's speaker is what the speaker table counts, and reported
// statements count when the analysis has them (none when it has no such field).
import assert from 'node:assert/strict';
import type { QuoteCorrection } from '../../../src/core/annotations/corrections';
import { makeTarget } from '../../../src/core/annotations/target';
import { analysisArticle } from '../../../src/core/analysis/article';
import { speakerTable } from '../../../src/core/analysis/speakers';
import { speaksAboutEdges } from '../../../src/core/analysis/network';
import { curate } from '../../../src/core/curation/apply';
import { effectiveMetadata } from '../../../src/core/metadata/effective';
import { readTextMetadata } from '../../../src/core/metadata/read-text';
import { analyze } from '../../../src/core/recognize/analyze';

// Written for this test.
const TEXT = 'Jakarta (ANTARA) - Menteri Pertanian Andi Wijaya mengatakan stok beras cukup, Selasa (27/2/2024). "Kami sudah menyiapkan cadangan di gudang Perum Bulog," kata Andi.';
const QUOTE = '"Kami sudah menyiapkan cadangan di gudang Perum Bulog,"';

function article(corrections: QuoteCorrection[] = [], analysis: object = analyze(TEXT)) {
  return analysisArticle({
    path: 'berita/beras.txt',
    metadata: effectiveMetadata({ text: readTextMetadata(TEXT), overrides: [] }),
    curated: curate(analyze(TEXT), corrections),
    analysis,
    annotations: [],
    articleFields: [{ file: 'berita/beras.ani.sorot.json', annotator: 'ani', articleStatus: 'done' }],
  });
}

describe('analysis: an article from its curated layer', () => {
  it('takes outlet and date from the metadata, the status from the sidecars, speakers from the quotes', () => {
    const a = article();
    assert.equal(a.outlet, 'ANTARA');
    assert.equal(a.date, '2024-02-27');
    assert.deepEqual(a.statuses, [{ annotator: 'ani', status: 'done' }]);
    assert.deepEqual(speakerTable([a]).map((r) => [r.speaker, r.quotes, r.reported, r.outlets[0].outlet]), [['Andi Wijaya', 1, 0, 'ANTARA']]);
    assert.deepEqual(speaksAboutEdges([a]).map((e) => [e.source, e.target]), [['Andi Wijaya', 'Perum Bulog']]);
  });

  it('counts the speaker a researcher set, not the recognizer\'s', () => {
    const start = TEXT.indexOf(QUOTE);
    const fix: QuoteCorrection = { id: '01J0000000000000000000QQ01', layer: 'quote', decision: 'set', target: makeTarget(TEXT, start, start + QUOTE.length), annotator: 'ani', created: '2024-05-01T00:00:00.000Z', modified: '2024-05-01T00:00:00.000Z', speaker: 'Siti Aminah' };
    assert.deepEqual(speakerTable([article([fix])]).map((r) => [r.speaker, r.quotes]), [['Siti Aminah', 1]]);
  });

  it('counts reported statements when the analysis lists them, skipping entries without a span', () => {
    const withReported = { ...analyze(TEXT), reported: [{ start: 19, end: 77, speaker: 'Andi Wijaya', speakerMention: { start: 37, end: 48 } }, { start: 0, end: 5 }, 'not a statement'] };
    const rows = speakerTable([article([], withReported)]);
    assert.deepEqual(rows.map((r) => [r.speaker, r.quotes, r.reported]), [['Andi Wijaya', 1, 1], [null, 0, 1]]);
  });
});
