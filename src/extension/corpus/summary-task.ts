// The corpus index's analysis of one article as a task a worker thread can run: the
// recognizer's allocations (hundreds of kB per article) then land on the worker's heap,
// and the extension host receives the packed summary's few fields (PackedSummary.parts)
// instead. On the extension host's own thread they made it collect garbage on a heap of
// 650-960 MB, blocks of up to 229 ms while indexing 100,000 articles (issue 19).
// No vscode and no Node here: the task runs in a plain worker (index-worker.ts), the
// contract is what corpus-service.ts uses on any host.
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

/** Articles summarised away from the extension host's thread (summaries-away.ts on the
 *  desktop; the web build has none and summarises in slices on its own thread). */
export interface SummariesAway {
  /** The packed summary's parts for `request` analysed with `kb`; rejects when the
   *  worker failed (the caller then analyses on its own thread). */
  summarize(request: SummaryRequest, kb: Kb): Promise<PackedParts>;
  dispose(): void;
}

/** The task, set up once per KB: what the in-thread path packs, as parts. */
export async function summaryTask(init: { kb: Kb }): Promise<(request: SummaryRequest) => PackedParts> {
  const kb = new KbIndex(init.kb);
  return (request) => {
    const summary = indexSummary(analyze(request.text, { kb }), request.corrections, request.hash, request.text);
    // A pool per article: the extension host interns the names into its own.
    return PackedSummary.pack(summary, new StringPool()).parts();
  };
}
