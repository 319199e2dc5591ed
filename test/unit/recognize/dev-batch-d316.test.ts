// Actor errors of the dev batch d316-d327 (issue 13: names the KB does not know), each
// reproduced with sentences written for this test (none comes from an article), and the
// ordinary sentences each new rule must leave alone.
import assert from 'node:assert/strict';
import { linkedActors as actors } from './helpers';

describe('dev batch d316-d327: a hyphenated compound given name (actors/compound-given-name.ts)', () => {
  it('keeps "Jean-Pierre Essomba" and "Marie-Claire Ndongo" whole', () => {
    assert.deepEqual(actors('Juru bicara pemerintah Jean-Pierre Essomba mengatakan hasil itu final.'), ['Jean-Pierre Essomba/PER/Jean-Pierre Essomba']);
    assert.deepEqual(actors('Menteri Marie-Claire Ndongo tiba di bandara pagi ini.'), ['Marie-Claire Ndongo/PER/Marie-Claire Ndongo']);
  });
  it('still parts pairs joined by a hyphen (two places, two candidates, two persons)', () => {
    assert.deepEqual(actors('Konflik Rusia-Ukraina belum selesai.'), ['Rusia/GPE/Russia', 'Ukraina/GPE/Ukraine']);
    assert.deepEqual(actors('Pasangan Prabowo-Gibran unggul di daerah itu.'), ['Prabowo/PER/Prabowo Subianto', 'Gibran/PER/Gibran Rakabuming Raka']);
    assert.ok(!actors('Kereta rute Jean-Paris ditunda.').some((a) => a.startsWith('Jean-Paris')));
    // (a given name and a hyphenated surname ending the name are one person, as the dev gold
    // annotates such names: actors/hyphenated-surname.ts, actors51b; before, "Malik Johnson")
    assert.deepEqual(actors('Pemain asing Malik Johnson-Ardiansyah mencetak 20 poin.').map((a) => a.split('/')[0]), ['Malik Johnson-Ardiansyah']);
  });
});

describe('dev batch d316-d327: a Roman numeral in a body\'s name (actors/roman-numeral-alias.ts)', () => {
  it('"Wilayah XI" is the body\'s number, not Xi Jinping in capitals', () => {
    assert.deepEqual(actors('Kepala Lembaga Layanan Pendidikan Tinggi Wilayah XI menyurati kampus itu.'),
      ['Lembaga Layanan Pendidikan Tinggi Wilayah XI/ORG/Lembaga Layanan Pendidikan Tinggi Wilayah XI']);
  });
  it('still reads Xi where the text names him', () => {
    assert.deepEqual(actors('Presiden Tiongkok Xi Jinping tiba di Jakarta.').map((a) => a.split('/')[2]), ['China', 'Xi Jinping', 'Jakarta']);
    assert.deepEqual(actors('Kunjungan Xi ke Moskwa berlangsung dua hari.').map((a) => a.split('/')[2]).includes('Xi Jinping'), true);
    assert.deepEqual(actors('Rapat Komisi XI DPR membahas anggaran.'), ['Komisi XI DPR/ORG/Komisi XI Dewan Perwakilan Rakyat']);
  });
});

describe('dev batch d316-d327: a club named with its suffix, then by its name alone (sport-clubs.ts)', () => {
  it('"Tunas Seulawah" after "Tunas Seulawah FC" is the club, not a person', () => {
    const found = actors('Tunas Seulawah FC kalah dua gol. Pelatih Tunas Seulawah mengaku kecewa dengan wasit.');
    assert.deepEqual(found.map((a) => a.split('/').slice(0, 2).join('/')), ['Tunas Seulawah FC/ORG', 'Tunas Seulawah/ORG']);
    assert.equal(new Set(found.map((a) => a.split('/')[2])).size, 1);
  });
  it('leaves a person alone whose name is no club\'s of the article', () => {
    assert.deepEqual(actors('Arema FC menang. Pelatih Arema Joel Cornelli puas.').map((a) => a.split('/').slice(0, 2).join('/')),
      ['Arema FC/ORG', 'Arema/ORG', 'Joel Cornelli/PER']);
    assert.deepEqual(actors('Tunas Seulawah FC kalah. Ketua panitia Budi Santoso Harahap menyerahkan piala.').map((a) => a.split('/').slice(0, 2).join('/')),
      ['Tunas Seulawah FC/ORG', 'Budi Santoso Harahap/PER']);
    assert.deepEqual(actors('Warga Tunas Jaya menolak tambang. Camat Rudi Hartono menemui mereka.').map((a) => a.split('/')[1]).includes('ORG'), false);
  });
});

describe('dev batch d316-d327: a regional body\'s short head with its region (lexicon ORG_HEADS, actors/short-head-region.ts)', () => {
  it('every short head written as a word ("Disperindag", "Bapenda") opens an organisation, as "Dishub" does', () => {
    assert.deepEqual(actors('Kepala Disperindag Jatim Budi Santoso mengatakan harga naik.'),
      ['Disperindag Jatim/ORG/Dinas Perindustrian dan Perdagangan Provinsi Jawa Timur', 'Budi Santoso/PER/Budi Santoso']);
    assert.deepEqual(actors('Kepala Bapenda Garut Budi Santoso mengatakan.'),
      ['Bapenda Garut/ORG/Badan Pendapatan Daerah Kabupaten Garut', 'Budi Santoso/PER/Budi Santoso']);
  });
  it('a short head before its holder\'s name is the body alone ("Kepala Disperindag Agustinus Mering")', () => {
    assert.deepEqual(actors('Kepala Disperindag Agustinus Mering menegaskan kuota aman.').map((a) => a.split('/').slice(0, 2).join('/')),
      ['Disperindag/ORG', 'Agustinus Mering/PER']);
    assert.deepEqual(actors('Kepala Dishub Agustinus Mering menegaskan jalan aman.').map((a) => a.split('/').slice(0, 2).join('/')),
      ['Dishub/ORG', 'Agustinus Mering/PER']);
  });
  it('keeps the region after the short head, known, bare or with its prefix', () => {
    assert.deepEqual(actors('Kepala Dinkes Kota Pontianak Budi Santoso mengatakan.').map((a) => a.split('/').slice(0, 2).join('/')),
      ['Dinkes Kota Pontianak/ORG', 'Budi Santoso/PER']);
    assert.deepEqual(actors('Kepala Dishub Mamuju Tengah Budi hadir.')[0], 'Dishub Mamuju Tengah/ORG/Dinas Perhubungan Kabupaten Mamuju Tengah');
    assert.deepEqual(actors('Kepala Pemkab Pati mengatakan jalan rusak.'), ['Pemkab Pati/ORG/Pemerintah Kabupaten Pati']);
    assert.deepEqual(actors('Sekda Pemprov DKI Jakarta hadir.'), ['Pemprov DKI Jakarta/ORG/Pemerintah Provinsi DKI Jakarta']);
  });
});

describe('dev batch d316-d327: "Hari" as a given name (actors/hari-given-name.ts)', () => {
  it('in apposition after a body and in a credit line\'s value', () => {
    assert.deepEqual(actors('Kepala Bidang Perlindungan Konsumen Disperindag Jatim, Hari Santoso Wibisono, menyebut harga naik.'),
      ['Disperindag Jatim/ORG/Dinas Perindustrian dan Perdagangan Provinsi Jawa Timur', 'Hari Santoso Wibisono/PER/Hari Santoso Wibisono']);
    assert.deepEqual(actors('Warga mengeluhkan harga.\nEditor: Hari Widodo Santoso'), ['Hari Widodo Santoso/PER/Hari Widodo Santoso']);
  });
  it('still reads the names of days as no actors', () => {
    assert.deepEqual(actors('Menjelang Hari Raya Idulfitri, harga naik.'), []);
    assert.deepEqual(actors('PWI Jatim, Hari Pers Nasional, digelar meriah.').map((a) => a.split('/')[0]), ['PWI Jatim']);
    assert.deepEqual(actors('Dinkes Garut, Hari Kesehatan Nasional, diperingati.').map((a) => a.split('/')[0]), ['Dinkes Garut']);
    assert.deepEqual(actors('Pemkab Garut memperingati Hari Jadi Garut, Sabtu.').map((a) => a.split('/')[0]).includes('Hari Jadi Garut'), false);
  });
});

describe('dev batch d316-d327: a band member\'s role before the band (lexicon TITLE_HEADS)', () => {
  it('"Vokalis Senja Rimba, Dimas Arga Wicaksono," names the band, then its singer', () => {
    assert.deepEqual(actors('Vokalis Senja Rimba, Dimas Arga Wicaksono, juga mengunggah cerita.'),
      ['Senja Rimba/ORG/Senja Rimba', 'Dimas Arga Wicaksono/PER/Dimas Arga Wicaksono']);
  });
  it('a role before a person\'s name alone introduces the person', () => {
    assert.deepEqual(actors('Gitaris Budi Santoso mengatakan konser ditunda.'), ['Budi Santoso/PER/Budi Santoso']);
    assert.deepEqual(actors('Menurut drummer Rudi Hartono, jadwal berubah.'), ['Rudi Hartono/PER/Rudi Hartono']);
    assert.deepEqual(actors('Para vokalis muda tampil di Medan.'), ['Medan/GPE/Medan']);
  });
});
