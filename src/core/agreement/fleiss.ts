/**
 * Fleiss' kappa (1971) for any fixed number of raters per subject on nominal labels.
 * Input: per subject, how many raters chose each category. Every subject must have the
 * same number of ratings; the caller keeps only units every annotator labelled.
 */

export interface FleissResult {
  kappa: number | null;
  subjects: number;
  raters: number;
  observed: number | null;
  expected: number | null;
}

export function fleissKappaFromCounts(counts: ReadonlyArray<readonly number[]>): FleissResult {
  const N = counts.length;
  if (N === 0) return { kappa: null, subjects: 0, raters: 0, observed: null, expected: null };
  const n = counts[0].reduce((s, x) => s + x, 0);
  const k = counts[0].length;
  for (const row of counts) {
    if (row.length !== k || row.reduce((s, x) => s + x, 0) !== n) {
      throw new RangeError('Fleiss kappa needs the same number of ratings and categories for every subject');
    }
  }
  if (n < 2) return { kappa: null, subjects: N, raters: n, observed: null, expected: null };
  const pj = new Array<number>(k).fill(0);
  let pBar = 0;
  for (const row of counts) {
    let sq = 0;
    row.forEach((x, j) => {
      sq += x * x;
      pj[j] += x;
    });
    pBar += (sq - n) / (n * (n - 1));
  }
  pBar /= N;
  const pe = pj.reduce((s, x) => s + (x / (N * n)) ** 2, 0);
  return { kappa: pe === 1 ? null : (pBar - pe) / (1 - pe), subjects: N, raters: n, observed: pBar, expected: pe };
}

/** Units as one value per rater; units with a missing value are left out (Fleiss needs
 *  complete data — Krippendorff's alpha is the measure that uses them). */
export function fleissKappa<T>(units: ReadonlyArray<ReadonlyArray<T | null | undefined>>): FleissResult {
  const index = new Map<T, number>();
  const complete: T[][] = [];
  let raters = -1;
  for (const u of units) {
    if (u.length === 0 || u.some((v) => v === null || v === undefined)) continue;
    if (raters < 0) raters = u.length;
    if (u.length !== raters) continue;
    for (const v of u as T[]) if (!index.has(v)) index.set(v, index.size);
    complete.push(u as T[]);
  }
  const counts = complete.map((u) => {
    const row = new Array<number>(index.size).fill(0);
    for (const v of u) row[index.get(v)!]++;
    return row;
  });
  return fleissKappaFromCounts(counts);
}
