// Issue 11 point 10: the headline is picked by rule, not taken from line 1. The openings
// below are written for these tests in the shape of Indonesian news pages (timestamps,
// captions, credits, outlet and dateline lines, ledes); none is copied from a corpus.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeText } from '../../../src/core/text/decode';
import { clipAtWord } from '../../../src/core/text/clip';
import { firstSentence, HEADLINE_MAX_CHARS, lineKind, pickHeadline, type LineKind } from '../../../src/core/text/headline';

const lines = (...l: string[]): string => l.join('\n');

describe('pickHeadline', () => {
  it('skips a timestamp above the headline', () => {
    const text = lines(
      'Senin, 12 Mei 2025 14:30 WIB',
      '',
      'Pemkot Bogor Tambah Armada Bus Listrik untuk Jalur Sekolah',
      '',
      'Bogor - Pemerintah Kota Bogor menambah sepuluh bus listrik untuk melayani rute antar-sekolah mulai bulan depan.',
    );
    assert.equal(pickHeadline(text), 'Pemkot Bogor Tambah Armada Bus Listrik untuk Jalur Sekolah');
  });

  it('skips a photo caption and its credit', () => {
    const text = lines(
      'Foto: Petugas memeriksa tanggul yang retak di tepi Sungai Citarum, Selasa (13/5/2025).',
      '(ANTARA/Rina Kusuma)',
      'Tanggul Citarum Retak, Warga Dayeuhkolot Diminta Waspada',
      'Bandung (ANTARA) - Badan Penanggulangan Bencana Daerah meminta warga di bantaran sungai bersiaga.',
    );
    assert.equal(pickHeadline(text), 'Tanggul Citarum Retak, Warga Dayeuhkolot Diminta Waspada');
  });

  it('skips reporter and editor credits and a slashed date', () => {
    const text = lines(
      'Reporter: Dimas Pratama',
      'Editor: Sari Wulandari',
      'Selasa, 13/05/2025 09:15 WIB',
      'DPRD Sleman Minta Dinas Pendidikan Evaluasi Sistem Zonasi',
    );
    assert.equal(pickHeadline(text), 'DPRD Sleman Minta Dinas Pendidikan Evaluasi Sistem Zonasi');
  });

  it('skips outlet and dateline-only lines and falls back to the first sentence of the lede', () => {
    const text = lines(
      'KOMPAS.com -',
      'Jakarta -',
      'Harga cabai rawit di Pasar Induk Kramat Jati melonjak menjadi Rp 95.000 per kilogram pada Selasa pagi. Pedagang menyebut pasokan dari Jawa Tengah berkurang karena hujan.',
    );
    assert.equal(pickHeadline(text), 'Harga cabai rawit di Pasar Induk Kramat Jati melonjak menjadi Rp 95.000 per kilogram pada Selasa pagi.');
  });

  it('takes the first sentence of a lede that opens with an agency dateline, without the dateline', () => {
    const text = 'Surabaya (ANTARA) - Dinas Perhubungan Kota Surabaya memberlakukan rekayasa lalu lintas di kawasan Tunjungan mulai Rabu malam. Kebijakan ini berlaku selama dua pekan.\nIsi berikutnya.';
    assert.equal(pickHeadline(text), 'Dinas Perhubungan Kota Surabaya memberlakukan rekayasa lalu lintas di kawasan Tunjungan mulai Rabu malam.');
    assert.equal(pickHeadline('MEDAN, KOMPAS.com - Wali Kota Medan meresmikan taman baca di Kelurahan Sei Sikambing.'), 'Wali Kota Medan meresmikan taman baca di Kelurahan Sei Sikambing.');
    assert.equal(pickHeadline('Jakarta, CNN Indonesia -- Bank Indonesia menahan suku bunga acuan. Keputusan itu diambil dalam rapat dewan gubernur.'), 'Bank Indonesia menahan suku bunga acuan.');
  });

  it('shortens a single very long lede line at a word boundary with an ellipsis', () => {
    const lede = 'Pemerintah Provinsi Nusa Tenggara Barat bersama dinas pertanian kabupaten dan kota di seluruh Pulau Lombok dan Pulau Sumbawa menyiapkan program ' +
      'bantuan benih jagung dan pupuk bersubsidi untuk lebih dari dua puluh ribu petani yang lahannya terdampak kemarau panjang sepanjang tahun ini';
    const h = pickHeadline(`\n\n   ${lede}\n`)!;
    assert.ok(Array.from(h).length <= HEADLINE_MAX_CHARS, h);
    assert.ok(h.endsWith('…'), h);
    const kept = h.slice(0, -1);
    assert.ok(lede.startsWith(kept), 'a prefix of the lede');
    assert.equal(lede[kept.length], ' ', 'cut at a word boundary');
    assert.ok(Array.from(h).length > HEADLINE_MAX_CHARS * 0.6, 'not cut needlessly short');
  });

  it('keeps a headline with a dash that is not a dateline, a question, or one in capitals', () => {
    assert.equal(pickHeadline('Rusia - Ukraina Sepakat Pertukaran Tawanan\nMoskow (ANTARA) - Isi.'), 'Rusia - Ukraina Sepakat Pertukaran Tawanan');
    assert.equal(pickHeadline('Mengapa Harga Beras Naik Saat Panen Raya?\nIsi.'), 'Mengapa Harga Beras Naik Saat Panen Raya?');
    assert.equal(pickHeadline('BNPB: 12 DESA TERENDAM BANJIR DI KABUPATEN BEKASI\nIsi.'), 'BNPB: 12 DESA TERENDAM BANJIR DI KABUPATEN BEKASI');
    assert.equal(pickHeadline('BANJIR RENDAM PEMUKIMAN\nIsi.'), 'BANJIR RENDAM PEMUKIMAN');
  });

  it('drops an outlet suffix from a page title', () => {
    assert.equal(pickHeadline('Harga Emas Antam Turun Lagi Hari Ini - Kompas.com\nIsi.'), 'Harga Emas Antam Turun Lagi Hari Ini');
    assert.equal(pickHeadline('Gempa Magnitudo 5,1 Guncang Cianjur | Liputan6.com\nIsi.'), 'Gempa Magnitudo 5,1 Guncang Cianjur');
  });

  it('skips breadcrumbs, section labels, bylines and ads; handles CRLF and blank lines', () => {
    const text = ['Home > Ekonomi > Bisnis', 'EKONOMI', '', 'Laporan Wartawan Tribunnews.com, Nurul Hidayah', 'ADVERTISEMENT', '  Ekspor Kopi Lampung Naik Dua Kali Lipat  ', 'Isi.'].join('\r\n');
    assert.equal(pickHeadline(text), 'Ekspor Kopi Lampung Naik Dua Kali Lipat');
  });

  it('does not end the first sentence at an initial or an abbreviation', () => {
    const lede = 'Rektor Dr. H. Ahmad Fauzi, S.H., M.Si. menyampaikan bahwa kampus menerima 300 mahasiswa baru jalur prestasi kemarin. Ia menambahkan kuota tahun depan sama. Lalu yang lain lagi ditambahkan di sini agar panjang.';
    assert.equal(firstSentence(lede), 'Rektor Dr. H. Ahmad Fauzi, S.H., M.Si. menyampaikan bahwa kampus menerima 300 mahasiswa baru jalur prestasi kemarin.');
    assert.equal(firstSentence('Menurut M. Yusuf, harga naik. Lainnya.'), 'Menurut M. Yusuf, harga naik.');
    assert.equal(firstSentence('"Kami tidak akan mundur," kata ketua serikat, Senin (12/5/2025). Ia menolak.'), '"Kami tidak akan mundur," kata ketua serikat, Senin (12/5/2025).');
    assert.equal(firstSentence('“Harga harus turun.” Begitu kata warga.'), '“Harga harus turun.”');
  });

  it('reads the titles the recognizer reads (text/abbreviations.ts), but not a lower-case "ibu."', () => {
    assert.equal(firstSentence('Klinik itu dipimpin drg. Sinta Maharani sejak Mei. Ia dokter gigi.'), 'Klinik itu dipimpin drg. Sinta Maharani sejak Mei.');
    assert.equal(firstSentence('Kapolda Irjen. Rudi Hartono meninjau pos. Lainnya menyusul.'), 'Kapolda Irjen. Rudi Hartono meninjau pos.');
    assert.equal(firstSentence('Ia pulang menemui ibu. Kemudian ia kembali.'), 'Ia pulang menemui ibu.');
  });

  it('falls back to the first non-empty line when the top is only furniture; undefined for a blank text', () => {
    assert.equal(pickHeadline('\n Foto: Ilustrasi gedung parlemen. (ANTARA/Nama Fotografer)\n'), 'Foto: Ilustrasi gedung parlemen. (ANTARA/Nama Fotografer)');
    assert.equal(pickHeadline(''), undefined);
    assert.equal(pickHeadline(' \r\n\t\n'), undefined);
  });

  it('collapses whitespace inside the headline', () => {
    assert.equal(pickHeadline('  Kremlin:\tperingatan   NATO \nisi'), 'Kremlin: peringatan NATO');
  });

  it('picks the first line of every sample article, which starts with its headline', () => {
    const dir = resolve(__dirname, '../../../samples');
    const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.txt'));
    assert.ok(files.length >= 10);
    for (const f of files) {
      const decoded = decodeText(readFileSync(join(f.parentPath, f.name)));
      assert.ok(decoded.ok);
      const firstLine = decoded.text.split(/\r?\n/).find((l) => l.trim() !== '')!.trim();
      assert.equal(pickHeadline(decoded.text), firstLine, f.name);
    }
  });
});

describe('lineKind', () => {
  const cases: Array<[string, LineKind]> = [
    ['Senin, 12 Mei 2025 14:30 WIB', 'timestamp'],
    ['Kamis, 15 Mei 2025 | 10:20 WIB', 'timestamp'],
    ['12 Mei 2025, 08.00 WIB', 'timestamp'],
    // every month spelling the date reader reads (text/calendar-words.ts MONTH_NUMBERS)
    ['Jumat, 16 Agust. 2024 09:30 WIB', 'timestamp'],
    // and every day spelling it reads (WEEKDAY_NUMBERS): "Jum’at" with a typographic apostrophe
    ['Jum’at, 16 Agustus 2024 09:30 WIB', 'timestamp'],
    ['Updated 3 Nop 2024 10:20', 'timestamp'],
    ['Diperbarui 3 jam lalu', 'timestamp'],
    ['2025-05-12T14:30:00+07:00', 'timestamp'],
    ['Rabu (14/5/2025)', 'timestamp'],
    ['Foto: Suasana rapat paripurna DPR di Senayan.', 'caption'],
    ['Ilustrasi. (Foto: Shutterstock)', 'caption'],
    ['(ANTARA/Nama Fotografer)', 'caption'],
    ['ANTARA FOTO/Nama Fotografer/wsj.', 'caption'],
    ['Warga antre minyak goreng di Pasar Senen. (KOMPAS.com/Nama Fotografer)', 'caption'],
    ['Reporter: Ayu Lestari', 'credit'],
    ['Editor : Bagus Santoso', 'credit'],
    ['Penulis: Tim Redaksi', 'credit'],
    ['Baca juga: Harga Minyak Goreng Turun di Tiga Provinsi', 'credit'],
    ['Laporan Wartawan Tribunnews.com, Nurul Hidayah', 'credit'],
    ['SCROLL TO CONTINUE WITH CONTENT', 'credit'],
    ['KOMPAS.com -', 'dateline'],
    ['KOMPAS.com', 'dateline'],
    ['Jakarta -', 'dateline'],
    ['JAKARTA, KOMPAS.com —', 'dateline'],
    ['Jakarta (ANTARA)', 'dateline'],
    ['Liputan6.com, Jakarta', 'dateline'],
    ['CNN Indonesia', 'dateline'],
    ['Internasional', 'label'],
    ['Ledakan di Gudang Amunisi, 3 Tewas', 'text'],
    ['Harga Beras Naik (Lagi)', 'text'],
    ['Sidang Ditunda Hingga Senin (19/5/2025)', 'text'],
    ['PRABOWO TEMUI PUTIN DI MOSKOW', 'text'],
    ['Dokumen Rahasia Bocor ke Publik', 'text'],
  ];
  for (const [line, kind] of cases) it(`${JSON.stringify(line)} is ${kind}`, () => assert.equal(lineKind(line), kind));
});

describe('clipAtWord (headlines)', () => {
  it('never splits an emoji or a flag into surrogate halves', () => {
    const h = clipAtWord('🇮🇩'.repeat(200), HEADLINE_MAX_CHARS);
    assert.ok(Array.from(h).length <= HEADLINE_MAX_CHARS);
    assert.ok(h.endsWith('…'));
    assert.ok(!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(h), 'no lone high surrogate');
  });

  it('leaves a short text alone and drops trailing punctuation before the ellipsis', () => {
    assert.equal(clipAtWord('Judul pendek', 20), 'Judul pendek');
    assert.equal(clipAtWord('Satu dua tiga, empat lima enam tujuh', 16), 'Satu dua tiga…');
  });
});
