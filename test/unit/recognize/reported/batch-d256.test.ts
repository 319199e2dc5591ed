// Reported-statement misses and false finds of the fresh dev batch d256–d267 (issue 14).
// Own sentences; each case failed before its change.
import assert from 'node:assert/strict';
import { statementsOf } from './helpers';

describe('reported speech: dev batch d256–d267', () => {
  it('a bare predicate of change followed by a figure heads a clause ("… tumbuh 6 persen")', () => {
    assert.deepEqual(statementsOf('Menteri Keuangan Sri Hartati hadir di Jakarta. Ia menyebut penerimaan pajak tumbuh 6 persen.'),
      ['penerimaan pajak tumbuh 6 persen => Sri Hartati']);
    assert.deepEqual(statementsOf('Sri Hartati menyebut ekspor batu bara anjlok 12 persen pada kuartal itu.'),
      ['ekspor batu bara anjlok 12 persen pada kuartal itu => Sri Hartati']);
    // (a compound noun before the figure stays an object)
    assert.deepEqual(statementsOf('Sri Hartati menyebut korban tewas 12 orang.'), []);
  });
});
