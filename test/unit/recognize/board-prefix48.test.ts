// Session 48 (names48): "Pengprov IMI Riau", "PP Perpani", "DPD Partai Golkar Jawa Timur": a
// board's level written short before an organisation's name is part of its name, and the
// organisation keeps its identity (actors/board-prefix.ts). Own invented sentences.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const actors = (t: string) => analyze(t).actors.map((a) => `${a.text}/${a.type}/${a.canonical}`);

describe('names48: a board\'s level written short before an organisation', () => {
  it('joins the level to the organisation, which keeps its canonical name', () => {
    assert.deepEqual(actors('Pengprov IMI Riau menggelar lomba pekan depan.'), ['Pengprov IMI Riau/ORG/Ikatan Motor Indonesia Riau']);
    assert.deepEqual(actors('Atlet itu dipanggil PP Perpani untuk seleksi.'), ['PP Perpani/ORG/PP Perpani']);
    assert.deepEqual(actors('DPD Partai Golkar Jawa Timur menggelar rapat pleno.'), ['DPD Partai Golkar Jawa Timur/ORG/DPD Partai Golkar Jawa Timur']);
  });
  it('leaves the words alone elsewhere', () => {
    assert.deepEqual(actors('Anggota DPD asal Riau itu menolak usulan tersebut.'), ['DPD/ORG/Dewan Perwakilan Daerah', 'Riau/GPE/Riau']);
    assert.deepEqual(actors('Ketua PB PODSI mengatakan kejurnas digelar di Jakarta.'), ['PB PODSI/ORG/PB PODSI', 'Jakarta/GPE/Jakarta']);
    assert.deepEqual(actors('DPD dan DPR menggelar rapat gabungan.'), ['DPD/ORG/Dewan Perwakilan Daerah', 'DPR/ORG/Dewan Perwakilan Rakyat']);
    assert.deepEqual(actors('Ia bertemu PP Budi Santoso di Jakarta.'), ['Budi Santoso/PER/Budi Santoso', 'Jakarta/GPE/Jakarta']);
  });
});
