// Reported-statement misses and false finds of the fresh dev batch d256–d267 (issue 14).
// Own sentences; each case failed before its change.
import assert from 'node:assert/strict';
import { statementsOf } from './helpers';
import { quotesWithTestKb } from '../helpers';

describe('reported speech: dev batch d256–d267', () => {
  it('a bare predicate of change followed by a figure heads a clause ("… tumbuh 6 persen")', () => {
    assert.deepEqual(statementsOf('Menteri Keuangan Sri Hartati hadir di Jakarta. Ia menyebut penerimaan pajak tumbuh 6 persen.'),
      ['penerimaan pajak tumbuh 6 persen => Sri Hartati']);
    assert.deepEqual(statementsOf('Sri Hartati menyebut ekspor batu bara anjlok 12 persen pada kuartal itu.'),
      ['ekspor batu bara anjlok 12 persen pada kuartal itu => Sri Hartati']);
    // (a compound noun before the figure stays an object)
    assert.deepEqual(statementsOf('Sri Hartati menyebut korban tewas 12 orang.'), []);
  });

  it('a body described by the kind word of its name speaks ("Pihak pelayaran membantah …", "lembaga pemeringkat itu menilai …")', () => {
    assert.deepEqual(statementsOf('Perusahaan pelayaran PT Samudra Jaya Lines menggugat PT Asuransi Bumi Raya ke pengadilan.\n\n' +
      'Kuasa hukum tergugat, Budi Santoso, menyebut sertifikat kapal sudah kedaluwarsa.\n\n' +
      'Pihak pelayaran membantah bahwa kerusakan mesin disebabkan kelalaian awak.'),
    ['sertifikat kapal sudah kedaluwarsa => Budi Santoso', 'kerusakan mesin disebabkan kelalaian awak => PT Samudra Jaya Lines']);
    assert.deepEqual(statementsOf('PT Pemeringkat Kredit Nusantara (Pekanus) memberi peringkat A untuk obligasi itu. Dalam laporannya, lembaga pemeringkat itu menilai utang perusahaan masih terkendali.'),
      ['utang perusahaan masih terkendali => PT Pemeringkat Kredit Nusantara']);
    // (no body named with that kind: nobody, never the person named before)
    assert.deepEqual(statementsOf('Budi Santoso hadir di sana. Pihak sekolah mengatakan gedung itu akan diperbaiki.'), []);
  });

  it('a run of posts closed by "Demikian tulis <kind> tersebut." is the body named before with that kind', () => {
    const lead = 'Distributor baterai PT Terang Baterai Nusantara menarik produknya. Penarikan diumumkan lewat unggahan.\n\n' +
      '"Kami menghentikan penjualan seri X1."\n\n"Pembeli dapat menukar perangkat di gerai kami."\n\n';
    assert.deepEqual(quotesWithTestKb(`${lead}Demikian tulis distributor tersebut.`),
      ['"Kami menghentikan penjualan seri X1." => PT Terang Baterai Nusantara', '"Pembeli dapat menukar perangkat di gerai kami." => PT Terang Baterai Nusantara']);
    // (a kind no body was named with: nobody)
    assert.deepEqual(quotesWithTestKb(`${lead}Demikian tulis pengecer tersebut.`),
      ['"Kami menghentikan penjualan seri X1." => null', '"Pembeli dapat menukar perangkat di gerai kami." => null']);
  });

  it('a relative clause after a name reports what that name said ("…, yang mengklaim …"), not the sentence subject\'s', () => {
    assert.deepEqual(statementsOf('Aksi itu digalang Serikat Buruh Pelabuhan Nasional (SBPN), yang mengklaim lebih dari 70 persen anggotanya ikut mogok.'),
      ['lebih dari 70 persen anggotanya ikut mogok => Serikat Buruh Pelabuhan Nasional']);
    assert.deepEqual(statementsOf('Rapat itu dihadiri Budi Santoso, yang sebelumnya mengatakan harga beras akan turun.'),
      ['harga beras akan turun => Budi Santoso']);
  });

  it('"majelis (hakim) menyatakan …" is the court whose chamber it is, words in quotation marks inside the content included', () => {
    const lead = 'Majelis hakim Pengadilan Negeri Bandung memutus perkara merek itu pada Selasa. Kuasa hukum tergugat, Budi Santoso, menyatakan kliennya akan mengajukan kasasi ke Mahkamah Agung.\n\n';
    assert.deepEqual(statementsOf(`${lead}Dalam pertimbangannya, majelis menyatakan kata "Sari" dan "Sary" terdengar sama bagi konsumen.`),
      ['kliennya akan mengajukan kasasi ke Mahkamah Agung => Budi Santoso', 'kata "Sari" dan "Sary" terdengar sama bagi konsumen => Pengadilan Negeri Bandung']);
    assert.deepEqual(statementsOf('Pengadilan Negeri Bandung memutus perkara itu pada Selasa.\n\nMajelis hakim menyatakan kedua merek itu terdengar sama bagi konsumen.'),
      ['kedua merek itu terdengar sama bagi konsumen => Pengadilan Negeri Bandung']);
    // (no court named: nobody)
    assert.deepEqual(statementsOf('Budi Santoso hadir di ruang sidang.\n\nMajelis hakim menyatakan kedua merek itu terdengar sama bagi konsumen.'), []);
  });

  it('"Menurut X, laporan <body> menyimpulkan C" is one statement C, the body\'s (eval/README decision, d256): no statement "laporan" by X', () => {
    assert.deepEqual(statementsOf('Menurut Budi Santoso, laporan Badan Pemeriksa Keuangan menyimpulkan dana itu tidak dipakai sesuai rencana.'),
      ['dana itu tidak dipakai sesuai rencana => Badan Pemeriksa Keuangan']);
    assert.deepEqual(statementsOf('Menurut Budi Santoso, hasil audit Badan Pemeriksa Keuangan menyimpulkan dana itu tidak dipakai sesuai rencana.'),
      ['dana itu tidak dipakai sesuai rencana => Badan Pemeriksa Keuangan']);
  });

  it('"Menurut <role> <body>, <Name>, <content>": the content follows the comma after the apposed name', () => {
    assert.deepEqual(statementsOf('Menurut analis politik Universitas Gadjah Mada, Rina Maharani, putusan itu akan menentukan apakah pemilu dipandang sah.'),
      ['putusan itu akan menentukan apakah pemilu dipandang sah => Rina Maharani']);
    assert.deepEqual(statementsOf('Menurut Rina Maharani, putusan itu sah dan mengikat.'), ['putusan itu sah dan mengikat => Rina Maharani']);
  });

  it('a request whose body is located by "(yang berada) di <place>" after an opening common word is the body\'s ("Misi pengamat X yang berada di Y meminta …")', () => {
    assert.deepEqual(statementsOf('Misi pengamat Uni Eropa yang berada di Jakarta meminta semua pihak menahan diri.'),
      ['semua pihak menahan diri => Uni Eropa']);
    assert.deepEqual(statementsOf('Misi pengamat Uni Eropa di Jakarta meminta semua pihak menahan diri.'),
      ['semua pihak menahan diri => Uni Eropa']);
  });

  it('a trailing attribution after a long title with "dan" inside it ("kata Direktur Perlindungan Konsumen dan Tertib Niaga Kementerian X Y")', () => {
    assert.deepEqual(statementsOf('Harga nikel sebenarnya stabil, tinggal soal kontrak, kata Direktur Perlindungan Konsumen dan Tertib Niaga Kementerian Perdagangan Budi Santoso.'),
      ['Harga nikel sebenarnya stabil, tinggal soal kontrak => Budi Santoso']);
  });

  it('the person apposed after a role whose body is a weak capitalised run is the speaker ("Menurut analis politik Koleksi Santana, X, …")', () => {
    assert.deepEqual(statementsOf('Menurut analis politik Koleksi Santana, Rina Maharani, putusan itu akan menentukan apakah pemilu dipandang sah.'),
      ['putusan itu akan menentukan apakah pemilu dipandang sah => Rina Maharani']);
  });
});
