import assert from 'node:assert/strict';
import { quotesWithTestKb, runWithTestKb } from './helpers';

describe('speakers', () => {
  it('cue after the quote: kata/ujar + name, with titles skipped', () => {
    assert.deepEqual(quotesWithTestKb('“Segala sesuatu mungkin,” kata Presiden Prancis Emmanuel Macron di Paris.'), ['“Segala sesuatu mungkin,” => Emmanuel Macron']);
  });
  it('anaphoric -nya cues take the last salient speaker', () => {
    const t = 'Juru bicara Kremlin, Dmitri S. Peskov, mengatakan intervensi itu berbahaya bagi Macron. “Kita perlu membicarakan hal lain,” katanya.';
    const [q] = runWithTestKb(t).quotes;
    assert.equal(q.speaker, 'Dmitry Peskov');
    assert.equal(q.cue, 'katanya');
    assert.equal(t.slice(q.speakerMention!.start, q.speakerMention!.end), 'Dmitri S. Peskov');
  });
  it('pronoun subjects ("Dia mengatakan") are anaphora', () => {
    const t = '“Segala sesuatu mungkin,” kata Macron. Dia mengatakan tujuannya adalah memastikan “Rusia tidak dapat menang.”';
    assert.deepEqual(quotesWithTestKb(t).map((q) => q.split(' => ')[1]), ['Emmanuel Macron', 'Emmanuel Macron']);
  });
  it('"X: …" and "menurut X" forms', () => {
    assert.deepEqual(quotesWithTestKb('Lavrov: “Kami tidak akan mundur dari sana.”'), ['“Kami tidak akan mundur dari sana.” => Sergey Lavrov']);
    assert.deepEqual(quotesWithTestKb('Menurut Peskov, “tidak ada pembicaraan sama sekali” soal itu.'), ['“tidak ada pembicaraan sama sekali” => Dmitry Peskov']);
  });
  it('an unattributed quote continues the previous speaker', () => {
    const t = '“Saya khawatir perang akan meluas,” kata Lavrov.\n“Tugas terpenting kami adalah mencegahnya setiap hari.”';
    const r = runWithTestKb(t);
    assert.deepEqual(r.quotes.map((q) => [q.speaker, q.cue]), [['Sergey Lavrov', 'kata'], ['Sergey Lavrov', 'continuation']]);
  });
  it('a fragment takes the subject of its reporting verb, not a later name', () => {
    assert.deepEqual(quotesWithTestKb('Lavrov mengatakan bahwa Putin “tahu bahwa ini satu untuk semua”.'), ['“tahu bahwa ini satu untuk semua” => Sergey Lavrov']);
  });
  it('an unnamed source gives no speaker', () => {
    assert.deepEqual(quotesWithTestKb('“Tidak ada yang salah dengan itu,” kata seorang pejabat senior kepada media.'), ['“Tidak ada yang salah dengan itu,” => null']);
  });
  it('an unknown speaker resolves to the fullest name in the article', () => {
    const t = 'Analis dari Universitas Padjadjaran, Raka Wicaksana, menilai situasi sulit. "Kedua pihak merasa bertahan," kata Raka.';
    assert.deepEqual(quotesWithTestKb(t), ['"Kedua pihak merasa bertahan," => Raka Wicaksana']);
  });
});
