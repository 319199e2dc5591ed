// An edit confirmed at every step with Enter changes nothing and is not saved
// (annotations/commands.ts replaceCurrent reads changesNothing).
import assert from 'node:assert/strict';
import { changesNothing, createAnnotation, updateAnnotation } from '../../../src/core/annotations/create';

const text = 'Menteri Budi Santoso membantah kabar itu.';
const before = createAnnotation({
  text, start: 8, end: 20, annotator: 'rina', now: Date.parse('2026-01-01T00:00:00Z'),
  fields: { kind: 'source', source: { sourceName: 'Budi Santoso', sourceType: 'official', relation: 'direct' } },
});

describe('changesNothing (an edit that only stamps a new modified time)', () => {
  it('an edit that sets every field to what it was changes nothing, though modified moved', () => {
    const after = updateAnnotation(before, { status: before.status, tags: [...before.tags] }, Date.parse('2026-02-01T00:00:00Z'));
    assert.notEqual(after.modified, before.modified);
    assert.ok(changesNothing(before, after));
  });

  it('a changed status, tag or note is a change', () => {
    const later = Date.parse('2026-02-01T00:00:00Z');
    assert.ok(!changesNothing(before, updateAnnotation(before, { status: 'rejected' }, later)));
    assert.ok(!changesNothing(before, updateAnnotation(before, { tags: ['cek'] }, later)));
    assert.ok(!changesNothing(before, updateAnnotation(before, { note: 'perlu dicek' }, later)));
  });
});
