import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createAnnotation } from '../../../src/core/annotations/create';
import { applyEditsToAnnotations, type TextEdit } from '../../../src/core/annotations/reanchor-live';
import type { Annotation } from '../../../src/core/annotations/types';
import { annotationsArb, applyEdit, editSequenceArb, textArb } from './arbitraries';

const TEXT = 'Menlu Retno berkata Indonesia mendukung perdamaian.';
function on(text: string, exact: string): Annotation {
  const start = text.indexOf(exact);
  return createAnnotation({ text, start, end: start + exact.length, annotator: 'ana', now: 0, id: '01HZZZZZZZ0000000000000001', fields: { kind: 'claim', claim: { claimant: 'Retno' } } });
}
function run(text: string, a: Annotation, edits: TextEdit[]): { text: string; a: Annotation } {
  const next = edits.reduce(applyEdit, text);
  return { text: next, a: applyEditsToAnnotations([a], edits, next)[0] };
}

describe('live re-anchoring (text edits)', () => {
  const ann = on(TEXT, 'Indonesia mendukung');

  it('shifts for edits before, ignores edits after, and treats insertions at either boundary as outside', () => {
    const r1 = run(TEXT, ann, [{ offset: 0, length: 5, text: 'Menteri Luar Negeri' }]);
    assert.equal(r1.text.slice(r1.a.target.start, r1.a.target.end), 'Indonesia mendukung');
    assert.equal(r1.a.needsReview, undefined);
    const r2 = run(TEXT, ann, [{ offset: ann.target.start, length: 0, text: 'X' }, { offset: ann.target.end + 1, length: 0, text: 'Y' }]);
    assert.equal(r2.a.target.exact, 'Indonesia mendukung');
    assert.equal(r2.text.slice(r2.a.target.start, r2.a.target.end), 'Indonesia mendukung');
    assert.equal(r2.a.target.prefix.endsWith('X'), true);
  });

  it('grows and shrinks with edits inside and refreshes exact', () => {
    const at = ann.target.start + 'Indonesia'.length;
    const r = run(TEXT, ann, [{ offset: at, length: 0, text: ' tetap' }, { offset: ann.target.start, length: 4, text: 'IND' }]);
    assert.equal(r.a.target.exact, 'INDnesia tetap mendukung');
    assert.equal(r.text.slice(r.a.target.start, r.a.target.end), r.a.target.exact);
    assert.equal(r.a.needsReview, undefined);
  });

  it('flags an annotation whose text was deleted and keeps its old quote', () => {
    const r = run(TEXT, ann, [{ offset: ann.target.start - 1, length: ann.target.exact.length + 2, text: '' }]);
    assert.equal(r.a.needsReview, true);
    assert.equal(r.a.target.exact, 'Indonesia mendukung');
    assert.equal(r.a.target.start, r.a.target.end);
  });

  it('flags an edit straddling a boundary and keeps only the surviving original text', () => {
    const r = run(TEXT, ann, [{ offset: ann.target.start - 3, length: 6, text: '--' }]);
    assert.equal(r.a.needsReview, true);
    assert.equal(r.a.target.exact, 'onesia mendukung');
    assert.equal(r.text.slice(r.a.target.start, r.a.target.end), 'onesia mendukung');
  });

  it('counts offsets in UTF-16 units through CRLF and emoji', () => {
    const text = 'Satu\r\n😀 Rusia e\u0301 Ukraina';
    const a = on(text, 'Ukraina');
    const r = run(text, a, [{ offset: 4, length: 2, text: '\n' }, { offset: 0, length: 0, text: '🇮🇩' }]);
    assert.equal(r.text.slice(r.a.target.start, r.a.target.end), 'Ukraina');
  });

  it('flags, never re-quotes, an annotation that did not match the text before the edits', () => {
    const stale = { ...ann, target: { ...ann.target, start: ann.target.start + 1, end: ann.target.end + 1 } };
    const r = run(TEXT, stale, [{ offset: 0, length: 0, text: '>' }]);
    assert.equal(r.a.needsReview, true);
    assert.equal(r.a.target.exact, 'Indonesia mendukung');
  });

  it('property: every annotation stays on its own characters or is flagged', () => {
    const stats = { runs: 0, edits: 0, annotations: 0, flagged: 0, untouched: 0, textUnits: 0 };
    fc.assert(
      fc.property(
        textArb(150, 30).chain((text) => fc.tuple(fc.constant(text), annotationsArb(text, 6), editSequenceArb(text.length, 10))),
        ([text, annotations, edits]) => {
          stats.runs++;
          stats.edits += edits.length;
          stats.textUnits += text.length;
          // Character identity: original index, or -1 for inserted characters.
          let ids = Array.from({ length: text.length }, (_, i) => i);
          let current = text;
          for (const e of edits) {
            current = applyEdit(current, e);
            ids = [...ids.slice(0, e.offset), ...Array(e.text.length).fill(-1), ...ids.slice(e.offset + e.length)];
          }
          const out = applyEditsToAnnotations(annotations, edits, current);
          out.forEach((r, i) => {
            const a = annotations[i];
            stats.annotations++;
            const { start, end } = r.target;
            assert.ok(0 <= start && start <= end && end <= current.length, 'inside the text');
            if (r.needsReview) {
              stats.flagged++;
              return;
            }
            assert.equal(current.slice(start, end), r.target.exact, 'unflagged => exact matches the text');
            if (r.target.exact === a.target.exact) stats.untouched++;
            ids.forEach((orig, p) => {
              if (orig < 0) return;
              const wasInside = a.target.start <= orig && orig < a.target.end;
              const isInside = start <= p && p < end;
              assert.equal(isInside, wasInside, `original char ${orig} changed sides`);
            });
          });
        },
      ),
      { numRuns: 4000 },
    );
    console.log(
      `      [live property] runs=${stats.runs} edits=${stats.edits} annotations=${stats.annotations} ` +
        `flagged=${stats.flagged} unflagged-on-own-text=${stats.annotations - stats.flagged} (quote unchanged: ${stats.untouched}) ` +
        `mean text length=${Math.round(stats.textUnits / stats.runs)} units`,
    );
  });
});
