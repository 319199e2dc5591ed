import assert from 'node:assert/strict';
import { mentions, steps } from './trace';

describe('actor rule region-phrase', () => {
  it('skips a pure region as a whole', () => {
    assert.deepEqual(steps('Konflik di Timur Tengah meluas.').slice(1), ['region-phrase: Timur Tengah']);
    assert.deepEqual(mentions('Konflik di Timur Tengah meluas.'), []);
  });
});
