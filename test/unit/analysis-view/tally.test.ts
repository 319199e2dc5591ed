// The view's model from per-article tallies (core/analysis/corpus-tally.ts) against the
// model the core tables give with every row's items (reference-model.ts, the view's
// model before the tallies): on a generated corpus of analysed articles with random
// annotations, outlets, dates and statuses, under filters of every kind, the same marks,
// counts and order, and every mark lists the same items.
import assert from 'node:assert/strict';
import type { AnalysisFilter } from '../../../src/core/analysis';
import type { ChartOptions } from '../../../src/extension/analysis/protocol';
import { buildModel, buildModelSteps, facetsOf, facetsSteps } from '../../../src/extension/analysis/view-model';
import { runStepsInSlices, TimeSlices } from '../../../src/core/incremental/time-slices';
import { corpus } from './generated-corpus';
import { referenceModel } from './reference-model';

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
