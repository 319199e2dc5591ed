// Every CLI command that recognizes does it with the workspace KB (.sorot/actors.json
// over the built-in KB), as the editor's engine does: a name marked "not an actor
// everywhere" is not found, an actor the researcher added is. On worker threads
// (--jobs 2) the same as on the command's own thread (--jobs 1), byte for byte.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { promises as fsp, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { agreementCommand } from '../../../src/cli/commands/agreement';
import { recognizedLayerAgreement, type AgreementReport } from '../../../src/core/agreement';
import type { Correction } from '../../../src/core/annotations/corrections';
import { serializeSidecar } from '../../../src/core/annotations/serialize';
import { articleTextHash } from '../../../src/core/annotations/text-version';
import { SIDECAR_SCHEMA_VERSION } from '../../../src/core/annotations/types';
import { curate } from '../../../src/core/curation';
import { decide, type DecisionValues } from '../../../src/core/curation/decide';
import { KbIndex, loadBuiltinKb, mergeWorkspaceKbText } from '../../../src/core/kb';
import { analyze } from '../../../src/core/recognize/analyze';
import type { AnalysisResult } from '../../../src/core/recognize/types';
import { runCaptured } from '../export/cli-run';

const ROOT = resolve(__dirname, '../../..');
const CLI = ['--import', pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href, join(ROOT, 'src/cli/main.ts')];

// Written for this test (fictional people, organisations and events).
const ARTICLES: Record<string, string> = {
  'pangan.txt':
    'Kerja Sama Pangan Dibahas di Jakarta\n\n' +
    'JAKARTA - Pemerintah membahas kerja sama pangan dengan Prancis pada Selasa (3/3/2026). Rombongan dari Prancis tiba sejak pagi.\n\n' +
    '"Kami ingin pasokan gandum tetap stabil," kata Ketua Koperasi Tani Lestari Rindang Sasmita kepada wartawan.\n\n' +
    'Menurut Rindang, petani di Jawa Barat siap menanam lebih banyak jagung bila harga pupuk turun.\n\n' +
    'Data aplikasi Lumbungkita menunjukkan harga jagung naik dua pekan terakhir. Pejabat Prancis menolak berkomentar.\n',
  'gandum.txt':
    'Impor Gandum Tertahan di Pelabuhan\n\n' +
    'SURABAYA - Kapal pengangkut gandum dari Prancis tertahan di Tanjung Perak sejak Rabu (4/3/2026).\n\n' +
    '"Dokumen karantina belum lengkap," ujar juru bicara Lumbungkita, Teguh Wiranata, Kamis.\n\n' +
    'Teguh menyebut stok di gudang masih cukup untuk tiga pekan.\n',
};
/** The researcher's workspace file: "Prancis" is not an actor anywhere; Lumbungkita is one. */
const WORKSPACE_KB = JSON.stringify({ version: 1, suppress: ['Prancis'], entities: [{ id: 'lumbungkita', canonical: 'Lumbungkita', type: 'ORG', aliases: ['Lumbungkita'] }] });

/** What the extension's engine gives: analyze(text, { kb: new KbIndex(merged KB) }). */
const WORKSPACE_INDEX = new KbIndex(mergeWorkspaceKbText(loadBuiltinKb(), WORKSPACE_KB).kb);
const editorAnalysis = (text: string): AnalysisResult => analyze(text, { kb: WORKSPACE_INDEX });
const surfaces = (r: Pick<AnalysisResult, 'actors'>) => r.actors.map((a) => `${a.text}/${a.type}`);

interface Run { code: number | null; stdout: string; stderr: string }
function cli(args: string[], cwd: string): Run {
  const r = spawnSync(process.execPath, [...CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let clock = 0;
function correction(text: string, annotator: string, surface: string, decision: 'accept' | 'reject', values: DecisionValues | { layer: 'actor' }): Correction {
  const start = text.indexOf(surface);
  assert.ok(start >= 0, `"${surface}" is in the test text`);
  return decide({ text, start, end: start + surface.length, annotator, decision, values, now: Date.UTC(2026, 11, 5) + ++clock }, []).correction;
}

describe('CLI: the recognized layer with the workspace KB', function () {
  this.timeout(120_000);
  let dir: string;
  const korpus = () => join(dir, 'korpus');
  const pangan = ARTICLES['pangan.txt'];
  // Both annotators reviewed pangan.txt (so agreement compares its recognized layer); ani
  // rejected "Prancis" when the recognizer still found it (the KB now agrees).
  const corrections: Record<string, Correction[]> = {
    ani: [correction(pangan, 'ani', 'JAKARTA', 'reject', { layer: 'actor' }), correction(pangan, 'ani', 'Prancis', 'reject', { layer: 'actor' })],
    budi: [correction(pangan, 'budi', 'Jawa Barat', 'accept', { layer: 'actor', type: 'GPE', canonical: 'Jawa Barat' })],
  };

  before(async () => {
    // The premises: the built-in KB finds "Prancis" and not the organisation Lumbungkita
    // (in gandum.txt it takes it for a person); the workspace KB the other way round.
    for (const text of Object.values(ARTICLES)) {
      assert.ok(surfaces(analyze(text)).includes('Prancis/GPE'));
      assert.ok(!surfaces(analyze(text)).includes('Lumbungkita/ORG'));
      assert.ok(!surfaces(editorAnalysis(text)).some((s) => s.startsWith('Prancis/')));
      assert.ok(surfaces(editorAnalysis(text)).includes('Lumbungkita/ORG'));
    }
    dir = await fsp.mkdtemp(join(tmpdir(), 'sorot-cli-recognize-kb-'));
    await fsp.mkdir(join(korpus(), '.sorot'), { recursive: true });
    await fsp.writeFile(join(korpus(), '.sorot', 'actors.json'), WORKSPACE_KB);
    for (const [name, text] of Object.entries(ARTICLES)) await fsp.writeFile(join(korpus(), name), text);
    for (const [annotator, list] of Object.entries(corrections)) {
      await fsp.writeFile(
        join(korpus(), `pangan.${annotator}.sorot.json`),
        serializeSidecar({ schemaVersion: SIDECAR_SCHEMA_VERSION, article: 'pangan.txt', annotator, textHash: articleTextHash(pangan), annotations: [], corrections: list }),
      );
    }
  });
  after(() => dir && fsp.rm(dir, { recursive: true, force: true }));

  /** The command with --jobs 1 and --jobs 2: the same bytes on stdout and stderr, the same code. */
  const bothJobs = (args: (jobs: string) => string[]): Run => {
    const one = cli([...args('1'), '--jobs', '1'], dir);
    const two = cli([...args('2'), '--jobs', '2'], dir);
    assert.equal(two.stdout.replace(/-2\b/g, '-1'), one.stdout);
    assert.equal(two.stderr.replace(/-2\b/g, '-1'), one.stderr);
    assert.equal(two.code, one.code);
    return one;
  };

  it('sorot analyze gives what the editor engine gives', () => {
    const r = bothJobs(() => ['analyze', 'korpus']);
    assert.equal(r.code, 0, r.stderr);
    const printed = JSON.parse(r.stdout) as Record<string, AnalysisResult>;
    for (const [name, text] of Object.entries(ARTICLES)) {
      assert.deepEqual(printed[join('korpus', name)], JSON.parse(JSON.stringify(editorAnalysis(text))));
    }
  });

  it('sorot export --recognized (jsonl) drops the suppressed name and exports the added actor, as curate() over the editor analysis', async () => {
    const r = bothJobs((jobs) => ['export', '--format', 'jsonl', '--recognized', '--out', `x-${jobs}`, 'korpus']);
    assert.equal(r.code, 0, r.stderr);
    const read = (jobs: string) => readFileSync(join(dir, `x-${jobs}`, 'annotations.jsonl'), 'utf8');
    assert.equal(read('2'), read('1'));
    const lines = read('1').trim().split('\n').map((l) => JSON.parse(l) as { article: string; kind: string; exact: string; start: number; end: number; entityId?: string });
    const actors = lines.filter((l) => l.kind === 'actor');
    assert.ok(!actors.some((l) => l.exact === 'Prancis'));
    assert.equal(actors.filter((l) => l.entityId === 'lumbungkita').length, 2);
    for (const [name, text] of Object.entries(ARTICLES)) {
      const own = name === 'pangan.txt' ? [...corrections.ani, ...corrections.budi] : [];
      const expected = curate(editorAnalysis(text), own).actors.map((a) => [a.start, a.end, a.text]);
      assert.deepEqual(actors.filter((l) => l.article === `korpus/${name}`).map((l) => [l.start, l.end, l.exact]), expected);
    }
  });

  it('sorot stats counts the added actor and not the suppressed one', () => {
    const r = bothJobs(() => ['stats', '--by', 'month', '--format', 'json', 'korpus']);
    assert.equal(r.code, 0, r.stderr);
    const rows = JSON.parse(r.stdout) as Array<{ actor: string; mentions: number }>;
    assert.deepEqual(rows.filter((x) => x.actor === 'Lumbungkita').map((x) => x.mentions), [2]);
    assert.ok(!rows.some((x) => x.actor === 'France'), JSON.stringify(rows));
  });

  it('sorot validate reads the corrections against the same analysis', () => {
    const r = bothJobs(() => ['validate', '--json', 'korpus']);
    const notes = (run: Run) =>
      (JSON.parse(run.stdout) as Array<{ path: string; curation?: Array<{ exact: string; outcome: string }> }>)
        .find((f) => f.path.endsWith('pangan.ani.sorot.json'))?.curation?.map((n) => `${n.exact}: ${n.outcome}`);
    // The workspace KB no longer finds "Prancis": ani's reject of it changes nothing now.
    assert.deepEqual(notes(r), ['Prancis: redundant']);
    // With the built-in KB (a --kb file that is not there: named in a warning) it still does.
    const builtin = cli(['validate', '--json', '--kb', join(dir, 'none.json'), 'korpus'], dir);
    assert.deepEqual(notes(builtin), []);
    assert.match(builtin.stderr, /sorot validate: warning: .*none\.json: .*built-in knowledge base/);
  });

  it("sorot agreement's recognized tables are computed over the editor analysis", async () => {
    const r = await runCaptured(() => agreementCommand.run(['--json', korpus()]));
    assert.equal(r.code, 0, r.err);
    const report = JSON.parse(r.out) as AgreementReport;
    const expected = recognizedLayerAgreement(
      [{ path: 'pangan.txt', corrections: [...corrections.ani, ...corrections.budi], annotators: ['ani', 'budi'], analysis: () => editorAnalysis(pangan) }],
      {},
    );
    assert.deepEqual(report.recognized?.actors.map((row) => [row.a, row.b, row.mentionsA, row.mentionsB, row.matched]), expected.actors.map((row) => [row.a, row.b, row.mentionsA, row.mentionsB, row.matched]));
    // budi's layer is the machine's: every mention the workspace KB finds, and only those.
    assert.equal(report.recognized?.actors[0]?.mentionsB, editorAnalysis(pangan).actors.length);
    assert.notEqual(editorAnalysis(pangan).actors.length, analyze(pangan).actors.length);
  });

  it('a KB file that cannot be parsed is named in a warning and the built-in KB recognizes', async () => {
    const broken = join(dir, 'broken.json');
    await fsp.writeFile(broken, '{ "version": 1, ');
    const r = bothJobs(() => ['analyze', '--kb', broken, 'korpus']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /sorot analyze: warning: .*broken\.json: not valid JSON/);
    const printed = JSON.parse(r.stdout) as Record<string, AnalysisResult>;
    for (const [name, text] of Object.entries(ARTICLES)) assert.deepEqual(printed[join('korpus', name)], JSON.parse(JSON.stringify(analyze(text))));
  });
});
