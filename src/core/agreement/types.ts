/** Input and report data model of the inter-annotator agreement (pure data: a webview
 *  can render it as is; render.ts turns it into Markdown or plain-text tables). */
import type { Annotation, AnnotationKind } from '../annotations/types';
import type { MatchMode } from './match';
import type { RecognizedLayerReport } from './recognized-layer';

export interface AgreementArticle {
  path: string;
  /** Every entry of the article's sidecars; only those that count are compared (inputs.ts). */
  annotations: Annotation[];
  /** Who has a sidecar or an entry for this article (an annotator with no entry here
   *  still counts; one whose entries are all suggestions does not);
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

/** One field whose values differ between the two sides of a matched pair. */
export interface FieldDifference {
  /** 'kind', or a field of the kind as in the sidecar: 'polarity', 'sourceType', 'holder', ... */
  field: string;
  /** Annotator A's and B's value as text; absent on the side without a value. */
  a?: string;
  b?: string;
  /** For the actor field (claimant, holder, sourceName): each side's actor identity when it
   *  has one, so a report names a reserved actor (the outlet's own voice) as the UI does. */
  idA?: string;
  idB?: string;
}

export type DisagreementAspect = 'missing' | 'boundary' | 'kind' | 'polarity' | 'sourceType' | 'fields';

export interface Disagreement {
  /** Stable key for adjudication: article, then both annotation ids. */
  id: string;
  article: string;
  annotatorA: string;
  annotatorB: string;
  aspects: DisagreementAspect[];
  /** Each differing field with both values (empty for a missing span or a boundary only). */
  differences: FieldDifference[];
  /** Absent when only the other annotator marked the span. */
  a?: SpanSide;
  b?: SpanSide;
}

export interface AgreementReport {
  mode: MatchMode;
  annotators: string[];
  /** Annotator pairs [a, b] (a < b) that share at least one article: the only pairs in
   *  the figures; two annotators who never read the same article have no agreement. */
  pairs: Array<[string, string]>;
  overall: Section;
  articles: Array<Section & { path: string; annotators: string[]; disagreements: number }>;
  disagreements: Disagreement[];
  /** Agreement on the curated actor mentions and quote speakers (recognized-layer.ts),
   *  when the caller compared them. */
  recognized?: RecognizedLayerReport;
}
