// Where the sentence holding an offset starts (sentence-end.ts sentenceStartBefore): one
// reading for every rule that looks back to its sentence's start (attribution.ts, the
// channel owner, a bracketed score, the narration subject), the same as where sentences
// end. Every sentence was written for this test.
import assert from 'node:assert/strict';
import { sentenceStartBefore } from '../../../src/core/recognize/sentence-end';
import { bracketedScoreAfter } from '../../../src/core/recognize/actors/bracketed-score';
import { lastSentenceStart } from '../../../src/core/recognize/narration-subject';
import type { QuoteSpan } from '../../../src/core/recognize/quote-marks';

/** The sentence holding the first `word` of `p`, from its start up to that word. */
const upTo = (p: string, word: string, floor = 0, spans?: readonly QuoteSpan[]) => {
  const at = p.indexOf(word);
  return p.slice(sentenceStartBefore(p, at, floor, spans), at);
};

describe('sentence starts (sentence-end.ts sentenceStartBefore)', () => {
  it('an abbreviated title, street, number or initial ends no sentence', () => {
    assert.equal(upTo('Hujan turun. Pasien dibawa ke dr. Rina Wati kemarin.', 'kemarin'), 'Pasien dibawa ke dr. Rina Wati ');
    assert.equal(upTo('Toko tutup. Kantornya di Jl. Kenanga No. 5 Bandung.', 'Bandung'), 'Kantornya di Jl. Kenanga No. 5 ');
    assert.equal(upTo('Ia datang. Dmitri S. Peskov menjawab.', 'menjawab'), 'Dmitri S. Peskov ');
  });

  it('a word, a number or an ellipsis before a space ends one; a decimal dot does not', () => {
    assert.equal(upTo('Jumlahnya naik 5. Harga turun.', 'turun'), 'Harga ');
    assert.equal(upTo('Inflasi 3.5 persen tahun ini.', 'tahun'), 'Inflasi 3.5 persen ');
    assert.equal(upTo('Ya... Kami menunggu.', 'menunggu'), 'Kami ');
    assert.equal(upTo('Siapa yang salah? Tidak ada! Semua diam.', 'diam'), 'Semua ');
  });

  it('a line break ends one, and the start is its first non-blank character', () => {
    assert.equal(upTo('Judul berita\n  Warga berkumpul di balai.', 'di balai'), 'Warga berkumpul ');
    assert.equal(upTo('  Warga berkumpul.', 'berkumpul'), 'Warga ');
  });

  it('a quote closing a sentence inside its marks ends one when a capital follows, not before its cue', () => {
    assert.equal(upTo('“Jalan itu rusak.” Seorang warga mengeluh.', 'mengeluh'), 'Seorang warga ');
    assert.equal(upTo('“Jalan itu rusak.” kata Rina sambil menunjuk.', 'sambil'), '“Jalan itu rusak.” kata Rina ');
  });

  it('with the quote spans (attribution.ts): a mark inside a quote ends none around it, a quote closed after an end ends one', () => {
    const p = 'Ia bilang “Kami siap. Tim lengkap.” lalu pergi. “Besok main.” “Kami datang,” kata Rina.';
    const spans: QuoteSpan[] = [];
    for (let k = p.indexOf('“'); k >= 0; k = p.indexOf('“', k + 1)) spans.push({ start: k, end: p.indexOf('”', k) + 1, unclosed: false });
    assert.equal(upTo(p, 'Tim', 0, spans), 'Ia bilang “Kami siap. ');
    // (the quote's cue is never inside its marks: whatever follows a closed quote that ends
    // a sentence, the quote attribution reads a new one)
    assert.equal(upTo(p, 'lalu', 0, spans), '');
    assert.equal(upTo(p, '“Kami datang', 0, spans), '');
    assert.equal(upTo(p, 'kata', 0, spans), '“Kami datang,” ');
  });

  it('looks back no further than its floor', () => {
    const p = 'Rapat dimulai pagi dan berlangsung lama sekali.';
    assert.equal(sentenceStartBefore(p, p.indexOf('sekali'), 20), 20);
  });
});

describe('rules reading their sentence start as sentence ends are read', () => {
  it('a standings word before "dr." still counts for the bracketed number (bracketed-score.ts)', () => {
    const p = 'Menurut klasemen yang disusun dr. Hadi, Tunas Harapan (43) memimpin.';
    assert.equal(bracketedScoreAfter(p, p.indexOf('Tunas')), true);
    // a standings word in the sentence before does not
    const q = 'Tim itu naik di klasemen. Kusnadi (43) mencetak gol.';
    assert.equal(bracketedScoreAfter(q, q.indexOf('Kusnadi')), false);
  });

  it('the last sentence of a paragraph starts past "dr." and "Jl." (narration-subject.ts)', () => {
    const p = 'Warga mengeluh. Rina Wati lalu dirujuk ke dr. Hadi di Jl. Kenanga.';
    assert.equal(p.slice(lastSentenceStart(p, 0, p.length)), 'Rina Wati lalu dirujuk ke dr. Hadi di Jl. Kenanga.');
  });
});
