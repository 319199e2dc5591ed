// The recognized layer of the articles the export and the agreement read from disk, in
// one place, so both see what the editor shows: analysed with the workspace KB (the one
// the decorations, the hovers and the corpus index use, .sorot/actors.json over the
// built-in), on the desktop's worker threads where they answer, else on this thread (the
// web build, a failed worker). The CLI recognizes with the same workspace KB
// (src/cli/io/workspace-kb.ts).
import { curate, type CuratedAnalysis } from '../../../core/curation';
import type { AnalysisResult } from '../../../core/recognize/types';
import type { CurateRequest, LayersRequest } from './recognition-task';
import type { CorpusServices } from './register';

/** What the export and the agreement take of the curated layer. */
export type RecognizedLayer = Pick<CuratedAnalysis, 'actors' | 'quotes' | 'reported'>;

export interface WorkspaceRecognizer {
  /** An article's curated layer made on the workers: JSON text of a RecognizedLayer,
   *  undefined when a worker failed (the export's). */
  away?: (article: CurateRequest) => Promise<string | undefined>;
  /** The same made on this thread. */
  here: (article: CurateRequest) => RecognizedLayer;
  /** An article's curated layer per list of corrections, over one analysis, made on the
   *  workers: JSON text of a RecognizedLayer[], undefined when a worker failed (the
   *  agreement's, a list per annotator). */
  awayEach?: (article: LayersRequest) => Promise<string | undefined>;
  /** The machine's analysis on this thread. */
  analyze: (text: string) => AnalysisResult;
}

/** The corpus services' workers and engine, with the KB in force when each article is sent. */
export function workspaceRecognizer(corpus: Pick<CorpusServices, 'away' | 'engine'>): WorkspaceRecognizer {
  const { away, engine } = corpus;
  return {
    ...(away?.curate ? { away: (article: CurateRequest) => away.curate?.(article, engine.knowledgeBase) ?? Promise.resolve(undefined) } : {}),
    here: (article) => {
      const { actors, quotes, reported } = curate(engine.analyze(article.text), article.corrections);
      return { actors, quotes, reported };
    },
    ...(away?.curateEach ? { awayEach: (article: LayersRequest) => away.curateEach?.(article, engine.knowledgeBase) ?? Promise.resolve(undefined) } : {}),
    analyze: (text) => engine.analyze(text),
  };
}
