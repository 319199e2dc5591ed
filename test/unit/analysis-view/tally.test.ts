// The view's model from per-article tallies (core/analysis/corpus-tally.ts) against the
// model the core tables give with every row's items (reference-model.ts, the view's
// model before the tallies): on a generated corpus of analysed articles with random
// annotations, outlets, dates and statuses, under filters of every kind, the same marks,
// counts and order, and every mark lists the same items.
import assert from 'node:assert/strict';
import { generateArticles } from '../../../bench/article-generator';
import { analysisArticle, type AnalysisArticle, type AnalysisFilter } from '../../../src/core/analysis';
import type { Annotation } from '../../../src/core/annotations/types';
import { curate } from '../../../src/core/curation/apply';
import { effectiveMetadata } from '../../../src/core/metadata/effective';
import { readTextMetadata } from '../../../src/core/metadata/read-text';
import { analyze } from '../../../src/core/recognize/analyze';
import { seededRandom } from '../../../src/core/text/seeded-random';
import type { ChartOptions } from '../../../src/extension/analysis/protocol';
import { buildModel, buildModelSteps, facetsOf, facetsSteps } from '../../../src/extension/analysis/view-model';
import { runStepsInSlices, TimeSlices } from '../../../src/core/incremental/time-slices';
import { referenceModel } from './reference-model';

function corpus(size: number): AnalysisArticle[] {
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

const FILTERS: AnalysisFilter[] = [
  {},
  { outlets: ['Kompas.com'] },
  { outlets: [''] },
  { from: '2024-02-01', to: '2024-03-15' },
  { folders: ['opini'] },
  { statuses: ['done'], annotators: ['ani'] },
  { statuses: ['not-started'] },
  { kinds: ['stance', 'quote'] },
  { kinds: ['mention'] },
  { kinds: ['reported', 'source'], annotators: ['budi'] },
];
const OPTIONS: ChartOptions[] = [{ period: 'month', relation: 'quoted-with' }, { period: 'week', relation: 'speaks-about' }];

/** The model without its marks' keys, which are listed in `keys` in the model's order. */
function withoutKeys(value: unknown, keys: number[]): unknown {
  if (Array.isArray(value)) return value.map((v) => withoutKeys(v, keys));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === 'key' && typeof v === 'number') keys.push(v);
    else out[k] = withoutKeys(v, keys);
  }
  return out;
}

describe('analysis view: the model from per-article tallies', () => {
  const articles = corpus(60);

  it('the generated corpus has something in every chart', () => {
    const { model } = referenceModel(articles, {}, OPTIONS[0]);
    for (const [chart, marks] of Object.entries({ speakers: model.speakers.marks, stance: model.stance.marks, sources: model.sources.marks, timeline: model.timeline.marks, network: model.network.marks })) assert.ok(marks.length > 3, chart);
    assert.ok(referenceModel(articles, {}, OPTIONS[1]).model.network.marks.length > 3, 'who speaks about whom');
    assert.ok(model.speakers.more > 0 && model.stance.more > 0 && model.timeline.more > 0, 'more rows than a chart draws');
  });

  for (const options of OPTIONS) {
    for (const filter of FILTERS) {
      it(`draws the model the core tables give, and lists each mark's items: ${JSON.stringify(filter)}, ${options.period}, ${options.relation}`, () => {
        const expected = referenceModel(articles, filter, options);
        const built = buildModel(articles, filter, options);
        const builtKeys: number[] = [], expectedKeys: number[] = [];
        assert.deepEqual(withoutKeys(built.model, builtKeys), withoutKeys(expected.model, expectedKeys));
        // Marks at the same place in both models (a mark's key is only a number to find its items by).
        builtKeys.forEach((key, i) => assert.deepEqual(built.refsOf(key), expected.refs[expectedKeys[i]], `mark ${i}`));
      });
    }
  }

  it('is the same model when built in slices of the host, which pause at least once an article', async () => {
    for (const [filter, options] of [[{}, OPTIONS[0]], [{ kinds: ['stance', 'quote'] }, OPTIONS[1]]] as Array<[AnalysisFilter, ChartOptions]>) {
      let pauses = 0;
      // A clock that moves a millisecond a reading, read at every check: every check is due.
      let now = 0;
      const slices = new TimeSlices(async () => void pauses++, 1, () => now++, 1);
      const built = await runStepsInSlices(buildModelSteps(articles, filter, options), slices);
      const inOneGo = buildModel(articles, filter, options);
      assert.deepEqual(built.model, inOneGo.model);
      assert.ok(pauses >= articles.length, `${pauses} pauses for ${articles.length} articles`);
      const facetPauses = pauses;
      assert.deepEqual(await runStepsInSlices(facetsSteps(articles), slices), facetsOf(articles));
      assert.ok(pauses - facetPauses >= articles.length, 'the facets pause too');
    }
  });
});
