/**
 * An editor with unsaved edits shows the annotations on its buffer, while the sidecar on
 * disk must count in the article file's text (its textHash says which). These two pure
 * steps carry annotations between the two texts:
 *  - toFileText: the buffer's annotations placed on the file's text, for writing; an
 *    annotation on text that exists only in the buffer is written flagged needsReview
 *    (if the buffer is never saved, that is the truth; once it is, the buffer's own
 *    unflagged version is written instead);
 *  - toBufferText: annotations read or merged from disk placed back on the buffer; an
 *    annotation unchanged since the buffer's version of it was written keeps the
 *    buffer's exact position (a search by quote could pick a duplicate passage).
 */
import type { Correction } from './corrections';
import { reanchorAll, reanchorAnnotation } from './reanchor-offline';
import { anchoredKey } from './serialize';
import type { Annotation, TextTarget } from './types';

/** Annotations and corrections of the recognized layer travel between the texts alike. */
type Item = Annotation | Correction;

export function toFileText<T extends Item>(annotations: readonly T[], fileText: string): T[] {
  return reanchorAll(fileText, annotations).map((r) => r.annotation);
}

/**
 * `fromDisk`: annotations on the file's text. `shown`: the buffer's versions (on
 * `bufferText`). `written`: what `shown` became on the file's text when last written
 * (toFileText), by which unchanged annotations are recognised.
 */
export function toBufferText<T extends Item>(fromDisk: readonly T[], shown: readonly T[], written: readonly T[], bufferText: string): T[] {
  const shownById = new Map(shown.map((a) => [a.id, a]));
  const writtenById = new Map(written.map((a) => [a.id, a]));
  return fromDisk.map((a) => {
    const mine = shownById.get(a.id);
    const was = writtenById.get(a.id);
    if (mine && was && sameTarget(was.target, a.target)) {
      // Same place on the file's text as when written: only fields may differ (a
      // colleague's note, a merge), so the buffer's place is still right.
      return anchoredKey(was) === anchoredKey(a) ? mine : withPlaceOf(a, mine, was);
    }
    return reanchorAnnotation(bufferText, a).annotation;
  });
}

function sameTarget(x: TextTarget, y: TextTarget): boolean {
  return x.start === y.start && x.end === y.end && x.exact === y.exact && x.prefix === y.prefix && x.suffix === y.suffix;
}

/** `a`'s fields at `mine`'s place; the flag is mine unless it was changed on disk. */
function withPlaceOf<T extends Item>(a: T, mine: T, was: T): T {
  const flagChangedOnDisk = Boolean(was.needsReview) !== Boolean(a.needsReview);
  const out = { ...a, target: mine.target };
  delete out.needsReview;
  if (flagChangedOnDisk ? a.needsReview : mine.needsReview) out.needsReview = true;
  return out;
}
