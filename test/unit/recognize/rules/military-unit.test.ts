import assert from 'node:assert/strict';
import { mentions, steps } from './trace';

describe('actor rule military-unit', () => {
  it('a territorial command with its number and seat is one organisation', () => {
    const p = 'Pengamanan melibatkan personel Kodim 1414/Tana Toraja dan Korem 141/Toddopuli.';
    assert.ok(steps(p).includes('military-unit: Kodim 1414/Tana Toraja'));
    assert.deepEqual(mentions(p), ['Kodim 1414/Tana Toraja/ORG', 'Korem 141/Toddopuli/ORG']);
  });
  it('takes a Roman number too', () => {
    assert.deepEqual(mentions('Sebanyak 200 prajurit Kodam XIV/Hasanuddin tiba.'), ['Kodam XIV/Hasanuddin/ORG']);
  });
  it('without a number the unit word is an ordinary organisation head', () => {
    const p = 'Personel Kodam Jaya bersiaga.';
    assert.ok(!steps(p).some((s) => s.startsWith('military-unit')));
    assert.deepEqual(mentions(p), ['Kodam Jaya/ORG']);
  });
});
