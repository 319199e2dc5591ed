// Reported-statement misses and false finds of the fresh dev batch d268–d279 (issue 14):
// noun objects that a ter- adjective made look like clauses, an apology read as a request,
// a promise of what will happen, a doctor's specialist suffix before the verb, a headline
// "Kadis <unit> <regency>: …". Own sentences; each case failed before its change.
import assert from 'node:assert/strict';
import { statementsOf } from './helpers';

describe('reported speech: dev batch d268–d279', () => {
  it('a noun object qualified by "tertulis" is no content clause ("membantah tudingan itu lewat keterangan tertulis …")', () => {
    assert.deepEqual(statementsOf('Direksi PT Sumber Pangan Lestari membantah kabar itu lewat keterangan tertulis yang dikirim kepada wartawan.'), []);
    assert.deepEqual(statementsOf('PT Sumber Pangan Lestari menyampaikan jawaban tertulis atas pertanyaan redaksi.'), []);
    // (a demonstrative subject before "tertulis" still makes a clause)
    assert.deepEqual(statementsOf('Budi Santoso menjelaskan aturan itu tertulis dalam peraturan bupati.'),
      ['aturan itu tertulis dalam peraturan bupati => Budi Santoso']);
  });

  it('"meminta maaf kepada …" is an apology, not a request with content', () => {
    assert.deepEqual(statementsOf('Budi Santoso meminta maaf kepada para pelanggan yang dirugikan.'), []);
    // (the clause a coordinated verb reports is still a statement, the apology before it is not)
    assert.deepEqual(statementsOf('Budi Santoso meminta maaf kepada para pelanggan dan mengaku lalai memeriksa mesin.'),
      ['lalai memeriksa mesin => Budi Santoso']);
    // (an opening pronoun is the subject of the coordinated verb however long the apology)
    assert.deepEqual(statementsOf('Budi Santoso hadir di ruang sidang. Ia meminta maaf kepada para pelanggan dan mengaku lalai memeriksa mesin.'),
      ['lalai memeriksa mesin => Budi Santoso']);
    assert.deepEqual(statementsOf('Budi Santoso meminta pemerintah segera memperbaiki jembatan itu.'),
      ['pemerintah segera memperbaiki jembatan itu => Budi Santoso']);
  });

  it('a doctor\'s specialist suffix with a dotted speciality ("…, Sp.D.V.E, menjelaskan") leaves the verb to the name', () => {
    assert.deepEqual(statementsOf('Dokter spesialis kulit dari Universitas Airlangga, dr. Rina Maharani, Sp.D.V.E, menjelaskan bintik hitam itu bisa hilang dalam tiga bulan.'),
      ['bintik hitam itu bisa hilang dalam tiga bulan => Rina Maharani']);
  });

  it('a statement whose speaker is named only later, with "bernama", is that person\'s (dev gold decision, d270, d279)', () => {
    // a definite description nobody was named with before
    assert.deepEqual(statementsOf('Dua lukisan hilang dari Galeri Kota Bogor. Kehilangan itu diketahui ketika seorang petugas kebersihan membuka ruang pamer.\n\n' +
      'Petugas itu bercerita bahwa jendela belakang sudah terbuka ketika ia datang. Pria bernama Joko Susilo itu sudah sepuluh tahun bekerja di galeri tersebut.'),
    ['jendela belakang sudah terbuka ketika ia datang => Joko Susilo']);
    assert.deepEqual(statementsOf('Satu arca hilang dari Museum Kota Bogor pada Senin pagi.\n\n' +
      'Pemandu itu bercerita bahwa pintu belakang sudah terbuka ketika ia datang. Perempuan bernama Sri Wahyuni itu sudah lima tahun bekerja di museum tersebut.'),
    ['pintu belakang sudah terbuka ketika ia datang => Sri Wahyuni']);
    // an indefinite "Seorang …", named in the next paragraph's attribution
    assert.deepEqual(statementsOf('Kapal itu batal bersandar di Pelabuhan Sabang. Seorang pedagang topi mengaku sudah membeli dagangan senilai Rp10 juta.\n\n' +
      '"Modalnya dari arisan. Sekarang barang menumpuk," kata pedagang bernama Siti Rahmah itu.'),
    ['sudah membeli dagangan senilai Rp10 juta => Siti Rahmah']);
    // another person named first, or nobody introduced: no statement (an unnamed source)
    assert.deepEqual(statementsOf('Kapal itu batal bersandar di Pelabuhan Sabang. Seorang pedagang topi mengaku sudah membeli dagangan senilai Rp10 juta.\n\n' +
      '"Modalnya dari arisan," kata Budi Santoso, pedagang lain. Istrinya bernama Siti Rahmah.'), []);
    assert.deepEqual(statementsOf('Seorang warga mengatakan banjir datang tengah malam.'), []);
  });

  it('a pronoun after a sentence whose subject is a bare role ("Terdakwa, yang …, diberi kesempatan menanggapi. Ia mengaku …") is the person named with that role', () => {
    const lead = 'Terdakwa Budi Santoso (30) didakwa menabrak seorang pejalan kaki di Jalan Ahmad Yani.\n\n' +
      'Ibu korban, Sri Wahyuni, bersaksi sambil menangis. "Anak saya tidak pernah pulang," ucapnya.\n\n';
    assert.deepEqual(statementsOf(`${lead}Terdakwa, yang duduk di samping pengacaranya, diberi kesempatan menanggapi. Ia menyesal dan mengaku mengantuk saat menyetir.`),
      ['mengantuk saat menyetir => Budi Santoso']);
    // after an unnamed "Seorang …" the pronoun names nobody: no statement
    assert.deepEqual(statementsOf(`${lead}Seorang saksi, pelajar berusia 17 tahun asal Gianyar, ikut dihadirkan. Ia meminta wajahnya tidak difoto.`), []);
    // (with no role before, the pronoun keeps its usual reading)
    assert.deepEqual(statementsOf(`${lead}Sidang dilanjutkan pekan depan. Ia mengaku masih trauma melihat mobil hitam.`),
      ['masih trauma melihat mobil hitam => Sri Wahyuni']);
  });
});
