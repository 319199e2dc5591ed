import assert from 'node:assert/strict';
import type { QuoteCorrection } from '../../../src/core/annotations/corrections';
import { makeTarget } from '../../../src/core/annotations/target';

/** Builds quote corrections by "ani" on the first place each surface occurs in `text`: each
 *  with an id and a time stamp of its own, later than the one built before it (the one
 *  modified last decides between overlapping corrections). Shared by the rule-6 tests. */
export function quoteCorrectionsOn(text: string): (surface: string, decision: QuoteCorrection['decision'], values?: Partial<QuoteCorrection>) => QuoteCorrection {
  let seq = 0;
  return (surface, decision, values = {}) => {
    const start = text.indexOf(surface);
    assert.ok(start >= 0, surface);
    seq++;
    const stamp = `2026-12-06T00:${String(Math.floor(seq / 60)).padStart(2, '0')}:${String(seq % 60).padStart(2, '0')}.000Z`;
    return { id: `Q${String(seq).padStart(25, '0')}`, layer: 'quote', decision, target: makeTarget(text, start, start + surface.length), annotator: 'ani', created: stamp, modified: stamp, ...values };
  };
}
