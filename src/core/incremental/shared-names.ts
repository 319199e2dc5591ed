// The names of the summaries read from one cache shard, without an array per summary.
// A shard writes each distinct name once (its string table) and each summary's names as
// positions in it. Read back as an array of strings per summary, those were 100,000
// arrays of about fifty pointers at 100,000 articles, every one of them copied by the
// young generation's collections and again into the old one: a summary read from the
// cache keeps its positions in a block that the shard's summaries share (int32-runs.ts)
// and looks its names up in the table.

/** A summary's names as a cache shard holds them: name k is `table[refs[at + k]]`. */
export interface SharedNames {
  readonly table: readonly string[];
  readonly refs: Int32Array;
  readonly at: number;
  readonly count: number;
}
