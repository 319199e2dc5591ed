import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseSidecarText } from '../../../src/core/annotations/parse';

const ROOT = join(__dirname, '..', '..', '..');

describe('the sidecar validator made ahead of time (scripts/sidecar-validator.mjs)', () => {
  it('is what the schema makes now (a schema change without a new validator fails here)', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/sidecar-validator.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  });

  it('refuses what the schema refuses, naming the place', () => {
    const r = parseSidecarText(JSON.stringify({ schemaVersion: 3, article: 'a.txt', annotations: [{ id: 'x' }] }));
    assert.equal(r.ok, false);
    assert.ok(!r.ok && r.error.kind === 'schema' && r.error.pointer?.startsWith('/annotations/0'), JSON.stringify(!r.ok && r.error));
    assert.equal(parseSidecarText(JSON.stringify({ schemaVersion: 3, article: 'a.txt', annotations: [] })).ok, true);
  });
});
