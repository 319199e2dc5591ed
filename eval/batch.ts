// Numbered ranges of gold articles ("d220-d231", "t98-t103"): how `npm run eval -- --batch`
// names a batch, and how the held-back yardstick batches are listed (held-back.ts).

/** A range of numbered gold articles: "t98-t103" is t98, t99, …, t103. */
export interface Batch { letter: string; from: number; to: number }

const BATCH = /^([a-z])(\d+)-\1?(\d+)$/;

export function parseBatch(v: string): Batch {
  const m = BATCH.exec(v);
  if (m === null || Number(m[2]) > Number(m[3])) throw new Error(`--batch wants a range such as d220-d231 or t98-t103, not ${v}`);
  return { letter: m[1], from: Number(m[2]), to: Number(m[3]) };
}

/** The gold article's name ("t98-perbatasan-…") is numbered inside the batch. */
export function inBatch(name: string, b: Batch): boolean {
  const m = /^([a-z])(\d+)-/.exec(name);
  return m !== null && m[1] === b.letter && Number(m[2]) >= b.from && Number(m[2]) <= b.to;
}
