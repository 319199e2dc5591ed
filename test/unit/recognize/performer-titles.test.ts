// d343 (speakers47b): a performer's trade before a name ("Aktris X", "Komedian X",
// "Sutradara X") is a title outside the name, as "Pelatih X" or "Vokalis X" (lexicon.ts
// TITLE_HEADS); so is "Bung" before an unknown name (lexicon.ts TERMS_OF_ADDRESS). Glued, they
// became part of the speaker's name. Sentences written for this test, read with the built-in KB.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { linkedActors as linked } from './helpers';

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker ?? null);

describe('a performer\'s trade before a name is a title (lexicon.ts TITLE_HEADS)', () => {
  it('"Aktris", "Aktor", "Komedian", "Sutradara" stay outside the name', () => {
    assert.deepEqual(linked('Aktris Wulan Prameswari mengaku belum dibayar.'), ['Wulan Prameswari/PER/Wulan Prameswari']);
    assert.deepEqual(linked('Aktor Bayu Ardiansyah berperan sebagai polisi.'), ['Bayu Ardiansyah/PER/Bayu Ardiansyah']);
    assert.deepEqual(linked('Komedian Rina Mulyani tampil lagi.'), ['Rina Mulyani/PER/Rina Mulyani']);
    assert.deepEqual(linked('Sutradara Gilang Pranata menyiapkan film baru.'), ['Gilang Pranata/PER/Gilang Pranata']);
  });
  it('the quote goes to the name without the trade', () => {
    assert.deepEqual(speakers('"Saya sudah menunggu," kata aktris Wulan Prameswari.\n\n"Itu hak saya," ujar Aktris Wulan Prameswari.'), [
      'Wulan Prameswari', 'Wulan Prameswari',
    ]);
  });
  // Probes: the trade as a common noun, in a body's or a work's name, stays as it was.
  it('probes: no name after the trade, or the trade inside another name', () => {
    assert.deepEqual(linked('Para aktor dan penyanyi itu datang ke Jakarta.'), ['Jakarta/GPE/Jakarta']);
    assert.deepEqual(linked('Ia menonton film itu bersama sutradara dan aktris muda.'), []);
    assert.ok(linked('Persatuan Artis Film Indonesia (PARFI) menggelar rapat.').some((s) => s.startsWith('Persatuan Artis Film Indonesia/ORG')));
  });
});

describe('"Bung" before an unknown name is a term of address (lexicon.ts TERMS_OF_ADDRESS)', () => {
  it('"Bung Ramadhan Effendi" is Ramadhan Effendi', () => {
    assert.deepEqual(linked('Menurut Bung Fajar Nugraha, kasus itu sering terjadi.'), ['Fajar Nugraha/PER/Fajar Nugraha']);
  });
  it('probes: the founding fathers known by it keep their names', () => {
    assert.deepEqual(linked('Bung Karno membacakan teks proklamasi.'), ['Bung Karno/PER/Soekarno']);
  });
});
