// The palette's precedence (src/extension/services/layers/palette.ts): inside an annotated
// span the annotation owns the line under the text, so actor underlines give way there.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { subtractSpans, type Span } from '../../../src/core/recognize/layers';

describe('line precedence: actor spans minus annotated spans', () => {
  it('keeps what lies outside, cuts what overlaps, drops what is covered', () => {
    const actors: Span[] = [{ start: 0, end: 5 }, { start: 10, end: 20 }, { start: 30, end: 35 }];
    const annotated: Span[] = [{ start: 15, end: 40 }, { start: 12, end: 16 }];
    assert.deepEqual(subtractSpans(actors, annotated), [{ start: 0, end: 5 }, { start: 10, end: 12 }]);
  });

  it('returns the spans unchanged when nothing is annotated', () => {
    const actors: Span[] = [{ start: 3, end: 9 }];
    assert.deepEqual(subtractSpans(actors, []), actors);
  });

  it('never marks a covered offset and keeps every uncovered one (property)', () => {
    const span = fc.tuple(fc.nat(200), fc.nat(30)).map(([s, l]) => ({ start: s, end: s + l + 1 }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 12 }), fc.array(span, { maxLength: 6 }), (raw, cover) => {
        // Actor spans never overlap each other: keep a sorted, disjoint subset.
        const actors: Span[] = [];
        for (const s of [...raw].sort((a, b) => a.start - b.start)) if (!actors.length || s.start >= (actors[actors.length - 1] as Span).end) actors.push(s);
        const out = subtractSpans(actors, cover);
        const inside = (x: number, list: readonly Span[]) => list.some((s) => x >= s.start && x < s.end);
        for (let x = 0; x < 240; x++) assert.equal(inside(x, out), inside(x, actors) && !inside(x, cover), `offset ${x}`);
      }),
    );
  });
});
