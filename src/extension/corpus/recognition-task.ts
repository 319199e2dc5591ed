// The recognizer's work on one article as a task a worker thread can run: the corpus
// index's summary, or the export's curated layer. The recognizer's allocations (hundreds
// of kB per article) then land on the worker's heap, and the extension host receives
// the result: for the index a packed summary's few fields (PackedSummary.parts). On the
// extension host's own thread they made it collect garbage on a heap of 650-960 MB,
// blocks of up to 229 ms while indexing 100,000 articles and 159 ms while exporting
// them (issue 19). No vscode and no Node here: the task runs in a plain worker
// (recognition-worker.ts), and the contract is what the index and the export use on any host.
import type { Correction } from '../../core/annotations/corrections';
import { curate, type CuratedAnalysis } from '../../core/curation';
import { indexSummary } from '../../core/incremental/index-summary';
import { PackedSummary, type PackedParts } from '../../core/incremental/packed-summary';
import { StringPool } from '../../core/incremental/compact-summary';
import { KbIndex } from '../../core/kb';
import type { Kb } from '../../core/kb/types';
import { analyze } from '../../core/recognize/analyze';

export interface SummaryRequest {
  text: string;
  /** contentHash() of `text`. */
  hash: string;
  corrections: readonly Correction[];
}

/** What the export writes of an article's curated layer. */
export type CuratedLayer = Pick<CuratedAnalysis, 'actors' | 'quotes' | 'reported'>;

/** The recognizer run away from the extension host's thread (recognition-away.ts on the
 *  desktop; the web build has none and runs it on its own thread). Each call gives
 *  undefined once a worker has failed (logged then): the caller runs the recognizer on
 *  its own thread, as without workers. */
export interface RecognitionAway {
  /** The index's packed summary (its parts) of `request`, analysed with `kb`. */
  summarize(request: SummaryRequest, kb: Kb): Promise<PackedParts | undefined>;
  /** curate(analyze(text), corrections) with `kb`: the export's recognized layer. */
  curate(request: { text: string; corrections: readonly Correction[] }, kb: Kb): Promise<CuratedLayer | undefined>;
  dispose(): void;
}

export type RecognitionRequest = ({ task: 'summary' } & SummaryRequest) | { task: 'curated'; text: string; corrections: readonly Correction[] };

/** The task, set up once per KB. */
export async function recognitionTask(init: { kb: Kb }): Promise<(request: RecognitionRequest) => PackedParts | CuratedLayer> {
  const kb = new KbIndex(init.kb);
  return (request) => {
    if (request.task === 'curated') {
      const { actors, quotes, reported } = curate(analyze(request.text, { kb }), request.corrections);
      return { actors, quotes, reported };
    }
    const summary = indexSummary(analyze(request.text, { kb }), request.corrections, request.hash, request.text);
    // A pool per article: the extension host interns the names into its own.
    return PackedSummary.pack(summary, new StringPool()).parts();
  };
}
