// The whole article read single-spaced (plain-spaces.ts): odd blanks anywhere in the text,
// not only inside the names the paragraph pass reads, change nothing but the offsets and
// surface texts, which are the article's as written. Every sentence was written for this test.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { createIncrementalAnalyzer } from '../../../src/core/recognize/incremental';
import type { AnalysisResult } from '../../../src/core/recognize/types';

/** The result with every offset and surface text left out: what must not depend on spacing. */
function meaning(r: AnalysisResult): unknown {
  return {
    actors: r.actors.map(({ type, canonical, entityId }) => ({ type, canonical, entityId })),
    quotes: r.quotes.map(({ speaker, cue }) => ({ speaker, cue })),
    reported: (r.reported ?? []).map(({ speaker, cue, attribution, quotes }) => ({ speaker, cue, attribution, quotes: quotes?.length })),
  };
}

/** Every span of the result slices `text` to what the result says it is. */
function assertSlices(text: string, r: AnalysisResult): void {
  for (const m of r.actors) assert.equal(text.slice(m.start, m.end), m.text);
  for (const q of r.quotes) {
    assert.equal(text.slice(q.start, q.end), q.text);
    if (q.speakerMention) assert.ok(r.actors.some((m) => m.start === q.speakerMention?.start && m.end === q.speakerMention.end), `speaker of ${q.text}`);
  }
  for (const s of r.reported ?? []) {
    assert.equal(text.slice(s.start, s.end), s.text);
    if (s.speakerMention) assert.ok(r.actors.some((m) => m.start === s.speakerMention?.start && m.end === s.speakerMention.end), `speaker of ${s.text}`);
    for (const q of s.quotes ?? []) assert.ok(r.quotes.some((x) => x.start === q.start && x.end === q.end));
  }
}

const ARTICLE = [
  'Surabaya (ANTARA) - Tim voli putri Surabaya Baja Perkasa menang 3-1 atas Jakarta Garuda Cakti di GOR Jatidiri, Semarang, Sabtu.',
  'Pelatih Baja Perkasa, Wahyu Setyo Nugroho, mengatakan timnya bermain lebih sabar pada set ketiga.',
  '"Kami tidak panik ketika tertinggal. Anak-anak tahu apa yang harus dilakukan," kata Wahyu.',
  'Direktur Utama PT Kilau Samudra Nusantara, Kevin Adiwangsa, menyebut sponsor akan menambah bonus bagi tim.',
  '"Bonus ini untuk semua pemain," tulis Kevin.',
].join('\n\n');

/** The article with every plain space between two words made `blank`. */
const withBlanks = (blank: string) => ARTICLE.replace(/(?<=\S) (?=\S)/g, blank);

describe('the article read single-spaced (plain-spaces.ts)', () => {
  const plain = analyze(ARTICLE);

  it('finds the clubs, the speakers and their statements in the article as usually spaced', () => {
    const names = plain.actors.map((m) => `${m.text}/${m.type}`);
    assert.ok(names.includes('Surabaya Baja Perkasa/ORG'));
    assert.ok(names.includes('Jakarta Garuda Cakti/ORG'));
    assert.deepEqual(plain.quotes.map((q) => q.speaker), ['Wahyu Setyo Nugroho', 'Kevin Adiwangsa']);
  });

  for (const [label, blank] of [['no-break spaces', '\u00a0'], ['two spaces', '  '], ['tabs', '\t'], ['a thin space and a space', '\u2009 ']] as const) {
    it(`${label} between every two words: the same findings, spans over the text as written`, () => {
      const odd = withBlanks(blank);
      const r = analyze(odd);
      assert.deepEqual(meaning(r), meaning(plain));
      assertSlices(odd, r);
      // Identities keep one plain space: "Kevin" is the Kevin Adiwangsa of the plain article.
      for (const m of r.actors) assert.doesNotMatch(m.canonical, /[\u00a0\t\u2009]| {2}/);
    });
  }

  it('invisible characters web pages leave inside words: a soft hyphen is left out, a zero-width space parts two words', () => {
    const odd = ARTICLE.replace('Nugroho', 'Nu\u00adgroho').replace('Kevin Adiwangsa,', 'Kevin\u200bAdiwangsa,').replace('Garuda', 'Ga\u200dru\u2060da');
    const r = analyze(odd);
    assert.deepEqual(meaning(r), meaning(plain));
    assertSlices(odd, r);
    assert.ok(r.actors.some((m) => m.text === 'Wahyu Setyo Nu\u00adgroho' && m.canonical === 'Wahyu Setyo Nugroho'));
    assert.ok(r.actors.some((m) => m.text === 'Kevin\u200bAdiwangsa' && m.canonical === 'Kevin Adiwangsa'));
  });

  it('the incremental analyzer gives what analyze gives, edit after edit', () => {
    const analyzer = createIncrementalAnalyzer();
    const odd = withBlanks('\u00a0');
    assert.deepEqual(analyzer.analyze(odd), analyze(odd));
    const edited = odd.replace('bermain\u00a0lebih\u00a0sabar', 'bermain  jauh lebih\u00a0sabar');
    assert.deepEqual(analyzer.analyze(edited), analyze(edited));
    assert.deepEqual(analyzer.analyze(ARTICLE), plain);
  });

  it('an article with only single plain spaces is read as it is', () => {
    assertSlices(ARTICLE, plain);
    assert.deepEqual(createIncrementalAnalyzer().analyze(ARTICLE), plain);
  });
});
