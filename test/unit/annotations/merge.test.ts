import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createAnnotation } from '../../../src/core/annotations/create';
import { CONFLICT_TAG, mergeAnnotations, mergeSidecars, type MergeConflict } from '../../../src/core/annotations/merge';
import { annotationKey } from '../../../src/core/annotations/serialize';
import type { Annotation, Sidecar } from '../../../src/core/annotations/types';
import { fakeUlid } from './arbitraries';

const TEXT = 'Rusia dan Ukraina diminta berunding, kata Retno di Jakarta.';
function ann(n: number, note?: string): Annotation {
  const a = createAnnotation({ text: TEXT, start: n, end: n + 5, annotator: 'ana', now: 0, id: fakeUlid(n), fields: { kind: 'stance', stance: { holder: 'Retno', target: 'Peace negotiations', polarity: 'favor' } } });
  return note === undefined ? a : { ...a, note };
}
let next = 900;
const newId = () => fakeUlid(next++);
const notes = (list: Annotation[]) => list.map((a) => `${a.id === fakeUlid(0) || a.id === fakeUlid(10) || a.id === fakeUlid(20) ? a.id.slice(-2) : 'new'}:${a.note ?? '-'}${a.tags.includes(CONFLICT_TAG) ? '!' : ''}`);

describe('three-way merge by id', () => {
  const base = [ann(0), ann(10), ann(20)];

  it('takes non-conflicting changes from both sides, additions and deletions included', () => {
    const mine = [ann(0, 'mine'), ann(10), ann(30)]; // edit 0, delete 20, add 30
    const theirs = [ann(0), ann(10, 'theirs'), ann(20), ann(40)]; // edit 10, add 40
    const out = mergeAnnotations(base, mine, theirs, newId);
    assert.deepEqual(out.map((a) => [a.target.start, a.note ?? '-']), [[0, 'mine'], [10, 'theirs'], [30, '-'], [40, '-']]);
  });

  it('keeps both versions when both sides changed the same annotation', () => {
    const conflicts: MergeConflict[] = [];
    const out = mergeAnnotations(base, [ann(0, 'mine'), ann(10), ann(20)], [ann(0, 'theirs'), ann(10), ann(20)], newId, conflicts);
    assert.equal(out.length, 4);
    const theirs = out.find((a) => a.id === fakeUlid(0));
    const copy = out.find((a) => a.note === 'mine');
    assert.equal(theirs?.note, 'theirs');
    assert.ok(copy && copy.id !== fakeUlid(0) && copy.tags.includes(CONFLICT_TAG));
    assert.deepEqual(conflicts, [{ kind: 'both-changed', theirsId: fakeUlid(0), mineCopyId: copy.id }]);
  });

  it('identical changes on both sides are not a conflict', () => {
    const conflicts: MergeConflict[] = [];
    const out = mergeAnnotations(base, [ann(0, 'same'), ann(10), ann(20)], [ann(0, 'same'), ann(10), ann(20)], newId, conflicts);
    assert.deepEqual(notes(out), ['00:same', '0A:-', '0M:-']);
    assert.equal(conflicts.length, 0);
  });

  it('an edit wins over a deletion on the other side, and is reported', () => {
    const conflicts: MergeConflict[] = [];
    const out = mergeAnnotations(base, [ann(0, 'mine'), ann(10)], [ann(10), ann(20, 'theirs')], newId, conflicts);
    assert.deepEqual(out.map((a) => a.note ?? '-'), ['mine', '-', 'theirs']);
    assert.deepEqual(conflicts, [
      { kind: 'changed-vs-deleted', id: fakeUlid(0), keptFrom: 'mine' },
      { kind: 'changed-vs-deleted', id: fakeUlid(20), keptFrom: 'theirs' },
    ]);
  });

  it('merges articleStatus; a real disagreement keeps mine and is reported', () => {
    const s = (status?: Sidecar['articleStatus']): Sidecar => ({ schemaVersion: 3, article: 'a.txt', annotations: [], ...(status ? { articleStatus: status } : {}) });
    assert.equal(mergeSidecars(s('not-started'), s('not-started'), s('done'), newId).sidecar.articleStatus, 'done');
    const r = mergeSidecars(s('not-started'), s('in-progress'), s('done'), newId);
    assert.equal(r.sidecar.articleStatus, 'in-progress');
    assert.deepEqual(r.conflicts, [{ kind: 'field', field: 'articleStatus', mine: 'in-progress', theirs: 'done' }]);
  });

  it('property: every version changed on either side survives the merge', () => {
    const pool = [0, 10, 20, 30];
    const variant = fc.constantFrom(undefined, 'a', 'b');
    const side = fc.array(fc.tuple(fc.constantFrom(...pool), fc.boolean(), variant), { maxLength: 4 });
    const build = (spec: Array<[number, boolean, string | undefined]>) => {
      const m = new Map<number, Annotation>();
      for (const [n, keep, note] of spec) if (keep) m.set(n, ann(n, note));
      return [...m.values()];
    };
    let runs = 0;
    fc.assert(
      fc.property(side, side, side, (b, m, t) => {
        runs++;
        const [base, mine, theirs] = [build(b), build(m), build(t)];
        const out = mergeAnnotations(base, mine, theirs, newId);
        const contents = new Set(out.map((a) => annotationKey({ ...a, id: 'X', tags: a.tags.filter((x) => x !== CONFLICT_TAG) })));
        const baseKeys = new Set(base.map(annotationKey));
        for (const a of [...mine, ...theirs]) {
          if (!baseKeys.has(annotationKey(a))) assert.ok(contents.has(annotationKey({ ...a, id: 'X' })), `lost ${a.id} ${a.note}`);
        }
        assert.equal(new Set(out.map((a) => a.id)).size, out.length, 'ids stay unique');
      }),
      { numRuns: 2000 },
    );
    console.log(`      [merge property] ${runs} random base/mine/theirs triples`);
  });
});
