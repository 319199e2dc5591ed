/**
 * Rules 5 and 6 of the curated layer (apply.ts): a recognized quote or statement whose
 * speaker was derived from something the researcher corrected follows that correction.
 * The item stays undecided (`followed`): the researcher decided what it came from, not
 * the item itself, so review mode still walks to it.
 *
 *  5. From a mention: the speaker was resolved through an actor mention the researcher
 *     relinked (the speaker is relinked) or rejected (the item has no speaker).
 *  6. From the item before or after: the recognizer gave an item the speaker of its
 *     neighbour, through the same mention.
 *     Before: "“…,” kata Darto." / "“…,” katanya." / "“…”": the second and third name
 *     nobody; their speaker is the first's, named before them.
 *     After: "“…”" / "“…”" / "“…,” cuit Bima." (a run of posts, or a quote continued over
 *     paragraphs, closed by one attribution) and "“…” “…,” kata Darto.": the earlier ones
 *     take the speaker named after the last, past the item after them.
 *     When the researcher changes the speaker of the item they took it from, they follow,
 *     one after another in either direction, until an item whose speaker came from
 *     elsewhere. The recognizer marks the items that took their speaker from after them
 *     (the cue `closing`, recognize/closing-attribution.ts), which tells them from an
 *     item's own attribution: "“…,” kata Darto, “…”" gives the first quote its own
 *     speaker, so a correction of the second does not reach back to it.
 */
import type { ActorMention } from '../recognize/types';
import { tookSpeakerFromAfter } from '../recognize/closing-attribution';
import type { CuratedMention, CuratedQuote, CuratedStatement } from './types';

interface Span {
  start: number;
  end: number;
}

type Spoken = CuratedQuote | CuratedStatement;

/** Rule 5: a machine item's speaker follows a correction of the mention it came from. */
export function followSpeakerMention<T extends Spoken>(q: T, actors: readonly CuratedMention[], rejected: readonly ActorMention[]): T {
  if (q.provenance !== 'machine' || !q.speakerMention) return q;
  const at = q.speakerMention;
  const corrected = overlappingActor(actors, at);
  if (corrected) {
    if (corrected.provenance === 'machine' || corrected.canonical === q.speaker) return q;
    return { ...q, speaker: corrected.canonical, speakerMention: { start: corrected.start, end: corrected.end }, provenance: 'followed', by: corrected.by, correctionId: corrected.correctionId };
  }
  if (!rejected.some((m) => m.start === at.start && m.end === at.end)) return q;
  const { speakerMention: _gone, ...rest } = q;
  return { ...rest, speaker: null, provenance: 'followed' } as T;
}

/**
 * Rule 6 over the quotes and statements of an article together (each list in text
 * order). `machineOf` gives the recognizer's item an item of the curated layer replaced
 * (the one on its span, or one it overlaps); an item the researcher added has none and
 * passes nothing on.
 */
export function followNeighbours(
  quotes: CuratedQuote[],
  statements: CuratedStatement[],
  machineOf: (item: Span, layer: 'quote' | 'reported') => { speaker: string | null; speakerMention?: Span } | undefined,
): { quotes: CuratedQuote[]; reported: CuratedStatement[] } {
  const items = inTextOrder(quotes, statements, machineOf);
  // Forward, then backward: neither pass undoes the other, since only an item still the
  // recognizer's follows (an item's speaker named before it, or by the attribution closing
  // its run after it: its cue `closing`).
  for (let i = 1; i < items.length; i++) carry(items[i - 1], items[i], tookFromBefore);
  for (let i = items.length - 2; i >= 0; i--) carry(items[i + 1], items[i], tookFromAfter);
  const outQuotes: CuratedQuote[] = [];
  const outStatements: CuratedStatement[] = [];
  for (const e of items) {
    if (e.layer === 'quote') outQuotes.push(e.item as CuratedQuote);
    else outStatements.push(e.item as CuratedStatement);
  }
  return { quotes: outQuotes, reported: outStatements };
}

/** An item of the merged walk: what the curated layer now says, and its speaker and
 *  mention as the recognizer had them. */
interface Neighbour {
  item: Spoken;
  layer: 'quote' | 'reported';
  machineSpeaker: string | null;
  mention: Span | undefined;
}

function inTextOrder(
  quotes: readonly CuratedQuote[],
  statements: readonly CuratedStatement[],
  machineOf: (item: Span, layer: 'quote' | 'reported') => { speaker: string | null; speakerMention?: Span } | undefined,
): Neighbour[] {
  const out: Neighbour[] = [];
  let qi = 0;
  let si = 0;
  while (qi < quotes.length || si < statements.length) {
    const takeQuote = si >= statements.length || (qi < quotes.length && quotes[qi].start <= statements[si].start);
    const item: Spoken = takeQuote ? quotes[qi++] : statements[si++];
    const layer = takeQuote ? 'quote' : 'reported';
    if (item.provenance === 'machine') {
      out.push({ item, layer, machineSpeaker: item.speaker, mention: item.speakerMention });
    } else {
      const machine = machineOf(item, layer);
      out.push({ item, layer, machineSpeaker: machine ? machine.speaker : null, mention: machine?.speakerMention });
    }
  }
  return out;
}

/** `to`, still the recognizer's, follows `from` when the researcher decided `from` (or it
 *  followed in turn) and the recognizer gave `to` its speaker. */
function carry(from: Neighbour, to: Neighbour, took: (item: Spoken, from: Neighbour) => boolean): void {
  if (to.item.provenance !== 'machine' || from.item.provenance === 'machine') return;
  if (!took(to.item, from) || from.item.speaker === to.item.speaker) return;
  to.item = follow(to.item, from.item);
}

/** The recognizer gave `item` the speaker of the item before, through the same mention,
 *  named before `item` (a mention after it, "“…,” kata X.", is its own attribution). */
function tookFromBefore(item: Spoken, before: Neighbour): boolean {
  const own = item.speakerMention;
  return sameSpeaker(item, before) && own !== undefined && own.end <= item.start;
}

/** The recognizer gave `item` the speaker of the item after it, through the same mention:
 *  the attribution closing its run ("“…” “…,” kata X.", closing-attribution.ts, which marks
 *  such quotes with the cue `closing`; a mention between the two, "“…,” kata X, “…”", is
 *  the first's own attribution and no such cue). */
function tookFromAfter(item: Spoken, after: Neighbour): boolean {
  return tookSpeakerFromAfter(item) && sameSpeaker(item, after);
}

function sameSpeaker(item: Spoken, other: Neighbour): boolean {
  const own = item.speakerMention;
  return other.machineSpeaker !== null && item.speaker === other.machineSpeaker && other.mention !== undefined && own !== undefined &&
    own.start === other.mention.start && own.end === other.mention.end;
}

function follow<T extends Spoken>(item: T, decided: Spoken): T {
  const { speakerMention: _old, ...rest } = item;
  const out = { ...rest, speaker: decided.speaker, provenance: 'followed' } as T;
  if (decided.speakerMention) out.speakerMention = decided.speakerMention;
  if (decided.by !== undefined) out.by = decided.by;
  if (decided.correctionId !== undefined) out.correctionId = decided.correctionId;
  return out;
}

function overlappingActor(actors: readonly CuratedMention[], span: Span): CuratedMention | undefined {
  let lo = 0;
  let hi = actors.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (actors[mid].end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  const a = actors[lo];
  return a && a.start < span.end && a.end > span.start ? a : undefined;
}
