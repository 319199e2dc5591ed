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

  // VS Code reloads a file changed on disk as ONE edit replacing every line from the first
  // changed one to the last: an annotation in between is covered, yet its words are still
  // there. Treating that like a deletion moved it to the start of the replaced lines and
  // wrote their context over its own (found in a newcomer run: a claim ended up as an empty
  // span on the dateline, its prefix and suffix lost).
  describe('an edit that covers an annotation with new text (a reload from disk)', () => {
    const article = ['Judul berita', '', 'Jakarta -- Rusia menuding Moldova.', '', 'Ketika wartawan bertanya, diplomat itu tidak menjawab.', '', 'Penutup.'].join('\n');
    const claim = on(article, 'diplomat itu tidak menjawab');
    /** The reload's one edit: from the first changed line to the last. */
    function reload(before: string, after: string): TextEdit {
      let head = 0;
      while (head < before.length && before[head] === after[head]) head++;
      head = before.lastIndexOf('\n', head - 1) + 1;
      let tail = 0;
      while (tail < before.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
      const endBefore = before.indexOf('\n', before.length - tail);
      const cut = endBefore === -1 ? before.length : endBefore;
      const cutAfter = cut + (after.length - before.length);
      return { offset: head, length: cut - head, text: after.slice(head, cutAfter) };
    }

    it('finds the unchanged words in the replacement: placed, not flagged, context its own', () => {
      const after = article.replace('Jakarta -- ', 'Jakarta -- (Diperbarui) ').replace('Ketika wartawan', 'Saat seorang wartawan');
      const edit = reload(article, after);
      assert.ok(edit.offset < claim.target.start && edit.offset + edit.length > claim.target.end, 'the edit covers the annotation');
      const r = run(article, claim, [edit]);
      assert.equal(r.text, after);
      assert.equal(r.text.slice(r.a.target.start, r.a.target.end), 'diplomat itu tidak menjawab');
      assert.equal(r.a.needsReview, undefined);
      assert.equal(r.a.target.suffix, after.slice(r.a.target.end, r.a.target.end + r.a.target.suffix.length));
    });

    it('flags words that changed, keeping the old quote and its old context for the reviewer', () => {
      const after = article.replace('Jakarta -- ', 'Jakarta -- (Diperbarui) ').replace('diplomat itu tidak', 'diplomat itu sama sekali tidak');
      const r = run(article, claim, [reload(article, after)]);
      assert.equal(r.a.needsReview, true);
      assert.equal(r.a.target.exact, claim.target.exact);
      assert.equal(r.a.target.prefix, claim.target.prefix);
      assert.equal(r.a.target.suffix, claim.target.suffix);
      // near where the words are now, not at the start of the replaced lines
      assert.ok(r.a.target.start > r.text.indexOf('Ketika'), `start ${r.a.target.start}`);
    });

    it('looks for the words where the replacing text went when later edits of the same change move it', () => {
      const after = article.replace('Jakarta -- ', 'Jakarta -- (Diperbarui) ').replace('Ketika wartawan', 'Saat seorang wartawan');
      const r = run(article, claim, [reload(article, after), { offset: 0, length: 0, text: 'BERITA: ' }]);
      assert.equal(r.text.slice(r.a.target.start, r.a.target.end), 'diplomat itu tidak menjawab');
      assert.equal(r.a.needsReview, undefined);
    });

    it('does not take the same words outside the replacing text', () => {
      const twice = article + '\ndiplomat itu tidak menjawab';
      const a = on(twice, 'diplomat itu tidak menjawab');
      const after = twice.replace('diplomat itu tidak menjawab.', 'juru bicara tidak hadir.');
      const r = run(twice, a, [reload(twice, after)]);
      assert.equal(r.a.needsReview, true, 'flagged, not moved to the last line');
      assert.ok(r.a.target.start < after.lastIndexOf('diplomat'));
    });

    it('still treats a deletion of the words as a deletion', () => {
      const from = article.indexOf('Ketika');
      const r = run(article, claim, [{ offset: from, length: article.indexOf('\n', from) - from, text: '' }]);
      assert.equal(r.a.needsReview, true);
      assert.equal(r.a.target.start, from);
      assert.equal(r.a.target.end, from);
    });
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
