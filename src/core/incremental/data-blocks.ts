// The data of the summaries a recognizer's worker sends (packed-summary.ts: numbers and
// snippets, about 1.1 kB an article), kept in byte blocks that many summaries share
// instead of a string each. A reply's data string is made in the extension host's young
// generation and lived as long as the index: the scavenges of a cold index copied every
// one of them twice (to the survivor space, then to the old generation), about three
// quarters of what they copied at 100,000 articles, and the old generation then held
// 110 MB of them (bench/index-gc.ts, --trace-gc-nvp). Copied into a block, the string
// dies young (free for a scavenge) and the bytes are outside the JavaScript heap, never
// moved; a summary reads its numbers from them and makes a string only of what it
// unpacks. A cache shard's summaries keep their data in the shard file's bytes the same
// way (PackedSummary.restoreInFile).
import type { DataBytes } from './packed-summary';

/** Bytes per block (64 kB, about sixty summaries): a block lives while one of its
 *  summaries does, so an index that replaced most of a block's articles keeps at most
 *  that much for the few left; data longer than a block gets a block of its own. */
const BLOCK = 64 * 1024;

/** Where one summary's data is: `length` bytes of `file` from `at`. */
export interface DataInBlock {
  file: DataBytes;
  at: number;
  length: number;
}

/** Hands out room for one-byte data, blocks filled one after another. */
export class DataBlocks {
  private current: DataBytes | undefined;
  private used = 0;

  /** `text` makes a string of a block's bytes when a summary unpacks its snippets or is
   *  written to the cache (Node's Buffer.latin1Slice where there is one). */
  constructor(private readonly text: (bytes: Uint8Array) => string) {}

  /** A copy of `data` in a block, or undefined when a character of it is above U+00FF
   *  (a snippet kept raw: packed-summary.ts), which one byte cannot hold: then nothing
   *  is taken and the caller keeps the string. */
  keep(data: string): DataInBlock | undefined {
    // The characters first: data a block cannot hold must not open a new block (leaving
    // the current one's room unused, or allocating a block as long as the data for nothing).
    for (let i = 0; i < data.length; i++) if (data.charCodeAt(i) > 0xff) return undefined;
    if (this.current === undefined || this.used + data.length > this.current.bytes.length) {
      this.current = { bytes: new Uint8Array(Math.max(BLOCK, data.length)), text: this.text };
      this.used = 0;
    }
    const bytes = this.current.bytes;
    const at = this.used;
    for (let i = 0; i < data.length; i++) bytes[at + i] = data.charCodeAt(i);
    this.used += data.length;
    return { file: this.current, at, length: data.length };
  }
}

/** The string of the bytes' character codes, in slices (String.fromCharCode takes its
 *  characters as arguments). Where Node's Buffer is, the caller gives latin1Slice. */
export function portableOneByteText(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
}
