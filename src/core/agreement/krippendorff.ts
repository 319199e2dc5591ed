/**
 * Krippendorff's alpha, nominal metric, with missing values (Krippendorff 2011,
 * "Computing Krippendorff's Alpha-Reliability"): alpha = 1 - Do / De from the
 * coincidence matrix; units with fewer than two values are not pairable and drop out.
 */

export interface AlphaResult {
  alpha: number | null;
  /** Pairable values (n in Krippendorff's notation). */
  pairable: number;
  /** Units with at least two values. */
  units: number;
}

export function krippendorffAlphaNominal<T>(units: ReadonlyArray<ReadonlyArray<T | null | undefined>>): AlphaResult {
  const coincidence = new Map<T, Map<T, number>>();
  const add = (c: T, k: T, w: number) => {
    let row = coincidence.get(c);
    if (!row) coincidence.set(c, (row = new Map()));
    row.set(k, (row.get(k) ?? 0) + w);
  };
  let usable = 0;
  for (const unit of units) {
    const values = unit.filter((v): v is T => v !== null && v !== undefined);
    const m = values.length;
    if (m < 2) continue;
    usable++;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < m; j++) if (i !== j) add(values[i], values[j], 1 / (m - 1));
    }
  }
  const nc = new Map<T, number>();
  let n = 0, disagreeObserved = 0;
  for (const [c, row] of coincidence) {
    for (const [k, o] of row) {
      nc.set(c, (nc.get(c) ?? 0) + o);
      n += o;
      if (c !== k) disagreeObserved += o;
    }
  }
  const pairable = Math.round(n);
  if (n <= 1) return { alpha: null, pairable, units: usable };
  let expectedPairs = 0;
  for (const [c, a] of nc) for (const [k, b] of nc) if (c !== k) expectedPairs += a * b;
  if (expectedPairs === 0) return { alpha: null, pairable, units: usable };
  return { alpha: 1 - ((n - 1) * disagreeObserved) / expectedPairs, pairable, units: usable };
}
