// `sorot stats` on a small corpus written here (three articles, their sidecars and a
// metadata table); every expected row is counted by hand from the texts below.
import assert from 'node:assert/strict';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { statsCommand } from '../../../src/cli/commands/stats';
import { serializeSidecar } from '../../../src/core/annotations/serialize';
import { makeTarget } from '../../../src/core/annotations/target';
import type { Annotation, Sidecar } from '../../../src/core/annotations/types';
import { runCaptured } from '../export/cli-run';

// berita/beras.txt: the text says ANTARA and Selasa (27/2/2024); the table says Tempo.
const BERAS = 'Harga Beras Naik\nJakarta (ANTARA) - Menteri Pertanian Andi Wijaya mengatakan stok beras cukup, Selasa (27/2/2024). "Kami sudah menyiapkan cadangan di gudang Perum Bulog," kata Andi.\n';
// berita/pupuk.txt: the text says KOMPAS.com and Rabu (6/3/2024); its sidecar sets 2024-03-07.
const PUPUK = 'Pupuk Langka\nLAMPUNG, KOMPAS.com - Kiriman pupuk terlambat, Rabu (6/3/2024). "Kami menunggu kiriman sejak bulan lalu," kata Joko Susilo, ketua kelompok tani.\n';
// opini/gula.txt: the text names no outlet or date; the table gives both.
const GULA = 'Gula Mahal\nHarga gula terus naik. "Pemerintah harus turun tangan," ujar ekonom Rina Hapsari.\n';
// urut/: Siti Rahayu has one quote and two reported statements, Budi Santoso two quotes.
const CABAI = 'Harga Cabai Turun\nBandung - Kepala dinas pertanian Siti Rahayu mengatakan pasokan cabai dari petani lokal aman. Siti Rahayu juga menyebutkan harga cabai akan turun pekan depan. "Petani sudah mulai panen raya," kata Siti.\n';
const PASAR = 'Pasar Induk Sepi\nBandung - "Pedagang sayur banyak yang mengeluh," kata Budi Santoso, ketua paguyuban pedagang. "Pembeli makin sedikit sejak hujan turun," ujar Budi.\n';
const TABLE = 'path,outlet,date\nopini/gula.txt,Warta Desa,2024-03-10\nberita/beras.txt,Tempo,\nbad.txt,X,2024-13-01\n';

const TIME = '2024-05-01T08:00:00.000Z';
let n = 0;
function annotation(text: string, exact: string, annotator: string, fields: Partial<Annotation>): Annotation {
  const start = text.indexOf(exact);
  assert.ok(start >= 0, exact);
  return { id: `01J00000000000000000000S${String(++n).padStart(2, '0')}`, target: makeTarget(text, start, start + exact.length), annotator, created: TIME, modified: TIME, status: 'accepted', tags: [], ...fields } as Annotation;
}

// --jobs 1: these tests are about the tables; test/unit/cli/jobs.test.ts holds the worker
// threads' output to --jobs 1's (under tsx a worker compiles the sources, seconds each).
const run = (args: string[]) => runCaptured(() => statsCommand.run([...args, '--jobs', '1']));

describe('CLI: sorot stats', function () {
  this.timeout(60000);
  let root: string;
  const korpus = () => join(root, 'korpus');

  before(async () => {
    root = await fsp.mkdtemp(join(tmpdir(), 'sorot-stats-'));
    await fsp.mkdir(join(korpus(), 'berita'), { recursive: true });
    await fsp.mkdir(join(korpus(), 'opini'), { recursive: true });
    await fsp.mkdir(join(korpus(), '.sorot'), { recursive: true });
    await fsp.writeFile(join(korpus(), 'berita', 'beras.txt'), BERAS);
    await fsp.writeFile(join(korpus(), 'berita', 'pupuk.txt'), PUPUK);
    await fsp.writeFile(join(korpus(), 'opini', 'gula.txt'), GULA);
    await fsp.writeFile(join(korpus(), '.sorot', 'articles.csv'), TABLE);
    const beras: Sidecar = { schemaVersion: 3, article: 'beras.txt', annotator: 'ani', articleStatus: 'done', annotations: [
      annotation(BERAS, 'stok beras cukup', 'ani', { kind: 'stance', stance: { holder: 'Andi Wijaya', target: 'Harga pangan', polarity: 'favor' } }),
      annotation(BERAS, 'Menteri Pertanian Andi Wijaya', 'ani', { kind: 'source', source: { sourceName: 'Andi Wijaya', sourceType: 'official', relation: 'direct' } }),
    ] };
    const pupuk: Sidecar = { schemaVersion: 3, article: 'pupuk.txt', metadata: { date: '2024-03-07' }, annotations: [
      annotation(PUPUK, 'Kiriman pupuk terlambat', 'budi', { kind: 'stance', stance: { holder: 'Joko Susilo', target: 'Harga pangan', polarity: 'against' } }),
      annotation(PUPUK, 'Joko Susilo', 'budi', { kind: 'source', source: { sourceName: 'Joko Susilo', sourceType: 'anonymous', relation: 'direct' } }),
      annotation(PUPUK, 'ketua kelompok tani', 'budi', { kind: 'source', status: 'suggested', source: { sourceName: 'x', sourceType: 'media', relation: 'direct' } }),
    ] };
    await fsp.writeFile(join(korpus(), 'berita', 'beras.ani.sorot.json'), serializeSidecar(beras));
    await fsp.writeFile(join(korpus(), 'berita', 'pupuk.sorot.json'), serializeSidecar(pupuk));
  });
  after(() => fsp.rm(root, { recursive: true, force: true }));

  /** stdout lines without the CR of CR LF; the table's bad row makes every run exit 1. */
  async function csv(args: string[]): Promise<string[]> {
    const r = await run([...args, korpus()]);
    assert.equal(r.code, 1, r.err);
    assert.match(r.err, /articles\.csv:4: date "2024-13-01" is not a date written YYYY-MM-DD/);
    return r.out.split('\r\n').filter(Boolean);
  }

  it('--by speaker (the default): speakers ranked by quotes + statements, then quotes, as CSV', async () => {
    assert.deepEqual(await csv([]), [
      'rank,speaker,speaker_id,quotes,reported,articles',
      '1,Andi Wijaya,,1,1,1', // and "mengatakan stok beras cukup", a reported statement
      '2,Joko Susilo,,1,0,1',
      '3,Rina Hapsari,,1,0,1',
    ]);
  });

  it('--by speaker: one quote and two reported statements (3) rank above two quotes (2)', async () => {
    const folder = join(root, 'urut');
    await fsp.mkdir(folder, { recursive: true });
    await fsp.writeFile(join(folder, 'cabai.txt'), CABAI);
    await fsp.writeFile(join(folder, 'pasar.txt'), PASAR);
    const r = await run([folder]);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(r.out.split('\r\n').filter(Boolean), [
      'rank,speaker,speaker_id,quotes,reported,articles',
      '1,Siti Rahayu,,1,2,1',
      '2,Budi Santoso,,2,0,1',
    ]);
  });

  it('--by outlet: the outlet each article\'s metadata decides (sidecar > table > text)', async () => {
    assert.deepEqual(await csv(['--by', 'outlet']), [
      'outlet,speaker,speaker_id,quotes,reported',
      'Tempo,Andi Wijaya,,1,1', // the table overrides the text's ANTARA
      'Kompas.com,Joko Susilo,,1,0', // from the dateline
      'Warta Desa,Rina Hapsari,,1,0', // from the table
    ]);
  });

  it('--by month / week with --kind quote: quotes per period, the sidecar\'s date over the text\'s', async () => {
    assert.deepEqual(await csv(['--by', 'month', '--kind', 'quote']), [
      'period,actor,entity_id,mentions,quotes',
      '2024-02,Andi Wijaya,,0,1',
      '2024-03,Joko Susilo,,0,1',
      '2024-03,Rina Hapsari,,0,1',
    ]);
    // 2024-02-27 is in ISO week 9; 2024-03-07 (the override, a Thursday) and 2024-03-10 (a Sunday) in week 10.
    assert.deepEqual((await csv(['--by', 'week', '--kind', 'quote'])).map((l) => l.split(',')[0]), ['period', '2024-W09', '2024-W10', '2024-W10']);
  });

  it('--by stance --format json: holder x target with polarity, and the annotations behind each row', async () => {
    const r = await run(['--by', 'stance', '--format', 'json', korpus()]);
    const rows = JSON.parse(r.out) as Array<Record<string, unknown> & { refs: Array<Record<string, unknown>> }>;
    assert.deepEqual(rows.map(({ refs: _refs, ...cells }) => cells), [
      { holder: 'Andi Wijaya', holder_id: null, target: 'Harga pangan', favor: 1, against: 0, neutral: 0, total: 1, polarity: 'favor' },
      { holder: 'Joko Susilo', holder_id: null, target: 'Harga pangan', favor: 0, against: 1, neutral: 0, total: 1, polarity: 'against' },
    ]);
    const at = BERAS.indexOf('stok beras cukup');
    assert.deepEqual(rows[0].refs, [{ article: 'korpus/berita/beras.txt', kind: 'stance', start: at, end: at + 'stok beras cukup'.length, id: '01J00000000000000000000S01', annotator: 'ani' }]);
    assert.equal(r.out.split('\n').length, 5, 'one row a line: [, two rows, ], and the final newline');
  });

  it('--by source-type: accepted source annotations per outlet (a suggestion does not count)', async () => {
    assert.deepEqual(await csv(['--by', 'source-type']), ['outlet,source_type,count,share', 'Kompas.com,anonymous,1,1', 'Tempo,official,1,1']);
  });

  it('--by network: speakers quoted with each other, and who speaks about whom', async () => {
    assert.deepEqual(await csv(['--by', 'network']), ['relation,source,target,weight', 'speaks-about,Andi Wijaya,Perum Bulog,1']);
  });

  it('filters: status, outlet, date range, folder, annotator', async () => {
    const speakers = async (args: string[]) => (await csv(args)).slice(1).map((l) => l.split(',')[1]);
    assert.deepEqual(await speakers(['--status', 'done']), ['Andi Wijaya']);
    assert.deepEqual(await speakers(['--status', 'not-started']), ['Joko Susilo', 'Rina Hapsari']);
    assert.deepEqual(await speakers(['--outlet', 'Tempo', '--outlet', 'Warta Desa']), ['Andi Wijaya', 'Rina Hapsari']);
    // pupuk.txt says Rabu (6/3/2024); its sidecar's 2024-03-07 decides.
    assert.deepEqual(await speakers(['--from', '2024-03-07', '--to', '2024-03-07']), ['Joko Susilo']);
    assert.deepEqual(await speakers(['--from', '2024-03-06', '--to', '2024-03-06']), []);
    assert.deepEqual(await speakers(['--folder', 'korpus/opini']), ['Rina Hapsari']);
    assert.deepEqual((await csv(['--by', 'stance', '--annotator', 'budi'])).slice(1), ['Joko Susilo,,Harga pangan,0,1,0,1,against']);
  });

  it('refuses bad arguments with the reason and the usage (exit 2)', async () => {
    for (const [args, reason] of [
      [['--by', 'reporter'], '--by takes one of speaker, outlet, month, week, stance, source-type, network'],
      [['--from', '2024-02-30'], '--from takes a date written YYYY-MM-DD'],
      [['--from', '2024-03-02', '--to', '2024-03-01'], '--from 2024-03-02 is after --to 2024-03-01'],
      [['--kind', 'quotes'], '--kind takes one of mention, quote, reported, claim, stance, source'],
      [['--format', 'xlsx'], '--format takes csv or json'],
    ] as const) {
      const r = await run([...args]);
      assert.equal(r.code, 2, args.join(' '));
      assert.ok(r.err.startsWith(`sorot stats: ${reason}\n\nusage: sorot stats`), r.err);
    }
    const help = await run(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.out, /--by VIEW/);
  });

  it('reads an explicit --articles-table and exits 0 when every file was read', async () => {
    const good = join(root, 'meta.csv');
    // Outside a .sorot folder, paths count from the table's own folder: root, so korpus/… .
    await fsp.writeFile(good, 'path,outlet\nkorpus/opini/gula.txt,Warta Kota\n');
    const r = await run(['--by', 'outlet', '--articles-table', good, korpus()]);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(r.out.split('\r\n').filter(Boolean).slice(1).map((l) => l.split(',')[0]), ['ANTARA', 'Kompas.com', 'Warta Kota']);
  });
});
