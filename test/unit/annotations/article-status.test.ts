// Annotating moves an article from "not started" to "in progress"; a status the
// researcher chose is never overridden (issue 11: 13).
import assert from 'node:assert/strict';
import { statusAfterAnnotating } from '../../../src/core/annotations/article-status';
import { createAnnotation } from '../../../src/core/annotations/create';
import type { Annotation, AnnotationStatus } from '../../../src/core/annotations/types';

const TEXT = 'Menteri Keuangan mengatakan anggaran naik.';

function annotation(status: AnnotationStatus = 'accepted'): Annotation {
  return createAnnotation({ text: TEXT, start: 0, end: 16, annotator: 'ana', status, fields: { kind: 'claim', claim: { claimant: 'Menteri Keuangan' } } });
}

describe('article status after annotating', () => {
  it('the first annotation of an article not started (or never given a status) makes it in progress', () => {
    assert.equal(statusAfterAnnotating(undefined, [], [annotation()]), 'in-progress');
    assert.equal(statusAfterAnnotating('not-started', [], [annotation()]), 'in-progress');
  });

  it('a suggestion accepted is annotating; a suggestion made or rejected is not', () => {
    const s = annotation('suggested');
    assert.equal(statusAfterAnnotating(undefined, [s], [{ ...s, status: 'accepted' }]), 'in-progress');
    assert.equal(statusAfterAnnotating(undefined, [], [s]), undefined);
    assert.equal(statusAfterAnnotating(undefined, [s], [{ ...s, status: 'rejected' }]), undefined);
  });

  it('never changes a status of in progress or done', () => {
    assert.equal(statusAfterAnnotating('done', [], [annotation()]), undefined);
    assert.equal(statusAfterAnnotating('in-progress', [], [annotation()]), undefined);
  });

  it('"not started" chosen by the researcher on an article with annotations stays', () => {
    const a = annotation();
    assert.equal(statusAfterAnnotating('not-started', [a], [a, annotation()]), undefined);
  });

  it('an article with annotations but no status (older files) moves on the next annotation', () => {
    const a = annotation();
    assert.equal(statusAfterAnnotating(undefined, [a], [a, annotation()]), 'in-progress');
  });

  it('deleting or editing is not annotating', () => {
    const a = annotation();
    assert.equal(statusAfterAnnotating(undefined, [a], []), undefined);
    assert.equal(statusAfterAnnotating(undefined, [a], [{ ...a, note: 'n' }]), undefined);
  });
});
