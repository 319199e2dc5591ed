// "…," kata Kadar seusai rapat. / "“Apakah semua anggota sepakat, Pak?”": an uncued question
// that calls its addressee by a bare "Pak"/"Bu" right after that person spoke is a reporter's
// question nobody names, not the official going on (session 49). Articles written for this test.
import assert from 'node:assert/strict';
import { quotesWithTestKb } from './helpers';

const lead = 'DPRD Setujui Anggaran Banjir\n\nSEMARANG - Ketua DPRD Kota Semarang Kadar Lusman mengatakan anggaran penanganan banjir disetujui dalam rapat paripurna, Senin (2/6).\n\n' +
  '"Semua fraksi sudah menandatangani berita acara," kata Kadar kepada wartawan seusai rapat.\n\n';

/** The official as the first quote's cue names him (in the test KB). */
const official = (): string => quotesWithTestKb(lead)[0].split(' => ')[1];

describe('a question put to the last speaker by a bare term of address (session 49)', () => {
  it('is nobody\'s, and the uncued answer after it stays the official\'s', () => {
    assert.deepEqual(quotesWithTestKb(lead + '"Apakah semua anggota sepakat, Pak?"\n\n"Ada dua fraksi yang memberi catatan, tetapi tidak menolak."').slice(1), [
      '"Apakah semua anggota sepakat, Pak?" => null',
      '"Ada dua fraksi yang memberi catatan, tetapi tidak menolak." => ' + official(),
    ]);
  });
  it('a question without a term of address stays the official\'s (guard)', () => {
    assert.deepEqual(quotesWithTestKb(lead + '"Apakah semua anggota sepakat? Tentu, karena banjir tidak menunggu."').slice(1), [
      '"Apakah semua anggota sepakat? Tentu, karena banjir tidak menunggu." => ' + official(),
    ]);
  });
  it('a statement ending in "Pak." is no question (guard)', () => {
    assert.deepEqual(quotesWithTestKb(lead + '"Semua sudah sepakat, Pak."').slice(1), ['"Semua sudah sepakat, Pak." => ' + official()]);
  });
  it('a question with its own cue keeps it (guard)', () => {
    assert.deepEqual(quotesWithTestKb(lead + '"Kapan dananya cair, Pak?" tanya Kadar kepada Sekda Iswar Aminuddin.').slice(1), [
      '"Kapan dananya cair, Pak?" => ' + official(),
    ]);
  });
  it('a question inside the official\'s paragraph, after narration, is untouched (guard)', () => {
    const text = lead + 'Kadar lalu menoleh ke arah kepala dinas. "Sudah dihitung semua, Pak?" ujarnya.';
    assert.deepEqual(quotesWithTestKb(text).slice(1), ['"Sudah dihitung semua, Pak?" => ' + official()]);
  });
  it('a question the next quote\'s own cue shows another person answering is the last speaker\'s, put to that person (review49)', () => {
    // (a visit: the official asks a resident; "jawab Sumiati" names who was asked)
    const text = lead + '"Sudah berapa lama berjualan di sini, Bu?"\n\n"Sudah sepuluh tahun, Pak," jawab Sumiati, pedagang sayur di pasar itu.';
    assert.deepEqual(quotesWithTestKb(text).slice(1), [
      '"Sudah berapa lama berjualan di sini, Bu?" => ' + official(),
      '"Sudah sepuluh tahun, Pak," => Sumiati',
    ]);
  });
  it('an answer the last speaker\'s own cue gives him keeps the question nobody\'s (guard)', () => {
    const text = lead + '"Kapan dananya cair, Pak?"\n\n"Bulan depan," jawab Kadar.';
    assert.deepEqual(quotesWithTestKb(text).slice(1), ['"Kapan dananya cair, Pak?" => null', '"Bulan depan," => ' + official()]);
  });
});
