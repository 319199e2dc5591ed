import * as assert from 'node:assert/strict';
import { EventBatch } from '../../../src/core/async/event-batch';

const nextTask = () => new Promise((r) => setTimeout(r, 0));

describe('EventBatch: a burst of events handed on once', () => {
  it('delivers thousands of events of one task as one batch, not one call each', async () => {
    const batches: string[][] = [];
    const batch = new EventBatch<string, string>((values) => batches.push(values));
    for (let i = 0; i < 23_334; i++) batch.add(`file-${i}`, `created ${i}`);
    assert.equal(batches.length, 0, 'nothing during the task that brought the burst');
    await nextTask();
    assert.equal(batches.length, 1);
    assert.equal(batches[0]!.length, 23_334);
    assert.equal(batches[0]![0], 'created 0');
  });

  it('keeps a key once, with its last value, in the place it first came', async () => {
    const batches: string[][] = [];
    const batch = new EventBatch<string, string>((values) => batches.push(values));
    batch.add('a', 'a created');
    batch.add('b', 'b created');
    batch.add('a', 'a deleted');
    await nextTask();
    assert.deepEqual(batches, [['a deleted', 'b created']]);
  });

  it('starts a new batch for events of a later task, and delivers none when idle', async () => {
    const batches: string[][] = [];
    const batch = new EventBatch<string, string>((values) => batches.push(values));
    batch.add('a', '1');
    await nextTask();
    await nextTask();
    batch.add('b', '2');
    await nextTask();
    assert.deepEqual(batches, [['1'], ['2']]);
  });

  it('delivers nothing once disposed', async () => {
    const batches: string[][] = [];
    const batch = new EventBatch<string, string>((values) => batches.push(values));
    batch.add('a', '1');
    batch.dispose();
    await nextTask();
    assert.deepEqual(batches, []);
  });
});
