// The cost of a large article's curated slice (DocumentAnalysis.query, what decorations
// and hovers of a 1 MB article ask for): curateSlice over the editor's windowed model, for
// a 3 KB viewport near the start, the middle and the end, with 0 and 1,000 corrections;
// beside it the old slice (the slice's findings with the corrections inside it, which read
// nothing outside) and the whole article's curated layer; then one publication's viewports
// as DocumentAnalysis.query asks them (sliceCurator: the first, and the 2nd..Nth). Run alone:
// `npx tsx bench/run.ts curation-slice`.
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type * as Shipped from './curation-entry';
import { generateArticles, prng } from './article-generator';
import { bestOf } from './best-of';
import { correctionsFor } from './curation.bench';

function shipped(): typeof Shipped {
  const outfile = join(__dirname, '.cache', 'curation-slice.cjs');
  buildSync({ entryPoints: [join(__dirname, 'curation-entry.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, logLevel: 'warning' });
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a file built just now
  return require(outfile) as typeof Shipped;
}

const ROUNDS = 7;
const VIEWPORT = 3 * 1024;
/** Viewports asked of one publication, spread over the text in a scrambled order. */
const SCROLLS = 20;

export function run(): void {
  const lib = shipped();
  const text = generateArticles(1 << 20, 7);
  const model = new lib.WindowedAnalyzer({ kb: lib.defaultKbIndex() });
  while (model.update(text, 1_000, 0));
  const query = (from: number, to: number) => model.query(from, to);
  const analysis = model.result();
  const hash = lib.articleTextHash(text);
  // The bench's corrections name identities found nowhere in the text ("Tokoh 12"): each
  // speaker's mention is looked for over the whole article. "named" gives them the
  // identities of people the article mentions, as a researcher mostly would.
  const people = [...new Set(analysis.actors.filter((m) => m.type === 'PER').map((m) => m.canonical))];
  const rnd = prng(5);
  const named = (c: Shipped.Correction): Shipped.Correction => {
    const who = people[Math.floor(rnd() * people.length)];
    if (c.layer === 'actor') return c.canonical ? { ...c, canonical: who } : c;
    return c.speaker ? { ...c, speaker: who } : c;
  };
  for (const [count, label, rename] of [[0, 'no', false], [1_000, 'nowhere-named', false], [1_000, 'named', true]] as const) {
    const made = correctionsFor(lib, text, analysis, count, prng(12)).map((c) => (rename ? named(c) : c));
    const sidecar: Shipped.Sidecar = { schemaVersion: lib.SIDECAR_SCHEMA_VERSION, article: 'a.txt', textHash: hash, annotations: [], corrections: made };
    const corrections = lib.placeSidecar(sidecar, text, hash).sidecar.corrections ?? [];
    const fullMs = bestOf(ROUNDS, () => lib.curate(analysis, corrections));
    console.log(`1 MB article (${analysis.actors.length} mentions), ${corrections.length} ${label} corrections: whole curated layer ${fullMs.toFixed(1)} ms`);
    for (const at of [0.1, 0.5, 0.9]) {
      const from = Math.floor(text.length * at);
      const to = from + VIEWPORT;
      const sliceMs = bestOf(ROUNDS, () => lib.curateSlice(query, corrections, from, to));
      const oldMs = bestOf(ROUNDS, () => lib.curate(query(from, to), corrections.filter((c) => c.target.start < to && c.target.end > from)));
      console.log(`  3 KB viewport at ${at * 100}%: curateSlice ${sliceMs.toFixed(2)} ms (old slice ${oldMs.toFixed(2)} ms)`);
    }
    // One publication scrolled through (DocumentAnalysis.query): the first viewport reads
    // what it needs from the model; the next ones, elsewhere in the text, reuse it.
    const views = Array.from({ length: SCROLLS }, (_, i) => Math.floor((text.length - VIEWPORT) * ((i * 7919) % SCROLLS) / SCROLLS));
    const curator = lib.sliceCurator(query, corrections, text.length);
    const t0 = performance.now();
    curator(views[0], views[0] + VIEWPORT);
    const firstMs = performance.now() - t0;
    const later = views.slice(1).map((from) => {
      const t = performance.now();
      curator(from, from + VIEWPORT);
      return performance.now() - t;
    });
    const plain = views.slice(1).map((from) => {
      const t = performance.now();
      lib.curateSlice(query, corrections, from, from + VIEWPORT);
      return performance.now() - t;
    });
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    console.log(`  one publication, ${SCROLLS} viewports: 1st ${firstMs.toFixed(2)} ms; 2nd..Nth mean ${mean(later).toFixed(2)} ms, max ${Math.max(...later).toFixed(2)} ms (curateSlice alone: mean ${mean(plain).toFixed(2)}, max ${Math.max(...plain).toFixed(2)} ms)`);
  }
}
