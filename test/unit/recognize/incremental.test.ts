import assert from 'node:assert/strict';
import { createIncrementalAnalyzer } from '../../../src/core/recognize/incremental';
import { run } from './helpers';
import { testKb } from './test-kb';

describe('incremental analyzer', () => {
  const article = [
    'Kremlin peringatkan NATO',
    'Juru bicara Kremlin Dmitry Peskov mengatakan rencana itu berbahaya.',
    '“Kami akan merespons,” katanya.',
    'Analis dari Jakarta, Raka Wicaksana, menilai situasi itu sulit.',
    '"Tidak ada yang mau mundur," kata Raka.',
  ].join('\n');

  it('gives exactly the full analysis, and only re-analyses changed paragraphs', () => {
    const inc = createIncrementalAnalyzer({ kb: testKb });
    assert.deepEqual(inc.analyze(article), run(article));
    assert.deepEqual(inc.stats(), { hits: 0, misses: 5, size: 5 });
    const edited = article.replace('berbahaya', 'sangat berbahaya');
    assert.deepEqual(inc.analyze(edited), run(edited));
    assert.deepEqual(inc.stats(), { hits: 4, misses: 6, size: 6 });
  });
  it('re-links across paragraphs: speaker continuation and coreference follow edits elsewhere', () => {
    const inc = createIncrementalAnalyzer({ kb: testKb });
    inc.analyze(article);
    const renamed = article.replace('Raka Wicaksana', 'Raka Pratama');
    const r = inc.analyze(renamed);
    assert.equal(r.quotes[1].speaker, 'Raka Pratama');
    assert.deepEqual(r, run(renamed));
  });
  it('evicts least recently used paragraphs beyond its bound', () => {
    const inc = createIncrementalAnalyzer({ kb: testKb, maxParagraphs: 2 });
    inc.analyze(article);
    assert.equal(inc.stats().size, 2);
    inc.clear();
    assert.deepEqual(inc.stats(), { hits: 0, misses: 0, size: 0 });
  });
});
