// Issues 13 and 14: speakers in ordinary online news (speak37; own sentences about fictional
// events): officers described by their rank's grade ("perwira menengah itu"), office holders
// called by the bare title after their first naming ("Kapolres menambahkan …", "Ketua DPRD
// memastikan …"), headlines giving a statement to a title alone ("Kapolres: …", "Bos X: …"),
// a relative clause between a speaker and the reporting verb.
import assert from 'node:assert/strict';
import { speakersWithBuiltinKb as speakers, statementPairsWithBuiltinKb as statements } from './helpers';
import { longFormOf, titleAfterCue, titleSubjectAt } from '../../../src/core/recognize/title-subject';
import { demonstrativeSubject } from '../../../src/core/recognize/reported/demonstrative-subject';
import { obliqueTitle } from '../../../src/core/recognize/oblique-title';
import { apposedAtClauseEnd } from '../../../src/core/recognize/apposed-speaker';
import { relativeClauseVerb } from '../../../src/core/recognize/relative-verb';

// The helpers read with the built-in KB (analyze's default): the cases turn on unknown names
// and the title words.

describe('speakers in ordinary online news (speak37)', () => {
  describe('an officer described by the grade of their rank (officer-grades.ts)', () => {
    const article = [
      'Kapolres Lombok Timur AKBP Yosua Manurung menuturkan kawanan itu sudah beroperasi sejak Juli.',
      'Kasat Reskrim AKP Made Wirawan menyebut rekaman kamera memperlihatkan wajah pelaku.',
      'Takmir masjid, Zainul Arifin, mengaku lega. "Jemaah sempat takut datang," tuturnya.',
      '"Kunci ganda membuat pelaku butuh waktu lebih lama," kata perwira menengah itu.',
    ].join('\n');

    it('gives "kata perwira menengah itu" to the AKBP, not to the last person named nor to the AKP', () => {
      assert.deepEqual(speakers(article), ['Zainul Arifin', 'Yosua Manurung']);
    });

    it('gives "perwira pertama itu" to the AKP', () => {
      const t = article.replace('perwira menengah itu', 'perwira pertama itu');
      assert.equal(speakers(t)[1], 'Made Wirawan');
    });
  });

  describe('a bare office title as the subject (title-subject.ts)', () => {
    it('reads the title up to the reporting verb, with the body in it and adverbs before the verb', () => {
      const p = 'Ketua DPRD juga memastikan rapat dijadwalkan ulang.';
      assert.deepEqual(titleSubjectAt(p, 0, []), { start: 0, verbStart: 16, head: 'ketua dprd' });
      const q = 'Namun, Kapolres menambahkan motor itu dijual.';
      assert.deepEqual(titleSubjectAt(q, 0, []), { start: 7, verbStart: 16, head: 'kapolres' });
    });

    it('reads no bare title for a role several people share, an incomplete title, a description or a non-speech verb', () => {
      assert.equal(titleSubjectAt('Pelatih menambahkan timnya siap.', 0, []), null);
      assert.equal(titleSubjectAt('Wakil mengatakan timnya siap.', 0, []), null);
      assert.equal(titleSubjectAt('Kapolres itu menambahkan motor itu dijual.', 0, []), null);
      assert.equal(titleSubjectAt('Bupati meninjau lokasi longsor.', 0, []), null);
    });

    it('gives "Kapolres menambahkan …" and the "Menurut dia" after it to the police chief, not to the officer named last', () => {
      const t = [
        'Kapolres Lombok Timur AKBP Yosua Manurung menuturkan kawanan itu sudah beroperasi sejak Juli.',
        'Kepala Satuan Reserse Kriminal AKP Made Wirawan menyebut rekaman kamera memperlihatkan wajah pelaku.',
        'Kapolres menambahkan sebagian motor curian sudah dijual ke luar daerah. Menurut dia, polisi masih memburu penadahnya.',
      ].join('\n');
      const s = statements(t);
      assert.deepEqual(s.slice(2), [
        ['sebagian motor curian sudah dijual ke luar daerah', 'Yosua Manurung'],
        ['polisi masih memburu penadahnya', 'Yosua Manurung'],
      ]);
    });

    it('gives "Ketua DPRD memastikan …" to the council chair, not to a faction chair of the same council nor to the council', () => {
      const t = [
        'Ketua DPRD Jember Ahmad Halim menyebut dokumen terlambat diserahkan.',
        'Ketua Fraksi PDI Perjuangan DPRD Jember Rahmawati mengakui sejumlah anggota fraksinya berhalangan.',
        'Ketua DPRD memastikan rapat paripurna dijadwalkan ulang pekan depan. "Kami undang bupati hadir langsung," imbuhnya.',
      ].join('\n');
      assert.deepEqual(statements(t)[2], ['rapat paripurna dijadwalkan ulang pekan depan', 'Ahmad Halim']);
      assert.deepEqual(speakers(t), ['Ahmad Halim']);
    });
  });

  describe('a headline statement before which stands a surname, a bare title or "Bos <company>" (headline-colon-speaker.ts)', () => {
    const headline = (t: string): [string, string | null] | undefined => statements(t).find(([x]) => t.startsWith(x, t.indexOf(':') + 2));

    it('gives "…, Kapolres: …" to the police chief the body names with that title', () => {
      const t = 'Polisi Bongkar Komplotan Curanmor, Kapolres: Pelaku Incar Motor di Parkiran Masjid\n\n' +
        'Kasat Reskrim AKP Made Wirawan menyebut pelaku terekam kamera. Kapolres Lombok Timur AKBP Yosua Manurung menuturkan kawanan itu sudah beroperasi sejak Juli.';
      assert.deepEqual(headline(t), ['Pelaku Incar Motor di Parkiran Masjid', 'Yosua Manurung']);
    });

    it('gives "Bos <company>: …" to the company head the body names, not to "Bos …" as a person', () => {
      const t = 'Bos Roti Fajar: Ongkos Tepung Tekan Untung Kami\n\n' +
        'Presiden Direktur Roti Fajar, Benediktus Halim, menjelaskan untung menyusut karena tepung makin mahal.';
      assert.deepEqual(headline(t), ['Ongkos Tepung Tekan Untung Kami', 'Benediktus Halim']);
    });

    it('reads a Title-Case statement after a surname found only in the body', () => {
      const t = 'Deltras Tekuk Persekat 2-1, Souza: Anak-Anak Sempat Panik\n\n' +
        'Pelatih Deltras, Ricardo Almeida Souza, mengakui timnya sempat kehilangan kendali permainan.\n\nSouza tidak mau menanggapi protes itu.';
      assert.deepEqual(headline(t), ['Anak-Anak Sempat Panik', 'Ricardo Almeida Souza']);
    });

    it('gives "Kapolda Jateng: …" to the police chief the body names with the place written out', () => {
      const t = 'Kapolda Jateng: Pelaku Penipuan Online Jaringan Internasional\n\n' +
        'Kapolda Jawa Tengah Irjen Pol Ahmad Luthfiansyah mengatakan para tersangka direkrut lewat media sosial.';
      assert.deepEqual(headline(t), ['Pelaku Penipuan Online Jaringan Internasional', 'Ahmad Luthfiansyah']);
    });

    it('gives "…, Pengacara: …" to the counsel the body introduces as "kuasa hukumnya" or "pengacara" (speakers46, d312)', () => {
      const t = 'Atlet Voli Diperiksa soal Judi Online, Pengacara: Klien Kami Hanya Korban\n\n' +
        'Atlet voli Sarah Anindita diperiksa penyidik selama enam jam. Kuasa hukumnya, Leonardus Simanjuntak, mengatakan kliennya tidak pernah bertaruh.';
      assert.deepEqual(headline(t), ['Klien Kami Hanya Korban', 'Leonardus Simanjuntak']);
      const u = 'Pengacara: Terdakwa Siap Kembalikan Uang\n\nPengacara terdakwa, Yohanes Bria, menyebut kliennya sudah menjual rumah.';
      assert.deepEqual(headline(u), ['Terdakwa Siap Kembalikan Uang', 'Yohanes Bria']);
      // (nobody introduced as counsel: no speaker)
      const v = 'Atlet Voli Diperiksa, Pengacara: Klien Kami Hanya Korban\n\nAtlet voli Sarah Anindita diperiksa penyidik selama enam jam.';
      assert.equal(headline(v), undefined);
    });

    it('gives "Laporan <body>: …" to the body whose report it is (speakers46, d309)', () => {
      const t = 'Laporan Yayasan Pelita Pesisir Nusantara: 3 dari 10 Nelayan Tak Punya Asuransi\n\n' +
        'Yayasan Pelita Pesisir Nusantara merilis laporan tentang nelayan kecil di Sulawesi Tenggara, Senin.';
      assert.deepEqual(headline(t), ['3 dari 10 Nelayan Tak Punya Asuransi', 'Yayasan Pelita Pesisir Nusantara']);
      // (a report of nobody the text names, or whose words are more than the author: no speaker)
      const u = 'Laporan Tahunan: Laba Perusahaan Naik\n\nPerusahaan itu membukukan laba Rp 2 triliun.';
      assert.equal(headline(u), undefined);
      const w = 'Laporan Khusus Banjir Bekasi: Warga Bertahan di Atap\n\nBanjir merendam Bekasi sejak Senin.';
      assert.equal(headline(w), undefined);
    });

    it('gives no speaker to a role several people share ("Analis:")', () => {
      const t = 'IHSG Merosot 1,8 Persen, Analis: Investor Asing Masih Akan Melepas Saham\n\n' +
        'Analis Graha Laba Sekuritas Yudistira Wahab memperkirakan aksi jual belum selesai.';
      assert.equal(headline(t), undefined);
    });
  });

  describe('a content clause whose subject a demonstrative closes (reported/demonstrative-subject.ts)', () => {
    const opens = (c: string): boolean => demonstrativeSubject(c, 0, c.length);

    it('reads a noun phrase, its demonstrative and a nominal or adjectival predicate as a clause', () => {
      assert.equal(opens('gol itu hasil latihan bola mati'), true);
      assert.equal(opens('rencana kenaikan tarif tersebut keliru sejak awal'), true);
    });

    it('reads a demonstrative before a preposition, a conjunction or nothing as closing a noun object', () => {
      assert.equal(opens('kesalahan itu kepada wartawan'), false);
      assert.equal(opens('serangan itu lewat serangkaian pesan'), false);
      assert.equal(opens('keputusan itu'), false);
      assert.equal(opens('itu hasil latihan'), false);
      assert.equal(opens('pemain yang cedera itu pulih'), false);
    });

    it('finds "X, yang …, menyebut gol itu hasil …" as X\'s statement', () => {
      const t = 'Yoga Pratama, yang membuka skor lewat tendangan bebas, menyebut gol itu buah latihan khusus selama sepekan.';
      assert.deepEqual(statements(t), [['gol itu buah latihan khusus selama sepekan', 'Yoga Pratama']]);
    });
  });

  describe('a description pointing past a person named as an object (oblique-title.ts)', () => {
    it('reads a title after a preposition or a verb of defeat as introducing an object', () => {
      const t = 'Ia unggul atas pembalap Kazakhstan Ilya Dubrovin. Pembalap Iran Reza Karimi menang.';
      assert.equal(obliqueTitle(t, t.indexOf('pembalap')), true);
      assert.equal(obliqueTitle(t, t.indexOf('Pembalap')), false);
    });

    it('gives "kata pembalap … itu" to the winner, not to the rider he beat, named last', () => {
      const t = [
        'Pembalap Iran Reza Karimi memenangi etape ketiga. Ia unggul 38 detik atas pembalap Kazakhstan Ilya Dubrovin.',
        '"Saya ikut lomba ini demi etape ini saja," kata pembalap tim Pars Velo itu setelah finis.',
      ].join('\n');
      assert.deepEqual(speakers(t), ['Reza Karimi']);
    });

    it('still gives the description to a person named as an object when no one else has the title', () => {
      const t = [
        'Tim itu menang 2-1 dengan pelatih baru Hendri Susilo Putra.',
        '"Kami bekerja keras sepanjang pekan," kata pelatih itu.',
      ].join('\n');
      assert.deepEqual(speakers(t), ['Hendri Susilo Putra']);
    });
  });

  describe('a passive introduction with any short qualifier (passive-speaker.ts, apposed-speaker.ts)', () => {
    it('reads a one-word name in apposition closing its sentence, not one in a list of places', () => {
      const t = 'Hal itu dibenarkan Ketua Paguyuban Pedagang, Mulyono. Pidato di Kompleks Parlemen, Senayan, Jakarta.';
      assert.equal(apposedAtClauseEnd(t, t.indexOf('Mulyono'), t.indexOf('Mulyono') + 7), true);
      assert.equal(apposedAtClauseEnd(t, t.indexOf('Senayan'), t.indexOf('Senayan') + 7), false);
    });

    it('gives "Ia mengatakan …" after "Hal itu juga dibenarkan <title>, <one-word name>." to that name', () => {
      const t = [
        'Kepala Dinas Perdagangan Kota Semarang, Fajar Purwoto, mengatakan kenaikan dipicu gagal panen di Temanggung.',
        'Hal itu juga dibenarkan Ketua Paguyuban Pedagang Pasar Johar, Mulyono. Ia mengatakan harga mulai turun pada Rabu pagi.',
      ].join('\n');
      assert.deepEqual(statements(t)[1], ['harga mulai turun pada Rabu pagi', 'Mulyono']);
    });

    it('gives the "katanya" after "Pandangan yang lebih berhati-hati diutarakan oleh <title>, <name>." to that name', () => {
      const t = 'Pandangan yang lebih berhati-hati diutarakan oleh Kepala Riset Cakra Modal Utama, Laras Widyaningrum. ' +
        'Pemodal lebih baik menahan diri sampai laporan tahunan terbit, katanya.';
      assert.deepEqual(statements(t), [['Pemodal lebih baik menahan diri sampai laporan tahunan terbit', 'Laras Widyaningrum']]);
    });
  });

  describe('a bare office title after a quote\'s cue (title-subject.ts)', () => {
    it('reads the title after the cue, and writes a short title out', () => {
      const p = '"Logistik cukup," ucap Kalak BPBD di posko.';
      const from = p.indexOf('Kalak') - 1;
      assert.equal(titleAfterCue(p, from, p.indexOf(' di posko'), []), 'kalak bpbd');
      assert.equal(longFormOf('kalak bpbd'), 'kepala pelaksana bpbd');
      assert.equal(longFormOf('bupati'), undefined);
      assert.equal(longFormOf('dirreskrimsus'), 'direktur reserse kriminal khusus');
      // the mayor's title as actors/mayor-title.ts spells it
      assert.equal(longFormOf('walikota tegal'), 'wali kota tegal');
      assert.equal(longFormOf('wawali'), 'wakil wali kota');
    });

    it('gives "kata Bupati" and "ucap Kalak BPBD" to the regent and the agency head the article named', () => {
      const t = [
        'Bupati Bekasi Dani Ramdan meninjau lokasi banjir. Ia didampingi Kepala Pelaksana BPBD Kabupaten Bekasi Muhammad Said.',
        '"Kami minta warga tidak kembali ke rumah sebelum air surut," kata Bupati.',
        'Warga, Susi Handayani, mengaku sudah tiga kali kebanjiran. "Capek," tuturnya.',
        '"Logistik cukup untuk satu minggu," ucap Kalak BPBD.',
      ].join('\n');
      assert.deepEqual(speakers(t), ['Dani Ramdan', 'Susi Handayani', 'Muhammad Said']);
    });
  });

  describe('a reporting verb in a relative clause about a name (relative-verb.ts)', () => {
    it('reads "yang (adverbs) <verb>" as the relative clause\'s own verb, not "yang juga Ketua …"', () => {
      const p = ', yang sebelumnya menyebut angka itu; , yang juga Ketua Partai, mengatakan';
      assert.equal(relativeClauseVerb(p, p.indexOf('yang') + 4), true);
      assert.equal(relativeClauseVerb(p, p.lastIndexOf('yang') + 4), false);
    });

    it('keeps the floor with the minister when a governor is named in a relative clause in between', () => {
      const t = [
        'Menteri Keuangan Purbaya Yudhi Sadewa membantah kabar bahwa dana transfer ke daerah akan dipangkas.',
        '"Tidak ada pemotongan lagi," kata Purbaya di Jakarta.',
        'Pernyataan itu menanggapi keluhan sejumlah kepala daerah, termasuk Gubernur Jawa Barat Dedi Mulyadi, yang sebelumnya menyebut anggaran provinsinya berkurang Rp2 triliun.',
        '"Kalau ada daerah yang kesulitan, silakan datang ke Kementerian Keuangan," ujarnya.',
      ].join('\n');
      assert.deepEqual(speakers(t), ['Purbaya Yudhi Sadewa', 'Purbaya Yudhi Sadewa']);
      assert.deepEqual(statements(t)[1], ['anggaran provinsinya berkurang Rp2 triliun', 'Dedi Mulyadi']);
    });
  });
});
