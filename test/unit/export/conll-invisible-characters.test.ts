// Issue 17, bug 3: CoNLL readers (NLTK's ConllCorpusReader) split lines with Python's
// str.splitlines() and columns with str.split(), so a line-break or whitespace control
// character that becomes a token breaks the whole file; invisible format characters
// (soft hyphen, zero-width space, ZWNJ, ZWJ, BOM) must neither split a word nor be tokens.
import assert from 'node:assert/strict';
import { exportAs } from '../../../src/core/export';
import { tokenize } from '../../../src/core/export/conll';
import type { ActorMention } from '../../../src/core/recognize/types';

/** What Python's str.splitlines() breaks on. */
// eslint-disable-next-line no-control-regex -- exactly the separators Python splits on
const PY_LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;
/** What Python's str.split() (no argument) splits on: str.isspace(). */
// eslint-disable-next-line no-control-regex -- exactly Python's whitespace
const PY_SPACE = /[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

const LINE_SEPARATORS = ['\u0085', '\u2028', '\u2029', '\v', '\f', '\x1c', '\x1d', '\x1e'];

function conllOf(text: string, actors: ActorMention[] = []): string {
  return exportAs('conll', { articles: [{ path: 'a.txt', text, annotations: [], actors }] }).files[0].contents;
}

/** The token column of every non-blank line, read as NLTK reads it. */
function tokensRead(conll: string): string[][] {
  const rows: string[][] = [];
  for (const line of conll.split(PY_LINE_BREAK)) {
    if (line.trim() === '') continue;
    rows.push(line.split(PY_SPACE).filter((c) => c !== ''));
  }
  return rows;
}

describe('CoNLL tokens and invisible characters (issue 17, bug 3)', () => {
  for (const sep of LINE_SEPARATORS) {
    const name = `U+${sep.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    it(`a line separator ${name} in the article is a sentence break, never a token line`, () => {
      const text = `Harga beras naik${sep}Menteri Budi Santoso membantah.`;
      const budi = text.indexOf('Budi');
      const out = conllOf(text, [{ start: budi, end: budi + 12, text: 'Budi Santoso', type: 'PER', canonical: 'Budi Santoso' }]);
      const rows = tokensRead(out);
      for (const r of rows) assert.equal(r.length, 4, `line ${JSON.stringify(r)} in ${JSON.stringify(out)}`);
      assert.deepEqual(rows.map((r) => r[0]), ['-DOCSTART-', 'Harga', 'beras', 'naik', 'Menteri', 'Budi', 'Santoso', 'membantah', '.']);
      // The separator ends the headline's sentence: a blank line follows "naik".
      const lines = out.split('\n');
      assert.equal(lines[lines.indexOf('naik -X- -X- O') + 1], '');
    });
  }

  it('a soft hyphen does not split a word, and is not part of the token', () => {
    const text = 'Kebijakan ekono\u00ADmi pemerin\u00ADtah.';
    assert.deepEqual(tokenize(text).map((t) => t.text), ['Kebijakan', 'ekonomi', 'pemerintah', '.']);
    // Offsets still index the article as written.
    const t = tokenize(text)[1];
    assert.equal(text.slice(t.start, t.end), 'ekono\u00ADmi');
  });

  it('zero-width space, word joiner and BOM are never tokens nor inside one', () => {
    for (const zw of ['\u200B', '\u2060', '\uFEFF']) {
      const text = `Harga${zw} beras ${zw}naik${zw}.`;
      assert.deepEqual(tokenize(text).map((t) => t.text), ['Harga', 'beras', 'naik', '.'], JSON.stringify(zw));
    }
    // Between two words a zero-width space separates them (it marks a word break).
    assert.deepEqual(tokenize('harga\u200Bberas').map((t) => t.text), ['harga', 'beras']);
  });

  it('a BOM inside a word joins it, as the recognizer reads it, and is left out of the token', () => {
    const text = 'Harga be\uFEFFras naik.';
    const t = tokenize(text);
    assert.deepEqual(t.map((x) => x.text), ['Harga', 'beras', 'naik', '.']);
    assert.equal(text.slice(t[1].start, t[1].end), 'be\uFEFFras');
  });

  it('ZWNJ and ZWJ never stand alone as tokens; inside a word they stay (they change its spelling in some scripts)', () => {
    assert.deepEqual(tokenize('naik \u200C turun \u200D .').map((t) => t.text), ['naik', 'turun', '.']);
    assert.deepEqual(tokenize('می\u200Cخواهم').map((t) => t.text), ['می\u200Cخواهم']);
    // An emoji ZWJ sequence is still one token.
    assert.deepEqual(tokenize('👨\u200D👩\u200D👧').map((t) => t.text), ['👨\u200D👩\u200D👧']);
  });

  it('no control or format character becomes a token of its own', () => {
    const text = 'a\u0001b \u0007 c\u200E d \u00AD e';
    for (const t of tokenize(text)) assert.doesNotMatch(t.text, /^[\p{Cc}\p{Cf}]+$/u, JSON.stringify(t.text));
  });

  it('a mention boundary next to an invisible character still tags exactly', () => {
    const text = 'Kata \u200BBudi\u00AD Santoso hari ini.';
    const start = text.indexOf('Budi');
    const end = text.indexOf(' hari');
    const rows = tokensRead(conllOf(text, [{ start, end, text: text.slice(start, end), type: 'PER', canonical: 'Budi Santoso' }]));
    assert.deepEqual(rows.slice(1).map((r) => `${r[0]} ${r[3]}`), ['Kata O', 'Budi B-PER', 'Santoso I-PER', 'hari O', 'ini O', '. O']);
  });
});
