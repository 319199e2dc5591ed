// A content clause whose subject is a possessed root noun in "-an" ("tagihannya naik …",
// "jualannya habis …"): the predicate right after it is a state or a change, not a verb with
// a prefix, and the clause was read as a nominalised object ("dukungannya terhadap …").
// (speakers56: dev statements lost in d483, d488 and earlier batches.) Sentences written for
// this test.
import assert from 'node:assert/strict';
import { looksLikeClause } from '../../../../src/core/recognize/reported/clause';
import { statementsOf } from './helpers';

const clause = (c: string, lenient = false): boolean => looksLikeClause(c, 0, c.length, lenient);

describe('reported speech: a possessed "-an" noun before a bare predicate (speakers56)', () => {
  it('reads "tagihannya naik …" and "jualannya habis …" as clauses', () => {
    assert.equal(clause('tagihannya naik dua kali lipat bulan ini'), true);
    assert.equal(clause('jualannya habis sebelum pukul sepuluh'), true);
    assert.equal(clause('tabungannya hilang dalam sekejap', true), true);
  });
  it('finds the statement of a person in apposition after "mengaku"', () => {
    assert.deepEqual(statementsOf('Seorang penjual ikan di Pasar Lama, Sri Handayani, mengaku jualannya habis sebelum pukul sepuluh.'),
      ['jualannya habis sebelum pukul sepuluh => Sri Handayani']);
    assert.deepEqual(statementsOf('Budi Santoso mengatakan tagihannya naik dua kali lipat bulan ini.'),
      ['tagihannya naik dua kali lipat bulan ini => Budi Santoso']);
  });
  it('guard: a nominalised object stays an object', () => {
    assert.equal(clause('dukungannya terhadap warga desa'), false);
    assert.equal(clause('tuntutannya kepada pemerintah daerah'), false);
    assert.equal(clause('harapannya naik kelas tahun depan'), false);
    assert.deepEqual(statementsOf('Budi Santoso menyampaikan tuntutannya kepada bupati.'), []);
    assert.deepEqual(statementsOf('Budi Santoso menyebut tulisannya sebagai kritik.'), []);
  });
});
