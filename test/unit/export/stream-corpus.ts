// A generated corpus for the streaming export's byte-identity test (stream.test.ts):
// generated articles (bench/article-generator, never ../shared) with the recognized
// layer, several annotators (two differing only in case), paths that collide once
// sanitized or lower-cased, CRLF text with emoji, notes with line breaks and a span of
// line breaks only, so every format's corpus-wide state (names, folders, headers,
// warnings) is exercised. Articles come unsorted, as a corpus is read.
//
// Texts and recognized layer are frozen: stream-recognized.json.gz holds the generated
// texts and what curate(analyze(text)) gave for them at commit c3293d4, where
// stream-golden.json was written, so a change to the recognizer, its knowledge base or the
// bench's article generator does not change the bytes this test pins.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { makeTarget } from '../../../src/core/annotations/target';
import type { Annotation } from '../../../src/core/annotations/types';
import type { ExportArticle } from '../../../src/core/export/types';
import type { CuratedAnalysis } from '../../../src/core/curation/types';

const TIME = '2024-05-01T08:00:00.000Z';
const ANNOTATORS = ['ani', 'Rina', 'rina', 'budi'];

function id(n: number): string {
  return '01J0000000' + String(n).padStart(16, '0');
}

function annotationsOf(text: string, i: number): Annotation[] {
  const out: Annotation[] = [];
  const at = (start: number, end: number) => makeTarget(text, start, end);
  const base = (k: number) => ({ id: id(i * 10 + k), annotator: ANNOTATORS[(i + k) % ANNOTATORS.length], created: TIME, modified: TIME });
  if (i % 5 === 4) return out;
  out.push({ ...base(0), kind: 'claim', target: at(10, 60), status: 'accepted', tags: ['ekonomi', 'a,b'], claim: { claimant: 'Budi', paraphrase: 'naik\nlagi' } } as Annotation);
  out.push({ ...base(1), kind: 'stance', target: at(70, 120), status: 'suggested', tags: [], note: 'cek ulang\r\nbaris dua', stance: { holder: 'Sri Mulyani', target: 'subsidi', polarity: 'against', intensity: 3 } } as Annotation);
  out.push({ ...base(2), kind: 'source', target: at(130, 150), status: 'rejected', needsReview: true, tags: [], source: { sourceName: '=Kemenkeu', sourceType: 'news agency', relation: 'reported' } } as Annotation);
  const lineBreak = text.indexOf('\n');
  if (i % 3 === 0 && lineBreak > 0) out.push({ ...base(3), kind: 'claim', target: at(lineBreak, lineBreak + 1), status: 'accepted', tags: [], claim: { claimant: 'Ani' } } as Annotation);
  return out;
}

function path(i: number): string {
  if (i === 7) return 'bagian-0/Artikel-3.txt';
  if (i === 8) return 'bagian-1/a:b?.txt';
  if (i === 9) return 'atas.txt';
  return `bagian-${i % 3}/artikel-${i}.txt`;
}

/** The 40 articles, in a shuffled order (the exporters sort by path). */
export function streamCorpus(): ExportArticle[] {
  const recognized = JSON.parse(gunzipSync(readFileSync(join(__dirname, 'stream-recognized.json.gz'))).toString('utf8')) as (Pick<CuratedAnalysis, 'actors' | 'quotes' | 'reported'> & { text: string })[];
  const out: ExportArticle[] = [];
  const count = recognized.length;
  for (let i = 0; i < count; i++) {
    const r = recognized[i];
    const text = r.text;
    out.push({ path: path(i), text, annotations: annotationsOf(text, i), actors: r.actors, quotes: r.quotes, reported: r.reported });
  }
  return out.map((a, k) => ({ a, k: (k * 17) % count })).sort((p, q) => p.k - q.k).map((x) => x.a);
}
