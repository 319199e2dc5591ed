// A headline with a reporting verb and a content clause is a reported statement (session 52
// ruling, eval/README.md "Headline statements settled in session 52"). When its subject is a
// bare role one person holds in the story ("Saksi", "Pelatih", "Kepala UPT", "Nakhoda Kapal
// Tanker"), the speaker is the person whose statement in the body the headline sums up; a
// group ("Petani", "Nelayan") stays nobody's. Articles written for this test.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { cpuGrowth, LINEAR_GROWTH_LIMIT } from '../cpu-growth';
import { statementPairsWithTestKb } from './helpers';

const has = (text: string, content: string): string | null | undefined => statementPairsWithTestKb(text).find(([t]) => t === content)?.[1];

describe('headline statements of a bare role, resolved by what the body reports (session 52)', () => {
  it('"Saksi Mengaku <clause>": the witness whose body statement the headline sums up', () => {
    const text = 'Sidang Korupsi Gedung Pasar, Saksi Mengaku Titip Rp400 Juta ke Sekretaris Dinas'
      + '\n\nMAKASSAR - Sidang perkara korupsi pembangunan gedung pasar kembali digelar di Pengadilan Negeri Makassar, Kamis (3/9).'
      + '\n\nKontraktor pelaksana, Hamzah Rasyid, mengaku menitipkan uang Rp400 juta kepada sekretaris dinas dalam dua kali pertemuan.'
      + '\n\nHakim ketua Lukman Hakim kemudian menanyakan siapa yang menerima uang itu.';
    assert.equal(has(text, 'Titip Rp400 Juta ke Sekretaris Dinas'), 'Hamzah Rasyid');
  });
  it('"Pelatih Akui <clause>": a coach named in the body with his club', () => {
    const text = 'Kalah di Kandang Sendiri, Pelatih Akui Barisan Belakang Terlalu Lambat'
      + '\n\nBANDUNG - Tim tuan rumah kalah 1-3 pada laga pekan kesembilan, Minggu (6/9).'
      + '\n\nPelatih tim tuan rumah, Gilang Ramadhan Putra, mengakui barisan belakang timnya terlalu lambat menutup ruang sepanjang babak kedua.';
    assert.equal(has(text, 'Barisan Belakang Terlalu Lambat'), 'Gilang Ramadhan Putra');
  });
  it('"Nakhoda Kapal Tanker Mengakui <clause>": a role of several words', () => {
    const text = 'Nakhoda Kapal Tanker Mengakui Tak Nyalakan Lampu Navigasi di Teluk Bone'
      + '\n\nJAKARTA - Sidang pemeriksaan tabrakan dua kapal di Teluk Bone dilanjutkan, Selasa (8/9).'
      + '\n\nNakhoda kapal tanker, Benediktus Lamanepa, mengakui dirinya tidak menyalakan lampu navigasi selama kapal berlabuh di Teluk Bone.';
    assert.equal(has(text, 'Tak Nyalakan Lampu Navigasi di Teluk Bone'), 'Benediktus Lamanepa');
  });
  it('a decimal comma in a figure does not end the content; the judge\'s question is not what the headline sums up', () => {
    const text = 'Sidang Dana Hibah, Saksi Akui Terima Rp2,5 Miliar dari Yayasan Fiktif'
      + '\n\nPALU - Sidang perkara dana hibah kembali digelar di Pengadilan Tipikor Palu, Rabu (9/9).'
      + '\n\n"Apakah Saudara menerima uang Rp2,5 miliar dari yayasan itu?" tanya hakim ketua Made Sudiarta.'
      + '\n\nBendahara dinas sosial, Yuliana Mangiri, mengaku menerima Rp2,5 miliar dari rekening yayasan yang ternyata fiktif.';
    assert.equal(has(text, 'Terima Rp2,5 Miliar dari Yayasan Fiktif'), 'Yuliana Mangiri');
  });
  it('"Ketua <body> Bantah <own act>": a named title holder whose body statement says the same', () => {
    const text = 'Sidang Etik, Ketua Panwaslu Sigi Bantah Tunda Laporan Politik Uang'
      + '\n\nJAKARTA - Sidang etik penyelenggara pemilu digelar, Senin (7/9).'
      + '\n\nKetua Panwaslu Sigi, Ismail Lamakarate, membantah menunda laporan politik uang yang masuk dari Kecamatan Dolo.';
    assert.equal(has(text, 'Tunda Laporan Politik Uang'), 'Ismail Lamakarate');
  });
  it('"X Bantah <noun object>" stays no statement when the body has no such statement (guard)', () => {
    const text = 'Sidang Etik, Ketua Panwaslu Sigi Bantah Tuduhan Pelapor'
      + '\n\nJAKARTA - Sidang etik penyelenggara pemilu digelar, Senin (7/9).'
      + '\n\nKetua Panwaslu Sigi, Ismail Lamakarate, membantah tuduhan pelapor. Ia mengatakan stafnya bekerja sesuai prosedur.';
    assert.equal(has(text, 'Tuduhan Pelapor'), undefined);
  });
  it('a group ("Petani") is no identifiable speaker, even when a farmer says the same (guard)', () => {
    const text = 'Harga Kopi Turun, Petani Minta Koperasi Beli dengan Harga Lama'
      + '\n\nTEMANGGUNG - Harga kopi di tingkat petani turun sepekan terakhir.'
      + '\n\nSeorang petani, Suparno Wijaya, meminta koperasi membeli kopi dengan harga lama sampai panen selesai.';
    assert.equal(has(text, 'Koperasi Beli dengan Harga Lama'), undefined);
  });
  it('a role whose body says nothing like the headline gives no statement (guard)', () => {
    const text = 'Sidang Korupsi Gedung Pasar, Saksi Mengaku Titip Rp400 Juta ke Sekretaris Dinas'
      + '\n\nMAKASSAR - Sidang perkara korupsi pembangunan gedung pasar kembali digelar di Pengadilan Negeri Makassar, Kamis (3/9).'
      + '\n\nJaksa Rudi Hartono mengatakan sidang berikutnya menghadirkan ahli konstruksi dari universitas.';
    assert.equal(has(text, 'Titip Rp400 Juta ke Sekretaris Dinas'), undefined);
  });
  it('"Pelatih Minta Maaf" stays no statement (guard)', () => {
    const text = 'Kalah di Kandang Sendiri, Pelatih Minta Maaf kepada Suporter'
      + '\n\nBANDUNG - Tim tuan rumah kalah 1-3, Minggu (6/9).'
      + '\n\nPelatih tim tuan rumah, Gilang Ramadhan Putra, meminta maaf kepada suporter dan mengatakan timnya akan bangkit.';
    assert.deepEqual(statementPairsWithTestKb(text).filter(([t]) => /Maaf|Suporter/.test(t)), []);
  });
});

describe('"X Tuding <clause>": an accusation with a clause is a statement (session 52)', () => {
  it('a capital named before the verb', () => {
    const text = 'Jakarta Tuding Kapal Patroli Malaysia Masuk Perairan Natuna'
      + '\n\nJAKARTA - Pemerintah Indonesia memprotes insiden di perairan perbatasan, Senin (7/9).';
    assert.equal(has(text, 'Kapal Patroli Malaysia Masuk Perairan Natuna'), 'Jakarta');
  });
  it('"Saling Tuding": two sides and no speaker before the verb (guard)', () => {
    const text = 'Jepang dan Korea Saling Tuding Langgar Kesepakatan Perikanan'
      + '\n\nTOKYO - Kedua negara saling menyalahkan, Senin (7/9).';
    assert.deepEqual(statementPairsWithTestKb(text).filter(([t]) => /Langgar/.test(t)), []);
  });
});

describe('"…, <role>: <statement>" headlines resolved by what the body reports (session 52)', () => {
  it('"Pelatih <team>:" gives the statement to the coach whose quote says the same', () => {
    const text = 'Tiga Emas dari Kejuaraan Renang Remaja, Pelatih Tim Jatim: Start Kami Masih Terlalu Lambat'
      + '\n\nSURABAYA - Tim renang remaja Jawa Timur pulang dengan tiga medali emas, Minggu (13/9).'
      + '\n\n"Start kami masih terlalu lambat, itu yang harus diperbaiki sebelum kejurnas," kata pelatih kepala tim, Andreas Siregar.';
    assert.equal(has(text, 'Start Kami Masih Terlalu Lambat'), 'Andreas Siregar');
  });
  it('"Saksi Korban:" gives the statement to the victim whose words the headline quotes without marks', () => {
    const text = 'Sidang Arisan Bodong di PN Kediri, Saksi Korban: Uang Saya Tak Pernah Kembali'
      + '\n\nKEDIRI - Sidang perkara arisan bodong kembali digelar, Selasa (15/9).'
      + '\n\nSaksi pertama, Sumarni Widodo, menangis di depan majelis. "Uang saya tak pernah kembali sampai sekarang, Yang Mulia," ujar Sumarni.';
    assert.equal(has(text, 'Uang Saya Tak Pernah Kembali'), 'Sumarni Widodo');
  });
  it('"Analis:" stays nobody\'s, whoever says the same (guard)', () => {
    const text = 'Rupiah Melemah, Analis: Tekanan Jual Asing Belum Akan Reda'
      + '\n\nJAKARTA - Rupiah ditutup melemah, Selasa (15/9).'
      + '\n\nAnalis pasar uang, Hendra Wijaya, mengatakan tekanan jual asing belum akan reda pekan ini.';
    assert.equal(has(text, 'Tekanan Jual Asing Belum Akan Reda'), undefined);
  });
});

describe('headline role statements stay linear (session 52)', () => {
  it('four times the headline units take less than the linear limit of CPU', function () {
    this.timeout(120000);
    // Each unit: a headline with a bare role and a colon, one with a reporting verb, and a
    // body statement; every headline reads a bounded number of body items after it.
    const unit = (i: number): string => `Sidang Gudang ${i}, Saksi Akui Titip Uang ke Bendahara Dinas\n\nSidang Pasar ${i}, Pelatih Tim: Barisan Belakang Terlalu Lambat\n\nKontraktor Hamzah Rasyid mengaku menitipkan uang kepada bendahara dinas. Pelatih Gilang Ramadhan mengatakan barisan belakang terlalu lambat.\n\n`;
    const textOf = (n: number): string => Array.from({ length: n }, (_, i) => unit(i)).join('');
    const growth = cpuGrowth((n) => analyze(textOf(n)), 150, 3);
    assert.ok(growth < LINEAR_GROWTH_LIMIT, `four times the units took ${growth.toFixed(2)}x the CPU`);
  });
});
