// A body's short name in brackets spelt from syllables of its full name ("Perwakilan Umat
// Buddha Indonesia (Walubi)") makes the words one organisation and the short name it
// (rules/spelt-acronym-name.ts).
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const actors = (text: string) => analyze(text).actors.map((a) => `${a.text}/${a.type}=${a.canonical}`);

describe('a short name spelt from the full name before it in brackets', () => {
  it('defines the body, and the short name later is it', () => {
    assert.deepEqual(actors('Perwakilan Umat Buddha Indonesia (Walubi) meminta tiket dibatalkan.\n\n' +
      'Ketua Panitia Waisak Nasional dari Walubi, Hartati Wijaya Kusuma, mengatakan umat kesulitan.'), [
      'Perwakilan Umat Buddha Indonesia/ORG=Perwakilan Umat Buddha Indonesia', 'Walubi/ORG=Perwakilan Umat Buddha Indonesia',
      'Walubi/ORG=Perwakilan Umat Buddha Indonesia', 'Hartati Wijaya Kusuma/PER=Hartati Wijaya Kusuma']);
    assert.deepEqual(actors('Menurut Perwakilan Umat Buddha Indonesia (Walubi), tiket tidak perlu dijual.'),
      ['Perwakilan Umat Buddha Indonesia/ORG=Perwakilan Umat Buddha Indonesia', 'Walubi/ORG=Perwakilan Umat Buddha Indonesia']);
  });
  it('people\'s nicknames, initials and words that do not spell it are read as before', () => {
    assert.deepEqual(actors('Presiden Joko Widodo (Jokowi) meresmikan bendungan.'), ['Joko Widodo/PER=Joko Widodo', 'Jokowi/PER=Joko Widodo']);
    assert.deepEqual(actors('Saksi Sutrisno Wibowo (Tris) dihadirkan jaksa.'), ['Sutrisno Wibowo/PER=Sutrisno Wibowo']);
    assert.deepEqual(actors('Pemain asal Brasil, Ricardo Alves (Ricky), mencetak gol.'), ['Brasil/GPE=Brazil', 'Ricardo Alves/PER=Ricardo Alves']);
    assert.deepEqual(actors('Persatuan Guru Honorer Nusantara (PGHN) meminta gaji dinaikkan.'),
      ['Persatuan Guru Honorer Nusantara/ORG=Persatuan Guru Honorer Nusantara', 'PGHN/ORG=Persatuan Guru Honorer Nusantara']);
    assert.deepEqual(actors('Dia tinggal di Jalan Merdeka Barat (Jakarta) sejak lama.'), ['Jakarta/GPE=Jakarta']);
  });
  it('titles, terms and events spelt so are no bodies', () => {
    assert.deepEqual(actors('Pemilihan Kepala Daerah (Pilkada) digelar serentak.'), []);
    assert.deepEqual(actors('Musyawarah Nasional (Munas) partai itu ditunda.'), []);
    assert.deepEqual(actors('Pekan Olahraga Provinsi (Porprov) dibuka gubernur.'), []);
    assert.deepEqual(actors('Rapat Kerja Nasional (Rakernas) digelar di Bali.'), ['Bali/GPE=Bali']);
    assert.deepEqual(actors('Alat Utama Sistem Senjata (Alutsista) TNI diperbarui.'), ['TNI/ORG=Tentara Nasional Indonesia']);
    assert.deepEqual(actors('Kejuaraan Nasional Motocross Indonesia (Kejurnas) digelar.'), ['Indonesia/GPE=Indonesia']);
    assert.equal(actors('Komandan Distrik Militer (Dandim) 0815 hadir.').some((a) => a.startsWith('Komandan')), false);
  });
});
