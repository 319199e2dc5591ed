/**
 * A single-file export (JSONL, CSV, doccano) of a large corpus is a hundred megabytes of
 * text. Joined into one string at the end, the join alone took 200 ms of the extension
 * host, and encoding that string flattened it in one more long step (issue 19). So these
 * files collect their lines in chunks of about CHUNK_UNITS UTF-16 units, each joined as
 * soon as it is full (inside the exporter's step for an article); the writer encodes and
 * hashes them chunk by chunk (write-files.ts), and `contents` joins them only for a
 * caller that asks (the tests, the CLI's report).
 */
import type { ExportFile, RecognizedCounts } from './types';

/** Large enough that a chunk's join and encoding cost little per line, small enough that
 *  one takes well under a millisecond. */
export const CHUNK_UNITS = 1 << 16;

/** Lines joined by `separator`, held as chunks whose concatenation is exactly
 *  `lines.join(separator) + end` ('' for no lines). A chunk ends after a separator or at
 *  the end, never inside a line, so never inside a surrogate pair. */
export class ChunkedLines {
  private readonly chunks: string[] = [];
  private pending: string[] = [];
  private size = 0;

  constructor(
    private readonly separator: string,
    private readonly units = CHUNK_UNITS,
  ) {}

  push(line: string): void {
    this.pending.push(line);
    this.size += line.length + this.separator.length;
    if (this.size >= this.units) {
      this.chunks.push(this.pending.join(this.separator) + this.separator);
      this.pending = [];
      this.size = 0;
    }
  }

  /** The chunks, the last one ending in `end` instead of a separator. */
  finish(end: string): string[] {
    if (this.pending.length) this.chunks.push(this.pending.join(this.separator) + end);
    else if (this.chunks.length) this.chunks[this.chunks.length - 1] = (this.chunks.at(-1) as string).slice(0, -this.separator.length || undefined) + end;
    this.pending = [];
    return this.chunks;
  }
}

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
