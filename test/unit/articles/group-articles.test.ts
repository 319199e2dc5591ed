import assert from 'node:assert/strict';
import { bucketByMetadata, groupByMetadata, monthOf, type GroupableArticle } from '../../../src/core/articles/group-articles';
import { combineMetadata, textMetadataValues } from '../../../src/core/articles/summary-metadata';
import { TimeSlices } from '../../../src/core/incremental/time-slices';
import { seededRandom } from '../../../src/core/text/seeded-random';

const a = (path: string, outlet?: string, date?: string): GroupableArticle => ({ path, metadata: { ...(outlet ? { outlet } : {}), ...(date ? { date } : {}) } });
const pending = (path: string): GroupableArticle => ({ path, metadata: undefined });
const shape = (groups: Awaited<ReturnType<typeof groupByMetadata<GroupableArticle>>>) => groups.map((g) => [g.kind, g.value, g.items.map((i) => i.path)]);

describe('core/articles/group-articles', () => {
  const corpus = [
    a('b/10-banjir.txt', 'Kompas.com', '2024-03-02'),
    a('a/2-gabah.txt', 'KOMPAS.com', '2024-02-27'),
    a('c/sampah.txt', 'ANTARA', '2024-02-01'),
    a('d/tanpa.txt'),
    a('b/2-jalan.txt', undefined, '2024-02-27'),
    pending('e/baru.txt'),
  ];

  it('groups by outlet: spellings of one outlet together, named as the outlet list names it; no outlet, then not read yet, last', async () => {
    assert.deepEqual(shape(await groupByMetadata(corpus, 'outlet', (x) => x)), [
      ['outlet', 'ANTARA', ['c/sampah.txt']],
      ['outlet', 'Kompas.com', ['a/2-gabah.txt', 'b/10-banjir.txt']],
      ['no-outlet', '', ['b/2-jalan.txt', 'd/tanpa.txt']],
      ['pending', '', ['e/baru.txt']],
    ]);
  });

  it('groups by month, oldest first, articles by day then path; no date, then not read yet, last', async () => {
    const groups = await groupByMetadata(corpus, 'month', (x) => x);
    assert.deepEqual(shape(groups), [
      ['month', '2024-02', ['c/sampah.txt', 'a/2-gabah.txt', 'b/2-jalan.txt']],
      ['month', '2024-03', ['b/10-banjir.txt']],
      ['no-date', '', ['d/tanpa.txt']],
      ['pending', '', ['e/baru.txt']],
    ]);
    // the key ranges are split by starts with the date
    assert.equal(groups[0]!.sortKey(groups[0]!.items[1]!), '2024-02-27 a/2-gabah.txt');
    assert.equal(groups[0]!.minLabel, 10);
  });

  it('lists every article in one group by path, numbers by value', async () => {
    assert.deepEqual(shape(await groupByMetadata([a('x/10.txt'), a('x/9.txt'), pending('a.txt')], 'none', (x) => x)), [['all', '', ['a.txt', 'x/9.txt', 'x/10.txt']]]);
    assert.deepEqual(await groupByMetadata([], 'none', (x: GroupableArticle) => x), []);
  });

  it('lists the groups in order with their articles as given; each group\'s order then sorts them as grouped', async () => {
    for (const grouping of ['outlet', 'month', 'none'] as const) {
      const buckets = await bucketByMetadata(corpus, grouping, (x) => x);
      const grouped = await groupByMetadata(corpus, grouping, (x) => x);
      assert.deepEqual(buckets.map((g) => [g.kind, g.value]), grouped.map((g) => [g.kind, g.value]), grouping);
      for (const [i, g] of buckets.entries()) {
        assert.deepEqual(g.items, corpus.filter((x) => g.items.includes(x)), `${grouping}: as given`);
        assert.deepEqual(g.items.slice().sort(g.order), grouped[i]!.items, `${grouping} ${g.value}: sorted by its order`);
      }
    }
  });

  it('groups the same in slices as in one go, pausing within the budget', async () => {
    const rnd = seededRandom(5);
    const outlets = ['Kompas.com', 'KOMPAS.com', 'ANTARA', 'Harian Contoh', undefined];
    const many = Array.from({ length: 2500 }, (_, i) => {
      if (i % 97 === 0) return pending(`p/${i}.txt`);
      const day = Math.floor(rnd() * 60);
      const date = rnd() < 0.1 ? undefined : `2024-${String(1 + Math.floor(day / 28)).padStart(2, '0')}-${String(1 + (day % 28)).padStart(2, '0')}`;
      return a(`${['x', 'y/z', 'Y'][i % 3]}/${Math.floor(rnd() * 400)}.txt`, outlets[Math.floor(rnd() * outlets.length)], date);
    });
    for (const grouping of ['outlet', 'month', 'none'] as const) {
      let t = 0;
      let pauses = 0;
      const slices = new TimeSlices(async () => void pauses++, 3, () => t++, 1);
      assert.deepEqual(shape(await groupByMetadata(many, grouping, (x) => x, slices)), shape(await groupByMetadata(many, grouping, (x) => x)), grouping);
      assert.ok(pauses > 500, `${grouping}: ${pauses} pauses`);
    }
  });

  it('takes the month of a calendar date only', () => {
    assert.equal(monthOf('2024-02-27'), '2024-02');
    assert.equal(monthOf('2024-2-27'), undefined);
    assert.equal(monthOf(undefined), undefined);
  });
});

describe('core/articles/summary-metadata', () => {
  it('keeps the outlet and date the text says', () => {
    assert.deepEqual(textMetadataValues('Judul\n\nJAKARTA, KOMPAS.com - Harga naik, Jumat (15/8/2025).\n'), { outlet: 'Kompas.com', date: '2025-08-15' });
    assert.deepEqual(textMetadataValues('Judul tanpa apa-apa.\n'), {});
  });

  it('lets a researcher\'s override beat the table, and the table beat the text, field by field', () => {
    const text = { outlet: 'Kompas.com', date: '2025-08-15' };
    const table = { file: '.sorot/articles.csv', entry: { path: 'a.txt', line: 2, outlet: 'Harian Contoh' } };
    assert.deepEqual(combineMetadata({ table }, text), { outlet: 'Harian Contoh', date: '2025-08-15' });
    assert.deepEqual(combineMetadata({ table, overrides: [{ file: 'a.sorot.json', date: '2025-08-14' }] }, text), { outlet: 'Harian Contoh', date: '2025-08-14' });
    assert.deepEqual(combineMetadata({}, {}), {});
  });
});
