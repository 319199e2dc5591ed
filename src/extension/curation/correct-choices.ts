// What review mode's "c" (correct) offers for the item under review: what correcting that
// item offers elsewhere (the hover, the light bulb, the palette), less what "x" decides
// already (not an actor, not a quote). Pure (no vscode), so the offer is unit-tested.
import type { CuratedItem } from './item-at';
import { clipAtWord, clipLineInMarks } from '../../core/text/clip';

/**
 *  - link:    another identity for the mention (Link Actor to…);
 *  - type:    another type for the mention (Change Type…);
 *  - speaker: another speaker for the quote or statement (Set Speaker…);
 *  - span:    the selection as the item's span (Use Selection as Span).
 *
 * A quote's form (fragment / direct) is not among them: the recognizer never decides a
 * form, so no review decision is about it, and offering it made every "c" on a quote a
 * picker (two keys) for the correction of every quote, its speaker. The form stays one
 * command away at the cursor (light bulb, palette), where review mode leaves the cursor.
 */
export type CorrectChoice = 'link' | 'type' | 'speaker' | 'span';

/**
 * The choices for `at`, the one "c" alone used to make first (so Enter makes it still).
 * `selection`: the editor's selection, offered as the span only when it is not empty,
 * overlaps the item and differs from its span (another item's words are no span of it).
 */
export function correctChoices(at: CuratedItem, selection: { start: number; end: number } | undefined): CorrectChoice[] {
  const out: CorrectChoice[] = at.layer === 'actor' ? ['link', 'type'] : ['speaker'];
  if (selection && selection.end > selection.start && selection.start < at.item.end && at.item.start < selection.end && (selection.start !== at.item.start || selection.end !== at.item.end)) out.push('span');
  return out;
}

/** Longest head of the item's words the picker's title shows (code points). */
const TITLE_WORDS_MAX = 32;

/** The item's first words for the title of "c"'s picker, without the quotation marks a
 *  quote opens and closes with (the title puts its own around them), cut at a word. */
export function titleWords(at: CuratedItem): string {
  return clipAtWord(clipLineInMarks(at.item.text, Number.MAX_SAFE_INTEGER), TITLE_WORDS_MAX);
}
