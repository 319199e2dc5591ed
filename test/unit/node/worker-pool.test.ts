// WorkerPool's messaging (src/node/worker-pool.ts): a worker with several requests queued
// answers them in batches, not one message each (every message wakes the caller's
// thread: on a loaded machine each wake cost the worker 0.5-0.7 ms, as much as half an
// article's recognition), yet every output reaches its caller, in order, an error only
// its own request, and a lone request is answered without waiting for others.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { WorkerPool } from '../../../src/node/worker-pool';

const echo = { path: join(__dirname, 'echo-worker.ts'), flag: 'sorotEchoWorker' };

describe('WorkerPool messaging', function () {
  this.timeout(60_000);

  it('answers many queued requests in fewer messages than replies, each output to its caller in order', async () => {
    const seen: number[] = [];
    const pool = new WorkerPool<number, number>(echo, 1, {}, 16, () => (output) => {
      seen.push(output as number);
      return output;
    });
    try {
      const inputs = Array.from({ length: 64 }, (_, i) => i);
      assert.deepEqual(await Promise.all(inputs.map((i) => pool.run(i))), inputs.map((i) => 2 * i));
      assert.deepEqual(seen, inputs.map((i) => 2 * i), 'the receiver sees the outputs in the order the worker made them');
      assert.ok(pool.messagesReceived <= 64 / 4, `64 replies came in ${pool.messagesReceived} messages`);
    } finally {
      await pool.close();
    }
  });

  it('answers a lone request at once, and one a turn later', async () => {
    const pool = new WorkerPool<number, number>(echo, 1, {}, 16);
    try {
      assert.equal(await pool.run(21), 42);
      assert.equal(await pool.run(5), 10);
      assert.equal(pool.messagesReceived, 2);
    } finally {
      await pool.close();
    }
  });

  it("rejects only the failed request of a batch", async () => {
    const pool = new WorkerPool<number, number>(echo, 2, {}, 16);
    try {
      const results = await Promise.allSettled([1, 2, -3, 4, 5, 6].map((n) => pool.run(n)));
      assert.deepEqual(
        results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message)),
        [2, 4, 'no double of -3', 8, 10, 12],
      );
    } finally {
      await pool.close();
    }
  });

  it('with two requests a worker at most, answers each in its own message (the CLI pool and the headline reader)', async () => {
    const pool = new WorkerPool<number, number>(echo, 1, {}, 2);
    try {
      const inputs = Array.from({ length: 8 }, (_, i) => i);
      assert.deepEqual(await Promise.all(inputs.map((i) => pool.run(i))), inputs.map((i) => 2 * i));
      assert.equal(pool.messagesReceived, 8);
    } finally {
      await pool.close();
    }
  });
});
