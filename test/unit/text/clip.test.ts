import assert from 'node:assert/strict';
import { quoteSnippet } from '../../../src/core/incremental/article-summary';
import { clip, clipLine, clipLineInMarks, headOf, wholeCharEnd } from '../../../src/core/text/clip';

/** Whether `s` holds half of a surrogate pair on its own. */
function hasLoneSurrogate(s: string): boolean {
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
}

describe('cutting text for display never splits a character (text/clip.ts)', () => {
  const EMOJI = '😀'; // two UTF-16 code units

  it('moves a cut that falls inside a surrogate pair back before it', () => {
    const s = `abc${EMOJI}def`;
    assert.equal(wholeCharEnd(s, 4), 3, 'between the halves of the emoji');
    assert.equal(wholeCharEnd(s, 3), 3);
    assert.equal(wholeCharEnd(s, 5), 5, 'after the whole emoji');
    assert.equal(wholeCharEnd(s, 99), s.length);
    assert.equal(wholeCharEnd(s, -1), 0);
    assert.equal(headOf(s, 4), 'abc');
    assert.equal(headOf(s, 5), `abc${EMOJI}`);
  });

  it('clips with an ellipsis within max units, at every length, without a lone half', () => {
    const s = `Warga ${EMOJI}${EMOJI} menyambut ${EMOJI} kedatangan presiden ${EMOJI}.`;
    for (let max = 2; max <= s.length + 1; max++) {
      const out = clip(s, max);
      assert.ok(out.length <= max, `${max}: ${out}`);
      assert.ok(!hasLoneSurrogate(out), `${max}: ${JSON.stringify(out)}`);
      assert.equal(out.endsWith('…'), s.length > max, `${max}`);
    }
    assert.equal(clip('pendek', 10), 'pendek');
    assert.equal(clipLine('  dua\n baris  ', 10), 'dua baris');
  });

  it('keeps whole characters in the quote snippets of the Articles view and hovers', () => {
    // one long word, so the character limit (not the word limit) cuts it, right inside the emoji
    const quote = `“${'a'.repeat(69)}${EMOJI}b kata”`;
    const snippet = quoteSnippet(quote);
    assert.ok(!hasLoneSurrogate(snippet), JSON.stringify(snippet));
    assert.equal(snippet, `${'a'.repeat(69)}…`);
  });

});

describe('a passage shown inside a title’s own quotation marks (workflow53)', () => {
  it('drops the marks the passage opens or closes with, keeps those inside, and clips', () => {
    assert.equal(clipLineInMarks('"Pasar   induk dibuka\r\nlagi besok,"', 40), 'Pasar induk dibuka lagi besok,');
    assert.equal(clipLineInMarks('“Kami siap,” kata kepala pasar', 40), 'Kami siap,” kata kepala pasar');
    assert.equal(clipLineInMarks('harga "wajar" menurut pedagang', 40), 'harga "wajar" menurut pedagang');
    assert.equal(clipLineInMarks('"Stok gula di gudang Bulog cukup sampai akhir tahun,"', 20), 'Stok gula di gudang…');
  });
});
