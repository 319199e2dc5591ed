import assert from 'node:assert/strict';
import { canonicalAnnotation } from '../../../src/core/annotations/serialize';
import { exportAs } from '../../../src/core/export';
import { importBrat } from '../../../src/core/export/brat-import';
import type { ExportFile, ExportInput } from '../../../src/core/export/types';
import { ARTICLE, claim, source, stance } from './fixtures';

/** What brat's checkann.py asserts, with brat's own reading: code points of the .txt as
 *  written, fragments joined by one space. Also: no T line may contain a line break. */
function checkAnn(txt: string, ann: string): string[] {
  const chars = [...txt];
  const problems: string[] = [];
  for (const line of ann.split('\n')) {
    if (line.includes('\r')) problems.push(`CR inside an .ann line: ${JSON.stringify(line)}`);
    if (!line.startsWith('T')) continue;
    const m = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$/.exec(line);
    if (!m) {
      problems.push(`malformed: ${line}`);
      continue;
    }
    const text = m[3].split(';').map((f) => {
      const [s, e] = f.split(' ').map(Number);
      return chars.slice(s, e).join('');
    }).join(' ');
    if (text !== m[4]) problems.push(`${m[1]}: "${m[4]}" != "${text}"`);
  }
  return problems;
}

const byPath = (files: ExportFile[], path: string) => files.find((f) => f.path === path)?.contents ?? assert.fail(`no ${path}`);

function input(): ExportInput {
  const t = ARTICLE;
  const sri = t.indexOf('Sri Mulyani', t.indexOf('Sri Mulyani') + 1);
  const q = t.indexOf('"Kami');
  return {
    articles: [
      {
        path: 'ekonomi/beras.txt',
        text: t,
        annotations: [claim(t, 'subsidi akan ditambah'), stance(t, 'menolak rencana itu', 'against', 'budi'), source(t, 'ANTARA', 'news agency'), claim(t, 'menambah\r\nsubsidi pupuk', 'budi')],
        actors: [{ start: sri, end: sri + 11, text: 'Sri Mulyani', type: 'PER', canonical: 'Sri Mulyani Indrawati' }],
        quotes: [{ start: q, end: t.indexOf(',"') + 2, text: '', speaker: 'Sri Mulyani Indrawati', speakerMention: { start: sri, end: sri + 11 }, cue: 'kata' }],
      },
    ],
  };
}

describe('brat standoff export', () => {
  const data = input();
  const { files, warnings } = exportAs('brat', data);
  const txt = byPath(files, 'ekonomi/beras.txt');
  const ann = byPath(files, 'ekonomi/beras.ann');

  it('writes .txt, .ann and annotation.conf; the .txt is the article as written (CRLF kept)', () => {
    assert.deepEqual(files.map((f) => f.path).sort(), ['ekonomi/annotation.conf', 'ekonomi/beras.ann', 'ekonomi/beras.txt']);
    assert.equal(txt, ARTICLE);
    assert.deepEqual(warnings, []);
    assert.match(byPath(files, 'ekonomi/annotation.conf'), /^\[entities\][\s\S]*Speaker\tArg1:Quote/m);
  });

  it('every T line matches the .txt at its code point offsets, as checkann verifies', () => {
    assert.deepEqual(checkAnn(txt, ann), []);
  });

  it('splits spans crossing a line break into ; fragments', () => {
    const crossing = ann.split('\n').find((l) => l.endsWith('\tmenambah subsidi pupuk'));
    assert.ok(crossing, ann);
    assert.match(crossing, /^T\d+\tClaim \d+ \d+;\d+ \d+\t/);
    const quote = ann.split('\n').find((l) => /\tQuote /.test(l))!;
    assert.match(quote, /;/);
  });

  it('writes attributes, the speaker relation and notes', () => {
    assert.match(ann, /^A\d+\tPolarity T\d+ against$/m);
    assert.match(ann, /^A\d+\tSourceType T\d+ news_agency$/m);
    assert.match(ann, /^R1\tSpeaker Arg1:T\d+ Arg2:T\d+$/m);
    assert.match(ann, /^#\d+\tAnnotatorNotes T\d+\tsorot \{/m);
  });

  it('round-trips through import without loss, and lets brat edits of attributes win', () => {
    const back = importBrat(ann, txt, 'ekonomi/beras.txt', ARTICLE);
    assert.deepEqual(back.errors, []);
    const sort = (l: ReturnType<typeof canonicalAnnotation>[]) => l.sort((a, b) => a.target.start - b.target.start);
    assert.deepEqual(sort(back.articles.get('ekonomi/beras.txt')!.map(canonicalAnnotation)), sort(data.articles[0].annotations.map(canonicalAnnotation)));
    const edited = importBrat(ann.replace(/Polarity (T\d+) against/, 'Polarity $1 favor'), txt, 'ekonomi/beras.txt', ARTICLE);
    const s = edited.articles.get('ekonomi/beras.txt')!.find((a) => a.kind === 'stance')!;
    assert.equal(s.kind === 'stance' && s.stance.polarity, 'favor');
  });

  it('with LF-only output, offsets count the LF text and still import onto the CRLF article', () => {
    const lf = exportAs('brat', data, {}, { bratNewlines: 'lf' }).files;
    const lfTxt = byPath(lf, 'ekonomi/beras.txt');
    const lfAnn = byPath(lf, 'ekonomi/beras.ann');
    assert.ok(!lfTxt.includes('\r'));
    assert.deepEqual(checkAnn(lfTxt, lfAnn), []);
    const back = importBrat(lfAnn, lfTxt, 'ekonomi/beras.txt', ARTICLE);
    assert.deepEqual(back.errors, []);
    assert.equal(back.articles.get('ekonomi/beras.txt')!.length, 4);
    assert.ok(back.articles.get('ekonomi/beras.txt')!.every((a) => ARTICLE.slice(a.target.start, a.target.end) === a.target.exact));
  });

  it('imports a span drawn in brat with placeholder fields, marked for review', () => {
    const cp = [...ARTICLE];
    const start = cp.indexOf('E');
    const text = 'Ekonom';
    const s = cp.join('').indexOf(text);
    const cpStart = [...ARTICLE.slice(0, s)].length;
    assert.ok(start >= 0);
    const r = importBrat(`T1\tStance ${cpStart} ${cpStart + 6}\t${text}\nA1\tPolarity T1 favor\n`, ARTICLE, 'a.txt', ARTICLE, { defaultAnnotator: 'brat', now: '2024-05-02T00:00:00.000Z', newId: () => '01J00000000000000000000000' });
    assert.deepEqual(r.errors, []);
    const a = r.articles.get('a.txt')![0];
    assert.equal(a.needsReview, true);
    assert.equal(a.kind === 'stance' && a.stance.polarity, 'favor');
    assert.equal(a.target.exact, 'Ekonom');
  });

  it('reports a T line whose text does not match the .txt', () => {
    const r = importBrat('T1\tClaim 0 5\tXXXXX\n', ARTICLE, 'a.txt', ARTICLE);
    assert.match(r.errors[0], /offsets do not match/);
  });

  it('names the real .ann and .txt files in its messages, never "X.txt.ann"', () => {
    const r = importBrat('T1\tClaim 0 5\tXXXXX\n', ARTICLE, 'ekonomi/a.txt', ARTICLE);
    assert.equal(r.errors[0], 'ekonomi/a.ann line 1 (T1): offsets do not match the text of ekonomi/a.txt beside it ("XXXXX")');
    const named = importBrat('T1\tClaim 0 5\tXXXXX\n', ARTICLE, 'ekonomi/a.txt', ARTICLE, {}, '/exports/brat/ekonomi/a.ann');
    assert.equal(named.errors[0], '/exports/brat/ekonomi/a.ann line 1 (T1): offsets do not match the text of /exports/brat/ekonomi/a.txt beside it ("XXXXX")');
    assert.ok(![...r.errors, ...named.errors].some((e) => e.includes('.txt.ann') || e.includes('.txt.txt')));
  });
});
