// The corpus index's analysis of one article as a task a worker thread can run: the
// recognizer's allocations (hundreds of kB per article) then land on the worker's heap,
// and the extension host receives a packed summary's few fields (PackedSummary.parts).
// On the extension host's own thread they made it collect garbage on a heap of 650-960
// MB, blocks of up to 229 ms while indexing 100,000 articles (issue 19). No vscode and
// no Node here: the task runs in a plain worker (recognition-worker.ts), and the
// contract is what the index uses on any host.
// The export's recognized layer stays on the host's thread: handed to these workers (16
// articles ahead) it gained nothing in the editor bench (100,000 articles, load 8-11: 45
// blocks with over 16 ms of CPU, most 91 ms, heap peak +549 MB; on the host's thread 42
// blocks, most 66 ms).
import type { Correction } from '../../core/annotations/corrections';
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

/** The recognizer run away from the extension host's thread (recognition-away.ts on the
 *  desktop; the web build has none and runs it on its own thread). A call gives
 *  undefined once a worker has failed (logged then): the caller runs the recognizer on
 *  its own thread, as without workers. */
export interface RecognitionAway {
  /** The index's packed summary (its parts) of `request`, analysed with `kb`. */
  summarize(request: SummaryRequest, kb: Kb): Promise<PackedParts | undefined>;
  dispose(): void;
}

/** The task, set up once per KB: what the in-thread path packs, as parts. */
export async function recognitionTask(init: { kb: Kb }): Promise<(request: SummaryRequest) => PackedParts> {
  const kb = new KbIndex(init.kb);
  return (request) => {
    const summary = indexSummary(analyze(request.text, { kb }), request.corrections, request.hash, request.text);
    // A pool per article: the extension host interns the names into its own.
    return PackedSummary.pack(summary, new StringPool()).parts();
  };
}
