/**
 * Span matching between two annotators. Exact: same start and end. Overlap: any shared
 * character. Matching is one-to-one and greedy on a score that prefers the same kind,
 * then the larger overlap (Jaccard), then position, so it is deterministic.
 */
import type { Annotation } from '../annotations/types';

export type MatchMode = 'exact' | 'overlap';

export interface SpanMatching {
  pairs: Array<{ a: Annotation; b: Annotation }>;
  onlyA: Annotation[];
  onlyB: Annotation[];
}

export function matchSpans(as: readonly Annotation[], bs: readonly Annotation[], mode: MatchMode): SpanMatching {
  const candidates: Array<{ i: number; j: number; same: number; jaccard: number }> = [];
  for (let i = 0; i < as.length; i++) {
    const a = as[i].target;
    for (let j = 0; j < bs.length; j++) {
      const b = bs[j].target;
      const equal = a.start === b.start && a.end === b.end;
      let jaccard: number;
      if (equal) jaccard = 1;
      else if (mode === 'exact') continue;
      else {
        const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
        if (inter <= 0) continue;
        jaccard = inter / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
      }
      candidates.push({ i, j, same: as[i].kind === bs[j].kind ? 1 : 0, jaccard });
    }
  }
  candidates.sort((x, y) => y.same - x.same || y.jaccard - x.jaccard || x.i - y.i || x.j - y.j);
  const usedA = new Uint8Array(as.length);
  const usedB = new Uint8Array(bs.length);
  const pairs: SpanMatching['pairs'] = [];
  for (const c of candidates) {
    if (usedA[c.i] || usedB[c.j]) continue;
    usedA[c.i] = usedB[c.j] = 1;
    pairs.push({ a: as[c.i], b: bs[c.j] });
  }
  pairs.sort((x, y) => x.a.target.start - y.a.target.start || x.a.target.end - y.a.target.end);
  return { pairs, onlyA: as.filter((_, i) => !usedA[i]), onlyB: bs.filter((_, j) => !usedB[j]) };
}

/** Precision / recall / F1 of B against A as reference; null when undefined (0 / 0). */
export function prf(countA: number, countB: number, matched: number): { precision: number | null; recall: number | null; f1: number | null } {
  const precision = countB ? matched / countB : null;
  const recall = countA ? matched / countA : null;
  const f1 = countA + countB ? (2 * matched) / (countA + countB) : null;
  return { precision, recall, f1 };
}
