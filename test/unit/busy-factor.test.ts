import { strict as assert } from 'node:assert';
import { busyFactor } from './mocha-hooks';

describe('the unit tests\' timeouts on a busy machine (mocha-hooks.ts)', () => {
  it('stretches them by the load per processor, never shrinks them', () => {
    assert.equal(busyFactor(15, 2), 7.5);
    assert.equal(busyFactor(2, 2), 1);
    assert.equal(busyFactor(0.3, 2), 1, 'an idle machine keeps the written timeout');
  });
});
