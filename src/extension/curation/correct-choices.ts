// What review mode's "c" (correct) offers for the item under review: what correcting that
// item offers elsewhere (the hover, the light bulb, the palette), less what "x" decides
// already (not an actor, not a quote). Pure (no vscode), so the offer is unit-tested.
import type { CuratedItem } from './item-at';

/**
 *  - link:    another identity for the mention (Link Actor to…);
 *  - type:    another type for the mention (Change Type…);
 *  - speaker: another speaker for the quote or statement (Set Speaker…);
 *  - form:    a quote marked a fragment, or a fragment a direct quote again;
 *  - span:    the selection as the item's span (Use Selection as Span).
 */
export type CorrectChoice = 'link' | 'type' | 'speaker' | 'form' | 'span';

/**
 * The choices for `at`, the one "c" alone used to make first (so Enter makes it still).
 * `selection`: the editor's selection, offered as the span only when it is not empty,
 * overlaps the item and differs from its span (another item's words are no span of it).
 */
export function correctChoices(at: CuratedItem, selection: { start: number; end: number } | undefined): CorrectChoice[] {
  const out: CorrectChoice[] = at.layer === 'actor' ? ['link', 'type'] : at.layer === 'quote' ? ['speaker', 'form'] : ['speaker'];
  if (selection && selection.end > selection.start && selection.start < at.item.end && at.item.start < selection.end && (selection.start !== at.item.start || selection.end !== at.item.end)) out.push('span');
  return out;
}
