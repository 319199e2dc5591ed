import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { TextEdit } from '../../../src/core/annotations/reanchor-live';
import { followEdits, settleSelection, trackSelection, type TrackedSelection } from '../../../src/core/annotations/track-selection';
import { applyEdit, editSequenceArb, textArb } from './arbitraries';

const TEXT = 'Menlu Sugiono mendesak komunitas internasional menekan Israel.';
const WORDS = 'komunitas internasional';

function follow(text: string, sel: TrackedSelection, edits: TextEdit[]): { text: string; sel: TrackedSelection } {
  // One change event per edit, as a flow sees them arrive.
  for (const e of edits) {
    text = applyEdit(text, e);
    sel = followEdits(sel, [e], text);
  }
  return { text, sel };
}

describe('selection tracked while an annotation flow is open', () => {
  const start = TEXT.indexOf(WORDS);
  const end = start + WORDS.length;

  it('follows a line inserted above and an edit after it, and settles on the same words', () => {
    const line = 'Catatan redaksi: baris baru.\n';
    const r = follow(TEXT, trackSelection(TEXT, start, end), [
      { offset: 0, length: 0, text: line },
      { offset: line.length + end + 1, length: 7, text: 'menekan keras' },
    ]);
    const settled = settleSelection(r.sel, r.text);
    assert.deepEqual(settled, { ok: true, start: start + line.length, end: end + line.length });
    assert.equal(r.text.slice(start + line.length, end + line.length), WORDS);
    assert.ok(r.sel.target.prefix.endsWith('mendesak '), 'the context is the current text around it');
  });

  it('treats insertions exactly at either boundary as outside the selection', () => {
    const r = follow(TEXT, trackSelection(TEXT, start, end), [
      { offset: start, length: 0, text: 'seluruh ' },
      { offset: end + 'seluruh '.length, length: 0, text: ' dan PBB' },
    ]);
    const settled = settleSelection(r.sel, r.text);
    assert.ok(settled.ok);
    assert.equal(r.text.slice(settled.start, settled.end), WORDS);
  });

  it('refuses once the selected words are edited, even if they are typed back', () => {
    const at = start + 'komunitas'.length;
    const r = follow(TEXT, trackSelection(TEXT, start, end), [
      { offset: at, length: 0, text: 'X' },
      { offset: at, length: 1, text: '' },
    ]);
    assert.equal(r.text, TEXT);
    assert.deepEqual(settleSelection(r.sel, r.text), { ok: false, reason: 'edited' });
  });

  it('refuses when an edit straddles a boundary or removes the words', () => {
    const straddle = follow(TEXT, trackSelection(TEXT, start, end), [{ offset: start - 3, length: 6, text: '' }]);
    assert.deepEqual(settleSelection(straddle.sel, straddle.text), { ok: false, reason: 'edited' });
    const gone = follow(TEXT, trackSelection(TEXT, start, end), [{ offset: start - 1, length: WORDS.length + 2, text: ' ' }]);
    assert.deepEqual(settleSelection(gone.sel, gone.text), { ok: false, reason: 'edited' });
  });

  it('refuses a wholesale replacement of the text (a reload from disk), even with the same words in it', () => {
    const reloaded = 'Judul baru\n' + TEXT;
    const r = follow(TEXT, trackSelection(TEXT, start, end), [{ offset: 0, length: TEXT.length, text: reloaded }]);
    assert.deepEqual(settleSelection(r.sel, r.text), { ok: false, reason: 'edited' });
  });

  it('refuses an empty selection and one the text no longer holds (an edit that was not followed)', () => {
    assert.deepEqual(settleSelection(trackSelection(TEXT, start, start), TEXT), { ok: false, reason: 'empty' });
    const missed = 'X' + TEXT;
    assert.deepEqual(settleSelection(trackSelection(TEXT, start, end), missed), { ok: false, reason: 'edited' });
  });

  it('property: after random edits the selection slices its own characters, or it is refused exactly when an edit reached them', () => {
    const stats = { runs: 0, edits: 0, kept: 0, refused: 0 };
    fc.assert(
      fc.property(
        textArb(120, 20).chain((text) =>
          fc.tuple(fc.constant(text), fc.nat({ max: text.length - 1 }), fc.integer({ min: 1, max: 40 }), editSequenceArb(text.length, 8)),
        ),
        ([text, from, len, edits]) => {
          stats.runs++;
          stats.edits += edits.length;
          const start = from;
          const end = Math.min(text.length, from + len);
          // Character identity: original index, or -1 for inserted characters.
          let ids = Array.from({ length: text.length }, (_, i) => i);
          let current = text;
          let sel = trackSelection(text, start, end);
          // The selected characters are intact while all of them are still there, in one
          // run, with nothing inserted between them.
          const intactNow = (): boolean => {
            const at = ids.indexOf(start);
            const run = at >= 0 ? ids.slice(at, at + (end - start)) : [];
            return run.length === end - start && run.every((id, k) => id === start + k);
          };
          let reached = false;
          for (const raw of edits) {
            // Shrinking may leave an edit reaching past the text: clamp it to the text.
            const offset = Math.min(raw.offset, current.length);
            const e = { offset, length: Math.min(raw.length, current.length - offset), text: raw.text };
            current = applyEdit(current, e);
            ids = [...ids.slice(0, e.offset), ...Array<number>(e.text.length).fill(-1), ...ids.slice(e.offset + e.length)];
            sel = followEdits(sel, [e], current);
            // Refused for good once reached: text inserted into the selection and deleted
            // again by a later edit still counts as an edit of it.
            if (!intactNow()) reached = true;
          }
          const intact = !reached;
          const first = ids.indexOf(start);
          const settled = settleSelection(sel, current);
          if (intact) {
            assert.ok(settled.ok, `not refused: no edit reached the selection (${JSON.stringify(edits)})`);
            assert.deepEqual([settled.start, settled.end], [first, first + (end - start)], 'on its own characters');
            assert.equal(current.slice(settled.start, settled.end), text.slice(start, end));
            stats.kept++;
          } else {
            assert.deepEqual(settled, { ok: false, reason: 'edited' }, `refused: an edit reached the selection (${JSON.stringify(edits)})`);
            stats.refused++;
          }
        },
      ),
      { numRuns: 5000 },
    );
    assert.ok(stats.kept > 500 && stats.refused > 500, `both outcomes are exercised (${JSON.stringify(stats)})`);
    console.log(`      [selection property] runs=${stats.runs} edits=${stats.edits} kept=${stats.kept} refused=${stats.refused}`);
  });
});
