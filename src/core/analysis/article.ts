// From one article's curated layer, annotations and metadata to the reduced record the
// tables count (types.ts), so a corpus of thousands of articles is held without texts.
import type { ArticleFields } from '../annotations/gather';
import type { Annotation } from '../annotations/types';
import type { CuratedAnalysis, CuratedMention } from '../curation/types';
import type { EffectiveMetadata } from '../metadata/types';
import type { AnalysisArticle, AnalysisMention, AnalysisStatement } from './types';

export interface ArticleSources {
  path: string;
  metadata: EffectiveMetadata;
  /** The recognizer's result with the researchers' corrections: actors, quotes and
   *  reported statements are all counted as curated. */
  curated: CuratedAnalysis;
  annotations: readonly Annotation[];
  articleFields: readonly ArticleFields[];
}

export function analysisArticle(src: ArticleSources): AnalysisArticle {
  const actors = src.curated.actors.map(mention);
  const article: AnalysisArticle = {
    path: src.path,
    statuses: src.articleFields.flatMap((f) => (f.articleStatus ? [{ ...(f.annotator ? { annotator: f.annotator } : {}), status: f.articleStatus }] : [])),
    actors,
    quotes: src.curated.quotes.map((q) => statement(q, src.curated.actors)),
    reported: src.curated.reported.map((r) => statement(r, src.curated.actors)),
    annotations: [...src.annotations],
  };
  if (src.metadata.outlet) article.outlet = src.metadata.outlet.value;
  if (src.metadata.date) article.date = src.metadata.date.value;
  return article;
}

function mention(m: CuratedMention): AnalysisMention {
  const out: AnalysisMention = { start: m.start, end: m.end, canonical: m.canonical, type: m.type };
  if (m.entityId !== undefined) out.entityId = m.entityId;
  return out;
}

interface StatementLike {
  start: number;
  end: number;
  speaker: string | null;
  speakerMention?: { start: number; end: number };
}

function statement(s: StatementLike, actors: readonly CuratedMention[]): AnalysisStatement {
  const out: AnalysisStatement = { start: s.start, end: s.end, speaker: s.speaker };
  const at = s.speakerMention;
  const named = at && actors.find((a) => a.start === at.start && a.end === at.end);
  if (named?.entityId !== undefined && named.canonical === s.speaker) out.speakerId = named.entityId;
  return out;
}
