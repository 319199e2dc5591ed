// The analysis view's model and messages (src/extension/analysis): what each chart gets
// from the hand-counted corpus of the table tests, that every mark's key leads to the
// items behind it, that a filter from the page goes through the core filter, that a
// chart's CSV is the one `sorot stats` prints, and that the page is served under a
// strict CSP with every string translated.
import assert from 'node:assert/strict';
import { applyFilter, statsCsv, statsTable } from '../../../src/core/analysis';
import { analysisHtml, webviewStrings } from '../../../src/extension/analysis/html';
import type { Annotation } from '../../../src/core/annotations/types';
import { buildModel, chartStatsView, chartTable, DEFAULT_OPTIONS, facetsOf, periodsBetween, sanitizeFilter } from '../../../src/extension/analysis/view-model';
import { CORPUS, countsArticle } from '../analysis/corpus';

describe('analysis view: model', () => {
  it('speakers: one mark per speaker, outlet and kind, ranked as the core ranks them; nobody left out', () => {
    const { model, refsOf } = buildModel(CORPUS, {});
    assert.deepEqual(model.speakers.order, ['Sri Mulyani', 'Faisal Basri']);
    assert.deepEqual(
      model.speakers.marks.map((m) => [m.speaker, m.outlet, m.kind, m.count]),
      [['Sri Mulyani', 'ANTARA', 'quote', 2], ['Sri Mulyani', '', 'quote', 1], ['Faisal Basri', 'ANTARA', 'quote', 1], ['Faisal Basri', 'ANTARA', 'reported', 1], ['Faisal Basri', 'Kompas.com', 'quote', 1]],
    );
    assert.deepEqual(model.speakers.outlets, ['ANTARA', 'Kompas.com', '']);
    const reported = model.speakers.marks.find((m) => m.kind === 'reported')!;
    assert.deepEqual(refsOf(reported.key), [{ article: 'berita/a.txt', kind: 'reported', start: 150, end: 170 }]);
  });

  it('speakers: the bars in order of their length (quotes + statements), then quotes; the outlets inside a bar likewise', () => {
    const { model } = buildModel([
      countsArticle('x/a.txt', 'Harian A', [['Wulan', 6, 4], ['Yusuf', 3, 0]]),
      countsArticle('x/b.txt', 'Harian B', [['Tono', 3, 8], ['Putri', 2, 0]]),
      countsArticle('x/c.txt', 'Harian C', [['Putri', 1, 3]]),
    ], {});
    assert.deepEqual(model.speakers.order, ['Tono', 'Wulan', 'Putri', 'Yusuf']);
    assert.deepEqual(model.speakers.marks.filter((m) => m.speaker === 'Putri').map((m) => [m.outlet, m.kind, m.count]), [['Harian C', 'quote', 1], ['Harian C', 'reported', 3], ['Harian B', 'quote', 2]]);
  });

  it('stance, sources, timeline and network marks each lead to their items', () => {
    const { model, refsOf } = buildModel(CORPUS, {});
    const sri = model.stance.marks.find((m) => m.holder === 'Sri Mulyani')!;
    assert.deepEqual([sri.favor, sri.against, sri.polarity], [1, 1, 'mixed']);
    assert.deepEqual(refsOf(sri.key).map((r) => r.annotator), ['ani', 'budi']);
    assert.deepEqual(model.sources.marks.map((m) => [m.outlet, m.sourceType, m.count]), [['ANTARA', 'official', 1], ['Kompas.com', 'official', 1], ['Kompas.com', 'anonymous', 1]]);
    assert.deepEqual(model.timeline.periods, ['2024-02', '2024-03']);
    assert.equal(model.timeline.undated, 1);
    const feb = model.timeline.marks.find((m) => m.period === '2024-02' && m.actor === 'Sri Mulyani')!;
    assert.deepEqual([feb.mentions, feb.quotes, refsOf(feb.key).length], [1, 2, 3]);
    assert.deepEqual(model.network.marks.map((m) => [m.source, m.target, m.weight]), [['Faisal Basri', 'Sri Mulyani', 1]]);
    const node = model.network.nodes.find((n) => n.id === 'Faisal Basri')!;
    assert.deepEqual(refsOf(node.key).map((r) => [r.article, r.start]), [['berita/a.txt', 30], ['berita/a.txt', 70], ['berita/a.txt', 120]]);
  });

  it('options: ISO weeks, and who speaks about whom', () => {
    const { model } = buildModel(CORPUS, {}, { period: 'week', relation: 'speaks-about' });
    assert.deepEqual(model.timeline.periods, ['2024-W09', '2024-W10']);
    assert.deepEqual(model.network.marks.map((m) => [m.source, m.target]), [['Faisal Basri', 'Sri Mulyani'], ['Sri Mulyani', 'Bank Indonesia']]);
    assert.deepEqual(model.network.nodes.map((n) => [n.id, n.speaks]), [['Bank Indonesia', 0], ['Faisal Basri', 1], ['Sri Mulyani', 1]]);
  });

  it('the filter is the core filter: an outlet keeps its articles in every chart', () => {
    const { model } = buildModel(CORPUS, { outlets: ['Kompas.com'] });
    assert.equal(model.articles, applyFilter(CORPUS, { outlets: ['Kompas.com'] }).length);
    assert.deepEqual(model.speakers.order, ['Faisal Basri']);
    assert.deepEqual(model.stance.marks.map((m) => m.holder), ['Faisal Basri']);
    assert.deepEqual(model.sources.outlets, ['Kompas.com']);
    assert.deepEqual(model.network.marks, []);
  });

  it('facets: folders, outlets ("" for none), annotators, date range of the whole corpus', () => {
    const f = facetsOf(CORPUS);
    assert.deepEqual([f.articles, f.folders, f.outlets, f.annotators, f.firstDate, f.lastDate], [3, ['berita', 'opini'], ['ANTARA', 'Kompas.com', ''], ['ani', 'budi'], '2024-02-27', '2024-03-04']);
  });
});

describe('analysis view: reserved actors named in the display language', () => {
  // A stance of the outlet's own voice, as stored (id and fixed English label), e.g. imported
  // from an annotator whose editor showed it in Indonesian.
  const editorial = { ...CORPUS[1], annotations: [...CORPUS[1].annotations, {
    ...CORPUS[1].annotations.find((a) => a.kind === 'stance')!, id: '01J00000000000000000000999', annotator: 'ani',
    stance: { holder: 'the outlet (own voice)', holderId: 'outlet', target: 'subsidi', polarity: 'favor' },
  } as Annotation] };
  const corpus = [CORPUS[0], editorial, CORPUS[2]];
  const SHOWN = 'media itu sendiri (suara redaksi)';
  const names = { actor: (label: string, id: string | undefined) => (id === 'outlet' ? SHOWN : label) };

  it('draws a reserved stance holder under the label the editor shows, leading to the same items', () => {
    const { model, refsOf } = buildModel(corpus, {}, DEFAULT_OPTIONS, names);
    assert.ok(model.stance.holders.includes(SHOWN), JSON.stringify(model.stance.holders));
    assert.ok(!model.stance.holders.includes('the outlet (own voice)'));
    const mark = model.stance.marks.find((m) => m.holder === SHOWN)!;
    assert.deepEqual([mark.favor, mark.total, refsOf(mark.key).map((r) => r.annotator)], [1, 1, ['ani']]);
    // Guard: every other holder keeps its name; the CSV keeps the stored identity.
    assert.deepEqual(model.stance.holders.filter((h) => h !== SHOWN), buildModel(corpus, {}).model.stance.holders.filter((h) => h !== 'the outlet (own voice)'));
    assert.match(statsCsv(chartTable('stance', corpus, {}, DEFAULT_OPTIONS)), /the outlet \(own voice\),outlet,subsidi/);
  });
});

describe('analysis view: time axis', () => {
  it('holds every month or ISO week between the first and last date, empty ones too', () => {
    const at = (date: string) => ({ ...CORPUS[0], date });
    assert.deepEqual(periodsBetween([at('2025-05-30'), at('2025-08-02')], 'month'), ['2025-05', '2025-06', '2025-07', '2025-08']);
    assert.deepEqual(periodsBetween([at('2024-12-30'), at('2025-01-13')], 'week'), ['2025-W01', '2025-W02', '2025-W03']);
    assert.deepEqual(periodsBetween([CORPUS[2]], 'month'), []);
  });
});

describe('analysis view: messages', () => {
  it('a filter from the page keeps only the documented fields and values', () => {
    assert.deepEqual(sanitizeFilter({ outlets: ['ANTARA', 3], from: '2024-02-01', to: 'tomorrow', statuses: ['done', 'lost'], kinds: ['quote', 'x'], extra: true, folders: [] }), {
      outlets: ['ANTARA'], from: '2024-02-01', statuses: ['done'], kinds: ['quote'],
    });
    assert.deepEqual(sanitizeFilter('nonsense'), {});
  });

  it('a chart\'s CSV is the sorot stats table of the same view and filter', () => {
    const filter = { outlets: ['ANTARA'] };
    for (const chart of ['speakers', 'stance', 'sources', 'timeline'] as const) {
      const view = chartStatsView(chart, { period: 'month', relation: 'quoted-with' });
      assert.equal(statsCsv(chartTable(chart, CORPUS, filter, { period: 'month', relation: 'quoted-with' })), statsCsv(statsTable(view, applyFilter(CORPUS, filter))), chart);
    }
    const network = statsCsv(chartTable('network', CORPUS, {}, { period: 'month', relation: 'speaks-about' }));
    assert.equal(network, 'relation,source,target,weight\r\nspeaks-about,Faisal Basri,Sri Mulyani,1\r\nspeaks-about,Sri Mulyani,Bank Indonesia,1\r\n');
  });

  it('the page: script only by nonce, no eval, every string through l10n', () => {
    const asked: string[] = [];
    const vscode = { l10n: { t: (s: string) => (asked.push(s), `«${s}»`) } };
    const html = analysisHtml(vscode, { cspSource: 'vscode-resource:', nonce: 'abc123', script: 'https://x/analysis.js', style: 'https://x/analysis.css', language: 'id' });
    const csp = /Content-Security-Policy" content="([^"]*)"/.exec(html)![1];
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-abc123'/);
    assert.doesNotMatch(csp, /unsafe-eval|unsafe-inline/);
    assert.match(html, /<script nonce="abc123" src="https:\/\/x\/analysis.js"><\/script>/);
    const strings = webviewStrings(vscode);
    assert.ok(Object.entries(strings).every(([k, v]) => v === `«${k}»`));
    assert.ok(asked.includes('Sorot: Analyse Corpus'));
  });
});
