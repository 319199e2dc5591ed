// Guards from an outside review of the sport30 and speak30 rules (issue 13): sentences of
// ordinary news that the new rules misread, each failing before its fix.
import assert from 'node:assert/strict';
import { linkedActors as linked } from './helpers';
import { isQuestionLine } from '../../../src/core/recognize/interview-questions';

describe('guards on the sport and speaker rules (outside review)', () => {
  it('a range of dates or amounts is no score: a city and a person stay a city and a person', () => {
    assert.deepEqual(linked('Survei pada 10-12 Juni, Bandung Nurul Hidayah menyebut hasilnya.').map((m) => m.split('/')[1]), ['GPE', 'PER']);
    assert.deepEqual(linked('Harga naik 20-30 persen, Surabaya Bambang Hartono mengeluh.').map((m) => m.split('/')[1]), ['GPE', 'PER']);
  });
  it('"di rumah" is no team word; "tuan rumah", "menang atas" and "menang 5-2 atas" are', () => {
    assert.deepEqual(linked('Polisi menggeledah di rumah Surabaya Bambang Hartono kemarin.').map((m) => m.split('/')[1]), ['GPE', 'PER']);
    assert.deepEqual(linked('Tuan rumah Harimau Sakti Balikpapan menang 80-72.'), ['Harimau Sakti Balikpapan/ORG/Harimau Sakti Balikpapan']);
    assert.deepEqual(linked('Mereka menang atas Malang Elang Perkasa kemarin.'), ['Malang Elang Perkasa/ORG/Malang Elang Perkasa']);
    assert.deepEqual(linked('Mereka menang 5-2 atas Kancil Mandiri Pontianak.'), ['Kancil Mandiri Pontianak/ORG/Kancil Mandiri Pontianak']);
  });
  it('a part of a law numbered in brackets is no person ("Pasal 27 Ayat (3)")', () => {
    const names = linked('Ia dijerat Pasal 27 Ayat (3) UU ITE. Ayat (1) menyebutkan hal lain.').filter((m) => m.includes('/PER/'));
    assert.deepEqual(names, []);
    // (an age after a name still makes it a person)
    assert.ok(linked('Salah satu pengungsi, Sutinah (58), mengaku lelah.').includes('Sutinah/PER/Sutinah'));
  });
  it('a term of address before a known given name keeps the known person ("Abah Anies")', () => {
    assert.ok(linked('Relawan menyambut kedatangan Abah Anies di Bandung.').some((m) => m.endsWith('/PER/Anies Baswedan')), JSON.stringify(linked('Relawan menyambut kedatangan Abah Anies di Bandung.')));
  });
  it('an apostrophe inside a word (Ma’ruf) does not make a question line a quotation', () => {
    const q = 'Bagaimana tanggapan Anda soal tawaran Ma’ruf itu?';
    assert.equal(isQuestionLine(q, 0, q.length), true);
    const quoted = 'Kata “itu” apa maksudnya?';
    assert.equal(isQuestionLine(quoted, 0, quoted.length), false);
  });
  it('"Timnas" before a word that is no sport gives no team of an undefined sport', () => {
    assert.ok(!linked('Timnas Constructor Indonesia bertanding.').some((m) => m.includes('undefined')));
  });
});
