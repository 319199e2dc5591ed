import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { exportAs } from '../../../src/core/export';
import { importJsonl } from '../../../src/core/export/jsonl-import';
import { codePointsToUtf16, utf16ToCodePoints } from '../../../src/core/export/offsets';
import { sanitizeRelativePath } from '../../../src/core/export/paths';
import type { ExportInput } from '../../../src/core/export/types';
import type { ActorMention, Quote } from '../../../src/core/recognize/types';
import { ARTICLE, claim, source, stance } from './fixtures';

function input(): ExportInput {
  const t = ARTICLE;
  const sri = t.indexOf('Sri Mulyani');
  const sri2 = t.indexOf('Sri Mulyani', sri + 1);
  const faisal = t.indexOf('Faisal Basri');
  const q = t.indexOf('"Kami');
  const qEnd = t.indexOf(',"') + 2;
  const actors: ActorMention[] = [
    { start: sri, end: sri + 11, text: 'Sri Mulyani', type: 'PER', canonical: 'Sri Mulyani Indrawati', entityId: 'sri-mulyani' },
    { start: sri2, end: sri2 + 11, text: 'Sri Mulyani', type: 'PER', canonical: 'Sri Mulyani Indrawati' },
    { start: faisal, end: faisal + 12, text: 'Faisal Basri', type: 'PER', canonical: 'Faisal Basri' },
    { start: t.indexOf('Jakarta,'), end: t.indexOf('Jakarta,') + 7, text: 'Jakarta', type: 'GPE', canonical: 'Jakarta' },
  ];
  const quotes: Quote[] = [{ start: q, end: qEnd, text: t.slice(q, qEnd), speaker: 'Sri Mulyani Indrawati', speakerMention: { start: sri2, end: sri2 + 11 }, cue: 'kata' }];
  return {
    articles: [
      {
        path: 'ekonomi/beras.txt',
        text: t,
        annotations: [
          claim(t, 'subsidi akan ditambah'),
          stance(t, 'menolak rencana itu', 'against', 'budi'),
          source(t, 'ANTARA', 'news agency'),
          // Crosses the CRLF inside the quote.
          claim(t, 'menambah\r\nsubsidi pupuk', 'budi'),
        ],
        actors,
        quotes,
      },
    ],
  };
}

describe('exporters', () => {
  it('converts UTF-16 offsets to code points around emoji and back', () => {
    const text = 'a😀b🇮🇩c';
    const toCp = utf16ToCodePoints(text);
    const toU = codePointsToUtf16(text);
    assert.deepEqual([0, 1, 3, 4, 8, 9].map(toCp), [0, 1, 2, 3, 5, 6]);
    assert.deepEqual([0, 1, 2, 3, 5, 6].map(toU), [0, 1, 3, 4, 8, 9]);
    assert.equal([...text].slice(toCp(4), toCp(8)).join(''), '🇮🇩');
  });

  it('sanitizes output paths so nothing escapes the export root', () => {
    assert.equal(sanitizeRelativePath('../../etc/passwd'), '__/__/etc/passwd');
    assert.equal(sanitizeRelativePath('/abs/a:b?.txt'), 'abs/a_b_.txt');
    assert.equal(sanitizeRelativePath('C:\\x\\con.txt'), 'C_/x/_con.txt');
  });

  describe('JSONL', () => {
    it('writes one canonical line per record with both offset units, and the exact text', () => {
      const { files } = exportAs('jsonl', input());
      assert.equal(files.length, 1);
      const lines = files[0].contents.trimEnd().split('\n').map((l) => JSON.parse(l));
      assert.equal(lines.length, 4 + 4 + 1);
      for (const r of lines) {
        assert.equal(ARTICLE.slice(r.start, r.end), r.exact);
        assert.equal([...ARTICLE].slice(r.codePointStart, r.codePointEnd).join(''), r.exact);
      }
      const s = lines.find((r) => r.kind === 'stance');
      assert.deepEqual(s.stance, { holder: 'Budi', target: 'subsidi', polarity: 'against', intensity: 2 });
      assert.equal(s.article, 'ekonomi/beras.txt');
    });

    it('round-trips byte for byte: export -> import -> export', () => {
      const first = exportAs('jsonl', input(), { includeActors: false, includeQuotes: false }).files[0].contents;
      const imported = importJsonl(first, { texts: new Map([['ekonomi/beras.txt', ARTICLE]]) });
      assert.deepEqual(imported.errors, []);
      const again = exportAs('jsonl', { articles: [...imported.articles].map(([path, annotations]) => ({ path, text: ARTICLE, annotations })) }).files[0].contents;
      assert.equal(again, first);
    });

    it('reports bad lines with their number and imports the rest', () => {
      const good = exportAs('jsonl', input(), { kinds: ['claim'], includeActors: false, includeQuotes: false }).files[0].contents.split('\n')[0];
      const bad = JSON.stringify({ ...JSON.parse(good), id: 'not-a-ulid' });
      const r = importJsonl(['{oops', good, bad, JSON.stringify({ ...JSON.parse(good), kind: 'actor' })].join('\n'));
      assert.equal(r.errors.length, 2);
      assert.match(r.errors[0], /^line 1: not valid JSON/);
      assert.match(r.errors[1], /^line 3: .*id/);
      assert.equal([...r.articles.values()].flat().length, 1);
      assert.deepEqual([...r.skipped], [['recognized actor and quote lines (recomputed from the text)', 1]]);
    });

    it('filters by kind, annotator and status', () => {
      const rows = (f: Parameters<typeof exportAs>[2]) => exportAs('jsonl', input(), { includeActors: false, includeQuotes: false, ...f }).files[0].contents.trimEnd().split('\n').filter(Boolean).length;
      assert.equal(rows({ kinds: ['claim'] }), 2);
      assert.equal(rows({ annotators: ['budi'] }), 2);
      assert.equal(rows({ statuses: ['suggested'] }), 1);
    });
  });

  describe('CSV', () => {
    it('writes a header and one row per record that csv-parse reads back, newlines included', () => {
      const { files } = exportAs('csv', input());
      const rows = parse(files[0].contents, { columns: true, record_delimiter: '\r\n' }) as Array<Record<string, string>>;
      assert.equal(rows.length, 9);
      const crossing = rows.find((r) => r.exact.includes('\r\n'));
      assert.ok(crossing);
      assert.equal(ARTICLE.slice(Number(crossing.start), Number(crossing.end)), crossing.exact);
      assert.equal(rows.find((r) => r.kind === 'source')!.source_type, 'news agency');
      assert.ok(!files[0].contents.startsWith('\uFEFF'));
    });

    it('quotes a lone LF inside a cell although rows end in CR LF', () => {
      const text = 'Baris satu\nbaris dua, kata dia.';
      const c = exportAs('csv', { articles: [{ path: 'lf.txt', text, annotations: [claim(text, 'satu\nbaris')] }] }).files[0].contents;
      const rows = parse(c, { columns: true }) as Array<Record<string, string>>;
      assert.equal(rows.length, 1);
      assert.equal(rows[0].exact, 'satu\nbaris');
    });

    it('adds a BOM for Excel when asked', () => {
      const text = '=SUM(A1) kata dia.';
      const c = exportAs('csv', { articles: [{ path: 'a.txt', text, annotations: [claim(text, '=SUM(A1)')] }] }, {}, { bom: true }).files[0].contents;
      assert.ok(c.startsWith('\uFEFFarticle,'));
    });

    describe('formula cells (CSV injection)', () => {
      // Text a hostile article could hold, each at the start of the annotated span.
      const starts = ['=HYPERLINK("http://x","klik")', '+62 812', '-5 persen', '@SUM(A1)', '\tTab', '\rCR', '\uFF1D1+1'];
      const text = starts.join(' | ') + ' kata dia.';
      const input = () => ({ articles: [{ path: 'a.txt', text, annotations: starts.map((s) => claim(text, s)) }] });
      const rows = (options: Parameters<typeof exportAs>[3]) =>
        parse(exportAs('csv', input(), {}, options).files[0].contents, { columns: true }) as Array<Record<string, string>>;

      it('are neutralised by default with a leading quote (OWASP), offsets untouched', () => {
        const got = rows({});
        assert.deepEqual(got.map((r) => r.exact), starts.map((s) => `'${s}`));
        for (const r of got) assert.equal(text.slice(Number(r.start), Number(r.end)), r.exact.slice(1), 'offsets still slice the raw text');
        assert.ok(got.every((r) => /^\d+$/.test(r.start) && /^\d+$/.test(r.code_point_end)), 'numeric cells are plain numbers');
      });

      it('stay raw when the caller asks for raw cells', () => {
        assert.deepEqual(rows({ rawCells: true }).map((r) => r.exact), starts);
      });

      it('leave ordinary text, including a quote-free minus inside a cell, alone', () => {
        const plain = 'Harga naik 5-10 persen, kata dia.';
        const c = exportAs('csv', { articles: [{ path: 'a.txt', text: plain, annotations: [claim(plain, 'naik 5-10 persen')] }] }).files[0].contents;
        assert.match(c, /,naik 5-10 persen,/);
      });
    });
  });

  describe('CoNLL-2003 BIO', () => {
    it('writes -DOCSTART-, one token per line with IOB2 tags, blank lines between sentences', () => {
      const { files } = exportAs('conll', input());
      const lines = files[0].contents.split('\n');
      assert.equal(lines[0], '-DOCSTART- -X- -X- O');
      assert.ok(lines.includes('Sri -X- -X- B-PER'));
      assert.ok(lines.includes('Mulyani -X- -X- I-PER'));
      assert.ok(lines.includes('Faisal -X- -X- B-PER'));
      assert.ok(lines.includes('Jakarta -X- -X- B-GPE'));
      assert.ok(lines.includes('😀 -X- -X- O'));
      assert.ok(lines.includes('🇮🇩 -X- -X- O'));
      for (const l of lines) if (l) assert.equal(l.split(' ').length, 4, l);
      // The headline ends at the line break: a blank line follows "Pasar".
      assert.equal(lines[lines.indexOf('Pasar -X- -X- O') + 1], '');
    });

    // One owner for where a sentence ends (recognize/sentence-end.ts): the BIO sentences
    // break where the recognizer's attribution and reported-speech scans do.
    it('ends sentences where the recognizer does: not after "dr.", "Moh." or an initial, after "dll." before a capital', () => {
      const text = 'Menurut dr. Rina, Moh. Sanusi dan Dmitri S. Peskov hadir. Ada benih, pupuk, dll. Kemudian hujan turun, kata KH. Ahmad.';
      const { files } = exportAs('conll', { articles: [{ path: 'a.txt', text, annotations: [] }] });
      const sentences = files[0].contents.split('\n\n').slice(1).map((s) => s.split('\n').filter((l) => l !== '').map((l) => l.split(' ')[0]).join(' '));
      assert.deepEqual(sentences, [
        'Menurut dr . Rina , Moh . Sanusi dan Dmitri S . Peskov hadir .',
        'Ada benih , pupuk , dll .',
        'Kemudian hujan turun , kata KH . Ahmad .',
      ]);
    });
  });
});
