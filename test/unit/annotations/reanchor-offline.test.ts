import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createAnnotation } from '../../../src/core/annotations/create';
import { reanchorAll, reanchorAnnotation } from '../../../src/core/annotations/reanchor-offline';
import type { Annotation } from '../../../src/core/annotations/types';
import { annotationsArb, applyEdit, editSequenceArb, textArb } from './arbitraries';

function on(text: string, exact: string, from = 0): Annotation {
  const start = text.indexOf(exact, from);
  assert.ok(start >= 0, `fixture: "${exact}" not in text`);
  return createAnnotation({ text, start, end: start + exact.length, annotator: 'ana', now: 0, id: '01HZZZZZZZ0000000000000001', fields: { kind: 'source', source: { sourceName: 'Retno', sourceType: 'official', relation: 'direct' } } });
}

const OLD = 'JAKARTA — Menlu Retno Marsudi mengatakan Indonesia siap menjadi jembatan perdamaian. "Kami mendorong dialog," ujarnya.';

describe('offline re-anchoring (article changed on disk)', () => {
  it('exact when nothing moved', () => {
    const a = on(OLD, 'siap menjadi jembatan');
    const r = reanchorAnnotation(OLD, a);
    assert.equal(r.state, 'exact');
    assert.deepEqual(r.annotation.target, a.target);
    assert.equal(r.annotation.needsReview, undefined);
  });

  it('re-anchors a quote that moved, with fresh context', () => {
    const a = on(OLD, '"Kami mendorong dialog,"');
    const now = 'Berita terkini. ' + OLD.replace('Menlu', 'Menteri Luar Negeri');
    const r = reanchorAnnotation(now, a);
    assert.equal(r.state, 'reanchored');
    assert.equal(now.slice(r.annotation.target.start, r.annotation.target.end), a.target.exact);
    assert.ok(r.confidence >= 0.6);
    assert.equal(r.annotation.needsReview, undefined);
  });

  it('flags an edited quote as needs-review at its old place and offers the approximate match', () => {
    const a = on(OLD, 'Indonesia siap menjadi jembatan perdamaian');
    const now = OLD.replace('siap menjadi', 'bersedia menjadi');
    const r = reanchorAnnotation(now, a);
    assert.equal(r.state, 'needs-review');
    assert.equal(r.annotation.needsReview, true);
    assert.equal(r.annotation.target.exact, a.target.exact, 'the original quote is kept');
    assert.equal(r.annotation.target.start, a.target.start);
    assert.ok(r.candidate);
    assert.equal(r.candidate.exact, 'Indonesia bersedia menjadi jembatan perdamaian');
  });

  it('orphans an annotation whose text is gone, clamped to the shorter text', () => {
    const a = on(OLD, '"Kami mendorong dialog," ujarnya.');
    const now = 'JAKARTA — Menlu Retno Marsudi berbicara.';
    const r = reanchorAnnotation(now, a);
    assert.equal(r.state, 'orphaned');
    assert.equal(r.annotation.needsReview, true);
    assert.ok(r.annotation.target.end <= now.length);
  });

  it('uses the context to pick among identical quotes, and refuses to guess when context cannot tell', () => {
    const text = 'Rusia menyerang. Kata Retno: damai. Lalu kata Prabowo: damai. Selesai.';
    const second = on(text, 'damai', text.indexOf('Prabowo'));
    const shifted = 'Tambahan di depan. ' + text;
    const r = reanchorAnnotation(shifted, second);
    assert.equal(r.state, 'reanchored');
    assert.equal(r.annotation.target.start, shifted.indexOf('damai', shifted.indexOf('Prabowo')));

    const twins = 'damai damai';
    const a = createAnnotation({ text: twins, start: 0, end: 5, annotator: 'ana', now: 0, fields: { kind: 'claim', claim: { claimant: 'x' } } });
    const changed = 'xx damai xx damai';
    const r2 = reanchorAnnotation(changed, a);
    assert.notEqual(r2.state, 'reanchored');
    assert.equal(r2.annotation.needsReview, true);
  });

  it('a short quote whose words were edited is flagged, not moved to the same words elsewhere with other surroundings', () => {
    // "Dinas Pangan Kota" is written twice; the second one, the annotated one, is edited to
    // "Dinas Pangan Kab. Kota". The first is the only identical place left, but nothing
    // around it is what surrounded the annotation: it is a different mention.
    const text = 'Surat dikirim ke Dinas Pangan Kota kemarin sore.\n\nKepala Dinas Pangan Kota Hasan Basri belum membacanya.';
    const a = on(text, 'Dinas Pangan Kota', text.indexOf('Kepala'));
    const now = text.replace('Kepala Dinas Pangan Kota', 'Kepala Dinas Pangan Kab. Kota');
    const r = reanchorAnnotation(now, a);
    assert.equal(r.state, 'needs-review');
    assert.equal(r.annotation.needsReview, true);
    assert.equal(r.annotation.target.start, a.target.start, 'kept at its old place, flagged');
  });

  it('guard: a short quote found once with one side of its context intact still moves', () => {
    const text = 'Pagi itu Wali Kota Lestari Amin membuka pasar murah di alun-alun.';
    const a = on(text, 'Lestari Amin');
    const now = 'Berita daerah. Pagi itu Wali Kota Lestari Amin meresmikan pasar murah.';
    const r = reanchorAnnotation(now, a);
    assert.equal(r.state, 'reanchored');
    assert.equal(now.slice(r.annotation.target.start, r.annotation.target.end), 'Lestari Amin');
  });

  it('never clears an existing needsReview flag', () => {
    const a = { ...on(OLD, 'Menlu Retno'), needsReview: true as const };
    const r = reanchorAnnotation(OLD, a);
    assert.equal(r.state, 'exact');
    assert.equal(r.annotation.needsReview, true);
  });

  it('counts in UTF-16 units across CRLF, emoji and combining marks', () => {
    const text = 'Satu 😀 dua\r\nRe\u0301tno: "damai" 🇮🇩 ujarnya.';
    const a = on(text, '"damai"');
    const now = text.replace('\r\n', '\n').replace('😀', '😀😀');
    const r = reanchorAnnotation(now, a);
    assert.equal(r.state, 'reanchored');
    assert.equal(now.slice(r.annotation.target.start, r.annotation.target.end), '"damai"');
  });

  it('property: after random edits every annotation is on its exact quote or flagged', () => {
    const s = { runs: 0, edits: 0, annotations: 0, exact: 0, reanchored: 0, needsReview: 0, orphaned: 0, recoverable: 0, recovered: 0, sameTextOtherPlace: 0 };
    fc.assert(
      fc.property(
        textArb(150, 30).chain((text) => fc.tuple(fc.constant(text), annotationsArb(text, 6), editSequenceArb(text.length, 10))),
        ([text, annotations, edits]) => {
          s.runs++;
          s.edits += edits.length;
          let ids = Array.from({ length: text.length }, (_, i) => i);
          let now = text;
          for (const e of edits) {
            now = applyEdit(now, e);
            ids = [...ids.slice(0, e.offset), ...Array(e.text.length).fill(-1), ...ids.slice(e.offset + e.length)];
          }
          reanchorAll(now, annotations).forEach((r, i) => {
            const a = annotations[i];
            const { start, end, exact } = r.annotation.target;
            s.annotations++;
            s[r.state === 'needs-review' ? 'needsReview' : r.state]++;
            assert.ok(0 <= start && start <= end && end <= now.length);
            assert.equal(exact, a.target.exact, 'the quote itself is never rewritten');
            // Where did the original characters of the quote go, if they survived intact?
            const first = ids.indexOf(a.target.start);
            const intact = first >= 0 && ids.slice(first, first + exact.length).every((v, k) => v === a.target.start + k);
            if (intact) s.recoverable++;
            if (r.state === 'exact' || r.state === 'reanchored') {
              assert.equal(r.annotation.needsReview, undefined, 'placed annotations are not flagged');
              assert.equal(now.slice(start, end), exact, 'placed => on its exact quote');
              if (intact && start === first) s.recovered++;
              else s.sameTextOtherPlace++;
            } else {
              assert.equal(r.annotation.needsReview, true, 'not placed => flagged');
            }
          });
        },
      ),
      { numRuns: 3000 },
    );
    console.log(
      `      [offline property] runs=${s.runs} edits=${s.edits} annotations=${s.annotations} exact=${s.exact} ` +
        `reanchored=${s.reanchored} needs-review=${s.needsReview} orphaned=${s.orphaned} flagged=${s.needsReview + s.orphaned}; ` +
        `quote characters intact=${s.recoverable}, placed on those same characters=${s.recovered}, ` +
        `placed on an identical quote elsewhere=${s.sameTextOtherPlace}`,
    );
  });
});
