// A generated corpus of analysed articles with random annotations, outlets, dates and
// statuses (seeded): what the analysis view's tallies and tables are checked on.
import { generateArticles } from '../../../bench/article-generator';
import { analysisArticle, type AnalysisArticle } from '../../../src/core/analysis';
import type { Annotation } from '../../../src/core/annotations/types';
import { curate } from '../../../src/core/curation/apply';
import { effectiveMetadata } from '../../../src/core/metadata/effective';
import { readTextMetadata } from '../../../src/core/metadata/read-text';
import { analyze } from '../../../src/core/recognize/analyze';
import { seededRandom } from '../../../src/core/text/seeded-random';

export function corpus(size: number): AnalysisArticle[] {
  const rnd = seededRandom(15);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const out: AnalysisArticle[] = [];
  for (let i = 0; i < size; i++) {
    // A closing quote that names other actors, so that who speaks about whom has edges
    // (the generator's quotes seldom name anyone).
    const named = ['Bank Indonesia', 'Joko Widodo', 'Sri Mulyani', 'Prabowo Subianto', 'Komisi Pemberantasan Korupsi'];
    const text = `${generateArticles(1200, 500 + i)}\n"Kami sudah berbicara dengan ${pick(named)} dan ${pick(named)} soal ini," kata ${pick(['Airlangga Hartarto', 'Anies Baswedan', 'Puan Maharani'])}.\n`;
    const curated = curate(analyze(text), []);
    const speakers = [...new Set(curated.quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])))];
    const annotations: Annotation[] = [];
    for (let n = 0; n < 4; n++) {
      const start = Math.floor(rnd() * 500);
      const base = { id: `a${i}-${n}`, target: { start, end: start + 20, exact: '', prefix: '', suffix: '' }, annotator: pick(['ani', 'budi']), created: '', modified: '', status: pick(['accepted', 'accepted', 'suggested'] as const), tags: [] };
      const holder = speakers.length ? pick(speakers) : 'Anonim';
      if (rnd() < 0.6) annotations.push({ ...base, kind: 'stance', stance: { holder: rnd() < 0.2 ? `${holder} (label lain)` : holder, ...(rnd() < 0.3 ? { holderId: `id-${holder}` } : {}), target: pick(['subsidi', 'pemilu', 'IKN']), polarity: pick(['favor', 'against', 'neutral'] as const) } });
      else annotations.push({ ...base, kind: 'source', source: { sourceName: holder, sourceType: pick(['official', 'media', 'anonymous'] as const), relation: 'direct' } });
    }
    const outlet = readTextMetadata(text).outlet;
    const day = 1 + Math.floor(rnd() * 120);
    out.push(analysisArticle({
      path: `${pick(['berita', 'opini/kolom', 'opini'])}/a${i}.txt`,
      metadata: effectiveMetadata({ overrides: [{ file: 'x', ...(rnd() < 0.85 ? { date: new Date(Date.UTC(2024, 0, day)).toISOString().slice(0, 10) } : {}), ...(outlet && rnd() < 0.8 ? { outlet: rnd() < 0.5 ? outlet.value : 'Kompas.com' } : {}) }] }),
      curated,
      annotations,
      articleFields: rnd() < 0.5 ? [{ file: 'f', annotator: pick(['ani', 'budi']), articleStatus: pick(['done', 'in-progress'] as const) }] : [],
    }));
  }
  return out;
}
