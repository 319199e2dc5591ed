import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MarkupError, parseMarkupBody, parseMarkupFile, renderMarkup } from '../../../eval/markup';

describe('eval markup', () => {
  it('turns mentions and quotes into plain text with exact offsets', () => {
    const r = parseMarkupBody('Juru bicara [Kremlin](ORG) [Peskov](PER|Dmitry Peskov) berkata {“Tidak, kata [Putin](PER|Vladimir Putin)”}(Q|Dmitry Peskov).');
    assert.equal(r.text, 'Juru bicara Kremlin Peskov berkata “Tidak, kata Putin”.');
    assert.deepEqual(r.actors, [
      { start: 12, end: 19, text: 'Kremlin', type: 'ORG', canonical: 'Kremlin' },
      { start: 20, end: 26, text: 'Peskov', type: 'PER', canonical: 'Dmitry Peskov' },
      { start: 48, end: 53, text: 'Putin', type: 'PER', canonical: 'Vladimir Putin' },
    ]);
    assert.deepEqual(r.quotes, [{ start: 35, end: 54, text: '“Tidak, kata Putin”', speaker: 'Dmitry Peskov' }]);
  });

  it('keeps parentheses in canonical names and reads (Q) as an unknown speaker', () => {
    const r = parseMarkupBody('[Kemlu Rusia](ORG|Ministry of Foreign Affairs (Russia)) {"ya"}(Q)');
    assert.equal(r.actors[0].canonical, 'Ministry of Foreign Affairs (Russia)');
    assert.equal(r.quotes[0].speaker, null);
  });

  it('cuts clitics and splits hyphenated pairs as written', () => {
    const r = parseMarkupBody('[Putin](PER|Vladimir Putin)lah, [Rusia](GPE|Russia)-[Ukraina](GPE|Ukraine)');
    assert.equal(r.text, 'Putinlah, Rusia-Ukraina');
    assert.deepEqual(r.actors.map((a) => a.text), ['Putin', 'Rusia', 'Ukraina']);
  });

  it('counts offsets in UTF-16 code units (emoji take two)', () => {
    const r = parseMarkupBody('🇺🇦 [Kyiv](GPE)');
    assert.deepEqual([r.actors[0].start, r.actors[0].end], [5, 9]);
    assert.equal(r.text.slice(5, 9), 'Kyiv');
  });

  it('unescapes literal brackets and braces', () => {
    const r = parseMarkupBody('\\[di [Rusia](GPE|Russia)\\] \\{x\\} \\\\');
    assert.equal(r.text, '[di Rusia] {x} \\');
    assert.equal(r.actors[0].start, 4);
  });

  it('reports malformed markup with its line and column', () => {
    const cases: Array<[string, RegExp]> = [
      ['a\n[Rusia] b', /followed by \(TYPE\|canonical\).*line 2, column 1/],
      ['[Rusia](LOC|Russia)', /unknown actor type "LOC"/],
      ['{"a" {"b"}(Q)}(Q)', /quotes cannot nest/],
      ['[a [b](PER)](PER)', /mentions cannot nest/],
      ['x ] y', /unmatched "\]"/],
      ['[Rusia(GPE)', /unclosed markup/],
      ['[ Rusia](GPE)', /outer spaces/],
      ['{"a"}(PER|X)', /must be tagged \(Q\|speaker\)/],
      ['\\x', /backslash/],
    ];
    for (const [src, re] of cases) {
      assert.throws(() => parseMarkupBody(src), (e: unknown) => e instanceof MarkupError && re.test(e.message), src);
    }
  });

  it('reads the front matter and produces CRLF text when asked, with offsets into it', () => {
    const doc = parseMarkupFile('---\ntext: ../../samples/x.txt\neol: crlf\n---\nJudul\n[Moskow](GPE|Moscow) -\n');
    assert.equal(doc.textPath, '../../samples/x.txt');
    assert.equal(doc.text, 'Judul\r\nMoskow -\r\n');
    assert.equal(doc.actors[0].start, 7);
  });

  it('accepts a markup file saved with CRLF and a BOM', () => {
    const doc = parseMarkupFile('\uFEFF---\r\ntext: a.txt\r\n---\r\n[UE](ORG|European Union)\r\n');
    assert.equal(doc.text, 'UE\n');
    assert.equal(doc.eol, 'lf');
  });

  it('rejects a file without front matter or with a bad eol', () => {
    assert.throws(() => parseMarkupFile('Judul\n'), /missing front matter/);
    assert.throws(() => parseMarkupFile('---\ntext: a\neol: cr\n---\nx'), /eol must be lf or crlf/);
    assert.throws(() => parseMarkupFile('---\neol: lf\n---\nx'), /no "text:" path/);
  });

  it('renders annotations back to markup that parses to the same annotations', () => {
    const word = fc.stringMatching(/^[A-Za-z\u00C0-\u017F]{1,8}$/);
    const filler = fc.array(fc.constantFrom(' ', 'a', 'z', ',', '.', '[', ']', '{', '}', '\\', '(', ')', '|', '🇺🇦', '-'), { maxLength: 6 }).map((cs) => cs.join(''));
    fc.assert(fc.property(fc.array(fc.tuple(filler, word, fc.boolean()), { minLength: 1, maxLength: 8 }), filler, (parts, tail) => {
      let text = '';
      const actors = [];
      for (const [gap, w, isActor] of parts) {
        text += gap + ' ';
        if (isActor) actors.push({ start: text.length, end: text.length + w.length, text: w, type: 'PER' as const, canonical: w.toUpperCase() });
        text += w;
      }
      text += tail;
      const quotes = [{ start: 0, end: text.length, text, speaker: 'X' }];
      const back = parseMarkupBody(renderMarkup(text, actors, quotes));
      assert.equal(back.text, text);
      assert.deepEqual(back.actors, actors);
      assert.deepEqual(back.quotes, quotes);
    }));
  });

  it('reads reported statements with quotes and mentions inside, and renders them back', () => {
    const src = '[Peskov](PER|Dmitry Peskov) mengatakan ⟪[NATO](ORG) {“bermain api”}(Q|Dmitry Peskov) di timur⟫(R|Dmitry Peskov). ⟪Harga naik⟫(R), kata pedagang \\⟪x\\⟫.';
    const back = parseMarkupBody(src);
    assert.equal(back.text, 'Peskov mengatakan NATO “bermain api” di timur. Harga naik, kata pedagang ⟪x⟫.');
    assert.deepEqual(back.reported.map((r) => [r.text, r.speaker]), [['NATO “bermain api” di timur', 'Dmitry Peskov'], ['Harga naik', null]]);
    assert.deepEqual(back.quotes.map((q) => q.text), ['“bermain api”']);
    const again = parseMarkupBody(renderMarkup(back.text, back.actors, back.quotes, back.reported));
    assert.deepEqual(again, back);
  });

  it('scores reported statements only for articles whose front matter says so', () => {
    assert.deepEqual(parseMarkupFile('---\ntext: a.txt\nreported: yes\n---\n⟪Harga naik⟫(R|X), kata X.').reported?.map((r) => r.text), ['Harga naik']);
    assert.equal(parseMarkupFile('---\ntext: a.txt\n---\nHarga naik, kata X.').reported, undefined);
    assert.throws(() => parseMarkupFile('---\ntext: a.txt\n---\n⟪Harga naik⟫(R|X), kata X.'), /reported: yes/);
    assert.throws(() => parseMarkupBody('{“a ⟪b⟫(R)”}(Q)'), MarkupError);
    assert.throws(() => parseMarkupBody('⟪a ⟪b⟫(R) c⟫(R)'), /cannot nest/);
  });
});
