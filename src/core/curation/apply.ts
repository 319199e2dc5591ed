/**
 * The curated layer: the recognizer's actors, quotes and reported statements with a
 * researcher's corrections
 * on top (types in ../annotations/corrections.ts). Pure and deterministic, so the editor,
 * the exports, agreement and the CLI all see the same layer for the same inputs.
 *
 * Rules, in the order they are applied:
 *  1. Only placed corrections count: one flagged needsReview is never applied (it might
 *     now sit on other words).
 *  2. Corrections of one layer whose spans overlap cannot all hold: the one modified last
 *     decides, the others are `superseded`.
 *  3. A `reject` removes the machine's item on exactly its span, nothing else: an item
 *     the analysis has since moved is left alone and the reject reported `unmatched`.
 *  4. A `set` or `accept` puts its values on its span and removes every machine item it
 *     overlaps, so a changed span replaces the old one instead of adding a second.
 * 4b. A machine mention of a person after a full name the researcher marked or relinked,
 *     written with words of it ("Arif", "Nasution" after "Arif Nasution"), follows that
 *     name's identity as the recognizer's coreference would have (follow-name.ts); it
 *     stays undecided (`followed`), and rule 5 then moves the speakers it gave.
 *  5. A machine quote whose speaker was resolved through a mention the researcher
 *     corrected (or one that followed by rule 4b) follows that correction (a relinked mention relinks the speaker, a
 *     rejected one leaves the quote without a speaker).
 *  6. A machine quote or statement the recognizer gave the speaker of the item before or
 *     after it follows a correction of that item's speaker (follow.ts); items that follow
 *     stay undecided (`followed`).
 * Cost: sorting, then one sweep per layer: O((m + c) log (m + c)) for m machine items and
 * c corrections, plus a search per corrected quote for its speaker's mention, plus the
 * walk of rule 4b over the mentions (follow-name.ts), plus one merge of the quotes and
 * statements and a walk each way over it for rule 6.
 */
import type { ActorCorrection, Correction, QuoteCorrection, ReportedCorrection } from '../annotations/corrections';
import type { ActorMention, AnalysisResult, Quote, ReportedStatement } from '../recognize/types';
import { followNeighbours, followSpeakerMention } from './follow';
import { followFullNames } from './follow-name';
import { RESEARCHER_CUE, type CorrectionOutcome, type CuratedAnalysis, type CuratedMention, type CuratedQuote, type CuratedStatement, type Provenance } from './types';

interface Span {
  start: number;
  end: number;
}

export function curate(analysis: AnalysisResult, corrections: readonly Correction[]): CuratedAnalysis {
  return curateDecided(analysis, decideCorrections(corrections));
}

/** Rules 1 and 2 over an article's corrections: the ones that decide, per layer, in text
 *  order and pairwise disjoint, with the outcome of every one that does not. */
export interface DecidedCorrections {
  actor: ActorCorrection[];
  quote: QuoteCorrection[];
  reported: ReportedCorrection[];
  /** `unplaced` or `superseded` for the corrections left out. */
  outcomes: Map<string, CorrectionOutcome>;
}

export function decideCorrections(corrections: readonly Correction[]): DecidedCorrections {
  const outcomes = new Map<string, CorrectionOutcome>();
  const actor = decisive(corrections.filter((c): c is ActorCorrection => c.layer === 'actor' && complete(c)), outcomes);
  const quote = decisive(corrections.filter((c): c is QuoteCorrection => c.layer === 'quote' && complete(c)), outcomes);
  const reported = decisive(corrections.filter((c): c is ReportedCorrection => c.layer === 'reported' && complete(c)), outcomes);
  for (const c of corrections) if (!outcomes.has(c.id)) outcomes.set(c.id, 'unplaced'); // incomplete: see complete()
  return { actor, quote, reported, outcomes };
}

/** Rules 3 to 6: the decided corrections applied over the analysis (slice.ts gives it a
 *  part of an article's analysis and the corrections that reach it). */
export function curateDecided(analysis: AnalysisResult, decided: DecidedCorrections): CuratedAnalysis {
  const outcomes = new Map(decided.outcomes);
  const actorCorrections = decided.actor;
  const actorLayer = sweep(analysis.actors, actorCorrections, outcomes, actorRules);
  // (rule 4b has nothing to follow without a correction of a mention: most articles)
  const actors = actorCorrections.length > 0 ? followFullNames(actorLayer.items.sort(byPosition)) : actorLayer.items.sort(byPosition);
  const quoteLayer = sweep(analysis.quotes, decided.quote, outcomes, quoteRules(actors));
  const quotes = quoteLayer.items.map((q) => followSpeakerMention(q, actors, actorLayer.removed)).sort(byPosition);
  const reportedLayer = sweep(analysis.reported ?? [], decided.reported, outcomes, reportedRules(actors));
  const reported = reportedLayer.items.map((r) => followSpeakerMention(r, actors, actorLayer.removed)).sort(byPosition);
  const followed = followNeighbours(quotes, reported, machineItemOf(analysis));
  return { actors, quotes: followed.quotes, reported: followed.reported, rejected: { actors: actorLayer.removed, quotes: quoteLayer.removed, reported: reportedLayer.removed }, outcomes };
}

/** The recognizer's quote or statement a curated item stands on: the one on its span,
 *  else the first it overlaps (a correction that changed the span). */
function machineItemOf(analysis: AnalysisResult): (item: Span, layer: 'quote' | 'reported') => Quote | ReportedStatement | undefined {
  const quotes = [...analysis.quotes].sort(byPosition);
  const statements = [...(analysis.reported ?? [])].sort(byPosition);
  return (item, layer) => {
    const list: readonly (Quote | ReportedStatement)[] = layer === 'quote' ? quotes : statements;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].end <= item.start) lo = mid + 1;
      else hi = mid;
    }
    let first: Quote | ReportedStatement | undefined;
    for (let i = lo; i < list.length && list[i].start < item.end; i++) {
      if (list[i].start === item.start && list[i].end === item.end) return list[i];
      first ??= list[i].end > item.start ? list[i] : undefined;
    }
    return first;
  };
}

/** A correction the file schema allows but that says too little to apply (hand-edited). */
function complete(c: Correction): boolean {
  if (c.target.end <= c.target.start) return false;
  if (c.decision === 'reject') return true;
  return c.layer === 'actor' ? Boolean(c.type && c.canonical) : c.speaker !== undefined;
}

/** Rules 1 and 2: the placed corrections that decide, without overlaps, in text order. */
function decisive<C extends Correction>(list: C[], outcomes: Map<string, CorrectionOutcome>): C[] {
  const placed: C[] = [];
  for (const c of list) {
    if (c.needsReview) outcomes.set(c.id, 'unplaced');
    else placed.push(c);
  }
  placed.sort((a, b) => (a.modified === b.modified ? (a.id < b.id ? 1 : -1) : a.modified < b.modified ? 1 : -1));
  const kept: C[] = []; // sorted by start, pairwise disjoint
  for (const c of placed) {
    const i = insertionIndex(kept, c.target.start);
    const before = kept[i - 1];
    const after = kept[i];
    if ((before && before.target.end > c.target.start) || (after && after.target.start < c.target.end)) {
      outcomes.set(c.id, 'superseded');
      continue;
    }
    kept.splice(i, 0, c);
  }
  return kept;
}

function insertionIndex(sorted: readonly Correction[], start: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].target.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface LayerRules<M extends Span, C extends Correction, R> {
  fromMachine(item: M): R;
  /** The machine item already says what the correction says. */
  agrees(item: M, c: C): boolean;
  /** The item the correction puts on its span; `same` is the machine item on exactly that
   *  span, `overlapping` every machine item the span overlaps (a changed span's old item). */
  fromCorrection(c: C, provenance: Provenance, same: M | undefined, overlapping: readonly M[]): R;
}

/** Rules 3 and 4 for one layer: machine items and corrections both in text order. */
function sweep<M extends Span, C extends Correction, R>(
  machine: readonly M[],
  corrections: readonly C[],
  outcomes: Map<string, CorrectionOutcome>,
  rules: LayerRules<M, C, R>,
): { items: R[]; removed: M[] } {
  const sorted = [...machine].sort(byPosition);
  const items: R[] = [];
  const removed: M[] = [];
  let next = 0;
  for (const c of corrections) {
    const { start, end } = c.target;
    while (next < sorted.length && sorted[next].end <= start && sorted[next].start < start) items.push(rules.fromMachine(sorted[next++]));
    const overlapping: M[] = [];
    const untouched: M[] = [];
    // Items that lie before the correction but were skipped by the loop above (an item
    // starting earlier but ending later overlaps; zero-width items at `start` do not).
    while (next < sorted.length && sorted[next].start < end) {
      const item = sorted[next++];
      if (item.end > start && item.start < end) overlapping.push(item);
      else untouched.push(item);
    }
    for (const item of untouched) items.push(rules.fromMachine(item));
    const same = overlapping.find((m) => m.start === start && m.end === end);
    if (c.decision === 'reject') {
      if (same) {
        removed.push(same);
        outcomes.set(c.id, 'applied');
      } else outcomes.set(c.id, overlapping.length > 0 ? 'unmatched' : 'redundant');
      for (const item of overlapping) if (item !== same) items.push(rules.fromMachine(item));
      continue;
    }
    const agreed = same !== undefined && rules.agrees(same, c);
    const provenance: Provenance = c.decision === 'accept' || agreed ? 'accepted' : overlapping.length > 0 ? 'corrected' : 'added';
    outcomes.set(c.id, c.decision === 'accept' ? (agreed ? 'applied' : 'changed') : agreed ? 'redundant' : 'applied');
    items.push(rules.fromCorrection(c, provenance, same, overlapping));
  }
  while (next < sorted.length) items.push(rules.fromMachine(sorted[next++]));
  return { items, removed };
}

// Machine items are copied field by field: object spread of the recognizer's objects
// (whose optional fields make several shapes) measured 15-30 times slower, and the corpus
// index curates every article.
function machineMention(m: ActorMention): CuratedMention {
  const out: CuratedMention = { start: m.start, end: m.end, text: m.text, type: m.type, canonical: m.canonical, provenance: 'machine' };
  if (m.entityId !== undefined) out.entityId = m.entityId;
  return out;
}

function machineQuote(q: Quote): CuratedQuote {
  const out: CuratedQuote = { start: q.start, end: q.end, text: q.text, speaker: q.speaker, provenance: 'machine' };
  if (q.speakerMention !== undefined) out.speakerMention = q.speakerMention;
  if (q.cue !== undefined) out.cue = q.cue;
  return out;
}

function machineStatement(r: ReportedStatement): CuratedStatement {
  const out: CuratedStatement = { start: r.start, end: r.end, text: r.text, speaker: r.speaker, cue: r.cue, attribution: r.attribution, provenance: 'machine' };
  if (r.speakerMention !== undefined) out.speakerMention = r.speakerMention;
  if (r.quotes !== undefined) out.quotes = r.quotes;
  return out;
}

const actorRules: LayerRules<ActorMention, ActorCorrection, CuratedMention> = {
  fromMachine: machineMention,
  agrees: (m, c) => m.type === c.type && m.canonical === c.canonical && (m.entityId === undefined || c.entityId === undefined || m.entityId === c.entityId),
  fromCorrection: (c, provenance) => {
    const mention: CuratedMention = { start: c.target.start, end: c.target.end, text: c.target.exact, type: c.type!, canonical: c.canonical!, provenance, by: c.annotator, correctionId: c.id };
    if (c.entityId) mention.entityId = c.entityId;
    return mention;
  },
};

function quoteRules(actors: readonly CuratedMention[]): LayerRules<Quote, QuoteCorrection, CuratedQuote> {
  return {
    fromMachine: machineQuote,
    agrees: (q, c) => q.speaker === c.speaker && c.form === undefined,
    fromCorrection: (c, provenance, same, overlapping) => {
      const speaker = c.speaker ?? null;
      const quote: CuratedQuote = { start: c.target.start, end: c.target.end, text: c.target.exact, speaker, provenance, by: c.annotator, correctionId: c.id };
      const basis = machineReading(same, overlapping, speaker);
      const cue = keptCue(same, basis);
      if (cue !== undefined) quote.cue = cue;
      if (basis) {
        if (basis.speakerMention) quote.speakerMention = basis.speakerMention;
      } else {
        const mention = speaker === null ? undefined : nearestMention(actors, speaker, c.target.start);
        if (mention) quote.speakerMention = { start: mention.start, end: mention.end };
      }
      if (c.form) quote.form = c.form;
      return quote;
    },
  };
}

function reportedRules(actors: readonly CuratedMention[]): LayerRules<ReportedStatement, ReportedCorrection, CuratedStatement> {
  return {
    fromMachine: machineStatement,
    agrees: (r, c) => r.speaker === c.speaker,
    fromCorrection: (c, provenance, same, overlapping) => {
      const speaker = c.speaker ?? null;
      const basis = machineReading(same, overlapping, speaker);
      const statement: CuratedStatement = { start: c.target.start, end: c.target.end, text: c.target.exact, speaker, cue: keptCue(same, basis) ?? RESEARCHER_CUE, attribution: 'explicit', provenance, by: c.annotator, correctionId: c.id };
      if (basis) {
        if (basis.speakerMention) statement.speakerMention = basis.speakerMention;
        statement.attribution = basis.attribution;
      } else {
        const mention = speaker === null ? undefined : nearestMention(actors, speaker, c.target.start);
        if (mention) statement.speakerMention = { start: mention.start, end: mention.end };
        if (speaker === null) statement.attribution = 'none';
      }
      // Quoted fragments are the machine's offsets: kept only while they lie inside the span.
      const fragments = (basis ?? same)?.quotes?.filter((q) => q.start >= c.target.start && q.end <= c.target.end);
      if (fragments && fragments.length > 0) statement.quotes = fragments;
      return statement;
    },
  };
}

/** The machine item whose reading (cue, speaker mention) a quote or statement correction
 *  keeps, when it names the correction's speaker: the one on exactly its span, else, for a
 *  changed span ("Use Selection as Span"), the one it overlaps: the cue and the mention
 *  are the same words as before. None for another speaker, or a changed span with no
 *  speaker (the researcher's reading then). */
function machineReading<M extends { speaker: string | null }>(same: M | undefined, overlapping: readonly M[], speaker: string | null): M | undefined {
  if (same) return same.speaker === speaker ? same : undefined;
  return speaker === null ? undefined : overlapping.find((item) => item.speaker === speaker);
}

/** The cue of a corrected quote or statement, one rule for both: the recognizer's cue is
 *  what the text says, so it stays whoever the researcher makes the speaker (a correction
 *  holds no cue of its own): the cue of the item whose reading the correction keeps, else
 *  of the recognizer's item on exactly its span. RESEARCHER_CUE where none reads the span
 *  (an added item, a new span with another speaker) or the item there had no cue. */
function keptCue(same: { cue?: string } | undefined, basis: { cue?: string } | undefined): string | undefined {
  if (basis) return basis.cue;
  return same?.cue ?? RESEARCHER_CUE;
}

/** The speaker's mention closest before the quote, else the first after it. */
function nearestMention(actors: readonly CuratedMention[], canonical: string, offset: number): CuratedMention | undefined {
  let best: CuratedMention | undefined;
  for (const a of actors) {
    if (a.canonical !== canonical) continue;
    if (a.start < offset) best = a;
    else return best ?? a;
  }
  return best;
}

function byPosition(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}
