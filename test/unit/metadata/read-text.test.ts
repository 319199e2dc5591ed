// Outlet and date readers on sentences written for these tests (none from a real article).
import assert from 'node:assert/strict';
import { choose, readOutlets, readTextMetadata } from '../../../src/core/metadata/read-text';
import type { MetadataReading } from '../../../src/core/metadata/types';

/** The value, the words it was read from, and the confidence of a field. */
function field(text: string, which: 'outlet' | 'date') {
  const r = readTextMetadata(text)[which];
  return r && { value: r.value, words: text.slice(r.start, r.end), confidence: r.confidence, reader: r.reader, ambiguous: r.ambiguous ?? false };
}

describe('metadata: outlet from the text', () => {
  it('reads "Jakarta (ANTARA) -" as ANTARA, from the word in the parentheses', () => {
    const text = 'Banjir Rendam Pasar Lama\nJakarta (ANTARA) - Hujan deras membuat pedagang menutup kios.';
    assert.deepEqual(field(text, 'outlet'), { value: 'ANTARA', words: 'ANTARA', confidence: 0.95, reader: 'dateline', ambiguous: false });
  });

  it('reads "LAMPUNG, KOMPAS.com -" as the listed outlet Kompas.com', () => {
    const text = 'LAMPUNG, KOMPAS.com - Petani kopi mengeluhkan harga pupuk.';
    assert.deepEqual(field(text, 'outlet'), { value: 'Kompas.com', words: 'KOMPAS.com', confidence: 0.95, reader: 'dateline', ambiguous: false });
  });

  it('keeps an unlisted site of a dateline ("BOGOR, Sorotan.id -") by its address, with less confidence', () => {
    const text = 'Sampah Menumpuk\n  BOGOR, Sorotan.id - Warga memprotes tumpukan sampah di pinggir jalan.';
    assert.deepEqual(field(text, 'outlet'), { value: 'sorotan.id', words: 'Sorotan.id', confidence: 0.85, reader: 'dateline', ambiguous: false });
  });

  it('reads an outlet before the place ("Liputan6.com, Jakarta -") and an outlet alone ("TEMPO.CO -")', () => {
    assert.equal(field('Liputan6.com, Jakarta - Harga cabai turun.', 'outlet')?.value, 'Liputan6.com');
    assert.equal(field('Judul\nTEMPO.CO - Harga cabai turun.', 'outlet')?.value, 'Tempo');
  });

  it('takes an unlisted name in a dateline\'s parentheses only weakly, and never a date there', () => {
    assert.deepEqual(field('Medan (Warta Deli) - Jalan rusak diperbaiki.', 'outlet'), { value: 'Warta Deli', words: 'Warta Deli', confidence: 0.6, reader: 'dateline', ambiguous: false });
    assert.equal(field('Medan (27/2) - Jalan rusak diperbaiki.', 'outlet'), undefined);
  });

  it('reads bylines: "Laporan wartawan …", a copyright line, "Sumber: …"', () => {
    assert.deepEqual(field('Judul\nLaporan wartawan Tribunnews.com, Dewi Lestari\nIsi berita.', 'outlet'), { value: 'Tribunnews.com', words: 'Tribunnews.com', confidence: 0.85, reader: 'byline', ambiguous: false });
    assert.equal(field('Isi berita.\n© 2024 Kompas.id. All rights reserved.', 'outlet')?.value, 'Kompas.id');
    assert.equal(field('Isi berita.\nSumber: Antara', 'outlet')?.value, 'ANTARA');
    // A source that is not an outlet says nothing about the outlet.
    assert.equal(field('Isi berita.\nSumber: Dinas Pertanian', 'outlet'), undefined);
  });

  it('reads a listed outlet\'s address in the body, weaker than a dateline, and an agency\'s weaker still', () => {
    assert.deepEqual(field('Dikutip dari www.tempo.co/read/123, harga naik.', 'outlet'), { value: 'Tempo', words: 'www.tempo.co', confidence: 0.5, reader: 'domain', ambiguous: false });
    assert.equal(field('Lihat lampung.tribunnews.com untuk foto.', 'outlet')?.value, 'Tribunnews.com');
    assert.equal(readOutlets('Data dari apnews.com dan bps.go.id.').map((r) => `${r.value} ${r.confidence}`).join(), 'AP 0.3');
    // Not an address of a listed outlet: another site ending in its letters, an e-mail address.
    assert.deepEqual(readOutlets('Lihat xkompas.com atau kirim ke redaksi@kompas.com.'), []);
    // The dateline wins over an address cited further down.
    assert.equal(field('Jakarta (ANTARA) - Menurut detik.com, harga naik.', 'outlet')?.value, 'ANTARA');
  });

  it('finds no outlet where the text names none (a headline with a dash, a title, a plain lede)', () => {
    assert.equal(field('Rusia - Ukraina Sepakat Berunding\nIsi berita tanpa sumber.', 'outlet'), undefined);
    assert.equal(field('Ketua RT, Pak Joko - yang baru terpilih - membuka rapat.', 'outlet'), undefined);
    assert.equal(field('', 'outlet'), undefined);
  });

  it('flags two datelines of different outlets as ambiguous and halves the confidence', () => {
    const text = 'Rangkuman\nJakarta (ANTARA) - Berita pertama.\n\nSurabaya, KOMPAS.com - Berita kedua.';
    assert.deepEqual(field(text, 'outlet'), { value: 'ANTARA', words: 'ANTARA', confidence: 0.48, reader: 'dateline', ambiguous: true });
    assert.deepEqual(readTextMetadata(text).outlets.map((r) => r.value), ['ANTARA', 'Kompas.com', 'Kompas.com']);
  });
});

describe('metadata: date from the text', () => {
  it('reads "Selasa (27/2/2024)" in the lede; the weekday fits, which adds confidence', () => {
    const text = 'Jakarta (ANTARA) - Hujan deras pada Selasa (27/2/2024) membuat pedagang menutup kios.';
    assert.deepEqual(field(text, 'date'), { value: '2024-02-27', words: 'Selasa (27/2/2024)', confidence: 0.9, reader: 'numeric-date', ambiguous: false });
  });

  it('reads "(27/2/2024)" without a weekday, and a two-digit year with less confidence', () => {
    assert.deepEqual(field('Bandung - Warga antre minyak goreng (27/2/2024).', 'date'), { value: '2024-02-27', words: '(27/2/2024)', confidence: 0.8, reader: 'numeric-date', ambiguous: false });
    assert.equal(field('Bandung - Warga antre (27/2/24).', 'date')?.confidence, 0.7);
  });

  it('takes a weekday that does not fit the date as a sign of a wrong date', () => {
    // 27 February 2024 was a Tuesday (Selasa), not a Thursday (Kamis).
    assert.deepEqual(field('Kamis (27/2/2024) hujan turun.', 'date'), { value: '2024-02-27', words: 'Kamis (27/2/2024)', confidence: 0.32, reader: 'numeric-date', ambiguous: false });
  });

  it('reads a timestamp line ("Selasa, 27 Februari 2024 10:15 WIB") as the page date, over a date in the body', () => {
    const text = 'Selasa, 27 Februari 2024 10:15 WIB\nPasar Baru Dibuka\nPasar ini dibangun sejak 17 Agustus 2023.';
    assert.deepEqual(field(text, 'date'), { value: '2024-02-27', words: 'Selasa, 27 Februari 2024', confidence: 0.95, reader: 'long-date', ambiguous: false });
    assert.deepEqual(readTextMetadata(text).dates.map((d) => [d.value, d.confidence]), [['2024-02-27', 0.95], ['2023-08-17', 0.5]]);
  });

  it('reads month names in Indonesian and English, full and short, and the old spellings', () => {
    const value = (s: string) => field(s, 'date')?.value;
    assert.equal(value('Diperbarui 3 Okt 2024'), '2024-10-03');
    assert.equal(value('Terbit 12 Pebruari 2023'), '2023-02-12');
    assert.equal(value('Published 5 March 2022'), '2022-03-05');
    assert.equal(value('Tanggal 30 Nopember 2021'), '2021-11-30');
    assert.equal(value('Update: 2024-02-27T10:15:00+07:00'), '2024-02-27');
    assert.equal(value('27/02/2024 10.15 WIB'), '2024-02-27');
  });

  it('reads no date from impossible days, missing years or numbers that are not dates', () => {
    assert.equal(field('Hujan turun (31/2/2024).', 'date'), undefined);
    assert.equal(field('Hujan turun Selasa (27/2).', 'date'), undefined);
    assert.equal(field('Skor akhir 2-1 pada babak 3/4 final, nomor 1234-56-78.', 'date'), undefined);
    assert.equal(field('Pada 30 Februari 2024 tidak ada apa-apa.', 'date'), undefined);
  });

  it('trusts a date far into the article less: it is more likely an event the story mentions', () => {
    const text = 'Judul\n' + 'Kalimat isi berita yang panjang. '.repeat(60) + 'Peristiwa itu terjadi pada 17 Agustus 2023 malam.';
    assert.equal(field(text, 'date')?.confidence, 0.3);
  });

  it('flags a page date and a lede day that differ by a day as ambiguous', () => {
    const text = '28 Februari 2024 08:00 WIB\nJakarta (ANTARA) - Banjir melanda, Selasa (27/2/2024).';
    const d = field(text, 'date');
    assert.equal(d?.ambiguous, true);
    assert.equal(d?.value, '2024-02-27');
  });
});

describe('metadata: choosing among readings', () => {
  const r = (value: string, confidence: number, start: number): MetadataReading => ({ value, confidence, start, end: start + 1, reader: 'dateline' });
  it('takes the most confident, the earliest on a tie, and flags a close rival of another value only', () => {
    assert.equal(choose([]), undefined);
    assert.deepEqual(choose([r('A', 0.5, 10), r('A', 0.5, 2)]), r('A', 0.5, 2));
    assert.deepEqual(choose([r('A', 0.9, 10), r('A', 0.85, 2)]), r('A', 0.9, 10));
    assert.deepEqual(choose([r('A', 0.9, 10), r('B', 0.7, 2)]), r('A', 0.9, 10));
    assert.deepEqual(choose([r('A', 0.9, 10), r('B', 0.8, 2)]), { ...r('A', 0.45, 10), ambiguous: true });
  });
});
