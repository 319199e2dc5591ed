import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

/** The identity of the actor written `name` in `text` (the first such). */
const identityOf = (text: string, name: string) => analyze(text).actors.find((a) => a.text === name)?.canonical;

describe('unit-parent-body (link pass: a unit written without its body)', () => {
  it('a bare council committee is the committee of the one council the story names', () => {
    const story = 'Sidang paripurna DPRD Kota Madiun digelar Senin. Usulan itu akan dibawa ke Badan Anggaran pekan depan.';
    assert.equal(identityOf(story, 'Badan Anggaran'), 'Badan Anggaran Dewan Perwakilan Rakyat Daerah Kota Madiun');
    const deliberation = 'Sidang paripurna DPRD Kota Madiun digelar Senin. Jadwalnya ditetapkan oleh Badan Musyawarah kemarin.';
    assert.equal(identityOf(deliberation, 'Badan Musyawarah'), 'Badan Musyawarah Dewan Perwakilan Rakyat Daerah Kota Madiun');
  });
  it('so is its short form, spelled out', () => {
    const story = 'Sidang paripurna DPRD Kota Madiun digelar Senin. Rancangan itu masih akan dibawa ke Banggar hingga akhir bulan.';
    assert.equal(identityOf(story, 'Banggar'), 'Badan Anggaran Dewan Perwakilan Rakyat Daerah Kota Madiun');
  });
  it('a bare student executive is the executive of the one university the story names', () => {
    assert.equal(identityOf('Mahasiswa Universitas Jambi berdemo di depan rektorat. Badan Eksekutif Mahasiswa menolak kenaikan uang kuliah.', 'Badan Eksekutif Mahasiswa'),
      'Badan Eksekutif Mahasiswa Universitas Jambi');
  });
  it('a student executive before the short form the story gives its university is named with the university in full', () => {
    assert.equal(identityOf('Mahasiswa Institut Teknologi Sumatera (Itera) berunjuk rasa. Presiden BEM Itera, Dimas Pratama, berorasi.', 'BEM Itera'),
      'Badan Eksekutif Mahasiswa Institut Teknologi Sumatera');
  });
  it('guard: two councils or two universities leave the bare unit as written', () => {
    assert.equal(identityOf('Wakil Ketua DPR Budi Santoso hadir. DPRD Provinsi Jambi juga hadir. Badan Anggaran menolak usulan itu.', 'Badan Anggaran'), 'Badan Anggaran');
    assert.equal(identityOf('Mahasiswa Universitas Jambi dan Universitas Riau berdemo. Badan Eksekutif Mahasiswa menolak kenaikan UKT.', 'Badan Eksekutif Mahasiswa'),
      'Badan Eksekutif Mahasiswa');
  });
  it('guard: a unit written with its council keeps it, and a story naming no council leaves the unit bare', () => {
    assert.equal(identityOf('Badan Anggaran DPR menyetujui pagu itu. Rapat berlangsung hingga malam.', 'Badan Anggaran DPR'), 'Badan Anggaran Dewan Perwakilan Rakyat');
    assert.equal(identityOf('Usulan itu akan dibawa ke Badan Anggaran pekan depan, kata Sutrisno.', 'Badan Anggaran'), 'Badan Anggaran');
  });
  it('guard (review50): a unit written before another body (a faculty, a school) is that body\'s, not the university\'s', () => {
    assert.equal(identityOf('Mahasiswa Universitas Gadjah Mada berunjuk rasa. Ketua BEM Fakultas Hukum UGM mengatakan aksi damai.', 'BEM'), 'BEM');
    assert.equal(identityOf('Mahasiswa Universitas Jambi berunjuk rasa. Ketua BEM Fakultas Teknik, Andi, mengatakan aksi damai.', 'BEM'), 'BEM');
  });
});
