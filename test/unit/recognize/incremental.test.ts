import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createIncrementalAnalyzer } from '../../../src/core/recognize/incremental';
import { runWithTestKb } from './helpers';
import { testKb } from './test-kb';

describe('incremental analyzer', () => {
  const article = [
    'Kremlin peringatkan NATO',
    'Juru bicara Kremlin Dmitry Peskov menyatakan rencana itu berbahaya.',
    '“Kami akan merespons,” katanya.',
    'Analis dari Jakarta, Raka Wicaksana, menilai situasi itu sulit.',
    '"Tidak ada yang mau mundur," kata Raka.',
  ].join('\n');

  it('gives exactly the full analysis, and only re-analyses changed paragraphs', () => {
    const inc = createIncrementalAnalyzer({ kb: testKb });
    assert.deepEqual(inc.analyze(article), runWithTestKb(article));
    assert.deepEqual(inc.stats(), { hits: 0, misses: 5, size: 5 });
    const edited = article.replace('berbahaya', 'sangat berbahaya');
    assert.deepEqual(inc.analyze(edited), runWithTestKb(edited));
    assert.deepEqual(inc.stats(), { hits: 4, misses: 6, size: 6 });
  });
  it('re-links across paragraphs: speaker continuation and coreference follow edits elsewhere', () => {
    const inc = createIncrementalAnalyzer({ kb: testKb });
    inc.analyze(article);
    const renamed = article.replace('Raka Wicaksana', 'Raka Pratama');
    const r = inc.analyze(renamed);
    assert.equal(r.quotes[1].speaker, 'Raka Pratama');
    assert.deepEqual(r, runWithTestKb(renamed));
  });
  it('evicts least recently used paragraphs beyond its bound', () => {
    const inc = createIncrementalAnalyzer({ kb: testKb, maxParagraphs: 2 });
    inc.analyze(article);
    assert.equal(inc.stats().size, 2);
    inc.clear();
    assert.deepEqual(inc.stats(), { hits: 0, misses: 0, size: 0 });
  });
  it('after any edits, reported statements and their speakers equal a full analysis', () => {
    // Statements take anaphoric speakers from earlier paragraphs ("Menurutnya", "ujarnya"),
    // so an edit in one paragraph can change another's statement: the cached per-paragraph
    // half must still link to exactly what a full run gives.
    const withStatements = [
      'Peskov: NATO harus berhenti menambah pasukan',
      'MOSKOW (ANTARA) - Juru bicara Kremlin Dmitry Peskov menyatakan bahwa Rusia siap berunding.',
      'Menurutnya, pembicaraan bisa dimulai bulan depan. Sanksi itu gagal, ujarnya.',
      'Macron mengatakan “tidak ada yang boleh dikecualikan” dalam kesepakatan tersebut.',
      'Pemerintah, kata Lavrov, akan meninjau kembali kebijakan tersebut.',
    ].join('\n');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.nat(8), fc.constantFrom('x', ' Putin', '\n', '“', ', kata Macron. ', 'Ia menegaskan bahwa ', 'Menurut Lavrov, ', '')), { minLength: 1, maxLength: 8 }),
        (edits) => {
          const inc = createIncrementalAnalyzer({ kb: testKb });
          let text = withStatements;
          assert.ok((inc.analyze(text).reported ?? []).length >= 5);
          for (const [at, del, ins] of edits) {
            const pos = at % (text.length + 1);
            text = text.slice(0, pos) + ins + text.slice(Math.min(text.length, pos + del));
            const r = inc.analyze(text);
            assert.deepEqual(r, runWithTestKb(text));
            for (const st of r.reported ?? []) assert.equal(st.text, text.slice(st.start, st.end));
          }
        },
      ),
      { numRuns: 60, seed: 14 },
    );
  });
});
