import assert from 'node:assert/strict';
import { runCaptured } from '../export/cli-run';

describe('runCaptured (the CLI tests\' output capture)', () => {
  it('puts the process writes back when a run outlives the next one (a timed-out test)', async () => {
    const own = { out: process.stdout.write, err: process.stderr.write };
    let release!: () => void;
    const late = runCaptured(() => new Promise<number>((resolve) => (release = () => resolve(0))));
    const next = await runCaptured(async () => {
      process.stdout.write('captured');
      return 3;
    });
    assert.deepEqual(next, { code: 3, out: 'captured', err: '' });
    // Before: the second run put back the first run's capture, and the reporter fell silent.
    assert.equal(process.stdout.write, own.out);
    assert.equal(process.stderr.write, own.err);
    release();
    assert.equal((await late).code, 0);
    assert.equal(process.stdout.write, own.out);
  });
});
