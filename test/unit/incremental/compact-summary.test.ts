import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const SOURCE = join(__dirname, '../../../src/core/incremental/compact-summary.ts');

/** In a fresh Node process: 200 detached copies of 20-character slices of one text, and
 *  how many of them a heap snapshot holds as sliced strings (V8's slice of 13 characters
 *  or more, which keeps its parent alive: a second object per copy). */
const PROBE = `
const { writeHeapSnapshot } = require('node:v8');
const { readFileSync, rmSync } = require('node:fs');
const { detached } = require(${JSON.stringify(SOURCE)});
const text = Array.from({ length: 200 }, (_, i) => 'salinanuji' + String(i).padStart(10, '0')).join(' ');
globalThis.kept = Array.from({ length: 200 }, (_, i) => detached(text.slice(i * 21, i * 21 + 20)));
const file = writeHeapSnapshot();
const snap = JSON.parse(readFileSync(file, 'utf8'));
rmSync(file);
const fields = snap.snapshot.meta.node_fields;
const types = snap.snapshot.meta.node_types[0];
let sliced = 0, copies = 0;
for (let n = 0; n < snap.nodes.length; n += fields.length) {
  const name = snap.strings[snap.nodes[n + fields.indexOf('name')]];
  if (!/^salinanuji\\d{10}$/.test(name)) continue;
  copies++;
  if (types[snap.nodes[n + fields.indexOf('type')]] === 'sliced string') sliced++;
}
process.stdout.write(JSON.stringify({ copies, sliced }));
`;

describe('detached (a copy of a string that keeps nothing else alive)', () => {
  it('gives equal strings', async () => {
    const { detached } = await import('../../../src/core/incremental/compact-summary');
    const text = 'Menteri Luar Negeri Sugiono mengatakan bahwa';
    assert.equal(detached(text.slice(8, 27)), 'Luar Negeri Sugiono');
    assert.equal(detached('“Kutipan” — dengan tanda'), '“Kutipan” — dengan tanda');
    assert.equal(detached(''), '');
    // (a lone surrogate, and a string longer than the code units passed as arguments)
    assert.equal(detached('Nama \ud83d rusak'), 'Nama \ud83d rusak');
    const long = 'Kementerian Luar Negeri '.repeat(400);
    assert.equal(detached(long.slice(3)), long.slice(3));
    assert.equal(detached('Budi'), 'Budi');
  });

  it('makes each copy one flat string, not a slice of another (a heap snapshot in a child process)', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', PROBE], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const { copies, sliced } = JSON.parse(run.stdout) as { copies: number; sliced: number };
    assert.ok(copies >= 200, `the copies were found in the snapshot (${copies})`);
    assert.equal(sliced, 0);
  });
});
