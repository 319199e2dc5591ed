import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseSidecarText } from '../../../src/core/annotations/parse';

const ROOT = join(__dirname, '..', '..', '..');

describe('the sidecar validator made ahead of time (scripts/sidecar-validator.mjs)', () => {
  it('is what the schema makes now (a schema change without a new validator fails here)', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/sidecar-validator.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  });

  it('is made by the one Ajv package.json pins exactly (under a range an install could change the text)', () => {
    // The check compares the generated text, which any Ajv release may word differently:
    // a range ("^8.20.0") let an install with a newer minor release fail it although the
    // schema did not change. Pinned, Ajv changes only in package.json, with a new validator.
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dependencies?: Record<string, string>; version?: string }> };
    const installed = (createRequire(join(ROOT, 'package.json'))('ajv/package.json') as { version: string }).version;
    assert.match(pkg.dependencies.ajv ?? '', /^\d+\.\d+\.\d+$/, 'package.json names one version of ajv');
    assert.equal(lock.packages['']?.dependencies?.ajv, pkg.dependencies.ajv, 'the lockfile asks for the same');
    assert.equal(lock.packages['node_modules/ajv']?.version, pkg.dependencies.ajv, 'and locks it');
    assert.equal(installed, pkg.dependencies.ajv, 'the installed ajv is the pinned one');
  });

  it('refuses what the schema refuses, naming the place', () => {
    const r = parseSidecarText(JSON.stringify({ schemaVersion: 3, article: 'a.txt', annotations: [{ id: 'x' }] }));
    assert.equal(r.ok, false);
    assert.ok(!r.ok && r.error.kind === 'schema' && r.error.pointer?.startsWith('/annotations/0'), JSON.stringify(!r.ok && r.error));
    assert.equal(parseSidecarText(JSON.stringify({ schemaVersion: 3, article: 'a.txt', annotations: [] })).ok, true);
  });
});
