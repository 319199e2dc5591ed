import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/recognize/analyze';
import { testKb } from '../test-kb';
import { mentions, steps } from './trace';

describe('actor rule organisation-head', () => {
  it('takes the maximal name up to the country, and the acronym after it', () => {
    const p = 'Badan Intelijen Luar Negeri Rusia (SVR) menolak.';
    assert.deepEqual(steps(p), ['organisation-head: Badan Intelijen Luar Negeri Rusia (SVR']);
    assert.deepEqual(mentions(p), ['Badan Intelijen Luar Negeri Rusia/ORG', 'SVR/ORG']);
  });
  it('declines a common noun head at a sentence start', () => {
    assert.deepEqual(mentions('Pasukan Rusia mundur.'), ['Rusia/GPE']);
    assert.ok(!steps('Pasukan Rusia mundur.').some((s) => s.startsWith('organisation-head')));
  });
  it('a regional police or prosecutor office is an organisation named by its full title', () => {
    const found = analyze('Personel Polres Lembah Hijau dan Kejari Lembah Hijau berjaga.', { kb: testKb }).actors;
    assert.deepEqual(found.map((a) => `${a.text}/${a.type}/${a.canonical}`), [
      'Polres Lembah Hijau/ORG/Kepolisian Resor Lembah Hijau', 'Kejari Lembah Hijau/ORG/Kejaksaan Negeri Lembah Hijau',
    ]);
  });
  it('an English title before an organisation stays outside it ("Managing Partner")', () => {
    assert.deepEqual(mentions('Managing Partner Sinar Ventures, Dewi Lestari, menilai pasar lesu.'), ['Sinar Ventures/ORG', 'Dewi Lestari/PER']);
  });
});

describe('actor rule organisation-head: groups of a competition', () => {
  it('"Grup C" is a group of a competition, skipped as a non-actor', () => {
    assert.deepEqual(steps('Indonesia kalah di Grup C kualifikasi.').filter((s) => !s.startsWith('kb-name')), ['non-actor-head: Grup C']);
  });
  it('"Grup Timur", "Grup Barat": a league\'s regional group, named by a direction, is no organisation (d164, d176)', () => {
    assert.deepEqual(mentions('Kemenangan itu mengantar Persiwa ke peringkat dua klasemen Grup Timur.'), ['Persiwa/ORG']);
    assert.deepEqual(mentions('Tim itu memuncaki Grup Barat Liga 2.'), []);
    // (a direction followed by more of a name is a company's: left to the body rule)
    assert.deepEqual(mentions('Saham Grup Timur Raya Sentosa naik.'), ['Grup Timur Raya Sentosa/ORG']);
  });
  it('"Balai Besar …" is a body, any other "Balai" a building (issue 13, ninth dev batch)', () => {
    assert.deepEqual(mentions('Kepala Balai Besar Pelatihan Vokasi dan Produktivitas hadir di Balai Desa Sukamaju.'), [
      'Balai Besar Pelatihan Vokasi dan Produktivitas/ORG',
    ]);
  });
  it('an association named for its members\' trade, or by a list of them (issue 13, ninth dev batch)', () => {
    assert.deepEqual(mentions('Perwakilan Ikatan Wartawan Olahraga Nusantara hadir.'), ['Ikatan Wartawan Olahraga Nusantara/ORG']);
    assert.deepEqual(mentions('Ketua Ikatan Penulis, Penerjemah, dan Penyunting Nusantara hadir.'), ['Ikatan Penulis, Penerjemah, dan Penyunting Nusantara/ORG']);
  });
  it('a parents\' association ("Paguyuban Wali Murid …"): "Wali" is its members\' word, no title before a person (dev d258)', () => {
    assert.deepEqual(mentions('Gugatan itu diajukan Paguyuban Wali Murid Cinta Sekolah pekan lalu.'), ['Paguyuban Wali Murid Cinta Sekolah/ORG']);
    assert.deepEqual(mentions('Paguyuban Wali Siswa menolak aturan itu.'), ['Paguyuban Wali Siswa/ORG']);
  });
  it('a "Balai" named for its task is an agency, a hall is not (tenth dev batch)', () => {
    assert.deepEqual(mentions('Kepala Balai Penegakan Hukum Kehutanan Wilayah Kalimantan hadir.'), ['Balai Penegakan Hukum Kehutanan Wilayah Kalimantan/ORG']);
    assert.deepEqual(mentions('Petugas Balai Karantina Pertanian Surabaya menyita daging.')[0], 'Balai Karantina Pertanian Surabaya/ORG');
    assert.deepEqual(mentions('Rapat digelar di Balai Pertemuan Umum dan Balai Kota.'), []);
  });
});
