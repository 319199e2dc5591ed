// When Sorot locks an article's text (issue 11, point 6): once per article and session,
// never against the user's choice, never over unsaved edits; turning the setting off
// undoes only Sorot's own locks.
import * as assert from 'node:assert/strict';
import { decideLock, type LockInput } from '../../../src/extension/readonly/lock-policy';

const input = (over: Partial<LockInput>): LockInput => ({ enabled: true, article: true, dirty: false, record: undefined, ...over });

describe('read-only article policy', () => {
  it('locks an article the first time it is shown', () => {
    assert.deepEqual(decideLock(input({})), { command: 'lock', record: 'auto-locked' });
  });

  it('does nothing for a file that is not an article, whatever was recorded', () => {
    assert.deepEqual(decideLock(input({ article: false })), { command: undefined, record: undefined });
    assert.deepEqual(decideLock(input({ article: false, record: 'auto-locked', enabled: false })), { command: undefined, record: 'auto-locked' });
  });

  it('locks once: an article already seen is left as it is', () => {
    for (const record of ['auto-locked', 'user-locked', 'user-unlocked'] as const) {
      assert.deepEqual(decideLock(input({ record })), { command: undefined, record });
    }
  });

  it('keeps an article the user unlocked editable when it is shown again', () => {
    assert.equal(decideLock(input({ record: 'user-unlocked' })).command, undefined);
  });

  it('does not lock an article with unsaved edits, and remembers it as being edited', () => {
    assert.deepEqual(decideLock(input({ dirty: true })), { command: undefined, record: 'user-unlocked' });
  });

  it('with the setting off, locks nothing and undoes only its own locks', () => {
    assert.deepEqual(decideLock(input({ enabled: false })), { command: undefined, record: undefined });
    assert.deepEqual(decideLock(input({ enabled: false, record: 'auto-locked' })), { command: 'reset', record: undefined });
    assert.deepEqual(decideLock(input({ enabled: false, record: 'user-locked' })), { command: undefined, record: 'user-locked' });
    assert.deepEqual(decideLock(input({ enabled: false, record: 'user-unlocked' })), { command: undefined, record: 'user-unlocked' });
  });

  it('locks again after the setting was turned off and on', () => {
    const off = decideLock(input({ enabled: false, record: 'auto-locked' }));
    assert.deepEqual(decideLock(input({ record: off.record })), { command: 'lock', record: 'auto-locked' });
  });
});
