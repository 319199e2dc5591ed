/** Input and report data model of the inter-annotator agreement (pure data: a webview
 *  can render it as is; render.ts turns it into Markdown or plain-text tables). */
import type { Annotation, AnnotationKind } from '../annotations/types';
import type { MatchMode } from './match';

export interface AgreementArticle {
  path: string;
  annotations: Annotation[];
  /** Who annotated this article (an annotator with no annotation here still counts);
   *  default: every annotator of the corpus. */
  annotators?: string[];
}

export interface AgreementInput {
  articles: AgreementArticle[];
}

export type LabelAttribute = 'kind' | 'polarity' | 'sourceType';
export const LABEL_ATTRIBUTES: readonly LabelAttribute[] = ['kind', 'polarity', 'sourceType'];

export interface SpanRow {
  a: string;
  b: string;
  kind: AnnotationKind | 'all';
  countA: number;
  countB: number;
  matched: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface LabelRow {
  attribute: LabelAttribute;
  /** Matched span units that carry the attribute for at least one annotator. */
  units: number;
  cohen: Array<{ a: string; b: string; kappa: number | null; n: number }>;
  fleiss: number | null;
  /** Units every annotator labelled (what Fleiss uses). */
  fleissUnits: number;
  alpha: number | null;
  alphaPairable: number;
}

export interface Section {
  spans: SpanRow[];
  labels: LabelRow[];
}

export interface SpanSide {
  annotator: string;
  id: string;
  start: number;
  end: number;
  exact: string;
  kind: AnnotationKind;
  /** Stance polarity or source type, when the kind has one. */
  value?: string;
}

export type DisagreementAspect = 'missing' | 'boundary' | 'kind' | 'polarity' | 'sourceType' | 'fields';

export interface Disagreement {
  /** Stable key for adjudication: article, then both annotation ids. */
  id: string;
  article: string;
  annotatorA: string;
  annotatorB: string;
  aspects: DisagreementAspect[];
  /** Absent when only the other annotator marked the span. */
  a?: SpanSide;
  b?: SpanSide;
}

export interface AgreementReport {
  mode: MatchMode;
  annotators: string[];
  overall: Section;
  articles: Array<Section & { path: string; annotators: string[]; disagreements: number }>;
  disagreements: Disagreement[];
}
