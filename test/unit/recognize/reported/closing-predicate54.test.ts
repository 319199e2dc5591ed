// A content clause whose subject a demonstrative closes and whose predicate is one word at its
// end ("membantah izin itu kedaluwarsa"), and a reduplicated plural as that subject
// ("perahu-perahu tersebut milik …"). (speakers54: dev statements lost in d444, d429; the
// kind — a content clause with a predicate that is no verb — in four readable batches.)
// Sentences written for this test.
import assert from 'node:assert/strict';
import { demonstrativeSubject } from '../../../../src/core/recognize/reported/demonstrative-subject';
import { statementsOf } from './helpers';

const opens = (c: string): boolean => demonstrativeSubject(c, 0, c.length);

describe('reported speech: a one-word predicate closing the content (demonstrative-subject.ts)', () => {
  it('reads "noun + demonstrative + one word" at the content end as a clause', () => {
    assert.equal(opens('izin itu kedaluwarsa'), true);
    assert.equal(opens('laporan tersebut keliru'), true);
    assert.equal(opens('angka ini palsu, kata dia'), true);
  });
  it('finds the statement after a verb that also takes a noun object', () => {
    assert.deepEqual(statementsOf('Direktur koperasi nelayan, Rudi Hartawan, membantah izin tangkap itu kedaluwarsa.'),
      ['izin tangkap itu kedaluwarsa => Rudi Hartawan']);
  });
  it('guard: an adverb of manner or time after the demonstrative closes a noun object', () => {
    for (const c of ['sikap itu lagi', 'kesalahan itu sepenuhnya', 'pesan itu sendiri', 'keputusan itu sore', 'tuduhan itu Senin', 'angka itu 20']) assert.equal(opens(c), false, c);
    assert.deepEqual(statementsOf('Direktur koperasi nelayan, Rudi Hartawan, menegaskan sikap itu lagi.'), []);
    assert.deepEqual(statementsOf('Direktur koperasi nelayan, Rudi Hartawan, membantah tuduhan itu.'), []);
  });
});

describe('reported speech: a reduplicated plural as the subject a demonstrative closes', () => {
  it('reads "perahu-perahu tersebut milik …" as a clause', () => {
    assert.equal(opens('perahu-perahu tersebut milik pengusaha dari luar daerah'), true);
    assert.deepEqual(statementsOf('Kepala Dinas Perikanan, Yusuf Mandala, menyebut perahu-perahu tersebut milik pengusaha dari luar daerah.'),
      ['perahu-perahu tersebut milik pengusaha dari luar daerah => Yusuf Mandala']);
  });
  it('guard: a reduplicated word before a preposition stays a noun object', () => {
    assert.equal(opens('surat-surat itu kepada wartawan'), false);
  });
});
