/**
 * Cohen's kappa for two coders on nominal labels: (po - pe) / (1 - pe), pe from each
 * coder's own label distribution. Pairs where either coder gave no value are left out.
 */

export interface KappaResult {
  /** null when undefined: no pairs, or both coders used one same label only (pe = 1). */
  kappa: number | null;
  /** Units both coders labelled. */
  n: number;
  observed: number | null;
  expected: number | null;
}

export function cohenKappa<T>(pairs: ReadonlyArray<readonly [T | null | undefined, T | null | undefined]>): KappaResult {
  const a = new Map<T, number>();
  const b = new Map<T, number>();
  let n = 0, agree = 0;
  for (const [x, y] of pairs) {
    if (x === null || x === undefined || y === null || y === undefined) continue;
    n++;
    if (x === y) agree++;
    a.set(x, (a.get(x) ?? 0) + 1);
    b.set(y, (b.get(y) ?? 0) + 1);
  }
  if (n === 0) return { kappa: null, n, observed: null, expected: null };
  const po = agree / n;
  let pe = 0;
  for (const [label, count] of a) pe += (count / n) * ((b.get(label) ?? 0) / n);
  return { kappa: pe === 1 ? null : (po - pe) / (1 - pe), n, observed: po, expected: pe };
}
