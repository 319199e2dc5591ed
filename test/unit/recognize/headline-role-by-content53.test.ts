// A headline's bare role before its colon or its reporting verb names the one person whose
// body statement the headline sums up (session 52 ruling, eval/README.md "Headline
// statements settled in session 52"). Session 53: office short titles ("Kabid …"), a
// profession ("Bidan Desa") and an athlete's trade ("Pelari …") are such roles too, and a
// place named inside the content ("… Pembeli Jakarta …") does not make the content a list
// of names. Articles written for this test.
import assert from 'node:assert/strict';
import { statementPairsWithTestKb } from './helpers';

const has = (text: string, content: string): string | null | undefined => statementPairsWithTestKb(text).find(([t]) => t === content)?.[1];

describe('headline roles of session 53: short office titles, professions, athletes', () => {
  it('"…, Kabid <field>: <statement>": the head of that field the body quotes', () => {
    const text = 'Hujan Deras Rendam Pasar Inpres, Kabid Drainase: Saluran Kota Sudah Terlalu Sempit'
      + '\n\nPALU - Hujan deras selama tiga jam merendam Pasar Inpres Manonda, Senin (4/1).'
      + '\n\nKepala bidang yang membawahi saluran air di dinas itu, Rahmat Lasimpo, mengatakan saluran kota sudah terlalu sempit untuk debit hujan sekarang.';
    assert.equal(has(text, 'Saluran Kota Sudah Terlalu Sempit'), 'Rahmat Lasimpo');
  });
  it('"…, Bidan Desa: <statement>": the midwife the body names', () => {
    const text = 'Tiga Bayi Lahir Saat Jalan Terputus, Bidan Desa: Persalinan Lancar Meski Listrik Padam'
      + '\n\nMAJENE - Tiga bayi lahir di balai desa Ulumanda saat jalan ke puskesmas terputus longsor, Selasa (5/1).'
      + '\n\nPetugas kesehatan desa itu, Sri Wahyuni Pattola, mengatakan persalinan berjalan lancar meski listrik padam sejak pagi.';
    assert.equal(has(text, 'Persalinan Lancar Meski Listrik Padam'), 'Sri Wahyuni Pattola');
  });
  it('"…, Pelari Muda Akui <own act>": the runner whose body statement says the same', () => {
    const text = 'Gagal Finis di Kupang, Pelari Muda Akui Salah Atur Tempo Sejak Kilometer Awal'
      + '\n\nKUPANG - Lomba lari 10 kilometer di Kupang berakhir tanpa juara dari tuan rumah, Minggu (3/1).'
      + '\n\nMaria Goreti Bria mengakui salah mengatur tempo sejak kilometer awal sehingga kehabisan tenaga.';
    assert.equal(has(text, 'Salah Atur Tempo Sejak Kilometer Awal'), 'Maria Goreti Bria');
  });
  it('a place named in the content after a role\'s colon: still a statement, not a list of names', () => {
    const text = 'Ketua Kelompok Tani di Sigi: Harga dari Pembeli Jakarta Terlalu Rendah'
      + '\n\nSIGI - Petani jagung di Kecamatan Dolo menahan panen, Kamis (7/1).'
      + '\n\nKetua kelompok tani Sinar Harapan, Yusuf Lamadjido, mengatakan harga dari pembeli Jakarta terlalu rendah untuk menutup ongkos panen.';
    assert.equal(has(text, 'Harga dari Pembeli Jakarta Terlalu Rendah'), 'Yusuf Lamadjido');
  });
});

describe('headline roles of session 53: what must not change (guards)', () => {
  it('a list of names after a colon is no statement, even when only one of them is read as a name', () => {
    const text = 'Skuad Persipal untuk Laga Tandang, Pelatih: Rahmat, Yusuf, dan Andi Lamadjido'
      + '\n\nPALU - Persipal memboyong 20 pemain ke Makassar, Jumat (8/1).'
      + '\n\nPelatih Persipal, Gilang Ramadhan Putra, mengatakan Rahmat, Yusuf, dan Andi Lamadjido siap tampil sejak menit awal.';
    // (only "Andi Lamadjido" is read as a name there: the commas show the list)
    assert.equal(has(text, 'Rahmat, Yusuf, dan Andi Lamadjido'), undefined);
    assert.equal(has(text, 'Rahmat, Yusuf, dan Andi Lamadjido siap tampil sejak menit awal'), 'Gilang Ramadhan Putra');
  });
  it('a group before the colon ("Petani:") stays nobody\'s, even with a place in the content', () => {
    const text = 'Jagung Menumpuk di Gudang, Petani: Pembeli Jakarta Tak Datang Lagi'
      + '\n\nSIGI - Jagung petani menumpuk di gudang desa, Kamis (7/1).'
      + '\n\nSeorang petani, Yusuf Lamadjido, mengatakan pembeli Jakarta tak datang lagi sejak bulan lalu.';
    assert.equal(has(text, 'Pembeli Jakarta Tak Datang Lagi'), undefined);
  });
  it('"Analis:" over several analysts stays nobody\'s', () => {
    const text = 'Rupiah Melemah, Analis: Pasar Menunggu Suku Bunga Bank Sentral'
      + '\n\nJAKARTA - Rupiah ditutup melemah, Selasa (5/1).'
      + '\n\nAnalis pasar uang Rudi Hartono mengatakan pasar menunggu suku bunga bank sentral. Analis lain, Yuliana Mangiri, menilai tekanan datang dari harga minyak.';
    assert.equal(has(text, 'Pasar Menunggu Suku Bunga Bank Sentral'), undefined);
  });
  it('a runner\'s role whose body says nothing like the headline gives no statement', () => {
    const text = 'Gagal Finis di Kupang, Pelari Muda Akui Salah Atur Tempo Sejak Kilometer Awal'
      + '\n\nKUPANG - Lomba lari 10 kilometer di Kupang berakhir tanpa juara dari tuan rumah, Minggu (3/1).'
      + '\n\nKetua panitia Yohanes Bria mengatakan lomba tahun depan akan digelar pada bulan Juli.';
    assert.equal(has(text, 'Salah Atur Tempo Sejak Kilometer Awal'), undefined);
  });
});
