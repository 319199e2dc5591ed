// The export's and the agreement's recognized layer have one owner (workspace-recognizer.ts):
// the workspace KB in force when an article is sent, on the workers where there are any.
import assert from 'node:assert/strict';
import { loadBuiltinKb } from '../../../src/core/kb';
import type { Kb } from '../../../src/core/kb/types';
import type { AnalysisResult } from '../../../src/core/recognize/types';
import type { CurateRequest, LayersRequest, RecognitionAway } from '../../../src/extension/services/corpus/recognition-task';
import type { CorpusServices } from '../../../src/extension/services/corpus/register';
import { workspaceRecognizer } from '../../../src/extension/services/corpus/workspace-recognizer';

const MACHINE: AnalysisResult = { actors: [{ start: 0, end: 4, text: 'Budi', type: 'PER', canonical: 'Budi Santoso' }], quotes: [], reported: [] };

describe('the recognized layer of the export and the agreement (workspace-recognizer.ts)', () => {
  const first = loadBuiltinKb();
  const second: Kb = { ...first, suppress: [...first.suppress, 'Budi'] };

  function services(withAway: boolean): { corpus: Pick<CorpusServices, 'away' | 'engine'>; sent: Array<{ kind: string; kb: Kb }>; analysed: string[]; use(kb: Kb): void } {
    let kb = first;
    const sent: Array<{ kind: string; kb: Kb }> = [];
    const analysed: string[] = [];
    const away: RecognitionAway = {
      summarize: () => Promise.resolve(undefined),
      curate: (_r: CurateRequest, k: Kb) => (sent.push({ kind: 'curate', kb: k }), Promise.resolve('{}')),
      curateEach: (_r: LayersRequest, k: Kb) => (sent.push({ kind: 'each', kb: k }), Promise.resolve('[]')),
      dispose: () => undefined,
    };
    const engine = {
      get knowledgeBase() {
        return kb;
      },
      analyze: (text: string) => (analysed.push(text), MACHINE),
    } as unknown as CorpusServices['engine'];
    return { corpus: { engine, ...(withAway ? { away } : {}) }, sent, analysed, use: (k) => (kb = k) };
  }

  it('sends each article to the workers with the KB in force then', async () => {
    const s = services(true);
    const r = workspaceRecognizer(s.corpus);
    await r.awayEach?.({ text: 'Budi', corrections: [[], []] });
    s.use(second);
    await r.away?.({ text: 'Budi', corrections: [] });
    await r.awayEach?.({ text: 'Budi', corrections: [[]] });
    assert.deepEqual(s.sent.map((x) => [x.kind, x.kb === first ? 'first' : x.kb === second ? 'second' : '?']), [['each', 'first'], ['curate', 'second'], ['each', 'second']]);
    assert.deepEqual(s.analysed, [], 'nothing analysed on this thread');
  });

  it("analyses on this thread with the engine's (workspace) KB where there are no workers", () => {
    const s = services(false);
    const r = workspaceRecognizer(s.corpus);
    assert.equal(r.away, undefined);
    assert.equal(r.awayEach, undefined);
    assert.equal(r.analyze('Budi datang.'), MACHINE);
    assert.deepEqual(r.here({ text: 'Budi pergi.', corrections: [] }).actors.map((m) => m.canonical), ['Budi Santoso']);
    assert.deepEqual(s.analysed, ['Budi datang.', 'Budi pergi.']);
  });
});
