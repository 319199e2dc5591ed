// "X menyatakan pihaknya meminta Y menyampaikan laporan …": the second reporting verb is
// what Y is asked to do (the object of the request), not Y's statement nested in X's
// (issue 14: one statement split in two, the second given to Y). Sentences written for
// this test.
import assert from 'node:assert/strict';
import { statementsOf } from './helpers';

describe('reported speech: a reporting verb requested of someone', () => {
  it('"meminta Y menyampaikan …" inside a statement stays in it', () => {
    assert.deepEqual(statementsOf('Peskov menyatakan pihaknya sudah meminta NATO menyampaikan laporan harian latihan sampai pasukannya kembali ke pangkalan.'),
      ['pihaknya sudah meminta NATO menyampaikan laporan harian latihan sampai pasukannya kembali ke pangkalan => Dmitry Peskov']);
  });
  it('a nested statement whose subject is no requested party still splits (guard)', () => {
    assert.deepEqual(statementsOf('Peskov mengatakan Macron menegaskan bahwa Prancis tidak akan mengirim pasukan.'),
      ['Prancis tidak akan mengirim pasukan => Emmanuel Macron']);
  });
});
