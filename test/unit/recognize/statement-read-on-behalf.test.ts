// Session 46 (issues 13/14, dev d319, d327): a statement read out by a spokesperson on behalf
// of its author. "Dalam keterangan resmi yang dibacakannya di kampus, universitas menyatakan …
// “…,” demikian bunyi keterangan tersebut." The words are the author's (the university, the
// regent), the reader only voices them (eval/README session 46). The university's statement
// was lost ("universitas" named nobody) and the quote went to the reader; a bare "bupati"
// after the adjunct gave the statement to the reader named in it.
// Own invented sentences (a fictional university, regency and officials; no real article).
import assert from 'node:assert/strict';
import { speakersWithTestKb, statementPairsWithTestKb } from './helpers';

const CAMPUS = 'Juru bicara Universitas Lembah Hijau, Rina Sari, menggelar jumpa pers di aula rektorat.';
const REGENT = 'Bupati Lembah Hijau, Darto Wiyono, masih dirawat di rumah sakit.';

describe('a university speaking by its common noun ("universitas menyatakan", "Kampus menyatakan")', () => {
  it('is the university the article named, not the spokesperson who read its statement', () => {
    const t = `${CAMPUS} Dalam keterangan resmi yang dibacakannya, universitas menyatakan kuliah tetap berjalan seperti biasa.\n\n` +
      '"Mahasiswa tidak perlu khawatir," demikian bunyi keterangan tersebut.';
    assert.deepEqual(statementPairsWithTestKb(t), [['kuliah tetap berjalan seperti biasa', 'Universitas Lembah Hijau']]);
    assert.deepEqual(speakersWithTestKb(t), ['Universitas Lembah Hijau']);
  });
  it('a polytechnic as well, not the company named before it', () => {
    assert.deepEqual(statementPairsWithTestKb('PT Sinar Lestari menyewa gedung Politeknik Lembah Hijau. Kampus menyatakan uang sewa dipakai untuk laboratorium.'),
      [['uang sewa dipakai untuk laboratorium', 'Politeknik Lembah Hijau']]);
  });
  it('is nobody when no university was named', () => {
    assert.deepEqual(statementPairsWithTestKb('Sejumlah mahasiswa berunjuk rasa di depan rektorat. Kampus menyatakan kuliah diliburkan dua hari.'), []);
  });
  it('leaves a person speaking of the campus the speaker', () => {
    assert.deepEqual(statementPairsWithTestKb('Polisi mendatangi kampus Universitas Lembah Hijau. Kapolsek Kota, Darto Wiyono, mengatakan tidak ada yang ditangkap.'),
      [['tidak ada yang ditangkap', 'Darto Wiyono']]);
  });
});

describe('"demikian bunyi pernyataan/keterangan tersebut" after a reported statement', () => {
  it('is the statement the sentence before reported, by its verb ("X menyatakan …")', () => {
    const t = 'Kepala Dinas Perdagangan, Rina Sari, membacakan pernyataan di pasar.\n\n' +
      'Wali Kota Lembah Hijau, Darto Wiyono, menyatakan pasar akan dibuka kembali pekan depan.\n\n"Pedagang boleh kembali berjualan," demikian bunyi pernyataan tersebut.';
    assert.deepEqual(speakersWithTestKb(t).slice(-1), ['Darto Wiyono']);
  });
  it('leaves "pernyataan kementerian tersebut" the ministry described', () => {
    const t = 'Menteri Luar Negeri Retno menyebut Indonesia menolak usulan itu. Kementerian Luar Negeri Malaysia membantah tuduhan tersebut.\n\n' +
      '"Tuduhan itu tidak berdasar," demikian pernyataan kementerian tersebut.';
    assert.deepEqual(speakersWithTestKb(t), ['Kementerian Luar Negeri Malaysia']);
  });
});

describe('an office title in lower case after an opening adjunct ("Dalam pernyataan yang dibacakan X, bupati menyatakan")', () => {
  it('is the office holder, not the reader named in the adjunct', () => {
    const t = `${REGENT} Dalam pernyataan yang dibacakan oleh juru bicara Pemkab, Rina Sari, bupati menyatakan proyek jalan tetap dilanjutkan.\n\n` +
      '"Saya minta warga bersabar," demikian bunyi pernyataan tersebut.';
    assert.deepEqual(statementPairsWithTestKb(t), [['proyek jalan tetap dilanjutkan', 'Darto Wiyono']]);
    assert.deepEqual(speakersWithTestKb(t), ['Darto Wiyono']);
  });
  it('and after an adjunct naming nobody ("Dalam pernyataan tertulis, bupati menyatakan")', () => {
    assert.deepEqual(statementPairsWithTestKb(`${REGENT} Kepala Dinas PU, Rina Sari, hadir di pendopo. Dalam pernyataan tertulis, bupati menyatakan proyek jalan tetap dilanjutkan.`),
      [['proyek jalan tetap dilanjutkan', 'Darto Wiyono']]);
  });
  it('leaves a named subject after the adjunct the speaker', () => {
    assert.deepEqual(statementPairsWithTestKb(`${REGENT} Dalam rapat itu, Kepala Dinas PU Rina Sari mengatakan tanggul di desa itu jebol semalam.`),
      [['tanggul di desa itu jebol semalam', 'Rina Sari']]);
  });
  it('does not read a title in a list or after "Menurut X," as that subject', () => {
    assert.deepEqual(statementPairsWithTestKb(`${REGENT} Warga, bupati, dan camat mengatakan tanggul harus diperbaiki.`), []);
    assert.deepEqual(statementPairsWithTestKb(`${REGENT} Di lokasi, wakil menyatakan tanggul harus diperbaiki.`), []);
  });
});
