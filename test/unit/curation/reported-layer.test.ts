import assert from 'node:assert/strict';
import type { ActorCorrection } from '../../../src/core/annotations/corrections';
import { makeTarget } from '../../../src/core/annotations/target';
import { curate } from '../../../src/core/curation/apply';
import { summarizeCurated } from '../../../src/core/curation/article-layer';
import { CorpusIndex } from '../../../src/core/incremental/corpus-index';
import { analyze } from '../../../src/core/recognize/analyze';

// Written for these tests (not from any real article).
const TEXT =
  'Pedagang Pasar Genteng, Siti Rahayu, mengeluh sepi pembeli. ' +
  '"Sudah dua minggu begini," kata Siti. ' +
  'Menurut Siti, harga cabai naik dua kali lipat sejak pekan lalu.';

const STATEMENT = 'harga cabai naik dua kali lipat sejak pekan lalu';

function rejectSecondSiti(): ActorCorrection {
  const start = TEXT.lastIndexOf('Siti,');
  const stamp = '2026-12-02T00:00:01.000Z';
  return { id: 'C0000000000000000000000001', layer: 'actor', decision: 'reject', target: makeTarget(TEXT, start, start + 4), annotator: 'ani', created: stamp, modified: stamp };
}

describe('curated layer: reported statements', () => {
  it('carries the machine statements with their speaker, cue and provenance', () => {
    const curated = curate(analyze(TEXT), []);
    assert.deepEqual(
      curated.reported.map((r) => [r.text, r.speaker, r.cue, r.provenance]),
      [[STATEMENT, 'Siti Rahayu', 'menurut', 'machine']],
    );
  });

  it('a statement whose speaker mention is rejected loses its speaker, like a quote', () => {
    const curated = curate(analyze(TEXT), [rejectSecondSiti()]);
    const r = curated.reported.find((s) => s.text === STATEMENT);
    assert.ok(r, 'the statement is still there');
    assert.equal(r.speaker, null);
    assert.equal(r.provenance, 'corrected');
    assert.equal(r.speakerMention, undefined);
  });

  it('the corpus index counts quotes and statements per speaker and lists statements by speaker', () => {
    const index = new CorpusIndex();
    index.put('a.txt', summarizeCurated(curate(analyze(TEXT), []), 'h'));
    const total = index.total('Siti Rahayu');
    assert.ok(total);
    assert.equal(total.quotes, 1);
    assert.equal(total.reported, 1);
    assert.deepEqual(index.statementsBy('Siti Rahayu').map((s) => [s.articleId, s.statement.cue, s.statement.snippet]), [['a.txt', 'menurut', 'harga cabai naik dua kali lipat sejak pekan…']]);
    index.remove('a.txt');
    assert.equal(index.total('Siti Rahayu'), undefined, 'removing the article takes its statements out of the totals');
  });
});
