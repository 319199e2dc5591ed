// A sidecar write takes a few file system round trips; edits of the text that arrive
// meanwhile move the live annotations on. What the write returns must not move them back
// (that put annotations one edit behind the text, on other words, in rapid create /
// edit / undo while typing: issue 18, point 4).
import assert from 'node:assert/strict';
import { createAnnotation, updateAnnotation } from '../../../src/core/annotations/create';
import { applyEditsToAnnotations } from '../../../src/core/annotations/reanchor-live';
import type { Annotation, Sidecar } from '../../../src/core/annotations/types';
import { afterSave } from '../../../src/extension/annotations/article-annotations';
import { fakeUlid } from './arbitraries';

const TEXT = 'Panglima TNI meninjau latihan gabungan di Natuna. Latihan melibatkan 4.000 prajurit.';
const LINE = 'Baris sisipan.\n';
const MOVED = LINE + TEXT;

function on(text: string, words: string, n: number): Annotation {
  const start = text.indexOf(words);
  return createAnnotation({ text, start, end: start + words.length, annotator: 'ana', now: 0, id: fakeUlid(n), fields: { kind: 'claim', claim: { claimant: 'TNI' } } });
}
const sidecar = (annotations: Annotation[]): Sidecar => ({ schemaVersion: 1, article: 'a.txt', annotations });
/** The live annotations after a line was inserted above them during the write. */
const movedOn = (s: Sidecar): Sidecar => ({ ...s, annotations: applyEditsToAnnotations(s.annotations, [{ offset: 0, length: 0, text: LINE }], MOVED) });
/** The store returns a parsed copy of what it wrote, never the same objects. */
const copy = (s: Sidecar): Sidecar => JSON.parse(JSON.stringify(s)) as Sidecar;

describe('the own sidecar after a write during which the text changed', () => {
  const a = on(TEXT, 'meninjau latihan gabungan', 1);
  const b = on(TEXT, '4.000 prajurit', 2);
  const sent = sidecar([a, b]);

  it('is what was written when nothing moved meanwhile', () => {
    const saved = copy(sent);
    assert.equal(afterSave(saved, sent, sent), saved);
  });

  it('keeps the places edits gave the annotations during the write', () => {
    const out = afterSave(copy(sent), sent, movedOn(sent));
    for (const x of out.annotations) assert.equal(MOVED.slice(x.target.start, x.target.end), x.target.exact);
    assert.deepEqual(out.annotations.map((x) => x.target.start), [a.target.start + LINE.length, b.target.start + LINE.length]);
  });

  it('keeps a colleague\'s merged change of the fields, at the current place', () => {
    const saved = copy(sent);
    saved.annotations[0] = updateAnnotation(saved.annotations[0], { note: 'dari rekan' });
    const out = afterSave(saved, sent, movedOn(sent));
    assert.equal(out.annotations[0].note, 'dari rekan');
    assert.equal(out.annotations[0].target.start, a.target.start + LINE.length);
  });

  it('leaves what the merge placed itself (a colleague\'s move or addition) as written', () => {
    const saved = copy(sent);
    const theirs = on(TEXT, 'Natuna', 3);
    saved.annotations[1] = { ...saved.annotations[1], target: on(TEXT, 'Latihan melibatkan', 2).target };
    saved.annotations.push(theirs);
    const out = afterSave(saved, sent, movedOn(sent));
    const byId = new Map(out.annotations.map((x) => [x.id, x]));
    assert.equal(byId.get(b.id)!.target.exact, 'Latihan melibatkan');
    assert.equal(byId.get(b.id)!.target.start, TEXT.indexOf('Latihan melibatkan'));
    assert.deepEqual(byId.get(theirs.id)!.target, theirs.target);
  });

  it('carries a flag set by an edit during the write', () => {
    // Deletes across the start of b: it loses part of its words.
    const from = b.target.start - 2;
    const cut: Sidecar = { ...sent, annotations: applyEditsToAnnotations(sent.annotations, [{ offset: from, length: 4, text: '' }], TEXT.slice(0, from) + TEXT.slice(from + 4)) };
    const out = afterSave(copy(sent), sent, cut);
    assert.equal(out.annotations.find((x) => x.id === b.id)!.needsReview, true);
  });
});
