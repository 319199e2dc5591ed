// Every sidecar format version Sorot ever wrote still reads, migrates to the current one
// and keeps every value; a file from a newer Sorot is refused, never rewritten.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSidecarText } from '../../../src/core/annotations/parse';
import { serializeSidecar } from '../../../src/core/annotations/serialize';
import { SIDECAR_SCHEMA_VERSION } from '../../../src/core/annotations/types';

const fixture = (name: string): string => readFileSync(join(__dirname, 'fixtures', 'versions', name), 'utf8');

describe('sidecar format versions 1, 2 and 3', () => {
  it('the current version is 3', () => {
    assert.equal(SIDECAR_SCHEMA_VERSION, 3);
  });

  it('reads a version 1 file: no textHash, a label without id, written back as version 3', () => {
    const r = parseSidecarText(fixture('v1.sorot.json'));
    assert.ok(r.ok, !r.ok ? r.error.message : '');
    assert.equal(r.sidecar.schemaVersion, 3);
    assert.equal(r.sidecar.textHash, undefined);
    const a = r.sidecar.annotations[0];
    assert.ok(a.kind === 'claim');
    assert.deepEqual(a.claim, { claimant: 'Peskov' });
    assert.match(serializeSidecar(r.sidecar), /^\{\n {2}"schemaVersion": 3,\n/);
  });

  it('reads a version 2 file: textHash kept, the holder stays a label (no id is guessed)', () => {
    const r = parseSidecarText(fixture('v2.sorot.json'));
    assert.ok(r.ok, !r.ok ? r.error.message : '');
    assert.equal(r.sidecar.schemaVersion, 3);
    assert.equal(r.sidecar.textHash, 'sha256:' + '0'.repeat(64));
    const a = r.sidecar.annotations[0];
    assert.ok(a.kind === 'stance');
    assert.deepEqual(a.stance, { holder: 'Peskov', target: 'NATO', polarity: 'against' });
  });

  it('reads a version 3 file with an actor id and writes it back byte for byte', () => {
    const text = fixture('v3.sorot.json');
    const r = parseSidecarText(text);
    assert.ok(r.ok, !r.ok ? r.error.message : '');
    const a = r.sidecar.annotations[0];
    assert.ok(a.kind === 'source');
    assert.equal(a.source.sourceId, 'dmitry-peskov');
    assert.equal(serializeSidecar(r.sidecar), text);
  });

  it('writes each actor id right after its label, whatever order the object had', () => {
    const r = parseSidecarText(fixture('v3.sorot.json'));
    assert.ok(r.ok);
    const a = r.sidecar.annotations[0];
    assert.ok(a.kind === 'source');
    const shuffled = { ...r.sidecar, annotations: [{ ...a, source: { relation: a.source.relation, sourceType: a.source.sourceType, sourceId: 'dmitry-peskov', sourceName: 'Peskov' } }] };
    assert.equal(serializeSidecar(shuffled), fixture('v3.sorot.json'));
  });

  it('refuses an actor id that is not a KB slug, naming where', () => {
    for (const bad of ['Dmitry Peskov', 'dmitry_peskov', '', '-peskov', 'Peskov']) {
      const text = fixture('v3.sorot.json').replace('"sourceId": "dmitry-peskov"', `"sourceId": ${JSON.stringify(bad)}`);
      const r = parseSidecarText(text);
      assert.ok(!r.ok, bad);
      assert.equal(r.error.kind, 'schema');
      assert.match(r.error.message, /\/annotations\/0\/source\/sourceId/);
    }
  });

  it('accepts ids on every actor field: claimantId, holderId, sourceId', () => {
    const v2 = fixture('v2.sorot.json').replace('"holder": "Peskov",', '"holder": "Peskov", "holderId": "dmitry-peskov",').replace('"schemaVersion": 2', '"schemaVersion": 3');
    const r = parseSidecarText(v2);
    assert.ok(r.ok, !r.ok ? r.error.message : '');
    const v1 = fixture('v1.sorot.json').replace('"claimant": "Peskov"', '"claimant": "Peskov", "claimantId": "dmitry-peskov"').replace('"schemaVersion": 1', '"schemaVersion": 3');
    const r1 = parseSidecarText(v1);
    assert.ok(r1.ok, !r1.ok ? r1.error.message : '');
    assert.ok(r1.sidecar.annotations[0].kind === 'claim' && r1.sidecar.annotations[0].claim.claimantId === 'dmitry-peskov');
  });

  it('refuses a file from a newer Sorot with a message that says so', () => {
    const r = parseSidecarText(fixture('v3.sorot.json').replace('"schemaVersion": 3', '"schemaVersion": 4'));
    assert.ok(!r.ok);
    assert.equal(r.error.kind, 'version');
    assert.match(r.error.message, /schemaVersion 4 is newer than this version of Sorot understands \(3\).*left untouched/);
  });
});
