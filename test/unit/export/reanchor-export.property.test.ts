// Joins re-anchoring and export: an annotated article is edited outside Sorot (random
// insertions, deletions, replacements, a duplicated or moved passage), then every
// consumer's path is taken: the sidecar is placed on the new text (place.ts, the step
// export, agreement and validate share) and exported in every format. Every exported
// span must slice the new text to the annotation's own quote, or be flagged needsReview.
//
// Runs: SOROT_PROPERTY_RUNS (default 10,000, about ten seconds); the documented long run is
// SOROT_PROPERTY_RUNS=200000 npx mocha test/unit/export/reanchor-export.property.test.ts
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { placeSidecar } from '../../../src/core/annotations/place';
import { articleTextHash } from '../../../src/core/annotations/text-version';
import type { Sidecar } from '../../../src/core/annotations/types';
import { EXPORT_FORMATS, exportAs } from '../../../src/core/export';
import { LINE_BREAK } from '../../../src/core/export/brat';
import { annotationsArb, applyEdit, editSequenceArb, textArb } from '../annotations/arbitraries';
import { exportedSpans } from './exported-spans';

function splitsPair(text: string, offset: number): boolean {
  const low = text.charCodeAt(offset);
  return offset > 0 && offset < text.length && low >= 0xdc00 && low <= 0xdfff;
}

function trimLineBreaks(s: string): string {
  return s.replace(new RegExp(`^(?:${LINE_BREAK.source})+|(?:${LINE_BREAK.source})+$`, 'g'), '');
}

const RUNS = Number(process.env.SOROT_PROPERTY_RUNS ?? 10_000);

/** An outside change: edits, and sometimes a passage copied or moved elsewhere. */
const outsideChange = (text: string) =>
  fc.tuple(
    editSequenceArb(text.length, 6),
    fc.constantFrom('none', 'duplicate', 'move'),
    fc.nat({ max: 1_000_000 }),
    fc.nat({ max: 1_000_000 }),
    fc.nat({ max: 1_000_000 }),
  ).map(([edits, block, a, b, c]) => (t: string): string => {
    let out = edits.reduce(applyEdit, t);
    if (block === 'none' || out.length === 0) return out;
    const at = (x: number) => Math.floor((x / 1_000_000) * out.length);
    const [from, to] = [at(a), at(b)].sort((x, y) => x - y);
    const piece = out.slice(from, to);
    if (block === 'move') out = out.slice(0, from) + out.slice(to);
    const dest = Math.floor((c / 1_000_000) * out.length);
    return out.slice(0, dest) + piece + out.slice(dest);
  });

const scenario = textArb(120, 5).chain((text) =>
  fc.record({
    text: fc.constant(text),
    // Sorot never stores a span that splits a surrogate pair (one half of an emoji).
    annotations: annotationsArb(text, 6).map((list) => list.filter((a) => !splitsPair(text, a.target.start) && !splitsPair(text, a.target.end))),
    change: outsideChange(text),
    // A file from version 2 on names its text; a version 1 file (migrated) does not.
    hashed: fc.boolean(),
  }),
);

describe('outside edits, then export in every format (property)', function () {
  this.timeout(10 * 60_000);

  it(`every exported span slices the current text to its annotation's quote, or is flagged (${RUNS} sequences)`, () => {
    const stats = { sequences: 0, spans: 0, flagged: 0, misplaced: 0, lost: 0 };
    fc.assert(
      fc.property(scenario, ({ text, annotations, change, hashed }) => {
        const sidecar: Sidecar = { schemaVersion: 3, article: 'berita.txt', annotations, ...(hashed ? { textHash: articleTextHash(text) } : {}) };
        const quoteOf = new Map(annotations.map((a) => [a.id, a.target.exact]));
        const now = change(text);
        const placed = placeSidecar(sidecar, now).sidecar.annotations;
        stats.sequences++;
        for (const format of EXPORT_FORMATS) {
          if (format === 'conll') continue; // actor mentions only, no annotations
          const result = exportAs(format, { articles: [{ path: 'berita.txt', text: now, annotations: placed }] });
          const spans = exportedSpans(format, result.files, now);
          // brat may skip a span of nothing but line breaks, WebAnno TSV one that covers no
          // token (only spacing), and both say so.
          const skipped = result.warnings.filter((w) => /brat cannot hold it|WebAnno TSV cannot hold it/.test(w)).length;
          if (spans.length + skipped !== annotations.length) stats.lost++;
          assert.equal(spans.length + skipped, annotations.length, `${format}: ${annotations.length - spans.length} annotation(s) missing`);
          for (const s of spans) {
            stats.spans++;
            if (s.flagged) {
              stats.flagged++;
              continue;
            }
            // brat's spans cannot hold line breaks: leading and trailing ones are left out.
            const quote = format === 'brat' ? trimLineBreaks(quoteOf.get(s.id)!) : quoteOf.get(s.id);
            const ok = now.slice(s.start, s.end) === quote && s.exact === quote;
            if (!ok) stats.misplaced++;
            assert.ok(ok, `${format}: ${s.id} [${s.start}, ${s.end}) is ${JSON.stringify(now.slice(s.start, s.end))}, its quote ${JSON.stringify(quoteOf.get(s.id))}, not flagged`);
          }
        }
      }),
      { numRuns: RUNS },
    );
    assert.equal(stats.misplaced + stats.lost, 0);
    if (process.env.SOROT_PROPERTY_REPORT) console.log(`      ${JSON.stringify(stats)}`);
  });
});
