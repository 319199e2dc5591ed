// Session 48 (names48): "Pengprov IMI Riau", "PP Perpani", "DPD Partai Golkar Jawa Timur": a
// board's level written short before an organisation's name is part of its name, and the
// organisation keeps its identity (actors/board-prefix.ts). Own invented sentences.
import assert from 'node:assert/strict';
import { linkedActors as actors } from './helpers';

describe('names48: a board\'s level written short before an organisation', () => {
  it('joins the level to the organisation, which keeps its identity', () => {
    assert.deepEqual(actors('Pengprov IMI Riau menggelar lomba pekan depan.'), ['Pengprov IMI Riau/ORG/Ikatan Motor Indonesia Riau']);
    assert.deepEqual(actors('Atlet itu dipanggil PP Perpani untuk seleksi.'), ['PP Perpani/ORG/Perpani']);
    assert.deepEqual(actors('DPD Partai Golkar Jawa Timur menggelar rapat pleno.'), ['DPD Partai Golkar Jawa Timur/ORG/Partai Golkar Jawa Timur']);
  });
  it('leaves the words alone elsewhere', () => {
    assert.deepEqual(actors('Anggota DPD asal Riau itu menolak usulan tersebut.'), ['DPD/ORG/Dewan Perwakilan Daerah', 'Riau/GPE/Riau']);
    assert.deepEqual(actors('Ketua PB PODSI mengatakan kejurnas digelar di Jakarta.'), ['PB PODSI/ORG/PB PODSI', 'Jakarta/GPE/Jakarta']);
    assert.deepEqual(actors('DPD dan DPR menggelar rapat gabungan.'), ['DPD/ORG/Dewan Perwakilan Daerah', 'DPR/ORG/Dewan Perwakilan Rakyat']);
    assert.deepEqual(actors('Ia bertemu PP Budi Santoso di Jakarta.'), ['Budi Santoso/PER/Budi Santoso', 'Jakarta/GPE/Jakarta']);
  });
});

// Session 48 review (fix48a): "PP" is also a government regulation, "DPD" the regional senate,
// "Kasatpol PP" a unit's head: a word after them is a regulation's or a person's, not a board's.
describe('fix48a: a board\'s level takes in a lone word only as a federation\'s name', () => {
  it('leaves a regulation, the senate\'s member and the unit head\'s name alone', () => {
    assert.deepEqual(actors('Pemerintah menerbitkan PP Nomor 28 Tahun 2024 tentang Kesehatan.'), []);
    assert.deepEqual(actors('PP Tunas mengatur perlindungan anak di ruang digital.'), []);
    assert.deepEqual(actors('Kasatpol PP Budi mengatakan 20 lapak dibongkar.'), ['Budi/PER/Budi']);
    assert.deepEqual(actors('Anggota DPD Fahira mengatakan pemerintah harus hadir.'), ['DPD/ORG/Dewan Perwakilan Daerah', 'Fahira/PER/Fahira']);
    assert.ok(!actors('Pelatih Persib, Bojan Hodak, hadir. Manajer tim, PP Sinaga, juga hadir.').some((a) => a.startsWith('PP Sinaga')));
  });
  it('gives the federation\'s identity without the level, short or written out', () => {
    assert.deepEqual(actors('Pengurus Pusat Persatuan Panahan Indonesia (PP Perpani) menggelar seleksi. PP Perpani memanggil 12 atlet.'),
      ['Pengurus Pusat Persatuan Panahan Indonesia/ORG/Persatuan Panahan Indonesia', 'PP Perpani/ORG/Persatuan Panahan Indonesia', 'PP Perpani/ORG/Persatuan Panahan Indonesia']);
    assert.deepEqual(actors('Pengurus Besar Esports Indonesia menggelar turnamen.'), ['Pengurus Besar Esports Indonesia/ORG/Pengurus Besar Esports Indonesia']);
  });
});
