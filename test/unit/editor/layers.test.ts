import assert from 'node:assert/strict';
import fc from 'fast-check';
import { layerSpans, nextSpanIndex, spanAt, spansInWindow, type Span } from '../../../src/core/recognize/layers';
import type { AnalysisResult } from '../../../src/core/recognize/types';

const result: AnalysisResult = {
  actors: [
    { start: 0, end: 7, text: 'Kremlin', type: 'ORG', canonical: 'Kremlin' },
    { start: 20, end: 26, text: 'Peskov', type: 'PER', canonical: 'Dmitry Peskov' },
    { start: 40, end: 46, text: 'Moskow', type: 'GPE', canonical: 'Moscow' },
  ],
  quotes: [
    { start: 50, end: 60, text: '“Ya, kami”', speaker: 'Dmitry Peskov', speakerMention: { start: 20, end: 26 }, cue: 'kata' },
    { start: 70, end: 80, text: '“Tidak ya”', speaker: 'Dmitry Peskov', speakerMention: { start: 20, end: 26 }, cue: 'tambahnya' },
    { start: 90, end: 95, text: '“Oh.”', speaker: null },
  ],
};

describe('decoration layers', () => {
  it('splits actors by type and lists each speaker mention once', () => {
    const l = layerSpans(result);
    assert.deepEqual(l.person, [{ start: 20, end: 26 }]);
    assert.deepEqual(l.organisation, [{ start: 0, end: 7 }]);
    assert.deepEqual(l.place, [{ start: 40, end: 46 }]);
    assert.equal(l.quote.length, 3);
    assert.deepEqual(l.speaker, [{ start: 20, end: 26 }]);
    assert.deepEqual(l.reported, [], 'a result without statements draws none');
  });

  it('puts reported statements in a layer of their own, sorted, apart from the quotes they contain', () => {
    const l = layerSpans({
      ...result,
      reported: [
        { start: 100, end: 130, text: 'x'.repeat(30), speaker: null, cue: 'kata', attribution: 'none' },
        { start: 30, end: 85, text: 'y'.repeat(55), speaker: 'Dmitry Peskov', cue: 'mengatakan', attribution: 'explicit', quotes: [{ start: 50, end: 60 }] },
      ],
    });
    assert.deepEqual(l.reported, [{ start: 30, end: 85 }, { start: 100, end: 130 }]);
    assert.equal(l.quote.length, 3, 'the quote inside a statement stays a quote');
  });

  it('spansInWindow equals a linear filter, including spans that start before the window', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(20), fc.integer({ min: 1, max: 30 })), { maxLength: 60 }), fc.nat(1500), fc.nat(300), (gaps, from, width) => {
        const spans: Span[] = [];
        let at = 0;
        for (const [gap, len] of gaps) {
          at += gap;
          spans.push({ start: at, end: at + len });
          at += len;
        }
        const to = from + width;
        assert.deepEqual(spansInWindow(spans, from, to), spans.filter((s) => s.end > from && s.start < to));
      }),
    );
  });

  it('nextSpanIndex moves forward and back with wrap-around; spanAt finds the containing span', () => {
    const spans = result.actors;
    assert.equal(nextSpanIndex(spans, 0, 1), 1, 'from the start of the first span, the next one');
    assert.equal(nextSpanIndex(spans, 45, 1), 0, 'past the last start: wraps');
    assert.equal(nextSpanIndex(spans, 20, -1), 0);
    assert.equal(nextSpanIndex(spans, 0, -1), 2, 'before the first: wraps to the last');
    assert.equal(nextSpanIndex([], 3, 1), -1);
    assert.equal(spanAt(spans, 22)?.text, 'Peskov');
    assert.equal(spanAt(spans, 26), undefined, 'end is exclusive');
    assert.equal(spanAt(result.quotes, 95), undefined);
  });
});
