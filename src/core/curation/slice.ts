import type { Correction } from '../annotations/corrections';
import type { AnalysisResult } from '../recognize/types';
import { curate } from './apply';
import type { CuratedAnalysis } from './types';

/** The recognizer's findings overlapping [from, to) (a large document's model). */
export type AnalysisQuery = (from: number, to: number) => AnalysisResult;

export function curateSlice(query: AnalysisQuery, corrections: readonly Correction[], from: number, to: number): CuratedAnalysis {
  return curate(query(from, to), corrections.filter((c) => c.target.start < to && c.target.end > from));
}
