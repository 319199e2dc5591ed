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
  curated: CuratedAnalysis;
  /** The recognizer's result: its `reported` statements, when this version has them
   *  (a result without the field counts none). */
  analysis: object;
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
    reported: reportedOf(src.analysis).map((r) => statement(r, src.curated.actors)),
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

/** The optional `reported` list of an analysis result; entries without a span are skipped. */
export function reportedOf(analysis: object): StatementLike[] {
  const list = (analysis as { reported?: unknown }).reported;
  if (!Array.isArray(list)) return [];
  return list.filter((r): r is StatementLike => typeof r === 'object' && r !== null && typeof r.start === 'number' && typeof r.end === 'number').map((r) => ({
    start: r.start,
    end: r.end,
    speaker: typeof r.speaker === 'string' ? r.speaker : null,
    ...(r.speakerMention ? { speakerMention: r.speakerMention } : {}),
  }));
}
