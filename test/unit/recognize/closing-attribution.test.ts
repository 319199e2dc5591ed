import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { closingAttributionText, tookSpeakerFromAfter } from '../../../src/core/recognize/closing-attribution';

// Written for these tests (not from any real article). A quote whose speaker the attribution
// AFTER it names (a run of posts closed by one attribution, "“A.” “B,” kata X.") has the
// cue `closing`; one continuing the quote before keeps `continuation` (docs/formats.md).
const POSTS = [
  'Harga cabai di Pasar Kosambi melonjak pekan ini.',
  '“Harga cabai naik lagi hari ini.”',
  '“Pedagang di pasar mengeluh sepi.”',
  '“Semoga pemerintah turun tangan,” cuit Bima Santoso lewat akun X miliknya.',
].join('\n\n');
const ONE_PARAGRAPH = 'Darto Wibowo datang ke pasar pagi itu. “Harga naik terus.” “Kami tidak sanggup lagi,” kata Darto.';
const FORWARD = 'Darto Wibowo datang ke pasar pagi itu.\n\n“Harga naik terus,” kata Darto.\n\n“Kami tidak sanggup lagi.”';

const rows = (text: string) => analyze(text).quotes.map((q) => [q.text, q.speaker, q.cue]);

describe('closing attribution: quotes given the speaker of the attribution after them (closing-attribution.ts)', () => {
  it('a run of posts across paragraphs closed by one attribution: the earlier posts are `closing`', () => {
    assert.deepEqual(rows(POSTS), [
      ['“Harga cabai naik lagi hari ini.”', 'Bima Santoso', 'closing'],
      ['“Pedagang di pasar mengeluh sepi.”', 'Bima Santoso', 'closing'],
      ['“Semoga pemerintah turun tangan,”', 'Bima Santoso', 'cuit'],
    ]);
  });

  it('"“A.” “B,” kata X." in one paragraph: the first is `closing`, not the second\'s word', () => {
    assert.deepEqual(rows(ONE_PARAGRAPH), [
      ['“Harga naik terus.”', 'Darto Wibowo', 'closing'],
      ['“Kami tidak sanggup lagi,”', 'Darto Wibowo', 'kata'],
    ]);
  });

  it('a quote continuing the one before keeps `continuation`; a quote with its own word keeps it', () => {
    assert.deepEqual(rows(FORWARD), [
      ['“Harga naik terus,”', 'Darto Wibowo', 'kata'],
      ['“Kami tidak sanggup lagi.”', 'Darto Wibowo', 'continuation'],
    ]);
    assert.deepEqual(rows('“Harga naik terus,” kata Darto Wibowo, “dan kami tidak sanggup lagi.”').map((r) => r[2]), ['kata', 'kata']);
  });

  it('says which attribution closed the run, as the text words it', () => {
    const posts = analyze(POSTS).quotes;
    assert.deepEqual(posts.map((_, i) => closingAttributionText(POSTS, posts, i)), ['cuit Bima Santoso', 'cuit Bima Santoso', undefined]);
    const one = analyze(ONE_PARAGRAPH).quotes;
    assert.equal(closingAttributionText(ONE_PARAGRAPH, one, 0), 'kata Darto');
    // "“A.” “B,” katanya.": the closing cue points back; its word alone
    const back = 'Darto Wibowo datang ke pasar pagi itu. “Harga naik terus.” “Kami tidak sanggup lagi,” katanya.';
    const backQuotes = analyze(back).quotes;
    assert.deepEqual(backQuotes.map((q) => [q.speaker, q.cue]), [['Darto Wibowo', 'closing'], ['Darto Wibowo', 'katanya']]);
    assert.equal(closingAttributionText(back, backQuotes, 0), 'katanya');
  });

  it('only `closing` counts as taken from after; a statement never is', () => {
    assert.equal(tookSpeakerFromAfter({ cue: 'closing' }), true);
    for (const cue of ['continuation', 'kata', 'mengatakan', undefined]) assert.equal(tookSpeakerFromAfter({ cue }), false, String(cue));
  });
});

describe('closing attribution: a multi-paragraph quote continuing the quote before is no closing run', () => {
  it('open paragraphs whose last paragraph only continues the quote before keep `continuation`', () => {
    const text = [
      'Kementerian Perdagangan Republik Indonesia merilis pernyataan soal harga beras.',
      '“Harga beras medium di tingkat konsumen turun tipis minggu ini,” tulis kementerian itu.',
      '“Stok di gudang Bulog cukup sampai akhir tahun.',
      '“Pemerintah meminta warga tidak memborong beras.”',
    ].join('\n\n');
    const quotes = analyze(text).quotes;
    // (whoever the speaker, neither the open paragraph nor the one closing it was named
    // after them)
    assert.ok(quotes.length >= 2, JSON.stringify(quotes));
    assert.ok(quotes.every((q) => q.cue !== 'closing'), JSON.stringify(quotes.map((q) => [q.text, q.speaker, q.cue])));
  });
});
