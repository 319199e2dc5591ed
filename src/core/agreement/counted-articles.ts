// Which articles the agreement report counts, and which of them it reads: the one rule of
// the extension's "Compare Annotators" (extension/services/corpus/annotated-articles.ts) and of
// `sorot agreement` (cli/io/corpus.ts), so both give the same articles and the same N.
// An article with no annotation file gives the report nothing but its path (no annotator,
// no annotation), so its text is not read: at 100,000 articles, one in ten annotated,
// reading and holding every text made the report's heap +659 MB (issue 19). It counts when
// its folder's listing (read anyway to find annotation files) holds it as a file; one
// gone since the corpus was listed is skipped with a warning, as a read would skip it. Its
// text is never decoded: an article that is not UTF-8 and has no annotation file counts
// as an article nobody annotated (it could hold no annotation either way), where reading
// every article skipped it with a warning. An annotated article is read in full, and
// skipped with a warning when it cannot be read or decoded.
import type { SidecarStore } from '../annotations/store';

/** 'read': read the article and its annotation files in full (it has some, or its folder
 *  could not be listed and the read will say why); 'unannotated': a report article with no
 *  annotator, not read; `skipped`: not in the report, the reason for the warning. */
export type CountedArticle = 'read' | 'unannotated' | { skipped: string };

export async function countedArticle(store: SidecarStore, article: string): Promise<CountedArticle> {
  const found = await store.listWithArticle(article).catch(() => undefined);
  if (!found || found.sidecars.length > 0) return 'read';
  return found.articleListed ? 'unannotated' : { skipped: 'no such file' };
}
