// The corpus index's articles read by the recognizer's worker threads (recognition-task.ts
// FileRequest says when and why): the file read, decoded and hashed as the extension
// host's own path does (corpus-service.ts readNow and indexOne), then summarised. Node
// only: the worker entry (recognition-worker.ts) adds it to the tasks.
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { contentHash } from '../../../core/incremental/hash';
import { KbIndex } from '../../../core/kb';
import type { Kb } from '../../../core/kb/types';
import { decodeText } from '../../../core/text/decode';
import type { FileStamp } from '../../../core/incremental/index-cache';
import { type AwayRequest, type FileRequest, type SentFileSummary, curatedLayerWith, curatedLayersWith, packedSummaryWith } from './recognition-task';

/** Every task of the desktop's workers: recognitionTask's, the file reads, the export's
 *  recognized layer and the agreement's layers. */
export async function recognitionTasksOnDisk(init: { kbJson: string }): Promise<(request: AwayRequest) => unknown> {
  // The KB comes as its JSON (index-cache.ts kbJsonSteps), parsed here, off the host's thread.
  const kb = new KbIndex(JSON.parse(init.kbJson) as Kb);
  const summarize = packedSummaryWith(kb);
  const curated = curatedLayerWith(kb);
  const curatedEach = curatedLayersWith(kb);
  return (request) => {
    if ('file' in request) return summarizeFile(request.file, summarize);
    if ('curate' in request) return curated(request.curate);
    if ('layers' in request) return curatedEach(request.layers);
    return summarize(request.summary);
  };
}

function summarizeFile({ path, largeAbove }: FileRequest, summarize: ReturnType<typeof packedSummaryWith>): SentFileSummary {
  let bytes: Uint8Array;
  let stamp: FileStamp;
  // When the text was taken: the host trusts a stamp by the file's age then.
  const readAt = Date.now();
  try {
    // One open for both: the stamp is the one of the bytes read (node-article-files.ts).
    const fd = openSync(path, 'r');
    try {
      const stat = fstatSync(fd);
      stamp = { mtime: Math.trunc(stat.mtimeMs), size: stat.size };
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { error: decoded.message };
  if (decoded.text.length > largeAbove) return 'large';
  return { parts: summarize({ text: decoded.text, hash: contentHash(decoded.text), corrections: [] }), stamp, readAt };
}
