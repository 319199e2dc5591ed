// The analysis view draws no empty list filter, and never hides a chosen value.
import assert from 'node:assert/strict';
import { listChoices } from '../../../src/webview/analysis/filter-fields';

describe('analysis view: list filters', () => {
  it('a facet with no values and nothing chosen gives no list (the filter is not drawn)', () => {
    assert.deepEqual(listChoices([], undefined), []);
    assert.deepEqual(listChoices([], []), []);
  });

  it('offers the facet values in their order', () => {
    assert.deepEqual(listChoices(['berita', 'berita/2024'], undefined), ['berita', 'berita/2024']);
  });

  it('keeps a chosen value the facet no longer has, after the facet values, so it can be cleared', () => {
    assert.deepEqual(listChoices([], ['arsip']), ['arsip']);
    assert.deepEqual(listChoices(['berita'], ['berita', 'arsip']), ['berita', 'arsip']);
  });
});
