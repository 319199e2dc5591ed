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
// blocks, most 66 ms). Again in session 35, 32 articles ahead and the articles read with
// Node's fs (load 5-18): 24 blocks with over 16 ms of CPU but the most 228 ms, and the
// heap's peak +1,653 MB (test/integration/bench-editor/README.md).
import type { Correction } from '../../core/annotations/corrections';
import { indexSummary } from '../../core/incremental/index-summary';
import { PackedSummary, type PackedParts } from '../../core/incremental/packed-summary';
import { StringPool } from '../../core/incremental/compact-summary';
import { KbIndex } from '../../core/kb';
import type { Kb } from '../../core/kb/types';
import type { FileStamp } from '../../core/incremental/index-cache';
import { analyze } from '../../core/recognize/analyze';

export interface SummaryRequest {
  text: string;
  /** contentHash() of `text`. */
  hash: string;
  corrections: readonly Correction[];
}

/** An article on this host's disk the workers read themselves (recognition-file.ts): a
 *  new one, without corrections, whose text the extension host has nothing to compare
 *  with. Read, decoded and hashed on its thread, 100,000 articles were their texts and
 *  buffers of garbage and four file-system callbacks each (a seventh of its time in the
 *  cold index's profile). */
export interface FileRequest {
  /** The file's path on this host. */
  path: string;
  /** LARGE_DOCUMENT (engine.ts): a text longer is left to the host (`large`). */
  largeAbove: number;
}

/** What the workers made of a file: its summary with the stamp of the bytes read and when
 *  they were read; why it cannot be indexed (a read's or the decoder's message); or
 *  `large`, an article above LARGE_DOCUMENT, which the host analyses in slices itself. */
export type FileSummary = { parts: PackedParts; stamp: FileStamp; readAt: number } | { error: string } | 'large';

/** A request to the workers: which task, and its input. */
export type AwayRequest = { summary: SummaryRequest } | { file: FileRequest };

/** The recognizer run away from the extension host's thread (recognition-away.ts on the
 *  desktop; the web build has none and runs it on its own thread). A call gives
 *  undefined once a worker has failed (logged then): the caller runs the recognizer on
 *  its own thread, as without workers. */
export interface RecognitionAway {
  /** The index's packed summary (its parts) of `request`, analysed with `kb`. */
  summarize(request: SummaryRequest, kb: Kb): Promise<PackedParts | undefined>;
  /** The summary of the file `request` names, read there (undefined on the web, or when
   *  a worker failed). */
  summarizeFile?(request: FileRequest, kb: Kb): Promise<FileSummary | undefined>;
  dispose(): void;
}

/** The task that needs no file system, set up once per KB: what the in-thread path packs,
 *  as parts (recognition-file.ts adds the file reads). */
export async function recognitionTask(init: { kb: Kb }): Promise<(request: SummaryRequest) => PackedParts> {
  return packedSummaryWith(new KbIndex(init.kb));
}

/** The index's packed summary of an article, as parts, analysed with `kb`. */
export function packedSummaryWith(kb: KbIndex): (request: SummaryRequest) => PackedParts {
  return ({ text, corrections, hash }) => {
    const summary = indexSummary(analyze(text, { kb }), corrections, hash, text);
    // A pool per article: the extension host interns the names into its own.
    return PackedSummary.pack(summary, new StringPool()).parts();
  };
}
