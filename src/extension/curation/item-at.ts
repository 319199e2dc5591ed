// Which item of the curated layer the researcher means at the cursor. Pure (no vscode),
// so the choice is unit-tested: a mention inside a quote is meant before the quote
// around it, and both before the reported statement around them, unless the command is
// about quotes (statements).
import type { CuratedAnalysis, CuratedMention, CuratedQuote, CuratedStatement } from '../../core/curation';

export type CuratedItem = { layer: 'actor'; item: CuratedMention } | { layer: 'quote'; item: CuratedQuote } | { layer: 'reported'; item: CuratedStatement };
export type CuratedLayer = CuratedItem['layer'];

/**
 * The item under `offset` (a cursor touching the item's end counts, as a click at the
 * end of a word does). `layer` narrows the search; without it an actor mention wins
 * over the quote that contains it.
 */
export function itemAt(curated: CuratedAnalysis, offset: number, layer?: CuratedLayer): CuratedItem | undefined {
  if (layer === undefined || layer === 'actor') {
    const item = innermost(curated.actors, offset);
    if (item) return { layer: 'actor', item };
  }
  if (layer === undefined || layer === 'quote') {
    const item = innermost(curated.quotes, offset);
    if (item) return { layer: 'quote', item };
  }
  // A reported statement last: the actors and quoted fragments inside it are meant first.
  if (layer === undefined || layer === 'reported') {
    const item = innermost(curated.reported, offset);
    if (item) return { layer: 'reported', item };
  }
  return undefined;
}

/**
 * The item whose speaker "Set Speaker" (Ctrl+Alt+S) means at `offset`: the quote there,
 * else the reported statement. A researcher on a statement's words presses the same key
 * as on a quote's; a quote inside a statement is the nearer item and wins.
 */
export function speakerItemAt(curated: CuratedAnalysis, offset: number): Exclude<CuratedItem, { layer: 'actor' }> | undefined {
  const quote = innermost(curated.quotes, offset);
  if (quote) return { layer: 'quote', item: quote };
  const statement = innermost(curated.reported, offset);
  return statement && { layer: 'reported', item: statement };
}

/**
 * The item "Use Selection as Span" re-spans: the one whose span the selection covers
 * best (overlap over union). Largest overlap alone would always pick the reported
 * statement around a name or quote a researcher re-selects inside it; overlap over
 * union picks the item the new span is closest to, whatever its layer.
 */
export function itemForSelection(curated: CuratedAnalysis, from: number, to: number): CuratedItem | undefined {
  let best: CuratedItem | undefined;
  let bestScore = 0;
  const consider = (at: CuratedItem) => {
    const overlap = Math.min(to, at.item.end) - Math.max(from, at.item.start);
    if (overlap <= 0) return;
    const score = overlap / (Math.max(to, at.item.end) - Math.min(from, at.item.start));
    if (score > bestScore) {
      best = at;
      bestScore = score;
    }
  };
  for (const item of curated.actors) consider({ layer: 'actor', item });
  for (const item of curated.quotes) consider({ layer: 'quote', item });
  for (const item of curated.reported) consider({ layer: 'reported', item });
  return best;
}

/** The shortest item containing `offset` (items are in text order and rarely nest). */
function innermost<T extends { start: number; end: number }>(items: readonly T[], offset: number): T | undefined {
  let best: T | undefined;
  for (const item of items) {
    if (item.start > offset) break;
    if (offset <= item.end && (!best || item.end - item.start < best.end - best.start)) best = item;
  }
  return best;
}

/** What the editor context menu offers at `offset` (context keys, cursor-keys.ts): the
 *  actor commands on an actor mention, "Set Speaker" on a quote or a statement. */
export function cursorContext(curated: CuratedAnalysis | undefined, offset: number): { atActor: boolean; atSpeakerItem: boolean } {
  if (!curated) return { atActor: false, atSpeakerItem: false };
  return { atActor: innermost(curated.actors, offset) !== undefined, atSpeakerItem: speakerItemAt(curated, offset) !== undefined };
}
