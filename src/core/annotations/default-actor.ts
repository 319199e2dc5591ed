/**
 * The actor a claimant / holder / source step preselects for a selection (issue 11,
 * point 4). The article's most-mentioned actor is usually not who speaks in the selected
 * words; the recognizer knows better. One rule for the three kinds: whoever voices the
 * selected words is the claimant of a claim in them, the holder of a stance they express
 * and the source they are cited from; only the writer's own narration differs by kind.
 *   1. the selection is, contains or lies in a recognised quote with a speaker: that
 *      quote's speaker (the first such quote); else, the same for a reported statement
 *      (the recognizer has already chosen between "Kepala <organisation>, <person>,
 *      menyebut …" and knows it is the person);
 *   2. otherwise, when an actor opens the sentence and its clause predicate introduces the
 *      selection (opening-subject.ts), that subject: the selection is what it believes,
 *      promises or reports ("Gubernur X optimistis [ekonomi tumbuh]", "BPS mencatat, di
 *      Garut, [harga naik]"), whoever is named between; except for a source, when the
 *      words between cite someone ("X yakin, mengutip data BPS, [wisatawan naik]": the
 *      actor right after "merujuk", "mengutip", "berdasarkan" or "menurut" in that gap is
 *      the source the selection is cited from, the subject only relays it);
 *   3. otherwise, for a claim, the outlet's own voice when the selection is the writer's
 *      narration (narration.ts: no quote, statement or attribution cue in its sentences):
 *      the article asserts it, not the actor named just before it. Not for a stance (its
 *      holder in narration is an actor the sentence is about: "Petani menolak …") nor a
 *      source (the outlet is no source it cites);
 *   4. otherwise a person or organisation the selection names as whose report it is,
 *      right after a reporting passive and "oleh" ("… dicatat oleh Macron"), "menurut",
 *      "kata" or "ujar", unless an actor opens the selection (the sentence's subject);
 *   5. otherwise the nearest speaker or actor mention before the selection in its
 *      paragraph, a preceding quote's speaker counting where the quote ends; a mention
 *      covering the selection's first character wins (it is the sentence's subject, or
 *      the selection lies in the name) and is reported as `opening`;
 *   6. otherwise the first actor named inside the selection;
 *   7. otherwise none (the picker then starts on its first listed value).
 */
import type { AnalysisResult, ActorMention } from '../recognize/types';
import { REPORTING_PASSIVES } from '../recognize/reported/cues';
import { isNarration, selectionSentenceStart } from './narration';
import { openingSubject } from './opening-subject';
import type { Choice } from './pick-list';
import { OUTLET_VOICE } from './reserved-actors';
import type { AnnotationKind } from './types';

export interface DefaultActor extends Choice {
  /** Which rule chose it, for tests and the picker's description. */
  reason: 'quote' | 'statement' | 'narration' | 'agent' | 'opening' | 'preceding' | 'inside';
}

/** The default actor of each kind for one selection, read once for the three (the
 *  annotate command asks before the kind is picked). */
export function defaultActors(text: string, start: number, end: number, analysis: AnalysisResult): Partial<Record<AnnotationKind, DefaultActor>> {
  const sentenceStart = selectionSentenceStart(text, start);
  const voiced = voiceOf(text, start, end, analysis, sentenceStart);
  const outlet = !voiced && isNarration(text, start, end, analysis, sentenceStart);
  const other = voiced ?? nearestActor(text, start, end, analysis);
  const claim: DefaultActor | undefined = outlet ? { label: OUTLET_VOICE.label, id: OUTLET_VOICE.id, reason: 'narration' } : other;
  const cited = voiced?.reason === 'preceding' ? citedInGap(text, sentenceStart, start, analysis.actors) : undefined;
  const source = cited ? { ...mentionChoice(cited), reason: 'agent' as const } : other;
  return { ...(claim ? { claim } : {}), ...(other ? { stance: other } : {}), ...(source ? { source } : {}) };
}

/** Words that name whose data or words the sentence cites ("mengutip data BPS"). */
const CITING = /(?:^|[^\p{L}])(?:merujuk(?: pada| ke)?|mengutip|berdasarkan|menurut)\s+(?:\p{Ll}+\s+){0,3}$/u;
/** How far before a cited actor its citing word may stand ("merujuk proyeksi terbaru dari …"). */
const CITING_REACH = 48;

/** The last person or organisation in [from, to) that a citing word introduces, within a
 *  few lower-case words ("mengutip data terbaru BPS"). */
function citedInGap(text: string, from: number, to: number, actors: readonly ActorMention[]): ActorMention | undefined {
  let cited: ActorMention | undefined;
  for (const m of actors) {
    if (m.start >= to) break;
    if (m.start < from || m.end > to || m.type === 'GPE') continue;
    if (CITING.test(text.slice(Math.max(from, m.start - CITING_REACH), m.start))) cited = m;
  }
  return cited;
}

/** `kind`: whose actor step asks (the outlet is suggested to a claim only); without it,
 *  the actor a stance or a source would start on. */
export function defaultActor(text: string, start: number, end: number, analysis: AnalysisResult, kind?: AnnotationKind): DefaultActor | undefined {
  return defaultActors(text, start, end, analysis)[kind ?? 'stance'];
}

/** Rules 1 and 2: who voices the selected words, the same for every kind. */
function voiceOf(text: string, start: number, end: number, analysis: AnalysisResult, sentenceStart: number): DefaultActor | undefined {
  const quote = analysis.quotes.find((q) => q.speaker && q.start < end && start < q.end);
  if (quote?.speaker) return { ...speakerChoice(quote.speaker, quote.speakerMention, analysis), reason: 'quote' };
  const statement = analysis.reported?.find((r) => r.speaker && r.start < end && start < r.end);
  if (statement?.speaker) return { ...speakerChoice(statement.speaker, statement.speakerMention, analysis), reason: 'statement' };
  // The subject whose predicate introduces the selection holds it, whoever is named
  // between (a place: "X optimistis, usai meninjau sawah di Karawang, [panen melimpah]").
  const subject = openingSubject(text, start, sentenceStart, analysis.actors);
  return subject ? { ...mentionChoice(subject), reason: 'preceding' } : undefined;
}

/** Rules 4 to 6: the actor the selection names as its reporter, else the nearest. */
function nearestActor(text: string, start: number, end: number, analysis: AnalysisResult): DefaultActor | undefined {
  const opens = analysis.actors.some((m) => m.start === start);
  const agent = opens ? undefined : analysis.actors.find((m) => m.start > start && m.end <= end && m.type !== 'GPE' &&
    REPORTED_BY.test(text.slice(Math.max(start, m.start - REPORTED_BY_REACH), m.start)));
  if (agent) return { ...mentionChoice(agent), reason: 'agent' };

  const { from } = paragraphAround(text, start);
  let best: { at: number; choice: Choice; opens: boolean } | undefined;
  const consider = (at: number, choice: Choice, opens: boolean): void => {
    if (!best || at >= best.at) best = { at, choice, opens };
  };
  for (const m of analysis.actors) {
    // A mention covering the selection's first character opens it, also when the
    // selection starts inside the name ("Kuleba" of "Dmitry Kuleba").
    if (m.start >= from && m.start <= start) consider(m.start, mentionChoice(m), m.end > start);
  }
  for (const q of analysis.quotes) {
    if (q.speaker && q.start >= from && q.end <= start) consider(q.end, speakerChoice(q.speaker, q.speakerMention, analysis), false);
  }
  // Said apart, so the picker does not call the selection's first words "before" it.
  if (best) return { ...best.choice, reason: best.opens ? 'opening' : 'preceding' };

  const inside = analysis.actors.find((m) => m.start >= start && m.start < end);
  return inside ? { ...mentionChoice(inside), reason: 'inside' } : undefined;
}

/** The words that name whose report follows, right before a mention: a reporting passive
 *  and "oleh" ("dicatat oleh Macron"; not any passive: "diculik oleh X" names no source),
 *  "menurut Bank Dunia", "kata Peskov", "ujar Sri". Not "dari": "impor beras dari Thailand". */
const REPORTED_BY = new RegExp(`(?:^|[\\s(])(?:(?:${REPORTING_PASSIVES.join('|')})\\s+oleh|menurut|kata|ujar)\\s+$`, 'i');
/** How far before a mention REPORTED_BY looks ("diungkapkan oleh " is 17 characters). */
const REPORTED_BY_REACH = 24;

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
