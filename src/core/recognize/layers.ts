// Decoration layers as plain data (no vscode import), so the span logic is unit-tested.
import type { ActorType, AnalysisResult } from './types';

export const LAYERS = ['person', 'organisation', 'place', 'quote', 'speaker', 'reported'] as const;
export type Layer = (typeof LAYERS)[number];

export interface Span {
  start: number;
  end: number;
}

export type LayerSpans = Record<Layer, Span[]>;

export const LAYER_OF_TYPE: Record<ActorType, Layer> = { PER: 'person', ORG: 'organisation', GPE: 'place' };

const byStart = (a: Span, b: Span): number => a.start - b.start || a.end - b.end;

/** Spans per layer, each sorted by start. The speaker layer holds the mention that
 *  names a quote's speaker (deduplicated: one mention often speaks several quotes).
 *  The reported layer holds the content of each reported statement (never overlapping
 *  one another; a statement may contain a quote, which keeps its own layer). */
export function layerSpans(result: AnalysisResult): LayerSpans {
  const out: LayerSpans = { person: [], organisation: [], place: [], quote: [], speaker: [], reported: [] };
  for (const m of result.actors) out[LAYER_OF_TYPE[m.type]].push({ start: m.start, end: m.end });
  const seen = new Set<number>();
  for (const q of result.quotes) {
    out.quote.push({ start: q.start, end: q.end });
    const s = q.speakerMention;
    if (s && !seen.has(s.start)) {
      seen.add(s.start);
      out.speaker.push({ start: s.start, end: s.end });
    }
  }
  for (const r of result.reported ?? []) out.reported.push({ start: r.start, end: r.end });
  for (const l of LAYERS) if (!isSorted(out[l])) out[l].sort(byStart);
  return out;
}

function isSorted(spans: Span[]): boolean {
  for (let i = 1; i < spans.length; i++) if (byStart(spans[i - 1] as Span, spans[i] as Span) > 0) return false;
  return true;
}

/** Spans overlapping [from, to), by binary search on the sorted starts. Within one
 *  layer spans never overlap (the spec forbids overlapping mentions, nested quotes
 *  count once), so their ends are sorted too and the look-back below stops at the
 *  first span that ends before the window. */
export function spansInWindow(spans: Span[], from: number, to: number): Span[] {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((spans[mid] as Span).start < from) lo = mid + 1;
    else hi = mid;
  }
  let first = lo;
  // Look back over spans that start before the window but end inside it.
  while (first > 0 && (spans[first - 1] as Span).end > from) first--;
  const out: Span[] = [];
  for (let i = first; i < spans.length; i++) {
    const s = spans[i] as Span;
    if (s.start >= to) break;
    if (s.end > from) out.push(s);
  }
  return out;
}

/** Index of the first span starting after `offset` (wrapping), or the last one
 *  starting before it for `direction` -1; -1 when there are no spans. */
export function nextSpanIndex(spans: Span[], offset: number, direction: 1 | -1): number {
  if (spans.length === 0) return -1;
  if (direction === 1) {
    for (let lo = 0, hi = spans.length; ; ) {
      if (lo >= hi) return lo < spans.length ? lo : 0;
      const mid = (lo + hi) >>> 1;
      if ((spans[mid] as Span).start <= offset) lo = mid + 1;
      else hi = mid;
    }
  }
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((spans[mid] as Span).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? lo - 1 : spans.length - 1;
}

/** The span containing `offset` in a list sorted by start whose spans do not overlap. */
export function spanAt<T extends Span>(spans: readonly T[], offset: number): T | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const s = spans[mid] as T;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** The parts of `spans` outside every span of `cover` (both sorted by start; `cover` may
 *  overlap itself). The palette's precedence (palette.ts): inside an annotated span the
 *  annotation owns the line under the text, so the actor underline gives way there. */
export function subtractSpans(spans: readonly Span[], cover: readonly Span[]): Span[] {
  if (cover.length === 0) return spans as Span[];
  // Merge the cover into disjoint runs first.
  const runs: Span[] = [];
  for (const c of [...cover].sort(byStart)) {
    const last = runs[runs.length - 1];
    if (last && c.start <= last.end) last.end = Math.max(last.end, c.end);
    else if (c.end > c.start) runs.push({ start: c.start, end: c.end });
  }
  const out: Span[] = [];
  let r = 0;
  for (const s of spans) {
    let start = s.start;
    while (r < runs.length && (runs[r] as Span).end <= start) r++;
    for (let i = r; i < runs.length && (runs[i] as Span).start < s.end; i++) {
      const run = runs[i] as Span;
      if (run.start > start) out.push({ start, end: run.start });
      start = Math.max(start, run.end);
    }
    if (start < s.end) out.push({ start, end: s.end });
  }
  return out;
}
