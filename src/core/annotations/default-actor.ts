/**
 * The actor a claimant / holder / source step preselects for a selection (issue 11,
 * point 4). The article's most-mentioned actor is usually not who speaks in the selected
 * words; the recognizer knows better:
 *   1. the selection is, contains or lies in a recognised quote with a speaker: that
 *      quote's speaker (the first such quote); else, the same for a reported statement
 *      (the recognizer has already chosen between "Kepala <organisation>, <person>,
 *      menyebut …" and knows it is the person);
 *   2. otherwise an actor the selection names as the agent of what it reports, right after
 *      "oleh", "menurut", "kata", "ujar" or "dari" ("… dicatat oleh Macron", "menurut
 *      Bank Dunia"): the selection itself says whose it is;
 *   3. otherwise the nearest speaker or actor mention before the selection in its
 *      paragraph, a preceding quote's speaker counting where the quote ends; a mention
 *      starting exactly where the selection starts wins (it is the sentence's subject)
 *      and is reported as `opening`;
 *   4. otherwise the first actor named inside the selection;
 *   5. otherwise none (the picker then starts on its first listed value).
 */
import type { AnalysisResult, ActorMention } from '../recognize/types';
import type { Choice } from './pick-list';

export interface DefaultActor extends Choice {
  /** Which rule chose it, for tests and the picker's description. */
  reason: 'quote' | 'statement' | 'agent' | 'opening' | 'preceding' | 'inside';
}

export function defaultActor(text: string, start: number, end: number, analysis: AnalysisResult): DefaultActor | undefined {
  const quote = analysis.quotes.find((q) => q.speaker && q.start < end && start < q.end);
  if (quote?.speaker) return { ...speakerChoice(quote.speaker, quote.speakerMention, analysis), reason: 'quote' };
  const statement = analysis.reported?.find((r) => r.speaker && r.start < end && start < r.end);
  if (statement?.speaker) return { ...speakerChoice(statement.speaker, statement.speakerMention, analysis), reason: 'statement' };

  const agent = analysis.actors.find((m) => m.start > start && m.end <= end && AGENT_BEFORE.test(text.slice(Math.max(start, m.start - 12), m.start)));
  if (agent) return { ...mentionChoice(agent), reason: 'agent' };

  const { from } = paragraphAround(text, start);
  let best: { at: number; choice: Choice; opens: boolean } | undefined;
  const consider = (at: number, choice: Choice, opens: boolean): void => {
    if (!best || at >= best.at) best = { at, choice, opens };
  };
  for (const m of analysis.actors) {
    if (m.start >= from && m.start <= start) consider(m.start, mentionChoice(m), m.start === start);
  }
  for (const q of analysis.quotes) {
    if (q.speaker && q.start >= from && q.end <= start) consider(q.end, speakerChoice(q.speaker, q.speakerMention, analysis), false);
  }
  // Said apart, so the picker does not call the selection's first words "before" it.
  if (best) return { ...best.choice, reason: best.opens ? 'opening' : 'preceding' };

  const inside = analysis.actors.find((m) => m.start >= start && m.start < end);
  return inside ? { ...mentionChoice(inside), reason: 'inside' } : undefined;
}

/** The word that introduces the agent of a passive or the source of a report, right
 *  before a mention ("oleh Macron", "menurut Bank Dunia", "kata Peskov", "dari BMKG"). */
const AGENT_BEFORE = /(?:^|[\s(])(?:oleh|menurut|kata|ujar|dari)\s+$/i;

function mentionChoice(m: ActorMention): Choice {
  return m.entityId ? { label: m.canonical, id: m.entityId, type: m.type } : { label: m.canonical, type: m.type };
}

/** The speaker by name, with the id and type of the mention that names them (or of any
 *  mention of that actor in the article). */
function speakerChoice(speaker: string, at: { start: number; end: number } | undefined, analysis: AnalysisResult): Choice {
  const mention =
    (at && analysis.actors.find((m) => m.start === at.start && m.end === at.end && m.canonical === speaker)) ??
    analysis.actors.find((m) => m.canonical === speaker && m.entityId) ??
    analysis.actors.find((m) => m.canonical === speaker);
  return mention ? mentionChoice(mention) : { label: speaker };
}

/** Start of the paragraph (line) holding `offset`. */
function paragraphAround(text: string, offset: number): { from: number } {
  let from = offset;
  while (from > 0 && text[from - 1] !== '\n' && text[from - 1] !== '\r') from--;
  return { from };
}
