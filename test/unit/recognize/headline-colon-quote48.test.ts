// Session 48 (names48): 'Budi Santoso: "Kami Tidak Takut"': a headline's quote after its colon,
// closing the line, is a quotation even when it is three or four words in Title Case, which
// elsewhere are a title or a coined name's ("Koalisi Pihak yang Bersedia") (attribution.ts,
// headline-colon-quote.ts). Own invented sentences.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const quotes = (t: string) => analyze(t).quotes.map((q) => `${t.slice(q.start, q.end)}<${q.speaker ?? ''}`);

describe('names48: a Title Case quote of a few words closing a headline after its colon', () => {
  it('is a quote', () => {
    const t = 'Budi Santoso: "Kami Tidak Takut"\n\nBudi Santoso, ketua kelompok tani, menolak tambang itu. "Kami tidak takut," kata Budi.';
    assert.deepEqual(quotes(t), ['"Kami Tidak Takut"<Budi Santoso', '"Kami tidak takut,"<Budi Santoso']);
    const u = 'Kapolres Soal Tawuran Pelajar: "Kami Tindak Tegas"\n\nKapolres Sleman AKBP Rina Wulandari mengatakan polisi akan menindak pelaku. "Kami tindak tegas," katanya.';
    assert.deepEqual(quotes(u).length, 2);
  });
  it('leaves titles and names in quotes alone', () => {
    assert.deepEqual(quotes('Film "Kami Tidak Takut" diputar di Jakarta.'), []);
    assert.deepEqual(quotes('Ia bergabung dengan "Koalisi Pihak yang Bersedia" tahun lalu.'), []);
    assert.deepEqual(quotes('Judul bukunya: "Laut Bercerita". Buku itu laris.'), []);
    // (a banner's words in a body sentence: review of session 48)
    assert.deepEqual(quotes('Warga membawa spanduk bertuliskan: "Tolak Tambang Pasir"\n\nAksi itu berlangsung damai.'), []);
  });
});

// Session 48 review (fix48a): a label naming a work or a slogan announces its title.
describe('fix48a: a headline label naming a work or a slogan', () => {
  it('makes the quoted title no quote', () => {
    assert.deepEqual(quotes('Film Terbaru Joko Anwar: "Pengepungan di Bukit Duri"\n\nFilm itu tayang pekan depan di bioskop.'), []);
    assert.deepEqual(quotes('Lagu Baru Raisa: "Bersama Selamanya"\n\nPenyanyi itu merilis lagu barunya pekan ini.'), []);
    assert.deepEqual(quotes('Hari Jadi Kabupaten Sleman Mengusung Tema: "Sleman Maju Bersama"\n\nPemkab Sleman menggelar upacara.'), []);
  });
  it('keeps the quote of a title holder or a topic', () => {
    assert.deepEqual(quotes('Sutradara Film Laut Biru: "Kami Tidak Menyangka"\n\nFilm itu ditonton sejuta orang.').length, 1);
    assert.deepEqual(quotes('Kapolres Soal Film Bajakan: "Kami Tindak Tegas"\n\nPolisi menyita ribuan keping cakram.').length, 1);
  });
});
