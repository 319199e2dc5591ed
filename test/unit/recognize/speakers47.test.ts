// Issue 13: quote speakers of the untuned dev batch d328-d339 (speakers47; own sentences about
// fictional events): an interviewee introduced with an abbreviated title ("berbincang dengan
// Kepala Dinas …, dr. X"), a definite description after an outlet's contact phrase ("Saat
// dihubungi Kompas.com, pria itu …"), the Javanese nobility's two-word titles ("Raden Ayu"),
// headline statements "Body: …", "Kadinkes Place: …" and "Pemilik Warung: …", "tulis manajemen"
// after "Manajemen X …", a headline quote after a topic ("… ke Suriname: “…”").
// Each with sentences the rule must NOT fire on.
import assert from 'node:assert/strict';
import { personTextsWithBuiltinKb as people, speakersWithBuiltinKb as speakers, statementPairsWithBuiltinKb as statements } from './helpers';
import { askedPersonAt } from '../../../src/core/recognize/question-addressee';
import { frontedAdjunctEnd } from '../../../src/core/recognize/fronted-adjunct';

describe('speakers of d328-d339 conventions (speakers47)', () => {
  describe('an interviewee introduced with an abbreviated title (question-addressee.ts askedPersonAt)', () => {
    const interview = (intro: string): string => intro + '\n' +
      'Tanya: Berapa luas panen tahun ini?\n' +
      'Jawab: "Sekitar 12 ribu hektare, lebih luas dari tahun lalu."\n' +
      'Tanya: Apa kendalanya?\n' +
      'Jawab: "Pupuk datang terlambat dua pekan."';

    it('gives the "Jawab:" answers to the one interviewed after "dr." or "Ir."', () => {
      assert.deepEqual(speakers(interview('Pagi itu Tempo berbincang dengan Kepala Dinas Pertanian Kabupaten Blora, dr. Wahyu Santosa Nugroho, M.Si, di ruang kerjanya.')),
        ['Wahyu Santosa Nugroho', 'Wahyu Santosa Nugroho']);
      assert.deepEqual(speakers(interview('Pagi itu Tempo berbincang dengan Kepala Dinas Pertanian Kabupaten Blora, Ir. Wahyu Santosa Nugroho, di ruang kerjanya.')),
        ['Wahyu Santosa Nugroho', 'Wahyu Santosa Nugroho']);
    });

    it('keeps the interviewee through a person quoted between the answers', () => {
      const t = 'Kompas.com berbincang dengan Kepala Dinas Kesehatan Kabupaten Lumajang, dr. Maria Ulfa Rahmawati, di kantornya.\n' +
        'Tanya: Berapa kasus bulan ini?\n' +
        'Jawab: "Ada 40 kasus baru, kebanyakan anak sekolah."\n' +
        'Bidan desa, Sri Handayani, membenarkan bahwa kunjungan naik.\n' +
        '"Kami sampai kewalahan," tutur Sri.\n' +
        'Tanya: Obatnya cukup?\n' +
        'Jawab: "Cukup sampai akhir tahun."';
      assert.deepEqual(speakers(t), ['Maria Ulfa Rahmawati', 'Sri Handayani', 'Maria Ulfa Rahmawati']);
    });

    it('reads an abbreviation\'s dot as no sentence end, but still stops at a sentence end or another word', () => {
      const t1 = 'kepada dr. Budi';
      assert.equal(askedPersonAt(t1, 7, t1.indexOf('Budi')), true);
      const t2 = 'kepada pemerintah. Ir. Budi';
      assert.equal(askedPersonAt(t2, 7, t2.indexOf('Budi')), false);
      const t3 = 'kepada warga yang hadir, termasuk dr. Budi';
      assert.equal(askedPersonAt(t3, 7, t3.indexOf('Budi')), false);
    });

    it('gives no answer to a person named after the sentence that says who was interviewed (must not fire)', () => {
      // the interview was with the villagers; the official named in the next sentence is no interviewee
      const t = 'Pagi itu Tempo berbincang dengan warga desa. Kepala Dinas Pertanian, Ir. Wahyu Santosa Nugroho, tidak hadir.\n' +
        'Tanya: Berapa luas panen tahun ini?\n' +
        'Jawab: "Sekitar 12 ribu hektare."';
      assert.notDeepEqual(speakers(t), ['Wahyu Santosa Nugroho']);
    });
  });

  describe('a definite description after an outlet\'s contact phrase (fronted-adjunct.ts)', () => {
    it('gives the statement and the quote to the person described, never to the outlet', () => {
      const t = 'Seorang nasabah, Dedi Kurniawan, mengeluh di akun Instagram miliknya.\n' +
        'Saat dihubungi Kompas.com, pria itu mengaku sudah melapor ke polisi. "Belum ada kabar sampai sekarang," kata pria itu.';
      assert.deepEqual(speakers(t), ['Dedi Kurniawan']);
      assert.deepEqual(statements(t), [['sudah melapor ke polisi', 'Dedi Kurniawan']]);
    });

    it('reads a dot inside a word (a domain, a number) as no end of the adjunct', () => {
      const p = 'Saat dihubungi Kompas.com, pria itu mengaku';
      assert.equal(frontedAdjunctEnd(p, 0), p.indexOf('pria'));
      const q = 'Setelah 2.000 warga mengungsi, camat itu meminta';
      assert.equal(frontedAdjunctEnd(q, 0), q.indexOf('camat'));
    });

    it('still ends the adjunct at a sentence end, and keeps a named subject after it (must not fire)', () => {
      assert.equal(frontedAdjunctEnd('Saat itu hujan. Warga, kata dia, mengungsi', 0), -1);
      const t = 'Seorang nasabah, Dedi Kurniawan, mengeluh di akun Instagram miliknya.\n' +
        'Saat dihubungi Kompas.com, Kepala Dinas Sosial Rina Amelia mengaku sudah menerima laporan.';
      assert.deepEqual(statements(t), [['sudah menerima laporan', 'Rina Amelia']]);
      // an outlet that is itself the subject after a plain adjunct keeps its statement
      const u = 'Dalam laporannya pekan lalu, Kompas.com menyebut harga beras naik.';
      assert.deepEqual(statements(u).map(([, s]) => s), ['Kompas.com']);
    });
  });

  describe('the Javanese nobility\'s two-word titles (courtesy-titles.ts)', () => {
    it('keeps "Raden Ayu" outside the name, and the quotes go to the name alone', () => {
      const t = 'Pemimpin sanggar, Raden Ayu Kusumawardani Prawiro, tampil malam itu. "Kami senang sekali," kata Kusumawardani.';
      assert.deepEqual(speakers(t), ['Kusumawardani Prawiro']);
      assert.deepEqual(people('Bupati menemui Raden Mas Haryo Wibisono di keraton.'), ['Haryo Wibisono']);
    });

    it('leaves a given name Ayu and a bare Raden before another name alone (must not fire)', () => {
      assert.deepEqual(people('Pesinden muda, Ayu Lestari Wulandari, tampil di Solo.'), ['Ayu Lestari Wulandari']);
      assert.deepEqual(people('Panitia mengundang Raden Wijaya Kusumo ke pendopo.'), ['Wijaya Kusumo']);
      assert.deepEqual(people('Gelar raden ayu kini jarang dipakai, kata budayawan Sri Wahyuni Lestari.'), ['Sri Wahyuni Lestari']);
    });
  });

  describe('headline statements "Body: …", "Short title Place: …", "Role Thing: …" (headline-colon-speaker.ts, headline-title-speaker.ts)', () => {
    it('gives a Title Case headline statement after a body\'s name to the body', () => {
      const t = 'Harga Pupuk Naik, PT Pupuk Indonesia: Stok Masih Aman\n\nJAKARTA - Petani memprotes harga pupuk. Direktur Utama PT Pupuk Indonesia, Dimas Arya Wicaksono, membantah tudingan itu.';
      assert.deepEqual(statements(t), [['Stok Masih Aman', 'PT Pupuk Indonesia']]);
    });

    it('gives no statement to a body whose headline asks, nor to a place labelling the topic (must not fire)', () => {
      assert.deepEqual(statements('Daftar Pinjol Resmi, OJK: Apa Bedanya dengan Pinjol Ilegal?\n\nJAKARTA - Otoritas Jasa Keuangan (OJK) merilis daftar.'), []);
      assert.deepEqual(statements('Banjir di Bengkulu: Tiga Desa Terendam Semalam\n\nBENGKULU - Banjir merendam tiga desa.'), []);
    });

    it('gives "Kadinkes Place:" to the head of the health office the body names, past a comma and "dr."', () => {
      const t = 'Kadinkes Blora: Kasus Demam Berdarah Naik karena Hujan\n\nBLORA - Kasus demam berdarah naik. Kompas.com berbincang dengan Kepala Dinas Kesehatan Kabupaten Blora, dr. Wahyu Santosa Nugroho, di kantornya.';
      assert.deepEqual(statements(t), [['Kasus Demam Berdarah Naik karena Hujan', 'Wahyu Santosa Nugroho']]);
    });

    it('gives "Kadinkes Place:" to nobody when the office is named without its holder after it (must not fire)', () => {
      const t = 'Kadinkes Blora: Kasus Demam Berdarah Naik karena Hujan\n\nBLORA - Kasus naik. Kepala Dinas Kesehatan Kabupaten Blora hadir bersama Bupati, Arief Rohman.';
      assert.deepEqual(statements(t), []);
    });

    it('gives "Pemilik Kedai:" to the one owner the body introduces', () => {
      const t = 'Turis Ditagih Mahal di Bajo, Pemilik Kedai: Harga Sudah Ditulis di Menu\n\nLABUAN BAJO - Sebuah video viral. Pemilik kedai, Yohanes Ndiwa, membantah menipu pembeli.';
      assert.deepEqual(statements(t), [['Harga Sudah Ditulis di Menu', 'Yohanes Ndiwa'], ['menipu pembeli', 'Yohanes Ndiwa']]);
    });

    it('gives the role\'s headline to nobody with two owners, with only the object named, or for a trade that is no holder (must not fire)', () => {
      const two = 'Turis Ditagih Mahal di Bajo, Pemilik Kedai: Harga Sudah Ditulis di Menu\n\nLABUAN BAJO - Sebuah video viral. Pemilik kedai, Yohanes Ndiwa, membantah menipu pembeli. Pemilik kedai lain, Maria Goreti, menyebut harga wajar.';
      assert.deepEqual(statements(two).map(([x]) => x), ['menipu pembeli']);
      const asked = 'Harga Naik, Pemilik Kedai: Harga Sudah Ditulis di Menu\n\nLABUAN BAJO - Video viral. Bupati Manggarai Barat, Edistasius Endi, meminta pemilik kedai menulis harga.';
      assert.deepEqual(statements(asked), [['pemilik kedai menulis harga', 'Edistasius Endi']]);
      assert.deepEqual(statements('Pasar Terbakar, Pedagang Sayur: Kami Rugi Puluhan Juta\n\nBLORA - Pedagang sayur, Sumarni, menangis.'), []);
    });
  });

  describe('"tulis manajemen" after "Manajemen X …" (body-anaphor.ts)', () => {
    it('gives the management\'s written words to the body named with "Manajemen", not to the regulator of the lede', () => {
      const t = 'OJK mencabut izin PT Dana Cepat Sejahtera pada Jumat.\n\n' +
        'Manajemen Dana Cepat dalam pernyataan di situs resminya menyatakan perusahaan menghormati keputusan regulator.\n\n' +
        '"Kami memahami kekecewaan para pemberi dana," tulis manajemen.';
      assert.deepEqual(speakers(t), ['PT Dana Cepat Sejahtera']);
    });

    it('keeps the lede\'s body when no body was named with "Manajemen" (must not fire)', () => {
      const t = 'PT Dana Cepat Sejahtera membukukan laba. Analis dari Bursa Efek Indonesia menilai laba itu wajar.\n\n' +
        '"Kami memahami kekecewaan para pemberi dana," tulis manajemen.';
      assert.deepEqual(speakers(t), ['PT Dana Cepat Sejahtera']);
    });
  });

  describe('a headline quote after a topic (attribution.ts colonBefore, headline-quote-speaker.ts)', () => {
    it('gives the quote to the first person the body quotes, not to the place after "ke"/"dari"', () => {
      const t = 'Orkes Keroncong Pulang dari Suriname: "Penontonnya Ikut Menyanyi dalam Bahasa Jawa"\n\n' +
        'SOLO - Orkes itu tampil tiga malam. Pemimpin orkes, Sri Wahyuni Lestari, masih terharu.\n\n"Kami tidak tahu lagunya," kata Sri.';
      assert.deepEqual(speakers(t), ['Sri Wahyuni Lestari', 'Sri Wahyuni Lestari']);
    });

    it('keeps a country or a person before the colon as the speaker, and gives nobody when the body\'s first speaker is a body (must not fire)', () => {
      assert.deepEqual(speakers('Rusia: "Kami Tidak Akan Mundur dari Wilayah Itu"\n\nMOSKWA - Rusia menolak mundur.'), ['Russia']);
      // (a label of capitalised words may name a speaker the recognizer did not read: left alone)
      const person = 'Petambak Sumenep, Haryono Wibisono: "Kami Rugi Besar Musim Ini"\n\nSUMENEP - Harga garam turun. Ketua kelompok, Sutrisno Adi, mengeluh. "Kami rugi," kata Sutrisno.';
      assert.equal(speakers(person)[0], null);
      const body = 'Harga Garam Anjlok di Sumenep: "Kami Rugi Besar Musim Ini"\n\nSUMENEP - Harga garam turun. "Harga kami tetapkan sesuai kualitas," tulis PT Garam dalam keterangannya.';
      assert.equal(speakers(body)[0], null);
    });
  });

  describe('a body noun described by a relative clause (body-anaphor.ts bodyNounSubject)', () => {
    it('gives "Perusahaan yang … itu menyatakan" to the company named before, not to a body or a person inside the clause', () => {
      const lede = 'Petambak memprotes PT Garam (Persero) di Kalianget.\n\n';
      assert.deepEqual(statements(lede + 'Perusahaan yang sejak 2022 bernaung di bawah ID FOOD itu juga menyatakan pembelian garam rakyat sudah besar.'),
        [['pembelian garam rakyat sudah besar', 'PT Garam (Persero)']]);
      assert.deepEqual(statements(lede + 'Perusahaan yang dipimpin Budi Santoso itu menyatakan serapan sudah tinggi.'), [['serapan sudah tinggi', 'PT Garam (Persero)']]);
    });

    it('leaves a person described by a relative clause, and a company inside a longer subject, alone (must not fire)', () => {
      const lede = 'Petambak memprotes PT Garam (Persero) di Kalianget.\n\n';
      assert.deepEqual(statements(lede + 'Pegawai yang bekerja di gudang itu menyatakan serapan sudah tinggi.').map(([, x]) => x).filter((x) => x === 'PT Garam (Persero)'), []);
      assert.deepEqual(statements(lede + 'Seorang karyawan perusahaan yang dipimpin Budi itu menyatakan gaji terlambat.').map(([, x]) => x).filter((x) => x === 'PT Garam (Persero)'), []);
    });
  });
});
