/**
 * The work status an annotation change moves the article to. Annotating is what "in
 * progress" means, so creating an annotation (or accepting a suggestion) in an article
 * that has no status yet, or is "not started" and had no annotation, makes it "in
 * progress". A status the researcher chose otherwise is theirs: "in progress" and "done"
 * never change, nor does "not started" set on an article that already had annotations.
 */
import type { Annotation, ArticleStatus } from './types';

/** The new status, or undefined when it stays as it is. */
export function statusAfterAnnotating(status: ArticleStatus | undefined, before: readonly Annotation[], after: readonly Annotation[]): ArticleStatus | undefined {
  if (status === 'in-progress' || status === 'done') return undefined;
  const acceptedBefore = new Set(before.filter((a) => a.status === 'accepted').map((a) => a.id));
  const created = after.some((a) => a.status === 'accepted' && !acceptedBefore.has(a.id));
  if (!created) return undefined;
  if (status === 'not-started' && acceptedBefore.size > 0) return undefined;
  return 'in-progress';
}
