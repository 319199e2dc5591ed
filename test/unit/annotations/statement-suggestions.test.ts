import assert from 'node:assert/strict';
import { STATEMENT_SUGGESTION_TAG, SUGGESTION_TAG, suggestSourceAnnotations } from '../../../src/core/annotations/suggestions';
import { analyze } from '../../../src/core/recognize/analyze';

// Written for these tests (not from any real article).
const TEXT =
  'Pedagang Pasar Genteng, Siti Rahayu, mengeluh sepi pembeli. ' +
  '"Sudah dua minggu begini," kata Siti. ' +
  'Menurut Siti, harga cabai naik dua kali lipat sejak pekan lalu.';
const STATEMENT = 'harga cabai naik dua kali lipat sejak pekan lalu';

describe('source suggestions from reported statements', () => {
  it('a reported statement becomes a suggested source with relation "reported", next to the quote\'s "direct" one', () => {
    const r = analyze(TEXT);
    const out = suggestSourceAnnotations(TEXT, r.quotes, [], { annotator: 'ani', now: 0 }, r.reported);
    const rows = out.map((a) => (a.kind === 'source' ? [a.target.exact, a.source.sourceName, a.source.relation, a.tags[0], a.status] : []));
    assert.deepEqual(rows, [
      ['"Sudah dua minggu begini,"', 'Siti Rahayu', 'direct', SUGGESTION_TAG, 'suggested'],
      [STATEMENT, 'Siti Rahayu', 'reported', STATEMENT_SUGGESTION_TAG, 'suggested'],
    ]);
  });

  it('not again once a source annotation overlaps it, and never for a statement without a speaker', () => {
    const r = analyze(TEXT);
    const first = suggestSourceAnnotations(TEXT, r.quotes, [], { annotator: 'ani', now: 0 }, r.reported);
    assert.deepEqual(suggestSourceAnnotations(TEXT, r.quotes, first, { annotator: 'ani', now: 0 }, r.reported), []);
    const anonymous = (r.reported ?? []).map((s) => ({ ...s, speaker: null }));
    assert.deepEqual(suggestSourceAnnotations(TEXT, [], [], { annotator: 'ani', now: 0 }, anonymous), []);
  });

  it('a statement around a quoted fragment leaves the source to the quote', () => {
    const r = analyze(TEXT);
    const start = TEXT.indexOf(STATEMENT);
    const fragment = { start: start + 6, end: start + 11, text: TEXT.slice(start + 6, start + 11), speaker: 'Siti Rahayu' };
    const out = suggestSourceAnnotations(TEXT, [fragment], [], { annotator: 'ani', now: 0 }, r.reported);
    assert.deepEqual(out.map((a) => a.kind === 'source' && a.source.relation), ['direct']);
  });
});
