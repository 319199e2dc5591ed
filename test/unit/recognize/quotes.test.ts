import assert from 'node:assert/strict';
import { findQuoteSpans } from '../../../src/core/recognize/quote-marks';
import { quotesWithTestKb, runWithTestKb } from './helpers';

const spans = (p: string): string[] => findQuoteSpans(p).map((q) => p.slice(q.start, q.end));

describe('quotes: marks', () => {
  it('pairs every mark style, including mixed pairs', () => {
    assert.deepEqual(spans('“A b c,” kata X. "D e f," ujar Y. ‘G h i,’ tutur Z. “J k l," imbuh W.'), [
      '“A b c,”', '"D e f,"', '‘G h i,’', '“J k l,"',
    ]);
  });
  it('keeps only the outermost of nested quotes', () => {
    assert.deepEqual(spans('“Mereka berkata, ‘Jangan serang’, lalu pergi,” kata X.'), ['“Mereka berkata, ‘Jangan serang’, lalu pergi,”']);
  });
  it('ignores apostrophes inside words', () => {
    assert.deepEqual(spans("Pada Jum'at ia membaca Qur’an."), []);
  });
  it('an unbalanced opener never pairs across a later opener', () => {
    assert.deepEqual(spans('Ada “tanda rusak lalu “Kami siap bekerja sama,” kata X.'), ['“Kami siap bekerja sama,”']);
  });
  it('10,000 openers with no closer complete and produce no runaway quote', () => {
    const p = `Awal ${'“kata '.repeat(10_000)}akhir`;
    const out = findQuoteSpans(p);
    assert.ok(out.length <= 1);
    assert.ok(out.every((q) => q.end - q.start < 100));
    const r = runWithTestKb(`${p}\nParagraf berikut tetap utuh, kata Macron.`);
    assert.equal(r.quotes.length, 0);
    assert.deepEqual(r.actors.map((a) => a.text), ['Macron']);
  });
});

describe('quotes: what counts as a quote', () => {
  it('keeps speech and short fragments after a reporting verb', () => {
    assert.deepEqual(quotesWithTestKb('Macron mengatakan “tidak ada yang boleh dikecualikan”.'), ['“tidak ada yang boleh dikecualikan” => Emmanuel Macron']);
    assert.deepEqual(quotesWithTestKb('Kremlin mengatakan “sulit untuk memprediksi” situasi itu.'), ['“sulit untuk memprediksi” => Kremlin']);
  });
  it('drops scare quotes, coined names and words cited as words', () => {
    assert.deepEqual(quotesWithTestKb('Koalisi itu bernama "Koalisi Sukarela" dan rapatnya tertutup.'), []);
    assert.deepEqual(quotesWithTestKb('Para pendukung meneriakkan “Salam Metal” di jalan.'), []);
    assert.deepEqual(quotesWithTestKb("Ia memakai istilah 'uang koordinasi' di sidang."), []);
    assert.deepEqual(quotesWithTestKb('Drone itu disebut "buatan lokal" oleh media.'), []);
  });
  it('a quote split by an attribution is two quotes with the same speaker', () => {
    assert.deepEqual(quotesWithTestKb('“Kami tidak bisa menerima itu,” kata Peskov. “Itu garis merah bagi kami,” tambahnya.'), [
      '“Kami tidak bisa menerima itu,” => Dmitry Peskov', '“Itu garis merah bagi kami,” => Dmitry Peskov',
    ]);
  });
  it('a multi-paragraph quote is one quote per paragraph, with the closing speaker', () => {
    const t = '"Kita tidak boleh lagi bergantung pada impor pangan dari luar.\n"Bangsa ini harus berdiri di atas kaki sendiri," kata Macron.';
    assert.deepEqual(quotesWithTestKb(t), [
      '"Kita tidak boleh lagi bergantung pada impor pangan dari luar. => Emmanuel Macron',
      '"Bangsa ini harus berdiri di atas kaki sendiri," => Emmanuel Macron',
    ]);
  });
  it('a quote never crosses a paragraph break', () => {
    const r = runWithTestKb('Ia berkata “ini tidak pernah ditutup sama sekali dan terus\nParagraf baru” kata Lavrov.');
    for (const q of r.quotes) assert.ok(!q.text.includes('\n'));
  });
});
