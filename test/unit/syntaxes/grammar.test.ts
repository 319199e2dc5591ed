// Tokenises invented article text with the real TextMate engine VS Code uses
// (vscode-textmate + Oniguruma WASM) and checks the scopes themes rely on.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { HEADLINE_MAX_CHARS, headlineGrammarMatch, isHeadlineLine, pickHeadline } from '../../../src/core/text/headline';

const root = join(__dirname, '..', '..', '..');
const requireFromHere = createRequire(__filename);

async function loadGrammar(): Promise<vsctm.IGrammar> {
  const wasm = readFileSync(requireFromHere.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) => {
      if (scopeName !== 'text.sorot-article') return null;
      const path = join(root, 'syntaxes', 'sorot-article.tmLanguage.json');
      return vsctm.parseRawGrammar(readFileSync(path, 'utf8'), path);
    },
  });
  const g = await registry.loadGrammar('text.sorot-article');
  if (!g) throw new Error('grammar did not load');
  return g;
}

/** [text, scopes] for every token of every line. */
function tokenize(grammar: vsctm.IGrammar, text: string): Array<{ line: number; text: string; scopes: string[] }> {
  const out: Array<{ line: number; text: string; scopes: string[] }> = [];
  let state = vsctm.INITIAL;
  text.split('\n').forEach((line, i) => {
    const r = grammar.tokenizeLine(line, state);
    for (const t of r.tokens) out.push({ line: i, text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    state = r.ruleStack;
  });
  return out;
}

function scopesOf(tokens: ReturnType<typeof tokenize>, text: string): string[] {
  const t = tokens.find((x) => x.text === text);
  assert.ok(t, `no token "${text}" in ${JSON.stringify(tokens.map((x) => x.text))}`);
  return t.scopes;
}

const ARTICLE = [
  'Menteri uji coba: anggaran desa naik tahun depan',
  'Surabaya (ANTARA) - Pemerintah kota mengumumkan rencana baru pada Rabu.',
  '“Kami akan mulai bulan depan,” kata Wali Kota Budi Santoso.',
  'Ia menyebut program itu "langkah awal" bagi warga, dengan kutipan ‘kecil’ di dalamnya.',
  'Baca juga: Warga menyambut rencana pembangunan pasar',
  'Bandung, Kompas.com - Paragraf dengan dateline gaya lain.',
  'Oleh: Siti Rahmawati',
  'Pewarta: Andi Pratama',
  'Editor: Dewi Lestari',
  'Copyright © ANTARA 2025',
].join('\n');

describe('sorot-article TextMate grammar', () => {
  let grammar: vsctm.IGrammar;
  let tokens: ReturnType<typeof tokenize>;
  before(async () => {
    grammar = await loadGrammar();
    tokens = tokenize(grammar, ARTICLE);
  });

  it('scopes the first line as the headline, and only the first line', () => {
    assert.ok(scopesOf(tokens, 'Menteri uji coba: anggaran desa naik tahun depan').includes('markup.bold.headline.sorot-article'));
    assert.ok(!tokens.some((t) => t.line > 0 && t.scopes.some((s) => s.startsWith('markup.bold.headline'))));
  });

  // Text copied from news sites often starts with the lede, or holds the whole article on
  // one line: bold from top to bottom, it read as one huge headline.
  it('does not take a lede paragraph or a whole one-line article for the headline', () => {
    const headline = (text: string) => tokenize(grammar, text).filter((t) => t.line === 0 && t.scopes.includes('markup.bold.headline.sorot-article')).map((t) => t.text).join('');
    const lede = 'Surabaya (ANTARA) - Pemerintah kota mengumumkan rencana baru pada Rabu.\nParagraf kedua.';
    assert.equal(headline(lede), '');
    assert.ok(scopesOf(tokenize(grammar, lede), 'Surabaya').includes('meta.dateline.place.sorot-article'), 'the dateline of a lede on the first line is still scoped');
    assert.equal(headline('Menteri menyatakan anggaran “naik tahun depan.”'), '');
    const oneLine = Array.from({ length: 12 }, (_, i) => `Kalimat ke-${i + 1} dari artikel contoh tentang anggaran desa`).join(', ');
    assert.ok(oneLine.length > 200);
    assert.equal(headline(oneLine), '', 'a first line longer than any headline');
    // Headlines: no full stop at the end, or an ellipsis, or a question; trailing blanks ignored.
    for (const h of ['Menteri uji coba: anggaran desa naik', 'Anggaran desa naik, lalu apa...', 'Siapa yang membayar subsidi?', 'Warga: "Kami belum diberi tahu"', 'Anggaran naik  ']) {
      assert.equal(headline(`${h}\nIsi artikel.`), h.trim(), h);
    }
  });

  // One headline rule for the editor and the Articles view (src/core/text/headline.ts):
  // the first line is bold exactly when the view reads it as a headline, not a lede (of a
  // lede the view shows the first sentence, which may be the whole line, but not bold).
  it('bolds the first line exactly when the Articles view reads it as a headline', () => {
    const raw = JSON.parse(readFileSync(join(root, 'syntaxes', 'sorot-article.tmLanguage.json'), 'utf8')) as { repository: { headline: { match: string } } };
    assert.equal(raw.repository.headline.match, headlineGrammarMatch(), 'the grammar\'s headline pattern is headline.ts\'s: copy headlineGrammarMatch() into it');
    const words = (n: number) => Array.from({ length: n }, (_, i) => `kata${i % 10}`).join(' ');
    const longest = `Anggaran ${words(40)}`.slice(0, HEADLINE_MAX_CHARS).trimEnd();
    const table: Array<[string, boolean]> = [
      ['Menteri uji coba: anggaran desa naik tahun depan', true],
      ['Pemerintah kota mengumumkan rencana baru pada Rabu.', false], // one sentence of prose: a lede
      ['Menteri menyatakan anggaran “naik tahun depan.”', false],
      ['Anggaran desa naik, lalu apa...', true],
      ['Siapa yang membayar subsidi?', true],
      ['Harga Beras Naik! Warga Antre di Pasar', true], // two sentences, no full stop at the end
      ['Warga: "Kami belum diberi tahu"', true],
      ['Rusia - Ukraina Sepakat Gencatan Senjata', true],
      ['Surabaya (ANTARA) - Pemerintah kota mengumumkan rencana baru pada Rabu.', false],
      [longest, true],
      [`${longest} lagi`, false], // over HEADLINE_MAX_CHARS
      [`Pemerintah kota ${words(20)} dan rencana baru yang diumumkan pada Rabu pekan ini tanpa titik`, false], // 157 characters
    ];
    for (const [line, isHeadline] of table) {
      const text = `${line}\nParagraf kedua artikel.`;
      const bold = tokenize(grammar, text).filter((t) => t.line === 0 && t.scopes.includes('markup.bold.headline.sorot-article')).map((t) => t.text).join('');
      assert.equal(bold === line, isHeadline, `grammar: ${line}`);
      assert.equal(bold === '' || bold === line, true, line);
      assert.equal(isHeadlineLine(line), isHeadline, `view: ${line}`);
      if (isHeadline) assert.equal(pickHeadline(text), line);
    }
  });

  it('scopes datelines: place and agency, in both styles', () => {
    assert.ok(scopesOf(tokens, 'Surabaya').includes('meta.dateline.place.sorot-article'));
    assert.ok(scopesOf(tokens, 'ANTARA').includes('constant.other.dateline.agency.sorot-article'));
    assert.ok(scopesOf(tokens, 'Bandung').includes('meta.dateline.place.sorot-article'));
    assert.ok(scopesOf(tokens, 'Kompas.com').includes('constant.other.dateline.agency.sorot-article'));
  });

  it('scopes curly, straight and nested single quotes, marks included', () => {
    assert.ok(scopesOf(tokens, 'Kami akan mulai bulan depan,').includes('meta.quote.double.curly.sorot-article'));
    assert.ok(scopesOf(tokens, '”').includes('punctuation.definition.quote.end.sorot-article'));
    assert.ok(scopesOf(tokens, 'langkah awal').includes('meta.quote.double.straight.sorot-article'));
    assert.ok(scopesOf(tokens, 'kecil').includes('meta.quote.single.curly.sorot-article'));
    assert.ok(!scopesOf(tokens, ' kata Wali Kota Budi Santoso.').some((s) => s.startsWith('meta.quote')));
  });

  it('closes an unterminated quote at the end of its paragraph', () => {
    const t = tokenize(grammar, 'Judul\n“Kalimat tanpa penutup\nParagraf berikutnya biasa.');
    assert.ok(scopesOf(t, 'Kalimat tanpa penutup').includes('meta.quote.double.curly.sorot-article'));
    assert.ok(!scopesOf(t, 'Paragraf berikutnya biasa.').some((s) => s.startsWith('meta.quote')));
  });

  it('scopes "Baca juga:" lines, bylines and credits', () => {
    assert.ok(scopesOf(tokens, 'Baca juga:').includes('markup.bold.see-also.sorot-article'));
    assert.ok(scopesOf(tokens, ' Warga menyambut rencana pembangunan pasar').includes('comment.line.see-also.sorot-article'));
    assert.ok(scopesOf(tokens, 'Siti Rahmawati').includes('comment.line.byline.sorot-article'));
    assert.ok(scopesOf(tokens, 'Pewarta').includes('markup.bold.credit-label.sorot-article'));
    assert.ok(scopesOf(tokens, 'Dewi Lestari').includes('comment.line.credit.sorot-article'));
    assert.ok(scopesOf(tokens, 'Copyright © ANTARA 2025').includes('comment.line.copyright.sorot-article'));
  });

  it('uses no scope a default theme paints red (prose is not code: red reads as an error)', () => {
    // 2026 Light/Dark colour `keyword` red and `entity.name` rust; Light/Dark (VS) colour
    // `string` dark red / salmon and `markup.heading` maroon.
    const red = ['string', 'keyword', 'entity.name', 'markup.heading', 'invalid', 'constant.character', 'constant.other.placeholder'];
    for (const t of tokens) {
      for (const s of t.scopes) assert.ok(!red.some((r) => s === r || s.startsWith(`${r}.`)), `${JSON.stringify(t.text)} has ${s}`);
    }
  });
});
