// Every table on the hand-built corpus of corpus.ts; the expected figures are counted
// there by hand.
import assert from 'node:assert/strict';
import { applyFilter } from '../../../src/core/analysis/filter';
import { quotedWithEdges, speaksAboutEdges } from '../../../src/core/analysis/network';
import { sourceTypeTable } from '../../../src/core/analysis/sources';
import { byCounts, speakerOutletTable, speakerTable } from '../../../src/core/analysis/speakers';
import { stanceMatrix } from '../../../src/core/analysis/stance';
import { actorTimeline, isoWeek } from '../../../src/core/analysis/timeline';
import { CORPUS, countsArticle } from './corpus';

const ALL = applyFilter(CORPUS);
const refs = (list: Array<{ article: string; kind: string; start: number }>) => list.map((r) => `${r.article}:${r.kind}@${r.start}`);

describe('analysis tables', () => {
  it('speakers: ranked by quotes and reported statements together, then quotes; nobody last; split by outlet with the items behind each count', () => {
    const rows = speakerTable(ALL);
    assert.deepEqual(rows.map((r) => [r.speaker, r.speakerId, r.quotes, r.reported, r.articles]), [
      ['Sri Mulyani', 'sri-mulyani-indrawati', 3, 0, 2], // 3 in all, as Faisal Basri: more quotes first
      ['Faisal Basri', undefined, 2, 1, 2],
      [null, undefined, 1, 0, 1],
    ]);
    assert.deepEqual(rows[0].outlets.map((o) => [o.outlet, o.quotes, o.reported]), [['ANTARA', 2, 0], [null, 1, 0]]);
    assert.deepEqual(rows[1].outlets.map((o) => [o.outlet, o.quotes, o.reported]), [['ANTARA', 1, 1], ['Kompas.com', 1, 0]]);
    assert.deepEqual(refs(rows[1].refs), ['berita/a.txt:quote@120', 'berita/a.txt:reported@150', 'berita/b.txt:quote@20']);
    assert.deepEqual(refs(rows[1].outlets[1].refs), ['berita/b.txt:quote@20']);
  });

  it('speakers: a bar\'s length (quotes + statements) decides, then quotes, then name; nobody last whatever their count', () => {
    // 6 + 4 = 10 below 3 + 8 = 11, a 3 above a 2 + 2 = 4 no longer: the bars in length order.
    const rows = [
      { name: 'Wulan', quotes: 6, reported: 4 },
      { name: null, quotes: 20, reported: 0 },
      { name: 'Yusuf', quotes: 3, reported: 0 },
      { name: 'Tono', quotes: 3, reported: 8 },
      { name: 'Putri', quotes: 2, reported: 2 },
      { name: 'Bayu', quotes: 1, reported: 3 },
      { name: 'Agus', quotes: 1, reported: 3 },
    ];
    assert.deepEqual([...rows].sort(byCounts((r) => r.name)).map((r) => r.name), ['Tono', 'Wulan', 'Putri', 'Agus', 'Bayu', 'Yusuf', null]);
  });

  it('speakers: the ranks, the outlets inside a bar and the long table (the CSV) follow the same order', () => {
    const articles = applyFilter([
      countsArticle('x/a.txt', 'Harian A', [['Lestari', 2, 0]]),
      countsArticle('x/b.txt', 'Harian B', [['Lestari', 1, 2], ['Hendra', 4, 0]]),
      countsArticle('x/c.txt', 'Harian C', [['Lestari', 0, 2]]),
    ]);
    const rows = speakerTable(articles);
    assert.deepEqual(rows.map((r) => [r.speaker, r.quotes, r.reported]), [['Lestari', 3, 4], ['Hendra', 4, 0]]);
    assert.deepEqual(rows[0].outlets.map((o) => [o.outlet, o.quotes, o.reported]), [['Harian B', 1, 2], ['Harian A', 2, 0], ['Harian C', 0, 2]]);
    assert.deepEqual(speakerOutletTable(articles).map((r) => [r.speaker, r.outlet]), [['Lestari', 'Harian B'], ['Lestari', 'Harian A'], ['Lestari', 'Harian C'], ['Hendra', 'Harian B']]);
  });

  it('speakers by outlet: one row per speaker and outlet', () => {
    assert.deepEqual(speakerOutletTable(ALL).map((r) => [r.speaker, r.outlet, r.quotes, r.reported]), [
      ['Sri Mulyani', 'ANTARA', 2, 0],
      ['Sri Mulyani', null, 1, 0],
      ['Faisal Basri', 'ANTARA', 1, 1],
      ['Faisal Basri', 'Kompas.com', 1, 0],
      [null, 'Kompas.com', 1, 0],
    ]);
  });

  it('stance matrix: one cell per holder (by KB id, whatever the label) and target, polarity counted; suggested ones left out', () => {
    const m = stanceMatrix(ALL);
    assert.deepEqual(m.holders, ['Sri Mulyani', 'Faisal Basri']);
    assert.deepEqual(m.targets, ['subsidi']);
    assert.deepEqual(m.cells.map((c) => [c.holder, c.holderId, c.target, c.favor, c.against, c.neutral, c.total, c.polarity]), [
      ['Sri Mulyani', 'sri-mulyani-indrawati', 'subsidi', 1, 1, 0, 2, 'mixed'],
      ['Faisal Basri', undefined, 'subsidi', 0, 1, 0, 1, 'against'],
    ]);
    assert.deepEqual(m.cells[0].refs.map((r) => [r.article, r.annotator]), [['berita/a.txt', 'ani'], ['berita/a.txt', 'budi']]);
  });

  it('source types per outlet, with each type\'s share of the outlet; a suggestion does not count', () => {
    assert.deepEqual(sourceTypeTable(ALL).map((r) => [r.outlet, r.sourceType, r.count, r.share]), [
      ['ANTARA', 'official', 1, 1],
      ['Kompas.com', 'official', 1, 0.5],
      ['Kompas.com', 'anonymous', 1, 0.5],
    ]);
  });

  it('actors over time: mentions and quotes per month and per ISO week; an undated article is counted apart', () => {
    const month = actorTimeline(ALL, 'month');
    assert.equal(month.undated, 1);
    assert.deepEqual(month.rows.map((r) => [r.period, r.actor, r.mentions, r.quotes]), [
      ['2024-02', 'Sri Mulyani', 1, 2],
      ['2024-02', 'Faisal Basri', 1, 1],
      ['2024-02', 'Bank Indonesia', 1, 0],
      ['2024-03', 'Faisal Basri', 1, 1],
      ['2024-03', 'Sri Mulyani', 1, 0],
    ]);
    assert.equal(month.rows[0].entityId, 'sri-mulyani-indrawati');
    assert.deepEqual(actorTimeline(ALL, 'week').rows.map((r) => r.period), ['2024-W09', '2024-W09', '2024-W09', '2024-W10', '2024-W10']);
  });

  it('ISO weeks: Monday starts a week; the first Thursday decides week 1, across year ends', () => {
    assert.equal(isoWeek('2024-02-27'), '2024-W09');
    assert.equal(isoWeek('2024-03-03'), '2024-W09'); // a Sunday
    assert.equal(isoWeek('2024-03-04'), '2024-W10'); // a Monday
    assert.equal(isoWeek('2021-01-03'), '2020-W53');
    assert.equal(isoWeek('2024-12-30'), '2025-W01');
  });

  it('network: who is quoted with whom (per article), and who speaks about whom (actors inside their quotes)', () => {
    assert.deepEqual(quotedWithEdges(ALL).map((e) => [e.source, e.target, e.weight, refs(e.refs)]), [
      ['Faisal Basri', 'Sri Mulyani', 1, ['berita/a.txt:quote@30', 'berita/a.txt:quote@70', 'berita/a.txt:quote@120']],
    ]);
    assert.deepEqual(speaksAboutEdges(ALL).map((e) => [e.source, e.target, e.weight, refs(e.refs)]), [
      ['Faisal Basri', 'Sri Mulyani', 1, ['berita/b.txt:quote@20']],
      ['Sri Mulyani', 'Bank Indonesia', 1, ['berita/a.txt:quote@30']],
    ]);
  });
});

describe('analysis filters (one place, every table)', () => {
  const paths = (f: Parameters<typeof applyFilter>[1]) => applyFilter(CORPUS, f).map((a) => a.path);

  it('by folder (whole folder names), outlet ("" = none), date range (undated out)', () => {
    assert.deepEqual(paths({ folders: ['opini'] }), ['opini/c.txt']);
    assert.deepEqual(paths({ folders: ['./berita/'] }), ['berita/a.txt', 'berita/b.txt']);
    assert.deepEqual(paths({ folders: ['beri'] }), []);
    assert.deepEqual(paths({ outlets: ['ANTARA'] }), ['berita/a.txt']);
    assert.deepEqual(paths({ outlets: [''] }), ['opini/c.txt']);
    assert.deepEqual(paths({ from: '2024-03-01' }), ['berita/b.txt']);
    assert.deepEqual(paths({ from: '2024-02-27', to: '2024-03-04' }), ['berita/a.txt', 'berita/b.txt']);
    assert.deepEqual(paths({ to: '2024-02-26' }), []);
  });

  it('by article status: no status is not-started; with annotators, only their sidecars\' status', () => {
    assert.deepEqual(paths({ statuses: ['not-started'] }), ['berita/b.txt']);
    assert.deepEqual(paths({ statuses: ['done'] }), ['berita/a.txt']);
    assert.deepEqual(paths({ statuses: ['in-progress', 'done'] }), ['berita/a.txt', 'opini/c.txt']);
    assert.deepEqual(paths({ statuses: ['not-started'], annotators: ['budi'] }), ['berita/a.txt', 'berita/b.txt', 'opini/c.txt']);
  });

  it('by annotator: only their annotations count in the stance matrix', () => {
    const m = stanceMatrix(applyFilter(CORPUS, { annotators: ['budi'] }));
    assert.deepEqual(m.cells.map((c) => [c.holder, c.favor, c.against, c.polarity]), [['Bu Menkeu', 0, 1, 'against'], ['Faisal Basri', 0, 1, 'against']]);
  });

  it('by kind: other kinds are emptied, the articles stay', () => {
    const quotesOnly = applyFilter(CORPUS, { kinds: ['quote'] });
    assert.equal(quotesOnly.length, 3);
    assert.deepEqual(speakerTable(quotesOnly).map((r) => [r.speaker, r.quotes, r.reported]), [['Sri Mulyani', 3, 0], ['Faisal Basri', 2, 0], [null, 1, 0]]);
    assert.deepEqual(stanceMatrix(quotesOnly).cells, []);
    assert.deepEqual(speaksAboutEdges(quotesOnly), []); // no mentions to speak about
    assert.deepEqual(sourceTypeTable(applyFilter(CORPUS, { kinds: ['source'] })).length, 3);
  });
});
