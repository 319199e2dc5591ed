// The recognizer on worker threads (recognition-away.ts) must give what the extension
// host's own thread gives: the corpus index the in-thread path builds (corpus-service.ts
// summarizeHere), the same packed summaries and totals, with the researcher's
// corrections and the workspace KB in force. A worker that cannot
// start gives undefined (logged once), so the caller analyses in-thread instead.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeText } from '../../../src/core/text/decode';
import { generateArticles } from '../../../bench/article-generator';
import type { Correction } from '../../../src/core/annotations/corrections';
import { makeTarget } from '../../../src/core/annotations/target';
import { CorpusIndex } from '../../../src/core/incremental/corpus-index';
import { contentHash } from '../../../src/core/incremental/hash';
import { indexSummary } from '../../../src/core/incremental/index-summary';
import { PackedSummary, type ReceivedSummary } from '../../../src/core/incremental/packed-summary';
import { KbIndex, loadBuiltinKb } from '../../../src/core/kb';
import type { Kb } from '../../../src/core/kb/types';
import { analyze } from '../../../src/core/recognize/analyze';
import { curate } from '../../../src/core/curation';
import { EXPORT_FORMATS, exportAs, type ExportArticle } from '../../../src/core/export';
import { recognitionAway } from '../../../src/extension/services/corpus/recognition-away';
import type { SummaryRequest } from '../../../src/extension/services/corpus/recognition-task';
import { WorkerPool } from '../../../src/node/worker-pool';
import { recognizedLayerAgreement, recognizedLayerAgreementAway, type CuratedLayer, type RecognizedLayerReport } from '../../../src/core/agreement/recognized-layer';
import { inOneGo } from '../../../src/core/incremental/time-slices';

/** Corrections of the first actor mention (rejected) and the first quote (accepted). */
function correctionsOf(text: string, kb: KbIndex): Correction[] {
  const machine = analyze(text, { kb });
  const stamp = '2026-12-04T00:00:00.000Z';
  const out: Correction[] = [];
  const m = machine.actors[0];
  if (m) out.push({ id: `C${'1'.padStart(25, '0')}`, layer: 'actor', decision: 'reject', target: makeTarget(text, m.start, m.end), annotator: 'ani', created: stamp, modified: stamp });
  const q = machine.quotes[0];
  if (q) out.push({ id: `Q${'2'.padStart(25, '0')}`, layer: 'quote', decision: 'accept', target: makeTarget(text, q.start, q.end), annotator: 'ani', created: stamp, modified: stamp });
  return out;
}

describe('the recognizer on worker threads', function () {
  this.timeout(120_000);

  const builtin = loadBuiltinKb();
  const texts = Array.from({ length: 24 }, (_, i) => generateArticles(i % 3 === 0 ? 9_000 : 1_500 + 100 * i, 700 + i));

  /** The requests and the index the in-thread path builds from them with `kb`. */
  function inThread(kb: Kb): { requests: SummaryRequest[]; index: CorpusIndex } {
    const kbIndex = new KbIndex(kb);
    const index = new CorpusIndex();
    const requests = texts.map((text, i) => ({ text, hash: contentHash(text), corrections: i % 2 ? correctionsOf(text, kbIndex) : [] }));
    requests.forEach((r, i) => index.put(`a${i}`, PackedSummary.pack(indexSummary(analyze(r.text, { kb: kbIndex }), r.corrections, r.hash, r.text), index.names)));
    return { requests, index };
  }

  async function throughWorkers(requests: SummaryRequest[], kb: Kb, workers: number): Promise<CorpusIndex> {
    const away = recognitionAway((line) => assert.fail(line), workers);
    try {
      const index = new CorpusIndex();
      const parts = await Promise.all(requests.map((r) => away.summarize(r, kb)));
      parts.forEach((p, i) => index.put(`a${i}`, PackedSummary.received(p as ReceivedSummary, index.names)));
      return index;
    } finally {
      away.dispose();
    }
  }

  function assertSameIndex(actual: CorpusIndex, expected: CorpusIndex): void {
    assert.equal(actual.size, expected.size);
    for (let i = 0; i < texts.length; i++) {
      const id = `a${i}`;
      assert.deepEqual(actual.packed(id)?.parts(), expected.packed(id)?.parts(), `${id}: the packed summary`);
      assert.deepEqual(actual.get(id), expected.get(id), `${id}: the summary`);
    }
    assert.deepEqual(actual.actors(), expected.actors(), 'the totals');
  }

  it('gives the in-thread index, corrections and all, on one worker and on two', async () => {
    const { requests, index } = inThread(builtin);
    assert.ok(requests.some((r) => r.corrections.length > 0), 'some articles have corrections');
    assert.ok(index.actors().length > 20, 'the articles name actors');
    assertSameIndex(await throughWorkers(requests, builtin, 1), index);
    assertSameIndex(await throughWorkers(requests, builtin, 2), index);
  });

  it("gives the export's curated layer as JSON text: every format's files are the host thread's, byte for byte", async () => {
    const kbIndex = new KbIndex(builtin);
    // A line separator and a lone surrogate in the text: JSON text must carry them back as they were.
    const odd = texts.map((t, i) => (i === 5 ? t.replace(' ', ' \u2028 \ud800 ') : t));
    const requests = odd.map((text, i) => ({ text, corrections: i % 2 ? correctionsOf(text, kbIndex) : [] }));
    const article = (i: number, layer: Pick<ExportArticle, 'actors' | 'quotes' | 'reported'>): ExportArticle => ({ path: `bagian/artikel-${i}.txt`, text: odd[i] as string, annotations: [], ...layer });
    const here = requests.map((r, i) => {
      const { actors, quotes, reported } = curate(analyze(r.text, { kb: kbIndex }), r.corrections);
      return article(i, { actors, quotes, reported });
    });
    const away = recognitionAway((line) => assert.fail(line), 1);
    let replies: Array<string | undefined>;
    try {
      replies = await Promise.all(requests.map((r) => away.curate?.(r, builtin)));
    } finally {
      away.dispose();
    }
    const there = replies.map((reply, i) => {
      assert.equal(typeof reply, 'string', `article ${i}: one string crosses`);
      return article(i, JSON.parse(reply as string) as Pick<ExportArticle, 'actors' | 'quotes' | 'reported'>);
    });
    assert.ok(here.some((a) => (a.quotes?.length ?? 0) > 0 && (a.reported?.length ?? 0) > 0), 'the articles have quotes and statements');
    assert.ok(here.some((a, i) => (a.actors?.length ?? 0) < analyze(a.text, { kb: kbIndex }).actors.length && (requests[i]?.corrections.length ?? 0) > 0), 'a rejection shows in the curated layer');
    for (const format of EXPORT_FORMATS) {
      const filter = { includeActors: true, includeQuotes: true };
      assert.deepEqual(exportAs(format, { articles: there }, filter), exportAs(format, { articles: here }, filter), format);
    }
  });

  it("gives the agreement's curated layers, a layer per annotator over one analysis: the report is the host thread's, byte for byte", async () => {
    // Suppressing the most frequent actor's name makes a KB the built-in one is not: the
    // workers must analyse with the KB they are given (the workspace's).
    const top = inThread(builtin).index.actors().sort((a, b) => b.mentions - a.mentions).map((a) => a.canonical).find((c) => texts.some((t) => t.includes(c))) as string;
    const kb: Kb = { ...builtin, suppress: [...builtin.suppress, top] };
    const kbIndex = new KbIndex(kb);
    // ani rejects the first mention and accepts the first quote; budi rejects the second
    // mention; citra reviews one article in three, all of ani's decisions.
    const input = texts.map((text, i) => {
      const ani = correctionsOf(text, kbIndex);
      const second = analyze(text, { kb: kbIndex }).actors[1];
      const budi = ani.slice(0, 1).map((c) => ({ ...c, annotator: 'budi', ...(second ? { target: makeTarget(text, second.start, second.end) } : {}) }));
      const citra = i % 3 ? [] : ani.map((c) => ({ ...c, annotator: 'citra' }));
      return { path: `bagian/artikel-${String(i).padStart(2, '0')}.txt`, text, corrections: [...ani, ...budi, ...citra], analysis: () => analyze(text, { kb: kbIndex }) };
    });
    const here = recognizedLayerAgreement(input);
    assert.ok(here.compared === texts.length && here.pairs.length === 3, 'every article compared, three pairs');
    assert.ok(here.actors.some((r) => r.f1 !== 1), 'the annotators disagree somewhere');
    const away = recognitionAway((line) => assert.fail(line), 2);
    let analysedHere = 0;
    let there: RecognizedLayerReport;
    try {
      there = await recognizedLayerAgreementAway(input.map((a) => ({ ...a, analysis: () => (analysedHere++, a.analysis()) })), {}, inOneGo(), {
        ahead: 4,
        layers: async (article, corrections) => {
          const reply = await away.curateEach?.({ text: article.text, corrections }, kb);
          assert.equal(typeof reply, 'string', `${article.path}: one string crosses`);
          return () => JSON.parse(reply as string) as CuratedLayer[];
        },
      });
    } finally {
      away.dispose();
    }
    assert.equal(analysedHere, 0, 'no article analysed on this thread');
    assert.equal(JSON.stringify(there), JSON.stringify(here));
    const builtinReport = recognizedLayerAgreement(input.map((a) => ({ ...a, analysis: () => analyze(a.text) })));
    assert.notEqual(JSON.stringify(builtinReport), JSON.stringify(here), 'the KB given makes a difference here');
  });

  it('analyses with the KB it is given, not the built-in one', async () => {
    const { index: plain } = inThread(builtin);
    // Suppressing the most frequent actor's name changes the analyses. (Suppression is by
    // surface form: the most frequent actor whose name the texts write as it is, since the
    // generated texts, drawn from the KB, need not write the top one's canonical name.)
    const top = plain.actors().sort((a, b) => b.mentions - a.mentions).map((a) => a.canonical).find((c) => texts.some((t) => t.includes(c))) as string;
    const kb: Kb = { ...builtin, suppress: [...builtin.suppress, top] };
    const { requests, index } = inThread(kb);
    assert.notDeepEqual(index.actors(), plain.actors(), 'the KB makes a difference');
    assertSameIndex(await throughWorkers(requests, kb, 1), index);
  });

  it("reads a file itself and gives the host's summary, the stamp of the bytes read, or the host's reason", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sorot-away-files-'));
    const away = recognitionAway((line) => assert.fail(line), 1);
    try {
      const kbIndex = new KbIndex(builtin);
      const paths = texts.slice(0, 6).map((text, i) => {
        const path = join(dir, `artikel-${i}.txt`);
        writeFileSync(path, i === 2 ? `\uFEFF${text}` : text); // one with a byte order mark
        return path;
      });
      const readAt = Date.now();
      for (const path of paths) {
        const read = await away.summarizeFile?.({ path, largeAbove: 150_000 }, builtin);
        assert.ok(read && typeof read === 'object' && 'parts' in read, path);
        const decoded = decodeText(await fsp.readFile(path));
        assert.ok(decoded.ok);
        const hereParts = PackedSummary.pack(indexSummary(analyze(decoded.text, { kb: kbIndex }), [], contentHash(decoded.text), decoded.text), new CorpusIndex().names).parts();
        assert.deepEqual(PackedSummary.received(read, new CorpusIndex().names).parts(), hereParts, path);
        const stat = statSync(path);
        assert.deepEqual(read.stamp, { mtime: Math.trunc(stat.mtimeMs), size: stat.size });
        assert.ok(read.readAt >= readAt - 1000 && read.readAt <= Date.now());
      }
      const binary = join(dir, 'biner.txt');
      writeFileSync(binary, Buffer.from([0x61, 0x00, 0x62]));
      const refused = decodeText(Buffer.from([0x61, 0x00, 0x62]));
      assert.ok(!refused.ok);
      assert.deepEqual(await away.summarizeFile?.({ path: binary, largeAbove: 150_000 }, builtin), { error: refused.message });
      const missing = join(dir, 'hilang.txt');
      const hostError = await fsp.open(missing, 'r').then(() => '', (e: Error) => e.message);
      assert.deepEqual(await away.summarizeFile?.({ path: missing, largeAbove: 150_000 }, builtin), { error: hostError });
      assert.equal(await away.summarizeFile?.({ path: paths[0] as string, largeAbove: 100 }, builtin), 'large');
    } finally {
      away.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives undefined when a worker fails, and says so once', async () => {
    const lines: string[] = [];
    const away = recognitionAway((line) => lines.push(line), 1);
    try {
      // A KB the worker cannot index: its set-up throws, so does every request.
      const broken = { entities: 'not a list' } as unknown as Kb;
      assert.equal(await away.summarize({ text: 'Teks.', hash: 'h', corrections: [] }, broken), undefined);
      assert.equal(await away.summarize({ text: 'Teks.', hash: 'h', corrections: [] }, builtin), undefined, 'not asked again');
      assert.equal(lines.length, 1);
      assert.match(lines[0] as string, /worker thread failed/);
    } finally {
      away.dispose();
    }
  });

  it('a pool whose script is missing rejects every request', async () => {
    const pool = new WorkerPool({ path: '/nonexistent/recognition-worker.js', flag: 'test' }, 1, {});
    try {
      await assert.rejects(pool.run('x'));
      await assert.rejects(pool.run('y'), 'and keeps rejecting');
    } finally {
      await pool.close();
    }
  });
});
