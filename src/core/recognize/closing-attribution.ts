/**
 * Quotes whose speaker the attribution AFTER them names: a run of quotes closed by one
 * attribution. Across paragraphs, a run of posts or a quote continued over paragraphs
 * ("“…”" / "“…”" / "“…,” cuit X.", link.ts resolveQuoteChains); inside one paragraph,
 * "“A.” “B,” kata X." (attribution.ts closeRunsOfPosts). The earlier quotes have no word
 * of attribution of their own: their cue is `closing` (docs/formats.md), so a reader (the
 * hover), an export and a correction that follows the speaker (curation/follow.ts) can
 * tell them from a quote continuing the one before (`continuation`), whose speaker was
 * named before it.
 *
 * The owner of "took its speaker from the item after": the recognizer marks the quotes
 * here, the hover and the curated layer ask `tookSpeakerFromAfter`.
 */
import { isContextCue, type Quote } from './types';
import { MODERATOR_HEAD } from './moderator-question';

/** The cue of a quote whose speaker the attribution closing the run after it names. Not a
 *  path of the learned speaker choice (speaker-model/): the cue is given after that choice,
 *  which still sees these quotes as the rules reached them (`continuation` across
 *  paragraphs, the closing attribution's own cue inside one), so its features and weights
 *  are what they were. */
export const CLOSING_CUE = 'closing';

/** The speaker a backward walk gave a quote, recorded when it gave it. */
export interface TakenFromAfter { speaker: string | null; mention: { start: number; end: number } | undefined }

/** Records that `q` was just given the speaker of the quote after it. */
export function recordTakenFromAfter(taken: Map<Quote, TakenFromAfter>, q: Quote): void {
  taken.set(q, { speaker: q.speaker, mention: q.speakerMention });
}

/** Gives the cue `closing` to the recorded quotes (`quotes` in text order) that still have
 *  the speaker, through the same mention, they took from the quote after (the learned
 *  choice may have re-decided one: its speaker no longer comes from there, and it keeps
 *  the cue it had), when the quote closing their run has a word of attribution ("cuit",
 *  "kata", "katanya", "hal itu disampaikan"). A multi-paragraph quote whose last paragraph
 *  only continues the quote before it (`continuation`) took its speaker from before, not
 *  from an attribution after it: its open paragraphs keep `continuation`. */
export function markClosingAttributions(quotes: readonly Quote[], taken: ReadonlyMap<Quote, TakenFromAfter>): void {
  if (taken.size === 0) return;
  // (from the end: whether the quote that closes the run being walked has a word)
  let closedByWord = false;
  for (let i = quotes.length - 1; i >= 0; i--) {
    const q = quotes[i];
    const given = taken.get(q);
    if (given === undefined || q.speaker === null || q.speaker !== given.speaker || !sameSpan(q.speakerMention, given.mention)) {
      closedByWord = q.cue !== undefined && !isContextCue(q.cue) && q.cue !== MODERATOR_HEAD;
    } else if (closedByWord) q.cue = CLOSING_CUE;
  }
}

/** Whether the recognizer gave the item the speaker of the item after it (the attribution
 *  closing its run). A statement never takes its speaker from after it. */
export function tookSpeakerFromAfter(item: { cue?: string }): boolean {
  return item.cue === CLOSING_CUE;
}

interface Said { start: number; end: number; cue?: string; speakerMention?: { start: number; end: number } }

/** For a reader (the hover), the words of the attribution that gave `quotes[i]` its speaker
 *  from after it, as the text has them: those of the quote closing its run (the first after
 *  it not itself `closing`), from the word after that quote to the end of the speaker's
 *  mention when the mention follows within a short clause ("cuit Bima Santoso", "kata
 *  Darto", "Hal itu disampaikan X"), else its cue alone ("katanya": the mention lies before;
 *  `researcher` for a closing quote a researcher added). Undefined when
 *  `quotes[i]` took no speaker from after it, or no quote after it closes the run (a
 *  researcher removed it). `quotes` in text order. */
export function closingAttributionText(text: string, quotes: readonly Said[], i: number): string | undefined {
  if (!tookSpeakerFromAfter(quotes[i])) return undefined;
  let k = i + 1;
  while (k < quotes.length && tookSpeakerFromAfter(quotes[k])) k++;
  const closer = quotes[k];
  if (closer === undefined || closer.cue === undefined) return undefined;
  const mention = closer.speakerMention;
  if (mention !== undefined && mention.start >= closer.end && mention.end - closer.end <= CLAUSE_REACH) {
    const words = text.slice(closer.end, mention.end).replace(/^[\s,.\u2013\u2014-]+/, '').replace(/\s+/g, ' ');
    // (only words that open with the cue: a closing quote whose speaker a researcher changed
    // keeps the text's cue but points at the new speaker's nearest mention, which may lie
    // past the clause or before the quote; then the cue alone is what the text says)
    if (words.toLowerCase().startsWith(closer.cue.toLowerCase())) return words;
  }
  return closer.cue;
}

/** How far after the closing quote its attribution clause may end (", cuit akun resmi
 *  Kementerian Pertanian"): longer, and the words are a sentence of their own. */
const CLAUSE_REACH = 80;

function sameSpan(a: { start: number; end: number } | undefined, b: { start: number; end: number } | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.start === b.start && a.end === b.end);
}
