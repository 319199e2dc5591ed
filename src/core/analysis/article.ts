// From one article's curated layer, annotations and metadata to the reduced record the
// tables count (types.ts), so a corpus of thousands of articles is held without texts.
import type { ArticleFields } from '../annotations/gather';
import type { Annotation } from '../annotations/types';
import type { CuratedAnalysis, CuratedMention } from '../curation/types';
import type { ArticleSummary } from '../incremental/article-summary';
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
    statuses: statusesOf(src.articleFields),
    actors,
    quotes: src.curated.quotes.map((q) => statement(q, src.curated.actors)),
    reported: src.curated.reported.map((r) => statement(r, src.curated.actors)),
    annotations: [...src.annotations],
  };
  if (src.metadata.outlet) article.outlet = src.metadata.outlet.value;
  if (src.metadata.date) article.date = src.metadata.date.value;
  return article;
}

/** The same record from what the corpus index keeps of the article's curated layer (its
 *  summary: every mention's span, quotes and statements with their speakers), so the
 *  view counts an indexed article without analysing it again. The summary must come from
 *  the same curated layer (the same corrections) the record is meant to count. */
export function analysisArticleFromSummary(src: Omit<ArticleSources, 'curated'> & { summary: ArticleSummary }): AnalysisArticle {
  const actors: AnalysisMention[] = [];
  for (const a of src.summary.actors) {
    const spans = a.spans ?? [a.first.start, a.first.end];
    for (let i = 0; i < spans.length; i += 2) {
      const m: AnalysisMention = { start: spans[i], end: spans[i + 1], canonical: a.canonical, type: a.type };
      if (a.entityId !== undefined) m.entityId = a.entityId;
      actors.push(m);
    }
  }
  // Text order, as the recognizer gives them (the summary groups them by actor).
  actors.sort((x, y) => x.start - y.start || x.end - y.end);
  const fromSummary = (s: { start: number; end: number; speaker: string | null; speakerId?: string }): AnalysisStatement => ({ start: s.start, end: s.end, speaker: s.speaker, ...(s.speakerId !== undefined ? { speakerId: s.speakerId } : {}) });
  const article: AnalysisArticle = {
    path: src.path,
    statuses: statusesOf(src.articleFields),
    actors,
    quotes: src.summary.quotes.map(fromSummary),
    reported: (src.summary.reported ?? []).map(fromSummary),
    annotations: [...src.annotations],
  };
  if (src.metadata.outlet) article.outlet = src.metadata.outlet.value;
  if (src.metadata.date) article.date = src.metadata.date.value;
  return article;
}

function statusesOf(fields: readonly ArticleFields[]): AnalysisArticle['statuses'] {
  return fields.flatMap((f) => (f.articleStatus ? [{ ...(f.annotator ? { annotator: f.annotator } : {}), status: f.articleStatus }] : []));
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
