import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CONTEXT_BEFORE, WindowedAnalyzer, commonPrefix, commonSuffix } from '../../../src/core/incremental/windowed-analyzer';
import { analyze } from '../../../src/core/recognize/analyze';
import { defaultKbIndex } from '../../../src/core/recognize/default-kb';
import type { AnalysisResult } from '../../../src/core/recognize/types';

// Invented articles: self-contained paragraphs, each short enough that a window of
// CONTEXT_BEFORE paragraphs holds every link the exact analysis makes.
const ARTICLE = [
  'Menteri Luar Negeri Rusia Sergey Lavrov bertemu mitranya di Moskow pada Senin.',
  '“Kami siap berunding kapan saja,” kata Lavrov kepada wartawan.',
  '',
  'Juru bicara Kremlin Dmitry Peskov menambahkan bahwa Rusia “tidak menutup pintu” bagi Ukraina.',
  '“Semua tergantung pada Kyiv,” ujarnya.',
  'Baca juga: Presiden Prancis Emmanuel Macron kunjungi Jakarta',
  'Menurut Lavrov, pertemuan berikutnya akan digelar di Jenewa bulan depan.',
  'Pembicaraan itu berjalan lancar dan terbuka, kata Peskov.',
].join('\n');

function key(r: AnalysisResult): string[] {
  return [
    ...r.actors.map((m) => `A ${m.start}-${m.end} ${m.type} ${m.canonical}`),
    ...r.quotes.map((q) => `Q ${q.start}-${q.end} ${q.speaker} ${q.speakerMention?.start ?? ''}`),
    ...(r.reported ?? []).map((s) => `R ${s.start}-${s.end} ${s.speaker} ${s.speakerMention?.start ?? ''} ${s.cue} ${s.attribution}`),
  ];
}

function settle(w: WindowedAnalyzer, text: string, focus = 0): void {
  let guard = 0;
  while (w.update(text, 50, focus)) if (++guard > 10_000) throw new Error('never settled');
}

describe('WindowedAnalyzer (large documents)', () => {
  const kb = defaultKbIndex();

  it('equals the exact analysis when every link fits in the window', () => {
    const text = Array.from({ length: 30 }, () => ARTICLE).join('\n\n');
    const w = new WindowedAnalyzer({ kb });
    settle(w, text);
    assert.deepEqual(key(w.result()), key(analyze(text)));
  });

  it('links with the KB as analyze() does: a bare regional body takes its region\'s identity', () => {
    // Steps of the link pass that need the KB (regional bodies, cities, role descriptions).
    const text = Array.from({ length: 20 }, () => 'Rapat paripurna DPRD Lamongan pada Senin berakhir tanpa keputusan.\nKetua DPRD menunda rapat hingga pekan depan.').join('\n\n');
    const w = new WindowedAnalyzer({ kb });
    settle(w, text);
    assert.deepEqual(key(w.result()), key(analyze(text)));
    assert.ok(w.result().actors.some((m) => m.text === 'DPRD' && m.canonical === 'Dewan Perwakilan Rakyat Daerah Kabupaten Lamongan'));
  });

  it('gives a large document the same reported statements as analyze(), fields and quoted fragments included', () => {
    // Over LARGE_DOCUMENT (150,000 units), the size the editor hands to this analyzer.
    const text = Array.from({ length: 400 }, () => ARTICLE).join('\n\n');
    assert.ok(text.length > 150_000);
    const w = new WindowedAnalyzer({ kb });
    settle(w, text);
    const exact = analyze(text).reported ?? [];
    assert.equal(exact.length, 400 * 3, 'three statements an article: "menambahkan bahwa", "Menurut Lavrov,", ", kata Peskov"');
    assert.deepEqual(w.result().reported, exact);
    assert.ok(exact.every((s) => s.text === text.slice(s.start, s.end)));
    assert.ok(exact.some((s) => s.quotes?.length === 1), 'a statement holding a quoted fragment keeps its link');
    const from = Math.floor(text.length / 2);
    assert.deepEqual(w.query(from, from + 500).reported, exact.filter((s) => s.end > from && s.start < from + 500));
  });

  it('after any edits: no stale span, sorted, and the same local findings as a fresh analysis', () => {
    // Links (weak names confirmed elsewhere, coreference) depend on which window a
    // paragraph was linked in, so they may differ from a fresh run; spans found inside one
    // paragraph (KB names, quotes) and their text must not.
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.nat(6), fc.constantFrom('x', ' Putin', '\n', '“', 'Kata Prabowo. ', '')), { minLength: 1, maxLength: 8 }),
        (edits) => {
          let text = Array.from({ length: 12 }, () => ARTICLE).join('\n');
          const live = new WindowedAnalyzer({ kb });
          settle(live, text);
          for (const [at, del, ins] of edits) {
            const pos = at % (text.length + 1);
            text = text.slice(0, pos) + ins + text.slice(Math.min(text.length, pos + del));
            settle(live, text, pos);
          }
          const r = live.result();
          for (const m of r.actors) assert.equal(m.text, text.slice(m.start, m.end), 'mention text matches the current text');
          for (const q of r.quotes) assert.equal(q.text, text.slice(q.start, q.end), 'quote text matches the current text');
          for (const s of r.reported ?? []) assert.equal(s.text, text.slice(s.start, s.end), 'statement text matches the current text');
          r.actors.forEach((m, i) => i > 0 && assert.ok(m.start >= r.actors[i - 1]!.end, 'sorted, non-overlapping'));
          const fresh = new WindowedAnalyzer({ kb });
          settle(fresh, text);
          const kbSpans = (x: AnalysisResult) => x.actors.filter((m) => m.entityId).map((m) => `${m.start}-${m.end} ${m.entityId}`);
          assert.deepEqual(kbSpans(r), kbSpans(fresh.result()));
          assert.deepEqual(r.quotes.map((q) => `${q.start}-${q.end}`), fresh.result().quotes.map((q) => `${q.start}-${q.end}`));
          // Statement spans are found in one paragraph; only their speaker may depend on the window.
          assert.deepEqual((r.reported ?? []).map((x) => `${x.start}-${x.end}`), (fresh.result().reported ?? []).map((x) => `${x.start}-${x.end}`));
          const from = Math.floor(text.length / 3);
          const to = from + 200;
          assert.deepEqual(key(live.query(from, to)), key({
            actors: r.actors.filter((m) => m.end > from && m.start < to),
            quotes: r.quotes.filter((q) => q.end > from && q.start < to),
            reported: (r.reported ?? []).filter((x) => x.end > from && x.start < to),
          }));
        },
      ),
      { numRuns: 40, seed: 7 },
    );
  });

  // Feeds deliver odd blanks inside names and sentences (a no-break space, two spaces, a
  // soft hyphen, a zero-width space). analyze() reads the article single-spaced; a large
  // document must read the same, or "Kementerian Luar Negeri Wahyu Setyo Nu\u00adgroho"
  // gave an organisation to the minister's name and "Wahyu" for the speaker.
  const ODD = [
    'Juru bicara Kementerian Luar Negeri Wahyu Setyo Nu\u00adgroho menerima tamu di Jakarta pada Senin.',
    '“Kami  menyambut baik usulan itu,” kata Wahyu kepada wartawan.',
    '',
    'Menteri Luar Negeri Rusia Sergey\u00a0Lavrov bertemu mitranya di\u00a0Moskow.',
    '“Kami siap berunding,” ujar Lavrov.\u200bPembicaraan berjalan  lancar, kata Wahyu.',
    'Juru bicara Kremlin Dmitry  Peskov menambahkan bahwa Rusia “tidak menutup pintu” bagi Ukraina.',
  ].join('\n');

  const full = (r: AnalysisResult): string[] => [
    ...key(r),
    ...r.actors.map((m) => `T ${m.start} ${m.text}`),
    ...r.quotes.map((q) => `T ${q.start} ${q.text}`),
    ...(r.reported ?? []).map((x) => `T ${x.start} ${x.text} ${x.quotes?.map((f) => `${f.start}-${f.end}`).join(',') ?? ''}`),
  ];

  function slicesAsWritten(r: AnalysisResult, text: string): void {
    for (const m of r.actors) assert.equal(m.text, text.slice(m.start, m.end));
    for (const q of r.quotes) assert.equal(q.text, text.slice(q.start, q.end));
    for (const x of r.reported ?? []) assert.equal(x.text, text.slice(x.start, x.end));
  }

  it('reads odd blanks as analyze() does: single-spaced, spans in the text as written', () => {
    const exact = analyze(ODD);
    const wahyu = exact.actors.find((m) => m.text.startsWith('Wahyu Setyo'));
    assert.equal(wahyu?.canonical, 'Wahyu Setyo Nugroho', 'the soft hyphen is read away');
    assert.equal(exact.quotes[0]?.speaker, 'Wahyu Setyo Nugroho');
    const w = new WindowedAnalyzer({ kb });
    settle(w, ODD);
    assert.deepEqual(full(w.result()), full(exact));
    slicesAsWritten(w.result(), ODD);
  });

  it('reads odd blanks as analyze() does in a large document, and after an edit next to one', () => {
    const text = Array.from({ length: 300 }, () => `${ODD}\n${ARTICLE}`).join('\n\n');
    assert.ok(text.length > 150_000);
    const w = new WindowedAnalyzer({ kb });
    settle(w, text);
    assert.deepEqual(full(w.result()), full(analyze(text)));
    slicesAsWritten(w.result(), text);
    // Type a no-break space into a name far down the document: the window around it is
    // read again, single-spaced, its line offsets moved.
    const at = text.lastIndexOf('Dmitry  Peskov') + 'Dmitry'.length;
    const edited = `${text.slice(0, at)}\u00a0${text.slice(at)}`;
    settle(w, edited, at);
    const fresh = new WindowedAnalyzer({ kb });
    settle(fresh, edited);
    assert.deepEqual(full(w.result()), full(fresh.result()));
    assert.deepEqual(full(w.result()), full(analyze(edited)));
    slicesAsWritten(w.result(), edited);
  });

  it('takes a line of invisible characters for a blank line, as analyze() does', () => {
    const text = `${ODD}\n\u00ad\u200b\n${ARTICLE}`;
    const w = new WindowedAnalyzer({ kb });
    settle(w, text);
    assert.deepEqual(full(w.result()), full(analyze(text)));
  });

  it('works within a time budget, nearest the focus first', () => {
    const text = Array.from({ length: 200 }, () => ARTICLE).join('\n');
    const w = new WindowedAnalyzer({ kb });
    const focus = Math.floor(text.length / 2);
    const more = w.update(text, 0, focus); // a zero budget still does one step
    assert.equal(more, true);
    const done = w.query(focus - 100, focus + 100);
    assert.ok(done.actors.length > 0, 'the focus region is analysed first');
    assert.equal(w.query(0, 200).actors.length, 0, 'far regions wait');
    settle(w, text, focus);
    assert.equal(w.pending, false);
    assert.ok(CONTEXT_BEFORE >= 8);
  });

  it('lists the lines holding each kind of finding', () => {
    const w = new WindowedAnalyzer({ kb });
    settle(w, ARTICLE);
    const lines = w.linesWith();
    assert.ok(lines.person.includes(0) && lines.quote.includes(1) && lines.quote.includes(4));
    assert.ok(!lines.person.includes(2), 'blank line');
    assert.deepEqual(lines.reported, [3, 6, 7], 'the lines holding reported statements, for the overview ruler');
  });

  it('commonPrefix / commonSuffix handle long and short strings', () => {
    const a = 'x'.repeat(5000) + 'abc' + 'y'.repeat(5000);
    const b = 'x'.repeat(5000) + 'aXc' + 'y'.repeat(5000);
    const p = commonPrefix(a, b);
    assert.equal(p, 5001);
    assert.equal(commonSuffix(a, b, p), 5001);
    assert.equal(commonSuffix('aa', 'aaa', commonPrefix('aa', 'aaa')), 0);
  });
});
