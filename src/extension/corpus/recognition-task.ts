// The corpus index's analysis of one article as a task a worker thread can run: the
// recognizer's allocations (hundreds of kB per article) then land on the worker's heap,
// and the extension host receives a packed summary's few fields (PackedSummary.parts).
// On the extension host's own thread they made it collect garbage on a heap of 650-960
// MB, blocks of up to 229 ms while indexing 100,000 articles (issue 19). No vscode and
// no Node here: the task runs in a plain worker (recognition-worker.ts), and the
// contract is what the index uses on any host.
// The export's recognized layer (the curated layer of an article) is a second task of the
// same workers: on the host's thread the recognizer's garbage made most of the export's
// blocks over a frame. The export keeps a bounded number of articles in flight
// (export-command.ts): sent all at once, the replies waiting for the writer held +516 MB.
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

/** An article for the export: its text and the corrections of its recognized layer. */
export interface CurateRequest {
  text: string;
  corrections: readonly Correction[];
}

/** What the export takes of the curated layer (the rest, rejections and outcomes, is the
 *  editor's): plain objects, so a worker's reply is what the host's thread would make. */
export type RecognizedLayer = Pick<CuratedAnalysis, 'actors' | 'quotes' | 'reported'>;

/** A request to the workers: which task, and its input. */
export type AwayRequest = { summary: SummaryRequest } | { curate: CurateRequest };

/** The recognizer run away from the extension host's thread (recognition-away.ts on the
 *  desktop; the web build has none and runs it on its own thread). A call gives
 *  undefined once a worker has failed (logged then): the caller runs the recognizer on
 *  its own thread, as without workers. */
export interface RecognitionAway {
  /** The index's packed summary (its parts) of `request`, analysed with `kb`. */
  summarize(request: SummaryRequest, kb: Kb): Promise<PackedParts | undefined>;
  /** The export's recognized layer of `request`, analysed with `kb`. */
  curate(request: CurateRequest, kb: Kb): Promise<RecognizedLayer | undefined>;
  dispose(): void;
}

/** The tasks, set up once per KB: what the in-thread paths make (the index's packed
 *  summary, as parts; the export's curated layer). */
export async function recognitionTask(init: { kb: Kb }): Promise<(request: AwayRequest) => PackedParts | RecognizedLayer> {
  const kb = new KbIndex(init.kb);
  return (request) => {
    if ('curate' in request) {
      const { actors, quotes, reported } = curate(analyze(request.curate.text, { kb }), request.curate.corrections);
      return { actors, quotes, reported };
    }
    const { text, corrections, hash } = request.summary;
    const summary = indexSummary(analyze(text, { kb }), corrections, hash, text);
    // A pool per article: the extension host interns the names into its own.
    return PackedSummary.pack(summary, new StringPool()).parts();
  };
}
