// The tables behind the charts' CSVs made as steps (the analysis view saves them in
// slices of the host): the same tables and bytes as in one go, a pause at least once an
// article, and without the refs a CSV does not hold.
import assert from 'node:assert/strict';
import { statsCsv, statsCsvBytesSteps, statsTable, statsTableSteps, STATS_VIEWS, type StatsTable } from '../../../src/core/analysis';
import { runSteps, runStepsInSlices, type Steps, TimeSlices } from '../../../src/core/incremental/time-slices';
import { CHART_IDS, type ChartOptions } from '../../../src/extension/analysis/protocol';
import { chartTable, chartTableSteps } from '../../../src/extension/analysis/view-model';
import { corpus } from './generated-corpus';

const ARTICLES = corpus(60);

/** Runs the steps, counting them. */
function counted<R>(steps: Steps<R>): { result: R; steps: number } {
  let n = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { result: step.value, steps: n };
    n++;
  }
}

const withoutRefs = (t: StatsTable) => ({ ...t, rows: t.rows.map((r) => ({ ...r, refs: [] })) });

describe('stats tables as steps', () => {
  for (const view of STATS_VIEWS) {
    it(`${view}: the table of one go, with a step at least once an article`, () => {
      const { result, steps } = counted(statsTableSteps(view, ARTICLES));
      assert.deepEqual(result, statsTable(view, ARTICLES));
      assert.ok(result.rows.length > 0, 'rows to compare');
      assert.ok(steps >= ARTICLES.length, `${steps} steps for ${ARTICLES.length} articles`);
    });

    it(`${view}: refs: false gives the same rows with no refs`, () => {
      const whole = statsTable(view, ARTICLES);
      const bare = runSteps(statsTableSteps(view, ARTICLES, { refs: false }));
      assert.ok(whole.rows.some((r) => r.refs.length > 0), 'refs to leave out');
      assert.deepEqual(bare, withoutRefs(whole));
    });
  }

  it('a chart\'s CSV in slices is the one made in one go, byte for byte', async () => {
    const options: ChartOptions = { period: 'week', relation: 'speaks-about' };
    for (const chart of CHART_IDS) {
      for (const filter of [{}, { outlets: ['Kompas.com'] }, { kinds: ['quote' as const] }]) {
        const slices = new TimeSlices(() => Promise.resolve(), 0);
        const table = await runStepsInSlices(chartTableSteps(chart, ARTICLES, filter, options, { refs: false }), slices);
        const bytes = await runStepsInSlices(statsCsvBytesSteps(table), slices);
        assert.equal(new TextDecoder().decode(bytes), statsCsv(chartTable(chart, ARTICLES, filter, options)), `${chart} ${JSON.stringify(filter)}`);
      }
    }
  });

  it('CSV bytes: UTF-8 of every line across many chunks, characters outside the BMP included', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => ({ cells: [i, `Śri ${i} 😀`, i % 7 ? 'x, "y"' : '=SUM(A1)', null], refs: [] }));
    const table = { columns: ['n', 'name', 'note', 'none'], rows, notes: [] };
    const { result, steps } = counted(statsCsvBytesSteps(table));
    assert.deepEqual(result, new TextEncoder().encode(statsCsv(table)));
    assert.ok(steps >= 2, `${steps} steps`);
    assert.deepEqual(runSteps(statsCsvBytesSteps({ columns: ['a'], rows: [] })), new TextEncoder().encode('a\r\n'));
  });
});
