import assert from 'node:assert/strict';
import { DisposableStore } from '../../../src/extension/disposables';

describe('DisposableStore', () => {
  const item = (log: string[], name: string, fail = false) => ({
    dispose: () => {
      log.push(name);
      if (fail) throw new Error(name);
    },
  });

  it('disposes newest first, once, and goes on past a failing dispose', () => {
    const log: string[] = [];
    const store = new DisposableStore();
    const a = store.add(item(log, 'a'));
    store.push(item(log, 'b', true), item(log, 'c'));
    assert.equal(typeof a.dispose, 'function');
    const error = console.error;
    console.error = () => undefined;
    try {
      store.dispose();
      store.dispose();
    } finally {
      console.error = error;
    }
    assert.deepEqual(log, ['c', 'b', 'a']);
  });

  it('releases at once what is added after disposal; clear() keeps the store usable', () => {
    const log: string[] = [];
    const store = new DisposableStore();
    store.add(item(log, 'a'));
    store.clear();
    store.add(item(log, 'b'));
    assert.deepEqual(log, ['a']);
    store.dispose();
    store.add(item(log, 'late'));
    assert.deepEqual(log, ['a', 'b', 'late']);
  });
});
