// The corpus as the analysis tables see it: per article, its effective outlet and date,
// the curated recognized layer (actors, quotes, reported statements) and the
// researchers' annotations, reduced to what the tables count. Every row of every table
// keeps references to the items behind it, so a view can list them and open each in
// its article.
import type { Annotation, ArticleStatus } from '../annotations/types';
import type { ActorType } from '../recognize/types';

/** What can be counted, and filtered by kind. */
export type ItemKind = 'mention' | 'quote' | 'reported' | 'claim' | 'stance' | 'source';
export const ITEM_KINDS: readonly ItemKind[] = ['mention', 'quote', 'reported', 'claim', 'stance', 'source'];

/** One item behind a row: the article and the UTF-16 span to open. */
export interface ItemRef {
  article: string;
  kind: ItemKind;
  start: number;
  end: number;
  /** Annotations: their id and annotator. */
  id?: string;
  annotator?: string;
}

export interface AnalysisMention {
  start: number;
  end: number;
  canonical: string;
  type: ActorType;
  entityId?: string;
}

/** A quote, or a reported (indirect) statement, and who made it. */
export interface AnalysisStatement {
  start: number;
  end: number;
  /** Canonical name of the speaker; null when nobody was found. */
  speaker: string | null;
  /** KB id of the speaker, when the mention naming them is linked. */
  speakerId?: string;
}

export interface AnalysisArticle {
  /** '/'-separated path, as the exports name it. */
  path: string;
  /** Effective outlet and date (core/metadata: override > table > text); `date` YYYY-MM-DD. */
  outlet?: string;
  date?: string;
  /** The status each sidecar gives the article (`annotator` undefined: the shared file). */
  statuses: Array<{ annotator?: string; status: ArticleStatus }>;
  actors: AnalysisMention[];
  quotes: AnalysisStatement[];
  reported: AnalysisStatement[];
  annotations: Annotation[];
}
