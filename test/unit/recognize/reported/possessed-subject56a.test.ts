// A possessed "-an" noun after a reporting verb is the content's subject only before a modal or
// a state or a change ("tagihannya naik …"); before an adverb of degree, of repetition or of
// manner ("lebih lanjut", "kembali", "penuh") it stays the verb's object and there is no
// statement (fix56a, from an outside review of speakers56). Sentences written for this test.
import assert from 'node:assert/strict';
import { looksLikeClause } from '../../../../src/core/recognize/reported/clause';
import { statementsOf } from './helpers';

const clause = (c: string, lenient = false): boolean => looksLikeClause(c, 0, c.length, lenient);

describe('reported speech: a possessed "-an" object before an adverb (fix56a)', () => {
  it('reads no clause in "tanggapannya lebih rinci …", "tawarannya kembali …", "sumbangannya penuh …"', () => {
    assert.equal(clause('tanggapannya lebih rinci dalam rapat berikutnya'), false);
    assert.equal(clause('tawarannya kembali kepada para pemilik lahan'), false);
    assert.equal(clause('sumbangannya penuh untuk korban banjir'), false);
    assert.equal(clause('usulannya sangat terbuka bagi semua pihak'), false);
  });
  it('finds no statement when the verb\'s object is followed by an adverb', () => {
    assert.deepEqual(statementsOf('Rina Maharani menyampaikan tanggapannya lebih rinci dalam rapat berikutnya.'), []);
    assert.deepEqual(statementsOf('Ketua koperasi itu, Agus Wibowo, menyampaikan tawarannya kembali kepada para pemilik lahan.'), []);
    assert.deepEqual(statementsOf('Paguyuban pedagang menyatakan sumbangannya penuh untuk korban banjir di hilir sungai.'), []);
  });
  it('guard: before a modal or a state or a change the possessed noun is still a subject', () => {
    assert.equal(clause('tabungannya akan habis bulan depan'), true);
    assert.equal(clause('tangkapannya turun sejak cuaca memburuk'), true);
    assert.equal(clause('simpanannya hilang setelah aplikasi diperbarui'), true);
    assert.deepEqual(statementsOf('Rina Maharani mengatakan tangkapannya turun sejak cuaca memburuk.'),
      ['tangkapannya turun sejak cuaca memburuk => Rina Maharani']);
  });
});
