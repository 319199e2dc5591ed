// Corrections of the recognized layer stored in the sidecar: the file format (schema,
// deterministic text, ids shared with annotations), the three-way merge, and placing on
// a changed text (after outside edits and after live edits in the editor).
//
// Property runs: SOROT_PROPERTY_RUNS (default 2,000 each).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { moveAnchored } from '../../../src/core/annotations/anchored-lists';
import type { Correction } from '../../../src/core/annotations/corrections';
import { mergeSidecars } from '../../../src/core/annotations/merge';
import { parseSidecarText } from '../../../src/core/annotations/parse';
import { placeSidecar } from '../../../src/core/annotations/place';
import { applyEditsToAnnotations } from '../../../src/core/annotations/reanchor-live';
import { serializeSidecar } from '../../../src/core/annotations/serialize';
import { makeTarget } from '../../../src/core/annotations/target';
import { articleTextHash } from '../../../src/core/annotations/text-version';
import { SIDECAR_SCHEMA_VERSION, type Sidecar } from '../../../src/core/annotations/types';
import { toBufferText, toFileText } from '../../../src/core/annotations/unsaved-text';
import { annotationsArb, applyEdit, editSequenceArb, fakeUlid, textArb } from '../annotations/arbitraries';

// Written for these tests.
const TEXT = 'Menurut Bupati Sleman, Hendra Wijaya, banjir surut pada Senin. "Warga boleh pulang," kata Hendra.';
const T0 = '2026-12-02T01:00:00.000Z';
const T1 = '2026-12-02T02:00:00.000Z';

function correction(id: number, surface: string, values: Partial<Correction> & Pick<Correction, 'layer' | 'decision'>): Correction {
  const start = TEXT.indexOf(surface);
  return { id: fakeUlid(id), target: makeTarget(TEXT, start, start + surface.length), annotator: 'ani', created: T0, modified: T0, ...values } as Correction;
}

const reject = correction(1, 'Senin', { layer: 'actor', decision: 'reject' });
const relink = correction(2, 'Hendra Wijaya', { layer: 'actor', decision: 'set', type: 'PER', canonical: 'Hendra Wijaya', entityId: 'hendra-wijaya' });
const speaker = correction(3, '"Warga boleh pulang,"', { layer: 'quote', decision: 'set', speaker: 'Hendra Wijaya', speakerId: 'hendra-wijaya', form: 'direct' });

function sidecarWith(corrections: Correction[]): Sidecar {
  return { schemaVersion: SIDECAR_SCHEMA_VERSION, article: 'banjir.txt', textHash: articleTextHash(TEXT), annotations: [], corrections };
}

describe('corrections in the sidecar file', () => {
  it('round-trip through the deterministic text, sorted by position, key order fixed', () => {
    const text = serializeSidecar(sidecarWith([speaker, reject, relink]));
    const parsed = parseSidecarText(text);
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.error.message);
    assert.deepEqual(parsed.sidecar.corrections?.map((c) => c.id), [relink.id, reject.id, speaker.id]);
    assert.equal(serializeSidecar(parsed.sidecar), text);
    assert.deepEqual(Object.keys(JSON.parse(text).corrections[0]), ['id', 'layer', 'decision', 'target', 'annotator', 'created', 'modified', 'type', 'canonical', 'entityId']);
  });

  it('an article without corrections writes no corrections key (older readers see nothing new)', () => {
    assert.ok(!serializeSidecar(sidecarWith([])).includes('corrections'));
  });

  const invalid: Array<[string, (c: Record<string, unknown>) => void, RegExp]> = [
    ['a reject that also names an actor', (c) => ((c.decision = 'reject'), (c.canonical = 'X')), /corrections\/0/],
    ['a set of an actor without a type', (c) => delete c.type, /type/],
    ['a quote field on an actor correction', (c) => (c.speaker = 'X'), /corrections\/0/],
    ['an unknown decision', (c) => (c.decision = 'maybe'), /decision/],
    ['an entity id that is not a slug', (c) => (c.entityId = 'Hendra Wijaya'), /entityId/],
  ];
  for (const [what, spoil, where] of invalid) {
    it(`refuses ${what}, naming the place`, () => {
      const json = JSON.parse(serializeSidecar(sidecarWith([relink])));
      spoil(json.corrections[0]);
      const parsed = parseSidecarText(JSON.stringify(json, null, 2));
      assert.equal(parsed.ok, false);
      if (!parsed.ok) assert.match(`${parsed.error.pointer} ${parsed.error.message}`, where);
    });
  }

  it('refuses an id used by an annotation and a correction alike', () => {
    const json = JSON.parse(serializeSidecar(sidecarWith([relink, { ...reject, id: relink.id }])));
    const parsed = parseSidecarText(JSON.stringify(json));
    assert.equal(parsed.ok, false);
    if (!parsed.ok) assert.match(parsed.error.message, /duplicate id/);
  });
});

describe('corrections in the three-way merge', () => {
  let next = 500;
  const newId = () => fakeUlid(next++);

  it('keeps corrections added on either side and drops none', () => {
    const base = sidecarWith([reject]);
    const out = mergeSidecars(base, sidecarWith([reject, relink]), sidecarWith([reject, speaker]), newId);
    assert.deepEqual(out.sidecar.corrections?.map((c) => c.id), [relink.id, reject.id, speaker.id]);
    assert.deepEqual(out.conflicts, []);
  });

  it('of one correction changed on both sides keeps the one modified last, and reports it', () => {
    const mine = { ...relink, canonical: 'Hendra W.', modified: T1 } as Correction;
    const theirs = { ...relink, canonical: 'H. Wijaya' } as Correction;
    const out = mergeSidecars(sidecarWith([relink]), sidecarWith([mine]), sidecarWith([theirs]), newId);
    assert.deepEqual(out.sidecar.corrections, [mine]);
    assert.deepEqual(out.conflicts, [{ kind: 'correction-both-changed', id: relink.id, keptFrom: 'mine' }]);
  });

  it('a deletion on one side and no change on the other deletes', () => {
    const out = mergeSidecars(sidecarWith([reject, relink]), sidecarWith([relink]), sidecarWith([reject, relink]), newId);
    assert.deepEqual(out.sidecar.corrections?.map((c) => c.id), [relink.id]);
  });
});

describe('placing corrections on a changed text', function () {
  this.timeout(10 * 60_000);
  it('follows an outside edit before them, and flags one whose words are gone', () => {
    const now = 'BANJIR. ' + TEXT.replace('Senin', 'Selasa');
    const placed = placeSidecar(sidecarWith([reject, relink, speaker]), now);
    const byId = new Map(placed.sidecar.corrections!.map((c) => [c.id, c]));
    assert.equal(now.slice(byId.get(relink.id)!.target.start, byId.get(relink.id)!.target.end), 'Hendra Wijaya');
    assert.equal(byId.get(speaker.id)!.needsReview, undefined);
    assert.equal(byId.get(reject.id)!.needsReview, true);
    assert.equal(placed.correctionResults.length, 3);
  });

  const RUNS = Number(process.env.SOROT_PROPERTY_RUNS ?? 2_000);
  const scenario = textArb(80, 5).chain((text) =>
    fc.record({
      text: fc.constant(text),
      corrections: annotationsArb(text, 6).map((list) =>
        list.map((a, i): Correction => ({ id: a.id, layer: i % 2 ? 'quote' : 'actor', decision: 'reject', target: a.target, annotator: 'ani', created: T0, modified: T0 })),
      ),
      edits: editSequenceArb(text.length, 6),
    }),
  );
  const onItsText = (now: string, original: Map<string, string>) => (c: Correction) =>
    c.needsReview === true || (now.slice(c.target.start, c.target.end) === original.get(c.id) && c.target.exact === original.get(c.id));

  it(`after outside edits every correction is on its own words or flagged, none lost (property, ${RUNS} runs)`, () => {
    fc.assert(
      fc.property(scenario, ({ text, corrections, edits }) => {
        const now = edits.reduce(applyEdit, text);
        const original = new Map(corrections.map((c) => [c.id, c.target.exact]));
        const placed = placeSidecar({ ...sidecarWith(corrections), textHash: articleTextHash(text) }, now).sidecar.corrections ?? [];
        assert.equal(placed.length, corrections.length);
        assert.ok(placed.every(onItsText(now, original)));
      }),
      { numRuns: RUNS },
    );
  });

  it(`after live edits in the editor, and the trip to the file's text and back, likewise (property, ${RUNS} runs)`, () => {
    fc.assert(
      fc.property(scenario, ({ text, corrections, edits }) => {
        const original = new Map(corrections.map((c) => [c.id, c.target.exact]));
        let now = text;
        let shown = sidecarWith(corrections);
        for (const e of edits) {
          now = applyEdit(now, e);
          shown = moveAnchored(shown, (list) => applyEditsToAnnotations(list, [e], now));
        }
        assert.ok((shown.corrections ?? []).every(onItsText(now, original)));
        // Written while the buffer is unsaved: placed on the file's text, then back.
        const written = moveAnchored(shown, (list) => toFileText(list, text));
        assert.ok((written.corrections ?? []).every(onItsText(text, original)));
        const back = moveAnchored(written, (list, s, w) => toBufferText(list, s, w, now), shown, written);
        assert.equal(back.corrections?.length, corrections.length);
        assert.ok((back.corrections ?? []).every(onItsText(now, original)));
      }),
      { numRuns: RUNS },
    );
  });
});
