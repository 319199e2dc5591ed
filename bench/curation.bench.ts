// The cost of the curated layer (issue 12): 1,000 corrections of the recognized layer
// placed on their article and applied over its analysis, as a ratio to the analysis
// itself, measured in the same run:
//  (a) one 1 MB article with 1,000 corrections;
//  (b) a 10,000-article corpus (about 3 KB each) with 1,000 corrections spread over it,
//      the corpus index's work: every article curated, most without any correction.
// The code is bundled as it ships (see analyze.bench.ts for why not through tsx).
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type * as Shipped from './curation-entry';
import { generateArticles, prng } from './article-generator';
import { bestOf } from './best-of';

function shipped(): typeof Shipped {
  const outfile = join(__dirname, '.cache', 'curation.cjs');
  buildSync({ entryPoints: [join(__dirname, 'curation-entry.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, logLevel: 'warning' });
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a file built just now
  return require(outfile) as typeof Shipped;
}

const ROUNDS = 5;
const CORRECTIONS = 1_000;

/** Corrections of every kind on existing items (reject, relink, speaker) and missed ones added. */
export function correctionsFor(lib: typeof Shipped, text: string, analysis: Shipped.AnalysisResult, count: number, rnd: () => number): Shipped.Correction[] {
  const out: Shipped.Correction[] = [];
  const items = [...analysis.actors.map((m) => ({ layer: 'actor' as const, m })), ...analysis.quotes.map((q) => ({ layer: 'quote' as const, m: q }))];
  const taken = new Set<number>();
  for (let n = 0; n < count && taken.size < items.length; n++) {
    let i = Math.floor(rnd() * items.length);
    while (taken.has(i)) i = (i + 1) % items.length;
    taken.add(i);
    const { layer, m } = items[i];
    const kind = n % 4;
    const values = layer === 'actor'
      ? { layer, type: 'PER' as const, canonical: `Tokoh ${n}` }
      : { layer, speaker: `Tokoh ${n}` };
    out.push(lib.decide({ text, start: m.start, end: m.end, annotator: 'ani', decision: kind === 0 ? 'reject' : kind === 1 ? 'accept' : 'set', values, now: 1_700_000_000_000 + n, id: undefined }, []).correction);
  }
  return out;
}

export function run(): void {
  const lib = shipped();
  const rnd = prng(12);

  // (a) one 1 MB article.
  const text = generateArticles(1 << 20, 7);
  let analysis = lib.analyze(text);
  const analyzeMs = bestOf(ROUNDS, () => (analysis = lib.analyze(text)));
  const corrections = correctionsFor(lib, text, analysis, CORRECTIONS, rnd);
  const sidecar: Shipped.Sidecar = { schemaVersion: lib.SIDECAR_SCHEMA_VERSION, article: 'a.txt', textHash: lib.articleTextHash(text), annotations: [], corrections };
  const hash = lib.articleTextHash(text);
  let outcome: Shipped.CuratedAnalysis | undefined;
  const curateMs = bestOf(ROUNDS, () => (outcome = lib.curate(analysis, lib.placeSidecar(sidecar, text, hash).sidecar.corrections ?? [])));
  const applied = [...outcome!.outcomes.values()].filter((o) => o === 'applied' || o === 'redundant').length;
  console.log(`1 MB article: ${analysis.actors.length} mentions, ${analysis.quotes.length} quotes, ${corrections.length} corrections (${applied} applied)`);
  console.log(`  analyze ${analyzeMs.toFixed(1)} ms; place + curate ${curateMs.toFixed(2)} ms = ${(curateMs / analyzeMs).toFixed(3)}x the analysis`);

  // (b) 10,000 articles, 1,000 corrections spread over them.
  const ARTICLES = 10_000;
  const texts = Array.from({ length: ARTICLES }, (_, i) => generateArticles(3 * 1024, 100 + i));
  let analyses = texts.map((t) => lib.analyze(t));
  const corpusAnalyzeMs = bestOf(ROUNDS, () => (analyses = texts.map((t) => lib.analyze(t))));
  const perArticle: Shipped.Correction[][] = texts.map(() => []);
  for (let n = 0; n < CORRECTIONS; n++) {
    const i = Math.floor(rnd() * ARTICLES);
    perArticle[i].push(...correctionsFor(lib, texts[i], analyses[i], 1, rnd));
  }
  const sidecars = texts.map((t, i): Shipped.Sidecar => ({ schemaVersion: lib.SIDECAR_SCHEMA_VERSION, article: `${i}.txt`, textHash: lib.articleTextHash(t), annotations: [], corrections: perArticle[i] }));
  const hashes = texts.map((t) => lib.articleTextHash(t));
  const corpusCurateMs = bestOf(ROUNDS, () => {
    for (let i = 0; i < ARTICLES; i++) lib.curate(analyses[i], lib.placeSidecar(sidecars[i], texts[i], hashes[i]).sidecar.corrections ?? []);
  });
  console.log(`10,000 articles (${(texts.reduce((n, t) => n + t.length, 0) / (1 << 20)).toFixed(1)} M characters), ${CORRECTIONS} corrections`);
  console.log(`  analyze ${corpusAnalyzeMs.toFixed(0)} ms; place + curate ${corpusCurateMs.toFixed(1)} ms = ${(corpusCurateMs / corpusAnalyzeMs).toFixed(3)}x the analysis`);
}
