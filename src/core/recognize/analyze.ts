// Entry point of the recognition engine: actors and quotes of one article.
// Pure and deterministic; safe on any string (empty, huge, binary-ish, lone surrogates).
import type { KbIndex } from '../kb/kb-index';
import { forEachParagraph } from '../text/paragraphs';
import { defaultKbIndex } from './default-kb';
import { ArticleLinker, type LinkOptions } from './link';
import { analyzeParagraph } from './paragraph';
import { readPlainSpaced } from './plain-spaces';
import { readWithInferredParagraphs } from './reading-units';
import type { AnalysisResult } from './types';

export interface AnalyzeOptions {
  /** Knowledge base to link names with; default: the built-in KB (built once, lazily). */
  kb?: KbIndex;
  /** Surface forms the user marked as never being actors (in addition to the KB's own
   *  suppress list). */
  suppress?: Iterable<string>;
}

/** Actors and quotes of `text`. Offsets are UTF-16 code units, `end` exclusive; both
 *  lists are sorted by start and spans of one list never overlap. */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalysisResult {
  const kb = options.kb ?? defaultKbIndex();
  return readPlainSpaced(text, (plain) => readWithInferredParagraphs(plain, kb, (units) => {
    // Each paragraph's findings go to the link pass as soon as they exist and are not
    // kept: on a large text, keeping them all until the end made the garbage collector
    // copy every one of them (a quarter of the run time).
    const linker = new ArticleLinker(units);
    forEachParagraph(units, (start, end) => linker.add(start, end, analyzeParagraph(units.slice(start, end), kb)));
    return linker.finish(linkOptions(options, kb));
  }));
}

export function linkOptions(options: AnalyzeOptions, kb: KbIndex): LinkOptions {
  return options.suppress ? { kb, suppress: new Set(options.suppress) } : { kb };
}
