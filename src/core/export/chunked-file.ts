/**
 * A file of the whole corpus (JSONL, CSV, doccano, CoNLL, Label Studio) exported in
 * memory (exportAs) is a hundred megabytes of text for a large corpus: it is held as the
 * articles' pieces (article-exporter.ts), which the writer encodes and hashes one by one
 * (write-files.ts), and `contents` joins them only for a caller that asks (the tests).
 * The editor and the CLI do not hold it: they stream it to disk (stream.ts).
 */
import type { ExportFile, RecognizedCounts } from './types';

/** An export file held as chunks: `chunks` is what is written, `contents` their join. */
export class ChunkedExportFile implements ExportFile {
  #joined: string | undefined;

  constructor(
    readonly path: string,
    readonly chunks: readonly string[],
    readonly annotations: number,
    readonly recognized?: RecognizedCounts,
  ) {}

  get contents(): string {
    return (this.#joined ??= this.chunks.join(''));
  }
}
