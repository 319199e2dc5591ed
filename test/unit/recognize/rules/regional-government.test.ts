import assert from 'node:assert/strict';
import { mentions, steps } from './trace';

describe('actor rule regional-government', () => {
  it('a regional government is one organisation', () => {
    const p = 'Pemerintah Provinsi Maluku Utara menolak.';
    assert.deepEqual(steps(p), ['regional-government: Pemerintah Provinsi Maluku Utara']);
    assert.deepEqual(mentions(p), ['Pemerintah Provinsi Maluku Utara/ORG']);
  });
});
