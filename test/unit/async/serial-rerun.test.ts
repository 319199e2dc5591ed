import * as assert from 'node:assert/strict';
import { serialRerun } from '../../../src/core/async/serial-rerun';

/** A read whose completion the test decides: resolve(i) finishes the i-th read started. */
function controlledReads() {
  const pending: Array<() => void> = [];
  return {
    started: () => pending.length,
    read: () => new Promise<void>((resolve) => pending.push(resolve)),
    finish: async (i: number) => {
      pending[i]();
      for (let k = 0; k < 5; k++) await Promise.resolve();
    },
  };
}

describe('serialRerun: reloads that never overlap', () => {
  it('a slow first read cannot put back what it saw over what a later read found', async () => {
    // The file on disk (no file yet) and what the reload last applied.
    const disk: { text?: string } = {};
    let applied: string | undefined = 'nothing yet';
    const reads = controlledReads();
    const reloadOnce = async () => {
      const seen = disk.text;
      await reads.read();
      applied = seen;
    };
    const reload = serialRerun(reloadOnce);

    const atStart = reload(); // start-up: no file yet, and the read is slow
    disk.text = '{"entities":[]}'; // the file is written meanwhile
    const onEvent = reload(); // the watcher's event
    assert.equal(reads.started(), 1, 'the second read waits for the first');
    await reads.finish(0);
    assert.equal(applied, undefined, 'the first read applies what it saw');
    assert.equal(reads.started(), 2, 'then the file is read again');
    await reads.finish(1);
    await Promise.all([atStart, onEvent]);
    assert.equal(applied, '{"entities":[]}', 'the last thing applied is the file as written');
  });

  it('the same reload without it ends on the stale read (why it exists)', async () => {
    const disk: { text?: string } = {};
    let applied: string | undefined;
    const reads = controlledReads();
    const reloadOnce = async () => {
      const seen = disk.text;
      await reads.read();
      applied = seen;
    };
    const atStart = reloadOnce();
    disk.text = 'written';
    const onEvent = reloadOnce();
    await reads.finish(1);
    await reads.finish(0);
    await Promise.all([atStart, onEvent]);
    assert.equal(applied, undefined);
  });

  it('coalesces the calls made during a run into one more run', async () => {
    const reads = controlledReads();
    const reload = serialRerun(() => reads.read());
    const first = reload();
    const during = [reload(), reload(), reload()];
    await reads.finish(0);
    assert.equal(reads.started(), 2);
    await reads.finish(1);
    await Promise.all([first, ...during]);
    assert.equal(reads.started(), 2, 'three calls during the first run cost one run');
    reload();
    assert.equal(reads.started(), 3, 'a call after everything settled starts a run at once');
    await reads.finish(2);
  });

  it('settles a caller only after a run that began after its call', async () => {
    const reads = controlledReads();
    const reload = serialRerun(() => reads.read());
    void reload();
    let settled = false;
    const late = reload().then(() => (settled = true));
    await reads.finish(0);
    assert.equal(settled, false, 'the run under way when it was called does not count');
    await reads.finish(1);
    await late;
    assert.equal(settled, true);
  });

  it('passes on the error of the last run and keeps working after it', async () => {
    let fail = true;
    const reload = serialRerun(async () => {
      if (fail) throw new Error('unreadable');
    });
    await assert.rejects(reload(), /unreadable/);
    fail = false;
    await reload();
  });

  it('an error in a run that is followed by another does not reach the callers', async () => {
    const reads = controlledReads();
    let runs = 0;
    const reload = serialRerun(async () => {
      runs++;
      await reads.read();
      if (runs === 1) throw new Error('first read failed');
    });
    const first = reload();
    const second = reload();
    await reads.finish(0);
    await reads.finish(1);
    await Promise.all([first, second]);
    assert.equal(runs, 2);
  });
});
