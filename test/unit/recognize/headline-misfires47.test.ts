// review47's misfires of the headline and colon rules of session 47 (fix47a; own sentences
// about fictional events): a headline quote whose words the body quotes again, a short title
// with a place ("Kadinkes Blora:") over the head of another region's office, a source after
// "dari" before a colon, and a tips headline after a role ("Pemilik Mobil Listrik: Ini Cara
// …"). Each with sentences the fix must NOT change.
import assert from 'node:assert/strict';
import { personTexts as people, quoteSpeakers as speakers, statementPairs as statements } from './helpers';

describe('headline and colon speakers probed by review47 (fix47a)', () => {
  describe('a headline quote the body quotes again (headline-quote-speaker.ts)', () => {
    it('gives the headline quote to whoever says the same words in the body, not to the first person quoted', () => {
      const t = 'Begal Beraksi di Depok: "Kami Akan Tindak Tegas Pelaku"\n\n' +
        'DEPOK - Seorang pengemudi ojek menjadi korban begal. "Motor saya dibawa kabur," kata Rudi Hartono, korban.\n\n' +
        'Kapolres Depok, Kombes Ahmad Fauzi, mengatakan pelaku sudah diidentifikasi. "Kami akan tindak tegas pelaku," kata Fauzi.';
      assert.deepEqual(speakers(t), ['Ahmad Fauzi', 'Rudi Hartono', 'Ahmad Fauzi']);
    });

    it('finds the same words inside a longer body quote, whatever their case and punctuation', () => {
      const t = 'Banjir Rendam Ratusan Rumah di Kudus: "Perahu Karet Sudah Disiagakan di Tiga Desa"\n\n' +
        'KUDUS - Ratusan rumah terendam. "Air masuk sejak subuh," kata Sri Wahyuni, warga.\n\n' +
        'Kepala BPBD Kudus, Budi Santoso, meminta warga waspada. "Sejak pagi, perahu karet sudah disiagakan di tiga desa," ujar Budi.';
      assert.deepEqual(speakers(t), ['Budi Santoso', 'Sri Wahyuni', 'Budi Santoso']);
    });

    it('keeps the first person quoted when no body quote has the headline\'s words, or when that person says them (must not change)', () => {
      const first = 'Orkes Keroncong Pulang dari Suriname: "Penontonnya Ikut Menyanyi dalam Bahasa Jawa"\n\n' +
        'SOLO - Orkes itu tampil tiga malam. Pemimpin orkes, Sri Wahyuni Lestari, masih terharu.\n\n"Kami tidak tahu lagunya," kata Sri. "Kami diajak bernyanyi," kata Budi Santoso, penabuh kendang.';
      assert.deepEqual(speakers(first), ['Sri Wahyuni Lestari', 'Sri Wahyuni Lestari', 'Budi Santoso']);
      const same = 'Pasar Terbakar di Klaten: "Semua Dagangan Kami Ludes Terbakar"\n\nKLATEN - Pasar terbakar. "Semua dagangan kami ludes terbakar," kata Sumarni, pedagang. "Api cepat membesar," kata Sutrisno, petugas.';
      assert.deepEqual(speakers(same), ['Sumarni', 'Sumarni', 'Sutrisno']);
      // the same words in another order are no repetition of the headline
      const order = 'Hujan Es di Bogor: "Kami Panik dan Langsung Mengungsi"\n\nBOGOR - Hujan es turun. "Atap bocor," kata Rina Wati, warga. "Kami langsung mengungsi karena panik," kata Dedi Kurniawan.';
      assert.deepEqual(speakers(order), ['Rina Wati', 'Rina Wati', 'Dedi Kurniawan']);
    });
  });

  describe('a short title with a place (headline-title-speaker.ts longTitleHolder)', () => {
    it('gives "Kadinkes Blora:" to nobody when the body names only the head of another region\'s office', () => {
      const t = 'Kadinkes Blora: Kasus Demam Berdarah Naik\n\nBLORA - Kasus naik. Kepala Dinas Kesehatan Provinsi Jawa Tengah, dr. Rina Wulandari, mengatakan kasus naik di banyak daerah.';
      assert.deepEqual(statements(t).map(([, s]) => s).filter((s) => s === 'Rina Wulandari').length, 1);
      assert.deepEqual(statements(t).filter(([x]) => x.startsWith('Kasus Demam')), []);
      const city = 'Kadis Perpustakaan Kapuas Hulu: Minat Baca Warga Naik\n\nPUTUSSIBAU - Kunjungan naik. Kepala Dinas Perpustakaan Kota Pontianak, Sri Wahyuni, juga mencatat kenaikan.';
      assert.deepEqual(statements(city).filter(([x]) => x.startsWith('Minat')), []);
      const province = 'Kadinkes Blora: Kasus Demam Berdarah Naik\n\nBLORA - Kasus naik. Kepala Dinas Kesehatan Jawa Tengah, dr. Rina Wulandari, mengatakan kasus naik di banyak daerah.';
      assert.deepEqual(statements(province).filter(([x]) => x.startsWith('Kasus Demam')), []);
    });

    it('still gives it to the head named with the same place or with no place (must not change)', () => {
      const same = 'Kadinkes Blora: Kasus Demam Berdarah Naik karena Hujan\n\nBLORA - Kasus demam berdarah naik. Kompas.com berbincang dengan Kepala Dinas Kesehatan Kabupaten Blora, dr. Wahyu Santosa Nugroho, di kantornya.';
      assert.deepEqual(statements(same), [['Kasus Demam Berdarah Naik karena Hujan', 'Wahyu Santosa Nugroho']]);
      const bare = 'Kadinkes Blora: Kasus Demam Berdarah Naik karena Hujan\n\nBLORA - Kasus demam berdarah naik. Kepala Dinas Kesehatan Blora, Wahyu Santosa Nugroho, meminta warga waspada.';
      assert.deepEqual(statements(bare)[0], ['Kasus Demam Berdarah Naik karena Hujan', 'Wahyu Santosa Nugroho']);
      const none = 'Kadinkes Blora: Kasus Demam Berdarah Naik karena Hujan\n\nBLORA - Kasus demam berdarah naik. Kepala dinas kesehatan, Wahyu Santosa Nugroho, meminta warga waspada.';
      assert.deepEqual(statements(none)[0], ['Kasus Demam Berdarah Naik karena Hujan', 'Wahyu Santosa Nugroho']);
    });
  });

  describe('a source after "dari" before a colon (attribution.ts colonBefore)', () => {
    it('keeps a person or a body after "dari" as the speaker of the quote after the colon', () => {
      const t = 'Dalam sidang, jaksa membacakan surat dari Sumarni: "Saya hanya ingin anak saya pulang."';
      assert.deepEqual(speakers(t), ['Sumarni']);
      assert.deepEqual(people(t), ['Sumarni']);
      assert.deepEqual(speakers('Tanggapan dari Kementerian Kesehatan: "Kami sedang menelusuri laporan itu."'), ['Kementerian Kesehatan Republik Indonesia']);
      assert.deepEqual(speakers('Pesan terakhir dari Rudi Hartono: "Jaga ibu kalian baik-baik selalu ya."'), ['Rudi Hartono']);
    });

    it('still reads a place after "dari", and anyone after "ke" or "soal", as no speaker (must not change)', () => {
      assert.deepEqual(speakers('Kabar dari Jakarta: "Semua penerbangan hari ini ditunda sampai sore."'), [null]);
      assert.deepEqual(speakers('Surat Terbuka ke Rudi Hartono: "Tolong dengar suara kami sekali ini saja."'), [null]);
      assert.deepEqual(speakers('Tulisan soal Sumarni: "Ia tidak pernah mengeluh soal apa pun."'), [null]);
    });
  });

  describe('a tips headline after a role (headline-colon-speaker.ts)', () => {
    it('gives "Pemilik Mobil Listrik: Ini Cara …" to no owner', () => {
      const t = 'Baterai Cepat Habis, Pemilik Mobil Listrik: Ini Cara Menghemat Daya\n\n' +
        'JAKARTA - Banyak pemilik mobil listrik mengeluh. Pemilik mobil listrik, Rudi Hartono, membagikan tipsnya. Ia menyebut suhu memengaruhi baterai.';
      assert.deepEqual(statements(t).map(([x]) => x), ['suhu memengaruhi baterai']);
      const tips = 'Omzet Turun, Pengelola Kafe: 5 Tips Bertahan di Musim Hujan\n\nBOGOR - Kafe sepi. Pengelola kafe, Sri Wahyuni, tetap buka.';
      assert.deepEqual(statements(tips), []);
    });

    it('still gives the role\'s statement to the one holder, also when it opens with "Ini" (must not change)', () => {
      const t = 'Turis Ditagih Mahal di Bajo, Pemilik Kedai: Harga Sudah Ditulis di Menu\n\nLABUAN BAJO - Sebuah video viral. Pemilik kedai, Yohanes Ndiwa, membantah menipu pembeli.';
      assert.deepEqual(statements(t)[0], ['Harga Sudah Ditulis di Menu', 'Yohanes Ndiwa']);
      const ini = 'Sanggar Sepi, Pendiri Sanggar: Ini Bukan Soal Uang\n\nSOLO - Sanggar sepi. Pendiri sanggar, Sri Wahyuni, tetap mengajar.';
      assert.deepEqual(statements(ini)[0], ['Ini Bukan Soal Uang', 'Sri Wahyuni']);
      const body = 'Harga Pupuk Naik, PT Pupuk Indonesia: Stok Masih Aman\n\nJAKARTA - Petani protes. Direktur Utama PT Pupuk Indonesia, Dimas Arya Wicaksono, membantah.';
      assert.deepEqual(statements(body), [['Stok Masih Aman', 'PT Pupuk Indonesia']]);
    });
  });
});
