// What the corpus index keeps of an article analysed from its file: the curated layer
// (the recognizer's findings with the researcher's corrections) summarised, with the
// outlet and date the text gives. One owner for the extension host's in-thread path and
// the desktop's worker thread (extension/services/corpus/recognition-away.ts), so both make the same
// summary.
import type { Correction } from '../annotations/corrections';
import { curate, summarizeCurated } from '../curation';
import { readTextMetadata } from '../metadata/read-text';
import type { AnalysisResult } from '../recognize/types';
import type { ArticleSummary } from './article-summary';

/** The summary of `text` (whose contentHash() is `hash`) from its analysis `result`,
 *  curated with `corrections`. */
export function indexSummary(result: AnalysisResult, corrections: readonly Correction[], hash: string, text: string): ArticleSummary {
  return withTextMetadata(summarizeCurated(curate(result, corrections), hash), text);
}

/** The outlet and date the text itself gives, kept with the summary for the analysis view. */
export function withTextMetadata(summary: ArticleSummary, text: string): ArticleSummary {
  const { outlet, date } = readTextMetadata(text);
  return { ...summary, textMetadata: { ...(outlet ? { outlet } : {}), ...(date ? { date } : {}) } };
}
