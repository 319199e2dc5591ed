/**
 * Rules 5 and 6 of the curated layer (apply.ts): a recognized quote or statement whose
 * speaker was derived from something the researcher corrected follows that correction.
 * The item stays undecided (`followed`): the researcher decided what it came from, not
 * the item itself, so review mode still walks to it.
 *
 *  5. From a mention: the speaker was resolved through an actor mention the researcher
 *     relinked (the speaker is relinked) or rejected (the item has no speaker).
 *  6. From the item before: the recognizer gave an item the speaker of the item before it
 *     ("“…,” kata Darto." / "“…,” katanya." / "“…”": the second and third name nobody;
 *     their speaker is the first's, resolved through the same mention, named before them).
 *     When the researcher changes the speaker of the first, the others follow, one after
 *     another, until an item whose speaker came from elsewhere.
 */
import type { ActorMention } from '../recognize/types';
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
export function followItemBefore(
  quotes: CuratedQuote[],
  statements: CuratedStatement[],
  machineOf: (item: Span, layer: 'quote' | 'reported') => { speaker: string | null; speakerMention?: Span } | undefined,
): { quotes: CuratedQuote[]; reported: CuratedStatement[] } {
  const outQuotes = [...quotes];
  const outStatements = [...statements];
  // What the item before said: its speaker and mention as the recognizer had them, and the
  // speaker the curated layer now gives it.
  let before: { machineSpeaker: string | null; mention: Span | undefined; item: Spoken } | undefined;
  let qi = 0;
  let si = 0;
  while (qi < outQuotes.length || si < outStatements.length) {
    const takeQuote = si >= outStatements.length || (qi < outQuotes.length && outQuotes[qi].start <= outStatements[si].start);
    const item: Spoken = takeQuote ? outQuotes[qi] : outStatements[si];
    let now = item;
    let machineSpeaker: string | null;
    let mention: Span | undefined;
    if (item.provenance === 'machine') {
      machineSpeaker = item.speaker;
      mention = item.speakerMention;
      if (before && before.item.provenance !== 'machine' && continues(item, before.machineSpeaker, before.mention) && before.item.speaker !== item.speaker) {
        now = follow(item, before.item);
      }
    } else {
      const machine = machineOf(item, takeQuote ? 'quote' : 'reported');
      machineSpeaker = machine ? machine.speaker : null;
      mention = machine?.speakerMention;
    }
    if (takeQuote) outQuotes[qi++] = now as CuratedQuote;
    else outStatements[si++] = now as CuratedStatement;
    before = { machineSpeaker, mention, item: now };
  }
  return { quotes: outQuotes, reported: outStatements };
}

/** The recognizer gave `item` the speaker of the item before, through the same mention,
 *  named before `item` (a mention after it, "“…,” kata X.", is its own attribution). */
function continues(item: Spoken, machineSpeaker: string | null, mention: Span | undefined): boolean {
  const own = item.speakerMention;
  return machineSpeaker !== null && item.speaker === machineSpeaker && mention !== undefined && own !== undefined &&
    own.start === mention.start && own.end === mention.end && own.end <= item.start;
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
