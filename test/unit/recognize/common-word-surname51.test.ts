// Issue 13 (actors51b): the KB knows a few people by a one-word surname that is also an
// everyday Indonesian word ("saldo", "kiper", "duda"). Written with a capital (opening a
// sentence, a title-case headline) such a word is the common word unless the article names
// that person otherwise; a surname that is no common word keeps its person. Sentences
// written for this test, built-in KB.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { typedActors as linked } from './helpers';

describe('a known person\'s surname that is a common word (actors51b)', () => {
  it('the common word opening a sentence, never written in lower case nearby, is no person', () => {
    assert.deepEqual(linked('Bank itu memulihkan sistemnya. "Saldo semua nasabah tersimpan di server cadangan," kata Rudi Hartono.'), ['Rudi Hartono/PER']);
    assert.deepEqual(linked('Tim tuan rumah kalah 0-2. "Kiper kedua belum siap tampil," ujar Heru Wibisono.'), ['Heru Wibisono/PER']);
    assert.deepEqual(linked('Duda berusia 60 tahun itu tinggal sendirian di rumah panggung.'), []);
  });
  it('in a title-case headline too', () => {
    assert.deepEqual(linked('Cara Cek Saldo Tabungan Lewat Aplikasi\n\nNasabah kini bisa mengecek tabungan dari rumah.'), []);
  });
  it('guard: the person named in full elsewhere in the article keeps the surname', () => {
    assert.deepEqual(linked('Gubernur Vladimir Saldo mengunjungi pelabuhan. Saldo mengatakan listrik sudah pulih.').map((m) => m.split('/')[0]),
      ['Vladimir Saldo', 'Saldo']);
    assert.equal(analyze('Oleh Kiper meninjau pelabuhan Odesa. Kiper mengatakan serangan itu merusak gudang gandum.').actors
      .filter((a) => a.text === 'Kiper').map((a) => a.canonical).join(), 'Oleh Kiper');
  });
  it('guard: the words around it are a person\'s (a reporting verb, a cue, a comma, a place after it)', () => {
    assert.equal(analyze('Saldo mengatakan pasokan listrik di Zaporizhzhia pulih.').actors.filter((a) => a.text === 'Saldo').map((a) => a.canonical).join(), 'Vladimir Saldo');
    assert.equal(analyze('Pemadaman berlanjut, kata Saldo, hingga akhir pekan.').actors.filter((a) => a.text === 'Saldo').length, 1);
  });
  it('guard: a surname that is no common word keeps its person, named alone', () => {
    assert.deepEqual(linked('Putin mengatakan perundingan belum selesai.'), ['Putin/PER']);
    assert.deepEqual(linked('Zelensky menyebut serangan itu keji.'), ['Zelensky/PER']);
  });
});
