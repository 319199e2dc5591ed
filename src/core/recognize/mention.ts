import type { ActorType } from './types';

/** An actor mention inside one paragraph, before the article-wide link pass. Offsets are
 *  relative to the paragraph start so the result can be cached by paragraph text. */
export interface LocalMention {
  start: number;
  end: number;
  type: ActorType;
  /** KB canonical, or the surface form for names the KB does not know (the link pass
   *  replaces it with the fullest in-article name for people). */
  canonical: string;
  entityId?: string;
  /** For a KB mention: the alias it matched. When the text is that alias exactly, the
   *  link pass reports the KB's string instead of a copy of the text. */
  alias?: string;
  /** How the mention was found: 'kb' alias, a 'pattern' with a clear clue (title,
   *  organisation head, dateline...), or 'weak' (a capitalised word with no clue, kept
   *  only if the rest of the article confirms it). */
  source: 'kb' | 'pattern' | 'weak';
  /** For an acronym defined in the text ("Badan X (BX)"): index of the mention it
   *  abbreviates, in the same paragraph. */
  expands?: number;
}

/** Index of the first item of `list` (sorted by start) that starts at or after `pos`. */
export function firstStartingAt(list: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether [start, end) overlaps an item of `list` (sorted by start, items not nested): the
 *  item before its start running into it, or the first at or after its start beginning
 *  before its end. */
export function overlapsSorted(list: readonly { start: number; end: number }[], start: number, end: number): boolean {
  const i = firstStartingAt(list, start);
  return (i > 0 && list[i - 1].end > start) || (i < list.length && list[i].start < end);
}
