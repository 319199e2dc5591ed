// The corpus index's analysis of one article as a task a worker thread can run: the
// recognizer's allocations (hundreds of kB per article) then land on the worker's heap,
// and the extension host receives a packed summary's few fields (PackedSummary.parts).
// On the extension host's own thread they made it collect garbage on a heap of 650-960
// MB, blocks of up to 229 ms while indexing 100,000 articles (issue 19). No vscode and
// no Node here: the task runs in a plain worker (recognition-worker.ts), and the
// contract is what the index uses on any host.
// The export's recognized layer is a task of these workers too (curatedLayerWith), and
// the agreement's layers of an article (curatedLayersWith). Twice
// before it came back to the host: handed over as objects, 16 and then 32 articles ahead,
// the replies waiting for the writer outlived the young generation's collections and
// filled the old one (heap peak +549 MB, then +1,653 MB and one block of 228 ms of CPU
// at 100,000 articles: test/integration/bench-editor/README.md). Now a reply is one JSON
// string, parsed by the host just before the article is written (its objects die young),
// and the export keeps fewer articles ahead (export-command.ts).
import type { Correction } from '../../../core/annotations/corrections';
import { curate, type CuratedAnalysis } from '../../../core/curation';
import type { AnalysisResult } from '../../../core/recognize/types';
import { indexSummary } from '../../../core/incremental/index-summary';
import { PackedSummary, type ReceivedSummary, type SentParts } from '../../../core/incremental/packed-summary';
import type { NamePool } from '../../../core/incremental/compact-summary';
import { NameSender } from '../../../core/incremental/sent-names';
import { KbIndex } from '../../../core/kb';
import type { Kb } from '../../../core/kb/types';
import type { FileStamp } from '../../../core/incremental/index-cache';
import { analyze } from '../../../core/recognize/analyze';

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
 *  `large`, an article above LARGE_DOCUMENT, which the host analyses in slices itself.
 *  As the worker sends it (`SentFileSummary`) and as the host receives it, with the
 *  worker's names (ReceivedSummary). */
export type SentFileSummary = { parts: SentParts; stamp: FileStamp; readAt: number } | { error: string } | 'large';
export type FileSummary = (ReceivedSummary & { stamp: FileStamp; readAt: number }) | { error: string } | 'large';

/** An article of an export: its text and the corrections of its recognized layer. */
export interface CurateRequest {
  text: string;
  corrections: readonly Correction[];
}

/** An article of the agreement: its text and the corrections of each annotator compared
 *  there, a list each: one analysis, a curated layer per list. */
export interface LayersRequest {
  text: string;
  corrections: ReadonlyArray<readonly Correction[]>;
}

/** A request to the workers: which task, and its input. */
export type AwayRequest = { summary: SummaryRequest } | { file: FileRequest } | { curate: CurateRequest } | { layers: LayersRequest };

/** The recognizer run away from the extension host's thread (recognition-away.ts on the
 *  desktop; the web build has none and runs it on its own thread). A call gives
 *  undefined once a worker has failed (logged then): the caller runs the recognizer on
 *  its own thread, as without workers. */
export interface RecognitionAway {
  /** The index's packed summary (its parts, with the names of the worker that sent them)
   *  of `request`, analysed with `kb`. */
  summarize(request: SummaryRequest, kb: Kb): Promise<ReceivedSummary | undefined>;
  /** The summary of the file `request` names, read there (undefined on the web, or when
   *  a worker failed). */
  summarizeFile?(request: FileRequest, kb: Kb): Promise<FileSummary | undefined>;
  /** The export's recognized layer of `request` (curatedLayerWith's JSON text), analysed
   *  with `kb`; undefined when a worker failed. */
  curate?(request: CurateRequest, kb: Kb): Promise<string | undefined>;
  /** The agreement's curated layers of `request` (curatedLayersWith's JSON text), analysed
   *  with `kb`; undefined when a worker failed. */
  curateEach?(request: LayersRequest, kb: Kb): Promise<string | undefined>;
  dispose(): void;
}

/** The task that needs no file system, set up once per KB: what the in-thread path packs,
 *  as parts (recognition-file.ts adds the file reads). */
export async function recognitionTask(init: { kb: Kb }): Promise<(request: SummaryRequest) => SentParts> {
  return packedSummaryWith(new KbIndex(init.kb));
}

/** The index's packed summary of an article, as parts, analysed with `kb`; its names sent
 *  once per worker (sent-names.ts): one task per worker, its replies in order. */
export function packedSummaryWith(kb: KbIndex): (request: SummaryRequest) => SentParts {
  const sender = new NameSender();
  return ({ text, corrections, hash }) => {
    const summary = indexSummary(analyze(text, { kb }), corrections, hash, text);
    const { names, ...parts } = PackedSummary.pack(summary, AS_GIVEN).parts();
    return { ...parts, ...sender.send(names) };
  };
}

/** A worker's summary keeps the names as the recognizer gave them: the reply copies them
 *  into the message, the extension host numbers them in its own pool, and the sender
 *  keeps a copy of a name new to it. A pool per article copied every name of every
 *  article, about 60 µs of the worker's 860 µs an article (bench/index-cold.ts's
 *  articles, profiled). */
const AS_GIVEN: NamePool = { intern: (s) => s };

/** The export's recognized layer of an article (the recognizer's findings with the
 *  researchers' corrections on top, as the host's own export path makes it) as JSON
 *  text: a string crosses to the host in one piece, and its objects are made there only
 *  when the article is written (the task's header says why). */
export function curatedLayerWith(kb: KbIndex): (request: CurateRequest) => string {
  return ({ text, corrections }) => JSON.stringify(layerOf(analyze(text, { kb }), corrections));
}

/** The agreement's curated layers of an article, one per list of corrections over one
 *  analysis (as the host's recognizedLayerAgreement makes them), as the JSON text of
 *  their list: parsed by the host just before the article is compared. */
export function curatedLayersWith(kb: KbIndex): (request: LayersRequest) => string {
  return ({ text, corrections }) => {
    const machine = analyze(text, { kb });
    return JSON.stringify(corrections.map((c) => layerOf(machine, c)));
  };
}

function layerOf(machine: AnalysisResult, corrections: readonly Correction[]): Pick<CuratedAnalysis, 'actors' | 'quotes' | 'reported'> {
  const { actors, quotes, reported } = curate(machine, corrections);
  return { actors, quotes, reported };
}
