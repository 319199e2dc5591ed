import assert from 'node:assert/strict';
import fc from 'fast-check';
import { canonicalSidecar, serializeSidecar } from '../../../src/core/annotations/serialize';
import { parseSidecarBytes, parseSidecarText } from '../../../src/core/annotations/parse';
import type { Sidecar } from '../../../src/core/annotations/types';
import { fakeUlid, sidecarArb } from './arbitraries';

const ONE = {
  id: fakeUlid(1),
  kind: 'stance',
  target: { start: 0, end: 5, exact: 'Retno', prefix: '', suffix: ' berkata' },
  annotator: 'ana',
  created: '2024-03-01T10:00:00.000Z',
  modified: '2024-03-01T10:00:00.000Z',
  status: 'accepted',
  tags: [],
  stance: { holder: 'Retno', target: 'Peace negotiations', polarity: 'favor' },
};

function fileWith(annotations: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ schemaVersion: 1, article: 'a.txt', ...extra, annotations }, null, 2) + '\n';
}

describe('sidecar serialization', () => {
  it('round-trips: parse(serialize(x)) equals canonical x and serialize(parse(s)) === s', () => {
    let runs = 0;
    fc.assert(
      fc.property(sidecarArb(), (x) => {
        runs++;
        const s = serializeSidecar(x);
        const parsed = parseSidecarText(s);
        assert.ok(parsed.ok, !parsed.ok ? parsed.error.message : '');
        assert.deepEqual(parsed.sidecar, canonicalSidecar(x));
        assert.equal(serializeSidecar(parsed.sidecar), s);
      }),
      { numRuns: 300 },
    );
    console.log(`      [round-trip] ${runs} random sidecars`);
  });

  it('writes stable key order, sorted annotations, one annotation object per block and a trailing newline', () => {
    const b = { ...ONE, id: fakeUlid(2), target: { ...ONE.target, start: 0, end: 3, exact: 'Ret' } };
    const c = { ...ONE, id: fakeUlid(0), target: { ...ONE.target, start: 10, end: 12, exact: 'xy' } };
    // keys deliberately scrambled in the input
    const scrambled = { annotations: [c, ONE, b], article: 'a.txt', schemaVersion: 1 } as unknown as Sidecar;
    const text = serializeSidecar(scrambled);
    assert.ok(text.endsWith('}\n'));
    assert.match(text, /^\{\n {2}"schemaVersion": 1,\n {2}"article": "a.txt",\n {2}"annotations": \[\n {4}\{\n {6}"id"/);
    const ids = [...text.matchAll(/"id": "([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(ids, [fakeUlid(2), fakeUlid(1), fakeUlid(0)]); // by start, then end, then id
    assert.equal(text.match(/^ {4}\{$/gm)?.length, 3);
  });

  it('accepts a BOM and CRLF line endings in a hand-edited file', () => {
    const crlf = fileWith([ONE]).replace(/\n/g, '\r\n');
    const bytes = new TextEncoder().encode('\uFEFF' + crlf);
    const parsed = parseSidecarBytes(bytes);
    assert.ok(parsed.ok);
    assert.equal(parsed.sidecar.annotations[0].id, ONE.id);
  });
});

describe('sidecar hand edits', () => {
  it('accepts needsReview: false (a reviewer clearing the flag) and drops it when saving', () => {
    const r = parseSidecarText(fileWith([{ ...ONE, needsReview: false }]));
    assert.ok(r.ok);
    assert.equal(serializeSidecar(r.sidecar).includes('needsReview'), false);
  });
});

describe('sidecar parse errors', () => {
  it('reports invalid JSON with line and column', () => {
    const text = '{\n  "schemaVersion": 1,\n  "article": "a.txt",\n  "annotations": [\n    { "id": }\n  ]\n}\n';
    const r = parseSidecarText(text);
    assert.ok(!r.ok);
    assert.equal(r.error.kind, 'parse');
    assert.equal(r.error.line, 5);
    assert.equal(r.error.column, 13);
    assert.match(r.error.message, /line 5, column 13/);
  });

  it('reports an empty file and a trailing comma', () => {
    const empty = parseSidecarText('');
    assert.ok(!empty.ok && empty.error.kind === 'parse' && /empty/.test(empty.error.message));
    const comma = parseSidecarText('{"schemaVersion":1,"article":"a.txt","annotations":[],}');
    assert.ok(!comma.ok && comma.error.kind === 'parse' && comma.error.line === 1);
  });

  it('refuses duplicate keys, which JSON.parse would silently collapse', () => {
    const r = parseSidecarText('{"schemaVersion":1,"article":"a.txt","article":"b.txt","annotations":[]}');
    assert.ok(!r.ok);
    assert.equal(r.error.kind, 'parse');
    assert.match(r.error.message, /duplicate key "article"/);
  });

  it('reports schema violations with a JSON pointer and line', () => {
    const bad = { ...ONE, stance: { ...ONE.stance, polarity: 'pro' } };
    const r = parseSidecarText(fileWith([bad]));
    assert.ok(!r.ok);
    assert.equal(r.error.kind, 'schema');
    assert.equal(r.error.pointer, '/annotations/0/stance/polarity');
    assert.ok(r.error.line && r.error.line > 1);
    assert.match(r.error.message, /favor/);
  });

  it('rejects unknown fields (a save could not keep them) and kind/field mismatches', () => {
    const extra = parseSidecarText(fileWith([{ ...ONE, colour: 'red' }]));
    assert.ok(!extra.ok && extra.error.kind === 'schema');
    const { stance, ...noStance } = ONE;
    const mismatch = parseSidecarText(fileWith([{ ...noStance, claim: { claimant: stance.holder } }]));
    assert.ok(!mismatch.ok && mismatch.error.kind === 'schema');
    const both = parseSidecarText(fileWith([{ ...ONE, claim: { claimant: stance.holder } }]));
    assert.ok(!both.ok);
    assert.match(both.error.message, /^\/annotations\/0 may not have the field "claim" here \(line 5, column 5\)$/);
  });

  it('rejects duplicate ids and end before start', () => {
    const dup = parseSidecarText(fileWith([ONE, { ...ONE }]));
    assert.ok(!dup.ok && /duplicate id/.test(dup.error.message));
    const backwards = parseSidecarText(fileWith([{ ...ONE, target: { ...ONE.target, start: 5, end: 2 } }]));
    assert.ok(!backwards.ok && backwards.error.pointer === '/annotations/0/target/end');
  });

  it('reports a newer schemaVersion as a version error', () => {
    const r = parseSidecarText(JSON.stringify({ schemaVersion: 4, article: 'a.txt', annotations: [], future: true }));
    assert.ok(!r.ok);
    assert.equal(r.error.kind, 'version');
  });

  it('reports bytes that are not UTF-8 as an encoding error', () => {
    const latin1 = new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d]); // {"é"} in Latin-1
    const r = parseSidecarBytes(latin1);
    assert.ok(!r.ok);
    assert.equal(r.error.kind, 'encoding');
    assert.match(r.error.message, /offset 2/);
  });
});
