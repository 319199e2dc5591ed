// From a real article text through the recognizer and the curated layer to the tables:
// a correction of a quote's or a reported statement's speaker is what the speaker table
// counts. The text has one statement: "Andi Wijaya mengatakan stok beras cukup".
import assert from 'node:assert/strict';
import type { Correction, QuoteCorrection, ReportedCorrection } from '../../../src/core/annotations/corrections';
import { makeTarget } from '../../../src/core/annotations/target';
import { analysisArticle, analysisArticleFromSummary } from '../../../src/core/analysis/article';
import { summarizeCurated } from '../../../src/core/curation/article-layer';
import { generateArticles } from '../../../bench/article-generator';
import { speakerTable } from '../../../src/core/analysis/speakers';
import { speaksAboutEdges } from '../../../src/core/analysis/network';
import { curate } from '../../../src/core/curation/apply';
import { effectiveMetadata } from '../../../src/core/metadata/effective';
import { readTextMetadata } from '../../../src/core/metadata/read-text';
import { analyze } from '../../../src/core/recognize/analyze';

// Written for this test.
const TEXT = 'Jakarta (ANTARA) - Menteri Pertanian Andi Wijaya mengatakan stok beras cukup, Selasa (27/2/2024). "Kami sudah menyiapkan cadangan di gudang Perum Bulog," kata Andi.';
const QUOTE = '"Kami sudah menyiapkan cadangan di gudang Perum Bulog,"';

function article(corrections: Correction[] = []) {
  return analysisArticle({
    path: 'berita/beras.txt',
    metadata: effectiveMetadata({ text: readTextMetadata(TEXT), overrides: [] }),
    curated: curate(analyze(TEXT), corrections),
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
    assert.deepEqual(speakerTable([a]).map((r) => [r.speaker, r.quotes, r.reported, r.outlets[0].outlet]), [['Andi Wijaya', 1, 1, 'ANTARA']]);
    assert.deepEqual(speaksAboutEdges([a]).map((e) => [e.source, e.target]), [['Andi Wijaya', 'Perum Bulog']]);
  });

  it('counts the speaker a researcher set, not the recognizer\'s', () => {
    const start = TEXT.indexOf(QUOTE);
    const fix: QuoteCorrection = { id: '01J0000000000000000000QQ01', layer: 'quote', decision: 'set', target: makeTarget(TEXT, start, start + QUOTE.length), annotator: 'ani', created: '2024-05-01T00:00:00.000Z', modified: '2024-05-01T00:00:00.000Z', speaker: 'Siti Aminah' };
    // Andi Wijaya keeps his reported statement, and no longer has the quote.
    assert.deepEqual(speakerTable([article([fix])]).map((r) => [r.speaker, r.quotes, r.reported]), [['Siti Aminah', 1, 0], ['Andi Wijaya', 0, 1]]);
  });

  it('counts a reported statement under the speaker a researcher set for it (the curated layer, like quotes)', () => {
    const [machine] = analyze(TEXT).reported!;
    assert.equal(machine.speaker, 'Andi Wijaya');
    const fix: ReportedCorrection = { id: '01J0000000000000000000RR01', layer: 'reported', decision: 'set', target: makeTarget(TEXT, machine.start, machine.end), annotator: 'ani', created: '2024-05-01T00:00:00.000Z', modified: '2024-05-01T00:00:00.000Z', speaker: 'Siti Aminah' };
    assert.deepEqual(speakerTable([article([fix])]).map((r) => [r.speaker, r.quotes, r.reported]), [['Andi Wijaya', 1, 0], ['Siti Aminah', 0, 1]]);
  });
});

describe('analysis: an article from the corpus index', () => {
  it('the summary the index keeps gives the same record as the curated layer (no second analysis)', () => {
    // Generated articles: many speakers, KB-linked ones among them, several mentions each.
    for (const seed of [1, 2, 3]) {
      const text = generateArticles(3000, seed);
      const curated = curate(analyze(text), []);
      const sources = { path: 'a.txt', metadata: effectiveMetadata({ text: readTextMetadata(text) }), annotations: [], articleFields: [] };
      const fromSummary = analysisArticleFromSummary({ ...sources, summary: summarizeCurated(curated, 'h') });
      assert.ok(fromSummary.actors.length > 5 && fromSummary.quotes.length > 1, `seed ${seed}: a text with findings`);
      assert.ok(fromSummary.quotes.some((q) => q.speakerId !== undefined), `seed ${seed}: a linked speaker`);
      assert.deepEqual(fromSummary, analysisArticle({ ...sources, curated }), `seed ${seed}`);
    }
  });
});
