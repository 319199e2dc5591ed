// A reporting verb opening a relative clause after the sentence's subject ("X, yang mengklaim
// bahwa C, …", ANNOTATION-SPEC "Reported speech") reports C only: the clause closes at the
// comma before the main predicate, which is the narration's (or a statement of its own).
// Sentences written for this test.
import assert from 'node:assert/strict';
import { statementsOf } from './helpers';

describe('a relative clause after the subject ends before the main predicate (session 53b)', () => {
  it('"<Title Name>, yang telah mendesak agar C, menolak …, tetapi …": C only', () => {
    assert.deepEqual(statementsOf('Menteri Perhubungan Rudi Santosa, yang telah mendesak agar perbaikan jembatan dimulai bulan ini, menolak menambah anggaran, tetapi membuka peluang pinjaman daerah.'),
      ['perbaikan jembatan dimulai bulan ini => Rudi Santosa']);
  });
  it('"mendorong untuk <verb>" is a request (spec: the span starts after "untuk") and closes at the main verb', () => {
    assert.deepEqual(statementsOf('Menteri Perhubungan Rudi Santosa, yang telah mendorong untuk menghentikan pungutan liar, menolak menambah anggaran.'),
      ['menghentikan pungutan liar => Rudi Santosa']);
  });
  it('a negated main predicate ("…, belum memperbaikinya") closes the clause too', () => {
    assert.deepEqual(statementsOf('Dinas Pekerjaan Umum Kota Bogor, yang menyebut jalan itu rusak berat, belum memperbaikinya hingga kini.'),
      ['jalan itu rusak berat => Dinas Pekerjaan Umum Kota Bogor']);
  });
  it('a main predicate that reports gives a second statement of the same speaker', () => {
    assert.deepEqual(statementsOf('Budi Hartono, yang mengklaim bahwa pasokan beras aman, menegaskan harga akan turun pekan depan.'),
      ['pasokan beras aman => Budi Hartono', 'harga akan turun pekan depan => Budi Hartono']);
  });
  it('a fronted time adjunct before the subject changes nothing', () => {
    assert.deepEqual(statementsOf('Pada Senin (2/6), Budi Hartono, yang mengklaim bahwa pasokan beras aman, tidak menjawab pertanyaan wartawan.'),
      ['pasokan beras aman => Budi Hartono']);
  });
  it('commas of a list of nouns inside C stay C\'s (guard)', () => {
    assert.deepEqual(statementsOf('Ketua DPRD Budi Hartono, yang mengatakan harga beras, minyak, dan gula naik, menghadiri rapat di Balai Kota.'),
      ['harga beras, minyak, dan gula naik => Budi Hartono']);
  });
  it('a list of verbs inside C is not cut at its first comma (guard)', () => {
    const [s] = statementsOf('Budi Hartono, yang mengatakan warga harus membeli beras, menyimpan air, dan mengungsi, tiba di lokasi.');
    assert.ok(s.startsWith('warga harus membeli beras, menyimpan air, dan mengungsi'), s);
  });
  it('a relative clause after the object of a predicate runs to the sentence end (guard)', () => {
    assert.deepEqual(statementsOf('Aksi itu diserukan Budi Hartono, yang mengatakan harga tanah sudah naik, membuat warga resah.'),
      ['harga tanah sudah naik, membuat warga resah => Budi Hartono']);
  });
  it('"mendorong <noun object>" in a relative clause reports nothing (guard)', () => {
    assert.deepEqual(statementsOf('Jepang, yang mendorong pembangunan pelabuhan lewat perjanjian tahun 1990, belum memberikan tanggapan resmi.'), []);
  });
});
