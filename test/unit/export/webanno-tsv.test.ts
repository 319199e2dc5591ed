// WebAnno TSV 3.3 (INCEpTION), issue 17. The foreign files below are written for these
// tests from the format's documentation (header, #Text=, stacked and multi-token spans
// with [N] ids, relations on the dependent's row, escaped values), not copied.
import assert from 'node:assert/strict';
import { exportAs } from '../../../src/core/export';
import { importForeignSpans } from '../../../src/core/export/foreign';
import { parseImportMap, type ImportMap } from '../../../src/core/export/import-map';
import { ArticleMatcher } from '../../../src/core/export/match-article';
import type { ExportInput } from '../../../src/core/export/types';
import { escapeValue, unescapeValue } from '../../../src/core/export/webanno-tsv-format';
import { readWebannoTsvFile } from '../../../src/core/export/webanno-tsv-import';
import { readWebannoTsv } from '../../../src/core/export/webanno-tsv-read';
import type { ActorMention, Quote, ReportedStatement } from '../../../src/core/recognize/types';
import { ARTICLE, claim, nextId, source, stance } from './fixtures';

const CONTEXT = { newId: nextId, now: '2026-01-01T00:00:00.000Z', defaultAnnotator: 'ani' };

function sorotInput(): ExportInput {
  const t = ARTICLE;
  const sri = t.indexOf('Sri Mulyani', t.indexOf('kata'));
  const q = t.indexOf('"Kami');
  const qEnd = t.indexOf(',"') + 2;
  const actors: ActorMention[] = [
    { start: sri, end: sri + 11, text: 'Sri Mulyani', type: 'PER', canonical: 'Sri Mulyani Indrawati', entityId: 'sri-mulyani' },
    { start: t.indexOf('Jakarta,'), end: t.indexOf('Jakarta,') + 7, text: 'Jakarta', type: 'GPE', canonical: 'Jakarta' },
  ];
  const quotes: Quote[] = [{ start: q, end: qEnd, text: t.slice(q, qEnd), speaker: 'Sri Mulyani Indrawati', speakerMention: { start: sri, end: sri + 11 }, cue: 'kata' }];
  const rs = t.indexOf('subsidi akan');
  const reported: ReportedStatement[] = [{ start: rs, end: rs + 21, text: 'subsidi akan ditambah', speaker: 'Sri Mulyani Indrawati', cue: 'mengatakan', attribution: 'explicit' }];
  return {
    articles: [
      {
        path: 'ekonomi/beras.txt',
        text: t,
        annotations: [
          claim(t, 'subsidi akan ditambah', 'ani', { note: 'baris satu\r\nbaris [dua] | *tiga* _empat_ -> \\lima\u0085', tags: ['ekonomi', 'pupuk'] }),
          stance(t, 'menolak rencana itu', 'against', 'budi'),
          source(t, 'ANTARA', 'news agency'),
          // Crosses the CRLF inside the quote, and overlaps (stacks on) the quote's words.
          claim(t, 'menambah\r\nsubsidi pupuk', 'budi'),
          // Ends in a space: TSV spans cover whole tokens, the record keeps the exact end.
          claim(t, 'Pemerintah belum ', 'budi'),
        ],
        actors,
        quotes,
        reported,
      },
    ],
  };
}

function importTsv(contents: string, file: string, texts: Map<string, string>, map: ImportMap = new Map()) {
  const read = readWebannoTsvFile(contents, file, new ArticleMatcher(texts));
  importForeignSpans(read.spans, map, CONTEXT, read.result);
  return read.result;
}

describe('WebAnno TSV 3 (INCEpTION)', () => {
  it('value escaping follows INCEpTION (\\ [ ] | _ -> ; tab, newline, *) and reads back', () => {
    const v = 'a\\b[c]|d_e->f;g\th\ni*';
    assert.equal(escapeValue(v), 'a\\\\b\\[c\\]\\|d\\_e\\->f\\;g\\th\\ni\\*');
    assert.equal(unescapeValue(escapeValue(v)), v);
  });

  it('exports one .tsv per article with the header, #Text= lines and one row per token', () => {
    const { files } = exportAs('webanno-tsv', sorotInput());
    assert.deepEqual(files.map((f) => f.path), ['ekonomi/beras.tsv']);
    const lines = files[0].contents.split('\n');
    assert.equal(lines[0], '#FORMAT=WebAnno TSV 3.3');
    assert.match(lines[1], /^#T_SP=webanno\.custom\.SorotAnnotation\|kind\|annotator\|status\|claimant\|/);
    assert.match(lines[3], /^#T_RL=webanno\.custom\.SorotSpeaker\|BT_webanno\.custom\.SorotRecognized$/);
    assert.equal(lines[4], '');
    assert.equal(lines[5], '');
    assert.equal(lines[6], '#Text=Harga Beras Naik 😀 di Pasar\\r');
    // Every row has the same number of columns, ends with a tab, and its offsets hold its token.
    const rows = lines.filter((l) => /^\d+-\d+\t/.test(l));
    for (const r of rows) {
      const cols = r.split('\t');
      assert.equal(cols.length, 3 + 20 + 9 + 1 + 1, r);
      const [s, e] = cols[1].split('-').map(Number);
      assert.equal(ARTICLE.slice(s, e), cols[2]);
    }
    assert.equal(files[0].annotations, 5);
  });

  it('the text INCEpTION rebuilds from the #Text= lines is the article (CR LF, emoji, blank lines)', () => {
    const doc = readWebannoTsv(exportAs('webanno-tsv', sorotInput()).files[0].contents);
    assert.ok(!('error' in doc));
    assert.equal(doc.text, ARTICLE);
  });

  it('Sorot -> TSV -> Sorot gives back every annotation exactly, and recognized spans through the map with the speaker', () => {
    const input = sorotInput();
    const tsv = exportAs('webanno-tsv', input).files[0].contents;
    const texts = new Map([['ekonomi/beras.txt', ARTICLE]]);
    const map = parseImportMap(JSON.stringify({ labels: { PER: 'PER', GPE: 'GPE', quote: 'quote', reported: 'skip' } }), 'map.json');
    assert.ok('map' in map);
    const back = importTsv(tsv, 'out/ekonomi/beras.tsv', texts, map.map);
    assert.deepEqual(back.errors, []);
    const byId = (list: readonly { id: string }[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
    // The file lists spans in text order; the annotations are the same, field for field.
    assert.deepEqual(byId(back.articles.get('ekonomi/beras.txt')!), byId(input.articles[0].annotations));
    const corrections = back.corrections.get('ekonomi/beras.txt')!;
    assert.deepEqual(corrections.map((c) => [c.layer, ARTICLE.slice(c.target.start, c.target.end)]).sort(), [
      ['actor', 'Jakarta'],
      ['actor', 'Sri Mulyani'],
      ['quote', input.articles[0].quotes![0].text],
    ]);
    assert.equal((corrections.find((c) => c.layer === 'quote') as { speaker?: string }).speaker, 'Sri Mulyani Indrawati');
    assert.deepEqual([...back.skipped], [['label "reported" mapped to skip', 1]]);
  });

  it('edits made in INCEpTION win: a feature value changed, a kind changed', () => {
    const input = sorotInput();
    let tsv = exportAs('webanno-tsv', input).files[0].contents;
    // Polarity "against" -> "favor" on the stance, as INCEpTION's feature editor would write it.
    tsv = tsv.replace(/\tagainst(\[\d+\])?\t/g, '\tfavor$1\t');
    // The source on "ANTARA" relabelled as a claim: the kind column of its row.
    tsv = tsv.replace(/^(\S+\t\d+-\d+\tANTARA\t)source\t/m, '$1claim\t');
    const back = importTsv(tsv, 'beras.tsv', new Map([['ekonomi/beras.txt', ARTICLE]]));
    const st = back.articles.get('ekonomi/beras.txt')!.find((a) => a.kind === 'stance')!;
    assert.equal(st.kind === 'stance' && st.stance.polarity, 'favor');
    assert.equal(st.id, input.articles[0].annotations[1].id);
    const antara = back.articles.get('ekonomi/beras.txt')!.find((a) => a.target.exact === 'ANTARA')!;
    assert.equal(antara.kind, 'claim');
    assert.equal(antara.needsReview, true);
  });

  it('reads an INCEpTION file: NamedEntity values, a stacked and a multi-token span, a relation, through the label map', () => {
    const text = 'Menteri Budi Santoso ke Jakarta .';
    const tsv = [
      '#FORMAT=WebAnno TSV 3.3',
      '#T_SP=de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity|identifier|value',
      '#T_RL=webanno.custom.Relation|value|BT_de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity',
      '',
      '',
      '#Text=Menteri Budi Santoso ke Jakarta .',
      '1-1\t0-7\tMenteri\t_\t_\t_\t_\t',
      '1-2\t8-12\tBudi\t*[1]|*[2]\tPERSON[1]|TITLE\\_X[2]\t_\t_\t',
      '1-3\t13-20\tSantoso\t*[1]\tPERSON[1]\t_\t_\t',
      '1-4\t21-23\tke\t_\t_\t_\t_\t',
      '1-5\t24-31\tJakarta\thttp://kb/jkt\tLOC\tmenuju\t1-2[1_0]\t',
      '1-6\t32-33\t.\t_\t_\t_\t_\t',
      '',
    ].join('\n');
    const doc = readWebannoTsv(tsv);
    assert.ok(!('error' in doc));
    assert.deepEqual(doc.spans.map((s) => [text.slice(s.start, s.end), s.features.get('value')]), [
      ['Budi Santoso', 'PERSON'],
      ['Budi', 'TITLE_X'],
      ['Jakarta', 'LOC'],
    ]);
    assert.equal(doc.relations.length, 1);
    assert.equal(text.slice(doc.relations[0].governor.start, doc.relations[0].governor.end), 'Budi Santoso');
    const map = parseImportMap(JSON.stringify({ labels: { PERSON: 'PER', LOC: 'GPE', TITLE_X: 'skip' } }), 'm.json');
    assert.ok('map' in map);
    // The article has no trailing line feed; INCEpTION's text has one: still matched, by name.
    const back = importTsv(tsv, 'project/annotation/menteri.txt/rina.tsv', new Map([['menteri.txt', text]]), map.map);
    const made = back.corrections.get('menteri.txt')!;
    assert.deepEqual(made.map((c) => [c.layer === 'actor' && c.type, text.slice(c.target.start, c.target.end), c.annotator]), [
      ['PER', 'Budi Santoso', 'rina'],
      ['GPE', 'Jakarta', 'rina'],
    ]);
    assert.deepEqual([...back.skipped].sort(), [
      ['label "TITLE_X" mapped to skip', 1],
      ['relations of layer webanno.custom.Relation (Sorot has no relations between spans)', 1],
    ]);
  });

  it('a file that matches no article, and one that is not TSV, are reported by name', () => {
    const noMatch = importTsv('#FORMAT=WebAnno TSV 3.3\n\n\n#Text=Lain sekali .\n1-1\t0-4\tLain\t\n', 'x.tsv', new Map([['a.txt', 'Teks lain.']]));
    assert.match(noMatch.warnings[0], /^x\.tsv: matched to no article/);
    const notTsv = importTsv('hello', 'y.tsv', new Map());
    assert.match(notTsv.errors[0], /^y\.tsv: not a WebAnno TSV 3 file/);
  });
});
