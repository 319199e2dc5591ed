// The recognizer run on Node worker threads (recognition-task.ts says why), for the
// desktop extension host's corpus index. desktop.ts passes it in, so the web build never sees node:worker_threads. Workers are
// started on the first article and set up with the KB in force; a changed KB starts new
// ones, and they stop when idle a while (each holds a KB index and a recognizer's heap).
// The KB goes to them as its JSON, made once per KB in the host's slices (issue 19).
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Kb } from '../../../core/kb/types';
import { kbJsonSteps } from '../../../core/incremental/index-cache';
import { runStepsInSlices } from '../../../core/incremental/time-slices';
import { HOST_SLICE_MS, hostSlices } from '../../event-loop';
import { WorkerPool, type WorkerScript } from '../../../node/worker-pool';
import type { ReceivedSummary, SentParts } from '../../../core/incremental/packed-summary';
import { NameReceiver } from '../../../core/incremental/sent-names';
import { nodeOneByteText } from './node-article-files';
import type { AwayRequest, CurateRequest, FileRequest, FileSummary, LayersRequest, RecognitionAway, SentFileSummary, SummaryRequest } from './recognition-task';

/** Idle this long, the workers stop; the next article starts them again (a KB index is
 *  built then, off this thread). */
const IDLE_MS = 30_000;
/** Workers at most: one core is left to the extension host and the workbench. */
const MAX_WORKERS = 4;
/** Articles posted to a worker at once: the next ones are there when it finishes one,
 *  even while the extension host's thread is busy with other events. */
const PER_WORKER = 16;

/** The bundle's worker script next to dist/extension.js, or the source entry under tsx. */
function recognitionWorkerScript(): WorkerScript {
  return { path: join(__dirname, __filename.endsWith('.ts') ? 'recognition-worker.ts' : 'recognition-worker.js'), flag: 'sorotRecognitionWorker' };
}

/** `log` is told once when a worker fails; from then on every call gives undefined (the
 *  caller's own thread does the work) for the rest of the session. */
export function recognitionAway(log: (line: string) => void, workers = Math.max(1, Math.min(MAX_WORKERS, availableParallelism() - 1))): RecognitionAway {
  let pool: Promise<WorkerPool<AwayRequest, Received>> | undefined;
  let failed = false;
  let poolKb: Kb | undefined;
  /** The JSON of the last KB the workers were started with (a new pool after an idle
   *  stop takes it again). */
  let kbJson: { kb: Kb; json: Promise<string> } | undefined;
  let pending = 0;
  let idle: ReturnType<typeof setTimeout> | undefined;
  // Requests under way are answered first (a KB change does not fail them: the caller
  // knows their generation is stale).
  const stop = (): void => {
    void pool?.then((p) => p.retire(), () => undefined);
    pool = undefined;
    poolKb = undefined;
  };
  /** Workers set up with `kb`: its JSON made in slices (the first begins in a turn of its
   *  own), so that starting them costs the host a string's copy per worker, not a clone
   *  of the KB's objects (4-11 ms each, with the indexer's slice in the same task). */
  const start = async (kb: Kb): Promise<WorkerPool<AwayRequest, Received>> => {
    if (kbJson?.kb !== kb) kbJson = { kb, json: runStepsInSlices(kbJsonSteps(kb), hostSlices(HOST_SLICE_MS, 1)) };
    return new WorkerPool(recognitionWorkerScript(), workers, { kbJson: await kbJson.json }, PER_WORKER, receivedWithNames);
  };
  const run = async (request: AwayRequest, kb: Kb): Promise<Received | undefined> => {
    if (failed) return undefined;
    if (idle) clearTimeout(idle);
    pending++;
    try {
      if (!pool || kb !== poolKb) {
        stop();
        pool = start(kb);
        poolKb = kb;
      }
      return await (await pool).run(request);
    } catch (e) {
      if (!failed) log(`corpus index: the recognizer's worker thread failed (${e instanceof Error ? e.message : String(e)}); articles are analysed on the extension host's thread for the rest of this session`);
      failed = true;
      stop();
      return undefined;
    } finally {
      if (--pending === 0) {
        idle = setTimeout(stop, IDLE_MS);
        idle.unref?.(); // never what keeps a process (a test's) alive
      }
    }
  };
  return {
    summarize: (request: SummaryRequest, kb: Kb) => run({ summary: request }, kb) as Promise<ReceivedSummary | undefined>,
    summarizeFile: (request: FileRequest, kb: Kb) => run({ file: request }, kb) as Promise<FileSummary | undefined>,
    curate: (request: CurateRequest, kb: Kb) => run({ curate: request }, kb) as Promise<string | undefined>,
    curateEach: (request: LayersRequest, kb: Kb) => run({ layers: request }, kb) as Promise<string | undefined>,
    dispose() {
      if (idle) clearTimeout(idle);
      stop();
    },
  };
}

/** A worker's output as its caller gets it. */
type Received = ReceivedSummary | FileSummary | string;

/** For each worker: its outputs with the names it sent so far (sent-names.ts), taken in
 *  the order it sent them. */
function receivedWithNames(): (output: unknown) => Received {
  const names = new NameReceiver(nodeOneByteText);
  return (output) => {
    const sent = output as SentParts | SentFileSummary | string;
    if (typeof sent !== 'object' || 'error' in sent) return sent;
    if ('parts' in sent) {
      names.receive(sent.parts.newNames);
      return { ...sent, names };
    }
    names.receive(sent.newNames);
    return { parts: sent, names };
  };
}
