// The names of the summaries read from one cache shard, without an array per summary.
// A shard writes each distinct name once (its string table) and each summary's names as
// positions in it. Read back as an array of strings per summary, those were 100,000
// arrays of about fifty pointers at 100,000 articles, every one of them copied by the
// young generation's collections and again into the old one: a summary read from the
// cache keeps its positions in a block that the shard's summaries share (int32-runs.ts)
// and looks its names up in the table.

import type { Int32Runs } from './int32-runs';

/** A summary's names as a cache shard holds them: name k is `table[refs[at + k]]`. */
export interface SharedNames {
  readonly table: readonly string[];
  readonly refs: Int32Array;
  readonly at: number;
  readonly count: number;
}

/** A summary's name positions as a shard file keeps them (format 6): each a number of
 *  7-bit digits, low digits first, the last below 0x80; most take two bytes, where JSON
 *  took six characters that JSON.parse then read (a third of the lines' text). */
export function namePositionBytes(positions: readonly number[]): Uint8Array {
  const out: number[] = [];
  for (let u of positions) {
    while (u >= 0x80) {
      out.push((u & 0x7f) | 0x80);
      u = Math.floor(u / 0x80);
    }
    out.push(u);
  }
  return Uint8Array.from(out);
}

/** Reads the `count` positions that `bytes` holds from `from` to `end` (exactly those
 *  bytes) into a run of `runs` (int32-runs.ts), each checked to be below `limit` (the
 *  strings the shard has named so far); gives where the run starts in `runs.block`.
 *  Throws when they are cut short, too long or out of range: never trusted. */
export function readNamePositions(bytes: Uint8Array, from: number, end: number, count: number, limit: number, runs: Int32Runs): number {
  const at = runs.take(count);
  const block = runs.block;
  let pos = from;
  for (let k = 0; k < count; k++) {
    let u = 0;
    let scale = 1;
    let c = 0x80;
    // At most four digits: a shard has fewer than 2 ** 28 strings.
    for (let digits = 0; c >= 0x80; digits++) {
      if (pos >= end) throw new Error('name positions cut short');
      if (digits === 4) throw new Error('name position too long');
      c = bytes[pos++] as number;
      u += (c & 0x7f) * scale;
      scale *= 0x80;
    }
    if (u >= limit) throw new Error(`unknown string ${u}`);
    block[at + k] = u;
  }
  if (pos !== end) throw new Error('name positions longer than their count');
  return at;
}
