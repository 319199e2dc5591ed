// Session 45 (issues 13/14): news brings in an unnamed person with an indefinite ("Seorang
// karyawati asal Konawe ikut berorasi …") and quotes them by the same noun made definite
// ("kata karyawati itu"). The description went to the salient speaker, a coordinator named
// before; the gold gives an unnamed person's words no speaker.
// Own invented sentences (fictional workers and officials; no real article).
import assert from 'node:assert/strict';
import { unnamedIntroducedWith } from '../../../src/core/recognize/unnamed-introduced';
import { speakersWithTestKb, statementPairsWithTestKb } from './helpers';

const RALLY = 'Ratusan pekerja smelter di Morosi berunjuk rasa menuntut kenaikan upah.\n\n' +
  'Koordinator aksi, Andi Saputra, mengatakan pekerja sudah tiga kali meminta perundingan. "Manajemen tidak pernah datang," kata Andi.\n\n';

describe('a definite description of someone the article brought in unnamed ("Seorang karyawati …" / "kata karyawati itu")', () => {
  it('is nobody, not the salient speaker', () => {
    const t = RALLY + 'Seorang karyawati asal Konawe ikut berorasi di atas mobil komando.\n\n' +
      '"Kami bekerja dua belas jam sehari tanpa uang lembur," kata karyawati itu.';
    assert.deepEqual(speakersWithTestKb(t), ['Andi Saputra', null]);
  });
  it('leaves nobody the floor for the quote after it ("imbuhnya")', () => {
    const t = RALLY + 'Di barisan belakang, salah seorang pedagang kaki lima ikut membawa poster.\n\n' +
      '"Kalau pabrik tutup, dagangan saya tidak laku," kata pedagang tersebut. "Saya dukung mereka," imbuhnya.';
    assert.deepEqual(speakersWithTestKb(t), ['Andi Saputra', null, null]);
  });
  it('gives a statement of that description no speaker, so no statement, and nobody the next "ujarnya"', () => {
    const t = RALLY + 'Seorang karyawati asal Konawe ikut berorasi di atas mobil komando. Karyawati itu mengatakan upahnya dipotong tanpa alasan.\n\n' +
      '"Kami bekerja dua belas jam sehari," ujarnya.';
    assert.deepEqual(statementPairsWithTestKb(t), [['pekerja sudah tiga kali meminta perundingan', 'Andi Saputra']]);
    assert.deepEqual(speakersWithTestKb(t), ['Andi Saputra', null]);
  });
  it('unnamedIntroducedWith reads the head after the indefinite, as a whole word', () => {
    assert.ok(unnamedIntroducedWith('Seorang karyawati ikut.', 0, 23, 'karyawati'));
    assert.ok(unnamedIntroducedWith('Lalu salah satu pedagang bicara.', 0, 32, 'pedagang'));
    assert.ok(!unnamedIntroducedWith('Seorang karyawan ikut.', 0, 22, 'karyawati'));
    assert.ok(!unnamedIntroducedWith('Seorang pedagangnya ikut.', 0, 25, 'pedagang'));
    assert.ok(!unnamedIntroducedWith('Seorang karyawati ikut.', 8, 23, 'karyawati'));
  });
});

describe('an unnamed introduction does not take the description from', () => {
  it('a person named with the indefinite ("Seorang karyawati, Rina Safitri, …")', () => {
    const t = RALLY + 'Seorang karyawati, Rina Safitri, ikut berorasi di atas mobil komando.\n\n' +
      '"Kami bekerja dua belas jam sehari tanpa uang lembur," kata karyawati itu.';
    assert.deepEqual(speakersWithTestKb(t), ['Andi Saputra', 'Rina Safitri']);
  });
  it('the salient speaker named after the unnamed one was brought in', () => {
    const t = 'Ratusan pekerja smelter di Morosi berunjuk rasa.\n\nSeorang koordinator lapangan terlihat mengatur barisan.\n\n' +
      'Koordinator aksi, Andi Saputra, mengatakan pekerja sudah tiga kali meminta perundingan.\n\n' +
      '"Manajemen tidak pernah datang," kata koordinator aksi itu.';
    assert.deepEqual(speakersWithTestKb(t), ['Andi Saputra']);
  });
  it('a statement by a description of a person named with that role ("Seorang karyawati, Rina Safitri, …")', () => {
    const t = RALLY + 'Seorang karyawati, Rina Safitri, ikut berorasi. Karyawati itu mengatakan upahnya dipotong tanpa alasan.';
    assert.deepEqual(statementPairsWithTestKb(t).map((s) => s[1]), ['Andi Saputra', 'Rina Safitri']);
  });
  it('a statement by someone brought in unnamed whom the article names next ("Perempuan bernama X itu")', () => {
    const t = RALLY + 'Seorang karyawati asal Konawe ikut berorasi. Karyawati itu mengatakan upahnya dipotong tanpa alasan. ' +
      'Perempuan bernama Wa Ode Sarni itu sudah lima tahun bekerja di pabrik.';
    assert.deepEqual(statementPairsWithTestKb(t).map((s) => s[1]), ['Andi Saputra', 'Wa Ode Sarni']);
  });
  it('a description with another head ("seorang ibu" / "kata pria itu")', () => {
    const t = RALLY + 'Seorang ibu menggendong anaknya di barisan belakang.\n\n"Kami tidak akan mundur," kata pria itu.';
    assert.deepEqual(speakersWithTestKb(t), ['Andi Saputra', 'Andi Saputra']);
  });
});
