import assert from 'node:assert/strict';
import { createUlidGenerator, isUlid } from '../../../src/core/annotations/ulid';

describe('ULID ids', () => {
  it('are 26 Crockford base32 characters with the time first', () => {
    // A fresh generator: the shared one never goes back in time once it has seen a later clock.
    const id = createUlidGenerator()(1_469_918_176_385);
    assert.ok(isUlid(id), id);
    assert.equal(id.slice(0, 10), '01ARYZ6S41'); // the timestamp example from the ULID spec
  });

  it('sort by time, and stay strictly increasing within one millisecond', () => {
    const gen = createUlidGenerator();
    const ids = [gen(1000), gen(1000), gen(1000), gen(999), gen(2000)];
    assert.deepEqual([...ids].sort(), ids);
    assert.equal(new Set(ids).size, ids.length);
  });

  it('draw their randomness from crypto.getRandomValues', () => {
    const gen = createUlidGenerator((b) => b.fill(31));
    assert.equal(gen(0).slice(10), 'Z'.repeat(16));
    assert.throws(() => gen(0), /overflowed/);
  });
});
