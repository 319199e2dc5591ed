import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseSidecarBytes } from '../../../src/core/annotations/parse';
import { serializeSidecar } from '../../../src/core/annotations/serialize';
import { isTemporaryName } from '../../../src/core/fs/atomic-write';
import { bigSidecar, versionOf } from './fixtures/big-sidecar';

const KILLS = 6;
const CHILD = resolve(__dirname, 'fixtures/save-loop.ts');
const ROOT = resolve(__dirname, '../../..');

/** Starts the saving child, waits until it has saved at least once, then SIGKILLs it
 *  after a random delay. Resolves with the highest version it reported as saved. */
function saveUntilKilled(target: string, firstVersion: number): Promise<{ lastReported: number; delayMs: number }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, target, String(firstVersion)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let lastReported = firstVersion - 1;
    let out = '';
    let err = '';
    let killTimer: NodeJS.Timeout | undefined;
    const delayMs = Math.floor(Math.random() * 120);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      for (const m of out.matchAll(/saved (\d+)\n/g)) lastReported = Math.max(lastReported, Number(m[1]));
      if (!killTimer && lastReported >= firstVersion) killTimer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`child ended without being killed: ${err}`));
      else resolvePromise({ lastReported, delayMs });
    });
  });
}

describe('atomic save under SIGKILL (Node fs adapter)', function () {
  this.timeout(120_000);

  it(`the sidecar on disk is always a complete old or new version (${KILLS} kills)`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sorot-kill-'));
    const target = join(dir, 'besar.sorot.json');
    try {
      writeFileSync(target, serializeSidecar(bigSidecar(0)));
      let version = 0;
      let leftovers = 0;
      const report: string[] = [];
      for (let i = 0; i < KILLS; i++) {
        const { lastReported, delayMs } = await saveUntilKilled(target, version + 1);
        const bytes = readFileSync(target);
        const parsed = parseSidecarBytes(new Uint8Array(bytes));
        assert.ok(parsed.ok, `kill ${i + 1}: file does not parse: ${!parsed.ok && parsed.error.message}`);
        const onDisk = versionOf(parsed.sidecar);
        assert.equal(bytes.toString('utf8'), serializeSidecar(bigSidecar(onDisk)), `kill ${i + 1}: not byte-identical to version ${onDisk}`);
        // The child may have renamed one more version after its last "saved" line.
        assert.ok(onDisk >= lastReported && onDisk <= lastReported + 1, `kill ${i + 1}: version ${onDisk}, last reported ${lastReported}`);
        const temps = readdirSync(dir).filter((n) => n !== 'besar.sorot.json');
        assert.ok(temps.every(isTemporaryName), `unexpected files: ${temps.join(', ')}`);
        leftovers += temps.length;
        for (const t of temps) rmSync(join(dir, t));
        report.push(`v${onDisk}@${delayMs}ms`);
        version = onDisk;
      }
      console.log(`      [kill test] ${KILLS} SIGKILLs, ${Buffer.byteLength(serializeSidecar(bigSidecar(0)))} bytes per version, versions on disk after each kill: ${report.join(' ')}; kills that hit mid-write (temp file left over): ${leftovers}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
