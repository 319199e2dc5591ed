// Undo / redo of annotation changes while the text changes in between, on a model of
// the editor's AnnotationService (src/extension/services/annotations/annotation-service.ts): the
// same applyChange / invertChange / live re-anchoring / rebase calls, in the same order.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createAnnotation, updateAnnotation } from '../../../src/core/annotations/create';
import { applyEditsToAnnotations, type TextEdit } from '../../../src/core/annotations/reanchor-live';
import { moveAnchored } from '../../../src/core/annotations/anchored-lists';
import { decide } from '../../../src/core/curation/decide';
import type { Correction } from '../../../src/core/annotations/corrections';
import { SIDECAR_SCHEMA_VERSION, type Annotation, type Sidecar } from '../../../src/core/annotations/types';
import { applyChange, invertChange, type AnnotationChange } from '../../../src/extension/services/annotations/article-annotations';
import { moveRecorded, rebaseChange } from '../../../src/extension/services/annotations/history';
import { applyEdit, fakeUlid, textArb } from './arbitraries';

/** The article as the service holds it: its text, the own annotations, the history. */
class Article {
  sidecar: Sidecar = { schemaVersion: SIDECAR_SCHEMA_VERSION, article: 'a.txt', annotations: [] };
  undo: AnnotationChange[] = [];
  redo: AnnotationChange[] = [];
  constructor(public text: string) {}

  get own(): Annotation[] {
    return this.sidecar.annotations;
  }

  get corrections(): Correction[] {
    return this.sidecar.corrections ?? [];
  }

  change(change: AnnotationChange): void {
    this.sidecar = applyChange(this.sidecar, change);
    this.undo.push(change);
    this.redo = [];
  }

  /** An edit of the text: live annotations and recorded ones move alike. */
  type(edit: TextEdit): void {
    this.text = applyEdit(this.text, edit);
    const move = <T extends Annotation | Correction>(list: readonly T[]) => applyEditsToAnnotations(list, [edit], this.text);
    this.sidecar = moveAnchored(this.sidecar, move);
    this.undo = moveRecorded(this.undo, move);
    this.redo = moveRecorded(this.redo, move);
  }

  replay(direction: 'undo' | 'redo'): boolean {
    const from = direction === 'undo' ? this.undo : this.redo;
    const to = direction === 'undo' ? this.redo : this.undo;
    const change = from.pop();
    if (!change) return false;
    const step = direction === 'undo' ? invertChange(change) : change;
    this.sidecar = applyChange(this.sidecar, rebaseChange(step, this.own, this.text));
    to.push(change);
    return true;
  }

  find(id: string): Annotation {
    const a = this.own.find((x) => x.id === id);
    assert.ok(a, `annotation ${id} is there`);
    return a;
  }
}

const CLAIM = { kind: 'claim' as const, claim: { claimant: 'Retno' } };
let ids = 0;
function annotate(text: string, start: number, end: number): Annotation {
  return createAnnotation({ text, start, end, annotator: 'ana', fields: CLAIM, now: 1_700_000_000_000, id: fakeUlid(++ids) });
}

/** Offset of the n-th (0-based) occurrence of `needle`. */
function nth(text: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0);
  return at;
}

// A paragraph repeated four times: copies 2 and 3 have identical context, so a quote in
// them cannot be found again by searching; only following the edits can place it.
const PARAGRAPH = 'Retno mengatakan Indonesia mendukung perdamaian, kata dia di Jakarta.\n';
const TEXT = 'Judul berita\n' + PARAGRAPH.repeat(4);
const WORDS = 'Indonesia mendukung perdamaian';
const LINE = 'Baris baru di atas.\n';

describe('undo / redo of annotation changes while the text changes', () => {
  it('redo of a creation, after a line was inserted above, puts it back on its own words', () => {
    const doc = new Article(TEXT);
    const start = nth(TEXT, WORDS, 2);
    const a = annotate(TEXT, start, start + WORDS.length);
    doc.change({ type: 'add', annotation: a });
    doc.replay('undo');
    doc.type({ offset: 0, length: 0, text: LINE });
    doc.replay('redo');
    const back = doc.find(a.id);
    assert.deepEqual([back.target.start, back.needsReview], [start + LINE.length, undefined]);
    assert.equal(doc.text.slice(back.target.start, back.target.end), WORDS);
  });

  it('corrections of the recognized layer undo and redo with the annotations, on their own words after edits', () => {
    const doc = new Article(TEXT);
    const start = nth(TEXT, WORDS, 2);
    const first = decide({ text: TEXT, start, end: start + WORDS.length, annotator: 'ana', decision: 'reject', values: { layer: 'actor' }, now: 1, id: fakeUlid(++ids) }, []);
    doc.change({ type: 'corrections', label: 'not an actor', before: first.replaces, after: [first.correction] });
    // A second decision on the same span replaces the first in one step.
    const second = decide({ text: TEXT, start, end: start + WORDS.length, annotator: 'ana', decision: 'set', values: { layer: 'actor', type: 'ORG', canonical: 'X' }, now: 2, id: fakeUlid(++ids) }, doc.corrections);
    doc.change({ type: 'corrections', label: 'set actor', before: second.replaces, after: [second.correction] });
    assert.deepEqual(doc.corrections.map((c) => c.decision), ['set']);
    doc.type({ offset: 0, length: 0, text: LINE });
    doc.replay('undo');
    assert.deepEqual(doc.corrections.map((c) => [c.decision, doc.text.slice(c.target.start, c.target.end), c.needsReview]), [['reject', WORDS, undefined]]);
    doc.replay('undo');
    assert.deepEqual(doc.corrections, []);
    doc.replay('redo');
    doc.replay('redo');
    const redone: Correction[] = doc.corrections;
    assert.deepEqual(redone.map((c) => [c.decision, doc.text.slice(c.target.start, c.target.end)]), [['set', WORDS]]);
  });

  it('undo of a deletion, after edits above and below, puts it back on its own words', () => {
    const doc = new Article(TEXT);
    const start = nth(TEXT, WORDS, 1);
    const a = annotate(TEXT, start, start + WORDS.length);
    doc.change({ type: 'add', annotation: a });
    doc.type({ offset: 0, length: 0, text: LINE });
    doc.change({ type: 'remove', annotation: doc.find(a.id) });
    doc.type({ offset: 0, length: 'Judul'.length, text: 'Kepala' });
    doc.type({ offset: doc.text.length, length: 0, text: PARAGRAPH });
    doc.replay('undo');
    const back = doc.find(a.id);
    assert.deepEqual([back.target.start, back.needsReview], [start + LINE.length + 1, undefined]);
    assert.equal(doc.text.slice(back.target.start, back.target.end), WORDS);
  });

  it('undo and redo of an edit keep the annotation where the text has taken it', () => {
    const doc = new Article(TEXT);
    const start = nth(TEXT, WORDS, 3);
    const a = annotate(TEXT, start, start + WORDS.length);
    doc.change({ type: 'add', annotation: a });
    doc.change({ type: 'replace', before: a, after: updateAnnotation(a, { note: 'catatan' }) });
    doc.type({ offset: 0, length: 0, text: LINE });
    doc.replay('undo');
    assert.deepEqual([doc.find(a.id).target.start, doc.find(a.id).note], [start + LINE.length, undefined]);
    doc.type({ offset: 0, length: 0, text: LINE });
    doc.replay('redo');
    assert.deepEqual([doc.find(a.id).target.start, doc.find(a.id).note], [start + 2 * LINE.length, 'catatan']);
  });

  it('undo of a review that moved a flagged annotation puts it back, flagged; redo moves it again', () => {
    const doc = new Article(TEXT);
    const old = nth(TEXT, WORDS, 0);
    const flagged = { ...annotate(TEXT, old, old + WORDS.length), needsReview: true as const };
    doc.change({ type: 'add', annotation: flagged });
    const chosen = nth(TEXT, WORDS, 2);
    const { needsReview: _flag, ...rest } = flagged;
    const reviewed = { ...rest, target: annotate(TEXT, chosen, chosen + WORDS.length).target };
    doc.change({ type: 'replace', before: flagged, after: reviewed });
    doc.type({ offset: 0, length: 0, text: LINE });
    doc.replay('undo');
    assert.deepEqual([doc.find(flagged.id).target.start, doc.find(flagged.id).needsReview], [old + LINE.length, true]);
    doc.type({ offset: 0, length: 0, text: LINE });
    doc.replay('redo');
    assert.deepEqual([doc.find(flagged.id).target.start, doc.find(flagged.id).needsReview], [chosen + 2 * LINE.length, undefined]);
  });

  it('property: through creations, edits, deletions, undo, redo and text edits, every annotation whose characters are intact is on them, unflagged', () => {
    type Op =
      | { t: 'create'; a: number; b: number }
      | { t: 'type'; at: number; len: number; text: string }
      | { t: 'note' | 'remove'; k: number }
      | { t: 'undo' | 'redo' };
    const frac = fc.integer({ min: 0, max: 1_000_000 });
    const op: fc.Arbitrary<Op> = fc.oneof(
      { arbitrary: fc.record({ t: fc.constant('create' as const), a: frac, b: frac }), weight: 2 },
      { arbitrary: fc.record({ t: fc.constant('type' as const), at: frac, len: fc.nat({ max: 8 }), text: fc.constantFrom('', 'x', ' ', 'Rusia', '\r\n', '😀', 'kata dia ') }), weight: 3 },
      { arbitrary: fc.record({ t: fc.constantFrom('note' as const, 'remove' as const), k: fc.nat() }), weight: 2 },
      { arbitrary: fc.record({ t: fc.constantFrom('undo' as const, 'redo' as const) }), weight: 4 },
    );
    const stats = { runs: 0, ops: 0, replays: 0, checked: 0, intact: 0 };
    // Half the articles repeat a paragraph, so that quotes recur with identical context.
    const article = fc.oneof(textArb(80, 20), textArb(25, 8).map((p) => `Judul\n${`${p}\n`.repeat(4)}`));
    fc.assert(
      fc.property(article, fc.array(op, { minLength: 1, maxLength: 30 }), (text, ops) => {
        stats.runs++;
        const doc = new Article(text);
        // Character identity: every character ever in the text gets its own number.
        let chars = Array.from({ length: text.length }, (_, i) => i);
        let fresh = text.length;
        const origin = new Map<string, number[]>();
        const at = (f: number, length: number) => Math.floor((f / 1_000_001) * (length + 1));
        for (const o of ops) {
          stats.ops++;
          if (o.t === 'create') {
            let [s, e] = [at(o.a, doc.text.length), at(o.b, doc.text.length)].sort((x, y) => x - y);
            if (s > 0 && isLow(doc.text.charCodeAt(s))) s--;
            if (e < doc.text.length && isLow(doc.text.charCodeAt(e))) e++;
            if (e <= s) continue;
            const a = annotate(doc.text, s, e);
            origin.set(a.id, chars.slice(s, e));
            doc.change({ type: 'add', annotation: a });
          } else if (o.t === 'type') {
            const offset = at(o.at, doc.text.length);
            const edit = { offset, length: Math.min(o.len, doc.text.length - offset), text: o.text };
            chars = [...chars.slice(0, offset), ...Array.from({ length: edit.text.length }, () => fresh++), ...chars.slice(offset + edit.length)];
            doc.type(edit);
          } else if (o.t === 'note' || o.t === 'remove') {
            if (doc.own.length === 0) continue;
            const now = doc.own[o.k % doc.own.length];
            doc.change(o.t === 'note' ? { type: 'replace', before: now, after: updateAnnotation(now, { note: `n${stats.ops}` }) } : { type: 'remove', annotation: now });
          } else if (doc.replay(o.t)) {
            stats.replays++;
          }
          for (const a of doc.own) {
            stats.checked++;
            const { start, end, exact } = a.target;
            if (!a.needsReview) assert.equal(doc.text.slice(start, end), exact, 'unflagged => its quote is the text under it');
            const mine = origin.get(a.id)!;
            const p = chars.indexOf(mine[0]);
            const intact = p >= 0 && chars.slice(p, p + mine.length).join() === mine.join();
            if (!intact) continue;
            stats.intact++;
            assert.deepEqual([start, end, a.needsReview], [p, p + mine.length, undefined], `on its own characters after ${JSON.stringify(o)}`);
          }
        }
      }),
      { numRuns: 3000 },
    );
    assert.ok(stats.replays > 1000 && stats.intact > 1000, JSON.stringify(stats));
    console.log(`      [history property] runs=${stats.runs} operations=${stats.ops} undo/redo=${stats.replays} annotation checks=${stats.checked} (intact: ${stats.intact})`);
  });
});

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
