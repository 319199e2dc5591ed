import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { personTexts as people } from './helpers';

// speakers50: a capitalised common word glued onto the front of a person's full name (a
// title's field, "Manajer Personalia X Y"; the word after a body's initials, "GP Kosmetik X
// Y"; a group noun opening a list of people, "Trio X Y, …") made the speaker "Personalia X
// Y". The article names that person again by the word after it ("ujar X"), never by the
// glued word: the word is cut off (name-variants.ts trimNounBeforeKnownName).
const speakers = (text: string): (string | null | undefined)[] => analyze(text).quotes.map((q) => q.speaker);

describe('a common word glued before a full name the article names again by its given name', () => {
  it('a title\'s field word before the holder\'s name is not the holder\'s', () => {
    const text = 'Manajer Personalia Budi Hartanto mengakui gaji terlambat. "Kami akan membayar bulan depan," ujar Budi.';
    assert.deepEqual(speakers(text), ['Budi Hartanto']);
    assert.ok(people(text).includes('Budi Hartanto'));
  });
  it('the word after a body\'s initials before the holder\'s name is not the holder\'s', () => {
    const text = 'Ketua Umum GP Kosmetik Dewi Kartika menambahkan harga bahan naik.\n\n"Kami minta harga dikoreksi," ujar Dewi.';
    assert.deepEqual(speakers(text), ['Dewi Kartika']);
    // (the body named again with its initials: "GP Kosmetik" is no person's name)
    assert.deepEqual(speakers(`${text}\n\nTanya: Apa usulan GP Kosmetik?`), ['Dewi Kartika']);
  });
  it('a group noun opening a list of people is no word of the first name', () => {
    const text = 'Emas datang dari nomor beregu. Trio Sinta Wulandari, Rina Lestari, dan Ayu Permata unggul atas tim Bali.\n\n"Kami bermain sabar saja," kata Sinta.';
    assert.deepEqual(speakers(text), ['Sinta Wulandari']);
  });
  it('guards: a name part or a given name before the name the article uses stays in the name', () => {
    // (the courtesy table's name parts, and a word the model reads as a given name)
    assert.deepEqual(speakers('Anggota DPR Teuku Riefky Harsya meninjau sawah. "Stok aman," kata Riefky.'), ['Teuku Riefky Harsya']);
    assert.deepEqual(speakers('Menteri Pertanian Andi Amran Sulaiman meninjau sawah. "Stok aman," kata Amran.'), ['Andi Amran Sulaiman']);
    assert.deepEqual(speakers('Wakil Ketua Muhammad Hatta Rajasa hadir di rapat. "Kami setuju," kata Hatta.'), ['Muhammad Hatta Rajasa']);
    // (an initial after a body's initials; a role before a Balinese name; a Spanish name
    // named by its first surname after a country)
    assert.deepEqual(speakers('Ketua KPU M. Rizal Hakim menyebut data selesai. "Kami sudah cek," kata Rizal.'), ['M. Rizal Hakim']);
    assert.deepEqual(speakers('Terdakwa Gede Arya Wiratama mengaku lalai. "Saya salah," ujar Arya.'), ['Gede Arya Wiratama']);
    assert.deepEqual(speakers('Menteri Luar Negeri Peru Juan Morales Vega menolak tawaran itu. "Kami menunggu," kata Morales.'), ['Juan Morales Vega']);
    // (no evidence from the article: the person is never named again by the word after it)
    assert.deepEqual(people('Manajer Personalia Budi Hartanto mengakui gaji terlambat.'), ['Personalia Budi Hartanto']);
  });
  it('guard (review50): a short given name after a title opens the name, though people go by the next word', () => {
    // (birth-order and common first names: "Dwi", "Sri", "Putri", "Sekar"; a field is a longer noun)
    assert.deepEqual(speakers('Direktur Dwi Ayu Lestari membuka pameran. "Karya ini dijual," kata Ayu.'), ['Dwi Ayu Lestari']);
    assert.deepEqual(speakers('Direktur Sri Rahayu Ningsih menyebut laba naik. "Ekspor tumbuh," ujar Rahayu.'), ['Sri Rahayu Ningsih']);
    assert.deepEqual(speakers('Ketua Putri Ayu Kartika membuka acara. "Peserta banyak," kata Ayu.'), ['Putri Ayu Kartika']);
    assert.deepEqual(speakers('Manajer Sekar Wulan Anggraini mengecek stok. "Stok aman," kata Wulan.'), ['Sekar Wulan Anggraini']);
  });
});
