// Forms the recognizer missed on the dev articles (issue 14, recall): content clauses
// whose subject runs over a preposition or past eight words, denials without "bahwa",
// "berdalih". Fictional sentences.
import assert from 'node:assert/strict';
import { statementsOf } from './helpers';

describe('reported speech: recall on clauses without "bahwa"', () => {
  it('a subject with "dari" / "terhadap" before its predicate is a clause', () => {
    assert.deepEqual(statementsOf('Peskov menyebut pasokan dari pabrik berkurang karena hujan.'),
      ['pasokan dari pabrik berkurang karena hujan => Dmitry Peskov']);
    assert.deepEqual(statementsOf('Lavrov memastikan pemeriksaan terhadap dua pejabat lain masih berjalan.'),
      ['pemeriksaan terhadap dua pejabat lain masih berjalan => Sergey Lavrov']);
  });
  it('an object with two prepositions and no predicate stays an object', () => {
    assert.deepEqual(statementsOf('Macron menjelaskan jadwal kepada peserta dari luar kota.'), []);
    assert.deepEqual(statementsOf('Macron mengungkapkan keprihatinan atas serangan yang menewaskan warga.'), []);
  });
  it('a long subject: the predicate is looked for over ten words', () => {
    assert.deepEqual(statementsOf('Lavrov mengakui gudang pupuk milik koperasi di Bekasi dan Karawang sudah penuh.'),
      ['gudang pupuk milik koperasi di Bekasi dan Karawang sudah penuh => Sergey Lavrov']);
  });
  it('"membantah" / "menyangkal" with a clause and no "bahwa" is a denial', () => {
    assert.deepEqual(statementsOf('Peskov membantah timnya menunda rapat karena soal anggaran.'),
      ['timnya menunda rapat karena soal anggaran => Dmitry Peskov']);
    assert.deepEqual(statementsOf('Lavrov menyangkal pernah bertemu utusan itu di Wina.'),
      ['pernah bertemu utusan itu di Wina => Sergey Lavrov']);
    assert.deepEqual(statementsOf('Peskov membantah tuduhan itu.'), []);
  });
  it('"berdalih" reports a clause', () => {
    assert.deepEqual(statementsOf('Macron berdalih keterlambatan itu dipicu cuaca buruk di pelabuhan.'),
      ['keterlambatan itu dipicu cuaca buruk di pelabuhan => Emmanuel Macron']);
  });
});

describe('reported speech: headline requests and colons', () => {
  it('"X Minta <content>" in a headline is a request by X', () => {
    assert.deepEqual(statementsOf('NATO Minta Sekutu Tambah Anggaran Pertahanan'),
      ['Sekutu Tambah Anggaran Pertahanan => NATO']);
  });
  it('after a first headline clause: the name after the comma, or the headline\'s first name', () => {
    assert.deepEqual(statementsOf('Harga Minyak Naik, Macron Desak Eropa Hemat Energi'),
      ['Eropa Hemat Energi => Emmanuel Macron']);
    assert.deepEqual(statementsOf('NATO Gelar Rapat Darurat, Desak Koridor Bantuan Dibuka'),
      ['Koridor Bantuan Dibuka => NATO']);
  });
  it('a group of people named by a place is no speaker ("Petani Bekasi Minta …")', () => {
    assert.deepEqual(statementsOf('Harga Cabai Turun, Petani Bekasi Minta Pemerintah Beli Panen'), []);
  });
  it('a sentence of the body with a full stop is no headline', () => {
    assert.deepEqual(statementsOf('Pada rapat itu NATO Minta Maaf kepada warga.'), []);
  });
  it('"…, X: <statement>": the speaker after the comma that closes a first clause', () => {
    assert.deepEqual(statementsOf('Rusia Buka Perbatasan, Lavrov: Langkah yang Perlu Dihargai'),
      ['Langkah yang Perlu Dihargai => Sergey Lavrov']);
  });
});

describe('reported speech: a leading "Kata X, …"', () => {
  it('"Kata dia, <content>" points back like "Menurut dia"', () => {
    assert.deepEqual(statementsOf('Lavrov tiba di Jakarta. Kata dia, kedua negara perlu memperluas kerja sama energi.'),
      ['kedua negara perlu memperluas kerja sama energi => Sergey Lavrov']);
  });
  it('"Kata X, <content>" names the speaker', () => {
    assert.deepEqual(statementsOf('Kata Peskov, Rusia siap membuka kembali jalur dagang.'),
      ['Rusia siap membuka kembali jalur dagang => Dmitry Peskov']);
  });
  it('"kata" in narration or without a speaker is no cue', () => {
    assert.deepEqual(statementsOf('Kata kunci pencarian itu naik tajam pekan ini.'), []);
  });
});

describe('reported speech: "Namun, menurutnya, …" and "kembali" as a predicate', () => {
  it('a connective before a leading "menurutnya," keeps it leading', () => {
    assert.deepEqual(statementsOf('Lavrov tiba di Jakarta. Namun, menurutnya, para petani tetap harus waspada.'),
      ['para petani tetap harus waspada => Sergey Lavrov']);
  });
  it('a connective without its comma ("Namun menurut dia, …") keeps the cue leading', () => {
    assert.deepEqual(statementsOf('Lavrov menerima dua surat dari warga. Namun menurut dia, surat itu belum memuat alamat pengirim.'),
      ['surat itu belum memuat alamat pengirim => Sergey Lavrov']);
    assert.deepEqual(statementsOf('Lavrov tiba di Jakarta. Tetapi menurutnya, para petani tetap harus waspada.'),
      ['para petani tetap harus waspada => Sergey Lavrov']);
  });
  it('a trailing ", menurut X" after a content still reads back', () => {
    assert.deepEqual(statementsOf('Harga gas akan naik bulan depan, menurut Peskov.').length, 1);
  });
  it('"meminta X kembali ke …": "kembali" is the content\'s predicate', () => {
    assert.deepEqual(statementsOf('Macron meminta kedua kubu kembali ke meja perundingan.'),
      ['kedua kubu kembali ke meja perundingan => Emmanuel Macron']);
  });
});
