// src/core/recognize/int-list.ts. Kept out of test/unit/recognize: bench/output-hash.ts
// analyzes every string literal there, and these are no article text.
import { strict as assert } from 'assert';
import { IntList } from '../../../src/core/recognize/int-list';

describe('IntList', () => {
  it('grows by pushes and keeps what was pushed', () => {
    const list = new IntList(2);
    for (let i = 0; i < 10; i++) list.push(i * 3);
    assert.equal(list.length, 10);
    assert.deepEqual([...list.data.subarray(0, list.length)], [0, 3, 6, 9, 12, 15, 18, 21, 24, 27]);
  });

  it('resize grows at once and keeps the entries below the old length', () => {
    const list = new IntList(2);
    list.push(7);
    list.push(8);
    list.resize(1000);
    assert.equal(list.length, 1000);
    assert.ok(list.data.length >= 1000);
    assert.deepEqual([list.data[0], list.data[1]], [7, 8]);
    list.data[999] = 5;
    list.push(6);
    assert.equal(list.length, 1001);
    assert.deepEqual([list.data[999], list.data[1000]], [5, 6]);
  });

  it('resize to a shorter length only shortens', () => {
    const list = new IntList(4);
    for (let i = 0; i < 4; i++) list.push(i);
    const data = list.data;
    list.resize(2);
    assert.equal(list.length, 2);
    assert.equal(list.data, data);
  });
});
