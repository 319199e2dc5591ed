/**
 * The curated layer of a slice of a large article (the editor's views of a 1 MB text ask
 * only for what they show): the same items, with the same identities, speakers and
 * provenance, as the whole article's curated layer has between those offsets.
 *
 * Curating the slice's findings with the corrections inside it is not enough: rules of the
 * layer (apply.ts) look outside it. So the slice is curated by apply.ts's own rules over a
 * part of the analysis that holds everything its items depend on:
 *  - rule 2: the corrections decided over the whole article (a later one outside the
 *    slice supersedes one inside);
 *  - rules 3-4: the range widened until no machine item or correction straddles its edges
 *    (a correction reads the machine items it replaced; an item replaced by a correction
 *    across the edge is gone);
 *  - rule 6: widened over the run of quotes and statements that share a speaker mention
 *    across its edges (a quote follows its neighbour corrected before the slice);
 *  - rule 5: the recognizer's mentions a speaker in the range was resolved through, wherever
 *    they are;
 *  - rule 4b: every mention the researcher decided (the full names before the range), and
 *    of the recognizer's mentions before the range only those that can change what 4b does
 *    in it: a full name of a person a mention in range is linked to ("not when the
 *    recognizer named the person in full before"), and, for a quote or statement the
 *    researcher attributed, the mentions of that speaker a speaker mention is chosen from.
 *
 * Cost of one `curateSlice`: O(c log c) for c corrections (rule 2), the slice and its
 * widening (neighbours are looked for in a 4 KB window first), and, only when a decided full
 * name or a speaker the researcher gave reaches into the range, the recognizer's mentions
 * before it read back in doubling windows until that is settled: a person named in full by
 * the recognizer, a mention of the speaker that no correction or decided name can move. An
 * identity never named in full before, or a speaker never mentioned before the quote, reads
 * the whole prefix (and, for the speaker, the text after: apply.ts takes the first mention
 * after). Measured (bench/curation-slice.bench.ts, 1 MB, 3 KB viewport): under 1 ms with no
 * corrections; with 1,000 whose speakers are named nowhere, the whole-article reads
 * dominate (tens of ms to the whole layer's cost).
 *
 * Cost of a publication's slices through one `sliceCurator` (DocumentAnalysis.query, every
 * viewport change): the corrections are decided once (rule 2), the model's findings read once
 * in 4 KB blocks (read-once.ts), and what a slice needs from outside it (full namings, a given
 * speaker's mentions) looked up in a mention index built by the first slice that needs one
 * (mention-index.ts, one read of the whole text) instead of read back. Each query still pays
 * its widening and O(c): every actor correction is swept through the layer's rules again,
 * and all c outcomes are copied and filtered. Measured by the same bench (session 55, a noisy
 * machine), the 2nd..Nth viewport: 2.8 ms mean with no corrections (max 12.5); with 1,000,
 * 10–23 ms mean and 54–117 ms at worst, over a 16 ms frame.
 */
import type { ActorCorrection, Correction } from '../annotations/corrections';
import { tookSpeakerFromAfter } from '../recognize/closing-attribution';
import type { ActorMention, AnalysisResult, Quote, ReportedStatement } from '../recognize/types';
import { curateDecided, decideCorrections, type DecidedCorrections } from './apply';
import { containsName } from '../recognize/link';
import { firstWordEnd, WORD_GAP } from './follow-name';
import { MentionIndex } from './mention-index';
import { readOnce } from './read-once';
import type { CorrectionOutcome, CuratedAnalysis } from './types';

/** The recognizer's findings overlapping [from, to) (a document model's query); `to` may be
 *  Infinity (to the end of the text). */
export type AnalysisQuery = (from: number, to: number) => AnalysisResult;

interface Span {
  start: number;
  end: number;
}

type Spoken = Quote | ReportedStatement;

const overlaps = (item: Span, from: number, to: number): boolean => item.end > from && item.start < to;

/** `readBack`: the first window read before the range (doubling after); tests make it small. */
export function curateSlice(query: AnalysisQuery, corrections: readonly Correction[], from: number, to: number, readBack = BEFORE_WINDOW): CuratedAnalysis {
  return curateDecidedSlice(query, corrections, decideCorrections(corrections), from, to, readBack);
}

/** The slices of one publication (a text of `length` characters, its findings and
 *  corrections fixed): what every slice reads before it is read from the model once
 *  (read-once.ts), and the corrections are decided once, so the viewports after the first
 *  cost little more than their own findings. */
export function sliceCurator(query: AnalysisQuery, corrections: readonly Correction[], length: number, sizes: { block?: number } = {}): (from: number, to: number) => CuratedAnalysis {
  const read = readOnce(query, length, sizes.block);
  let decided: DecidedCorrections | undefined;
  let index: MentionIndex | undefined;
  // Only a slice that needs the mentions outside it builds the index (reads the text once).
  const indexed = () => (index ??= new MentionIndex(read(0, length).actors));
  return (from, to) => curateDecidedSlice(read, corrections, (decided ??= decideCorrections(corrections)), from, to, 0, indexed);
}

/** `readBack` 0 with `index`: the mentions outside the range looked up, not read. */
function curateDecidedSlice(query: AnalysisQuery, corrections: readonly Correction[], decided: DecidedCorrections, from: number, to: number, readBack: number, index?: () => MentionIndex): CuratedAnalysis {
  const range = widened(query, decided, from, to);
  const quote = decided.quote.filter((c) => overlaps(c.target, range.start, range.end));
  const reported = decided.reported.filter((c) => overlaps(c.target, range.start, range.end));
  const speakers = new Set<string>();
  for (const c of [...quote, ...reported]) if (c.decision !== 'reject' && c.speaker) speakers.add(c.speaker);
  let context = actorContext(query, decided.actor, range, speakers, readBack, index);
  const curateWith = (actors: ActorMention[]) =>
    curateDecided({ actors, quotes: range.machine.quotes, reported: range.machine.reported }, { actor: decided.actor, quote, reported, outcomes: decided.outcomes });
  let curated = curateWith(context.actors);
  // A speaker the researcher gave with no mention of them before: the first after (apply.ts
  // nearestMention), which may lie after the mentions read (one of the researcher's, all
  // in the context, may stand further on than the recognizer's first).
  let readTo = context.end;
  for (const s of [...curated.quotes, ...curated.reported]) {
    if (s.speaker === null || s.correctionId === undefined || s.provenance === 'followed') continue;
    const mention = s.speakerMention;
    if (!mention) readTo = Infinity;
    else if (mention.start >= context.end) readTo = Math.max(readTo, mention.end);
  }
  if (readTo > context.end) {
    context = actorContext(query, decided.actor, range, speakers, 0, index);
    curated = curateWith(mergeActors(context.actors, context.relevantAfter(readTo)));
  }
  return restricted(curated, corrections, from, to);
}

/** [from, to) widened until the curated items in it depend on nothing outside but the
 *  actor context: no machine item or decided correction across its edges, no neighbour
 *  outside that a quote or statement at its edge took its speaker from (or that a
 *  correction replaced), with the recognizer's findings in it. */
function widened(query: AnalysisQuery, decided: DecidedCorrections, from: number, to: number): Span & { machine: AnalysisResult } {
  const all: Correction[] = [...decided.actor, ...decided.quote, ...decided.reported];
  const spokenCorrections: Correction[] = [...decided.quote, ...decided.reported];
  const corrected = (item: Span) => spokenCorrections.some((c) => overlaps(c.target, item.start, item.end));
  let start = from;
  let end = to;
  for (;;) {
    const machine = query(start, end);
    let lo = start;
    let hi = end;
    for (const item of [...machine.actors, ...machine.quotes, ...(machine.reported ?? [])]) {
      lo = Math.min(lo, item.start);
      hi = Math.max(hi, item.end);
    }
    for (const c of all) {
      if (!overlaps(c.target, start, end)) continue;
      lo = Math.min(lo, c.target.start);
      hi = Math.max(hi, c.target.end);
    }
    const spoken = inTextOrder(machine);
    if (spoken.length > 0) {
      const first = spoken[0];
      const before = neighbourBefore(query, start);
      if (before && (sameMention(first, before) || corrected(before))) lo = Math.min(lo, before.start);
      const last = spoken[spoken.length - 1];
      const after = neighbourAfter(query, end);
      if (after && ((tookSpeakerFromAfter(last) && sameMention(last, after)) || corrected(after))) hi = Math.max(hi, after.end);
    }
    if (lo === start && hi === end) return { start, end, machine: { actors: machine.actors, quotes: machine.quotes, reported: machine.reported ?? [] } };
    start = lo;
    end = hi;
  }
}

function inTextOrder(analysis: AnalysisResult): Spoken[] {
  return [...analysis.quotes, ...(analysis.reported ?? [])].sort((a, b) => a.start - b.start || a.end - b.end);
}

function sameMention(a: Spoken, b: Spoken): boolean {
  const x = a.speakerMention;
  const y = b.speakerMention;
  return x !== undefined && y !== undefined && x.start === y.start && x.end === y.end;
}

/** Windows a neighbour is looked for in, nearest first: quotes are dense in news. */
const NEIGHBOUR_WINDOWS = [4_096, 65_536, Infinity];

/** The recognizer's last quote or statement ending at or before `offset`. */
function neighbourBefore(query: AnalysisQuery, offset: number): Spoken | undefined {
  for (const w of NEIGHBOUR_WINDOWS) {
    const from = Math.max(0, offset - w);
    const found = inTextOrder(query(from, offset)).filter((s) => s.end <= offset);
    if (found.length > 0) return found[found.length - 1];
    if (from === 0) return undefined;
  }
  return undefined;
}

/** The recognizer's first quote or statement starting at or after `offset`. */
function neighbourAfter(query: AnalysisQuery, offset: number): Spoken | undefined {
  for (const w of NEIGHBOUR_WINDOWS) {
    const found = inTextOrder(query(offset, offset + w)).find((s) => s.start >= offset);
    if (found) return found;
  }
  return undefined;
}

interface ActorContext {
  /** The recognizer's mentions the curated range depends on, in text order. */
  actors: ActorMention[];
  /** Where the mentions read in full end (those after are read only by `relevant`). */
  end: number;
  /** Of the mentions starting in [end, to), those that can change what rules 4b and the
   *  speaker's mention say in the range. */
  relevantAfter(to: number): ActorMention[];
}

/** Windows the mentions before the range are read in, nearest first, until what rule 4b
 *  and the researcher's speakers need of them is known. */
const BEFORE_WINDOW = 16_384;

/** The recognizer's mentions the range's curated items depend on: those in the range and
 *  at the speaker mentions of its quotes and statements (all of them, with everything
 *  between), and before them the ones rule 4b or a researcher's speaker can reach.
 *  `readBack` 0: every relevant mention before (the rare speaker mentioned only after
 *  their quote, whose mentions after the range are read too), else read back in windows
 *  from that size only until what the range needs is settled. */
function actorContext(query: AnalysisQuery, actorCorrections: readonly ActorCorrection[], range: Span & { machine: AnalysisResult }, speakers: ReadonlySet<string>, readBack: number, index?: () => MentionIndex): ActorContext {
  let start = range.start;
  let end = range.end;
  for (const s of [...range.machine.quotes, ...(range.machine.reported ?? [])]) {
    if (!s.speakerMention) continue;
    start = Math.min(start, s.speakerMention.start);
    end = Math.max(end, s.speakerMention.end);
  }
  const near = start === range.start && end === range.end ? range.machine.actors : query(start, end).actors;
  const names = new DecidedNames(actorCorrections, speakers);
  // Identities whose full naming before decides rule 4b (with the offset it must lie
  // before), and speakers whose nearest mention may lie before.
  const named = new Map<string, number>();
  for (const m of near) if (names.mayFollow(m)) named.set(m.canonical, Math.min(named.get(m.canonical) ?? Infinity, m.start));
  const relevant = (mentions: readonly ActorMention[]): ActorMention[] => {
    const identities = new Set(named.keys());
    for (const m of mentions) if (names.mayFollowSpeaker(m)) identities.add(m.canonical);
    return mentions.filter((m) => speakers.has(m.canonical) || names.mayFollowSpeaker(m) || (isFullName(m) && identities.has(m.canonical)));
  };
  // The same, of the mentions `pick` keeps, looked up in the index: those of the speakers,
  // those that may follow a speaker's decided name, and the full names of the identities
  // named in the range or followed.
  const relevantIndexed = (mentions: MentionIndex, pick: (m: ActorMention) => boolean): ActorMention[] => {
    const out = new Set<ActorMention>();
    const identities = new Set(named.keys());
    for (const s of speakers) for (const m of mentions.of(s)) if (pick(m)) out.add(m);
    for (const w of names.speakerWordList()) {
      for (const m of mentions.startingWith(w)) {
        if (!pick(m) || !names.mayFollowSpeaker(m)) continue;
        out.add(m);
        identities.add(m.canonical);
      }
    }
    for (const id of identities) for (const m of mentions.of(id)) if (pick(m) && isFullName(m)) out.add(m);
    return [...out];
  };
  const relevantAfter = (to: number): ActorMention[] =>
    index ? relevantIndexed(index(), (m) => m.start >= end && m.start < to) : relevant(query(end, to).actors.filter((m) => m.start >= end));
  if (start === 0 || (named.size === 0 && speakers.size === 0)) return { actors: near, end, relevantAfter };
  if (readBack === 0) {
    const before = index ? relevantIndexed(index(), (m) => m.end > 0 && m.end <= start) : relevant(query(0, start).actors.filter((m) => m.end <= start));
    return { actors: mergeActors(before, near), end, relevantAfter };
  }
  const open = new Set(speakers); // (a mention in the range may stand after the quote)
  const before: ActorMention[] = [];
  for (let hi = start, w = readBack; hi > 0 && (named.size > 0 || open.size > 0); hi = Math.max(0, hi - w), w *= 2) {
    const lo = Math.max(0, hi - w);
    const chunk = query(lo, hi).actors.filter((m) => m.start >= lo && m.start < hi && m.end <= start);
    // Nearest first: a full naming settles the identity for the mentions after it; a
    // mention that may follow a decided name asks in turn for a full naming before it.
    for (let i = chunk.length - 1; i >= 0; i--) {
      const m = chunk[i];
      let keep = false;
      const bound = named.get(m.canonical);
      if (bound !== undefined && isFullName(m)) {
        keep = true;
        if (m.start < bound && names.settles(m)) named.delete(m.canonical);
      }
      if (speakers.has(m.canonical)) {
        keep = true;
        if (names.settles(m)) open.delete(m.canonical);
      }
      if (names.mayFollowSpeaker(m)) {
        keep = true;
        named.set(m.canonical, Math.min(named.get(m.canonical) ?? Infinity, m.start));
      }
      if (keep) before.push(m);
    }
    for (const s of open) if (names.speakerNamedIn(s, lo, start)) open.delete(s);
  }
  return { actors: mergeActors(before, near), end, relevantAfter };
}

function isFullName(m: ActorMention): boolean {
  return m.type === 'PER' && firstWordEnd(m.text) < m.text.length;
}

/** The researcher's decisions about mentions, as rule 4b and a speaker's mention read them. */
class DecidedNames {
  /** The full names decided (rule 4b indexes them by their words), by each word. */
  private readonly byWord = new Map<string, ActorCorrection[]>();
  /** Of them, those naming a speaker the researcher gave a quote or statement. */
  private readonly speakerWords = new Set<string>();

  constructor(
    private readonly corrections: readonly ActorCorrection[],
    speakers: ReadonlySet<string>,
  ) {
    for (const c of corrections) {
      if (c.decision === 'reject' || c.type !== 'PER' || firstWordEnd(c.target.exact) === c.target.exact.length) continue;
      for (const w of new Set(c.target.exact.split(WORD_GAP))) {
        const list = this.byWord.get(w);
        if (list) list.push(c);
        else this.byWord.set(w, [c]);
        if (speakers.has(c.canonical!)) this.speakerWords.add(w);
      }
    }
  }

  /** The first words of the decided names of speakers the researcher gave. */
  speakerWordList(): Iterable<string> {
    return this.speakerWords;
  }

  /** A person's mention a decided full name before it contains (rule 4b may move it). */
  mayFollow(m: ActorMention): boolean {
    if (m.type !== 'PER') return false;
    const sharing = this.byWord.get(m.text.slice(0, firstWordEnd(m.text)));
    return sharing !== undefined && sharing.some((c) => c.target.start < m.start && c.target.exact.length > m.text.length && containsName(c.target.exact, m.text));
  }

  /** One that may follow a decided name of a speaker the researcher gave. */
  mayFollowSpeaker(m: ActorMention): boolean {
    return m.type === 'PER' && this.speakerWords.has(m.text.slice(0, firstWordEnd(m.text))) && this.mayFollow(m);
  }

  /** The recognizer's mention keeps its identity whatever lies before it: no correction
   *  reaches it and no decided name can move it. */
  settles(m: ActorMention): boolean {
    return !this.mayFollow(m) && !this.corrections.some((c) => c.target.start < m.end && c.target.end > m.start);
  }

  /** The researcher named `speaker` in [from, to) (a mention nearer than any before). */
  speakerNamedIn(speaker: string, from: number, to: number): boolean {
    return this.corrections.some((c) => c.decision !== 'reject' && c.canonical === speaker && c.target.start >= from && c.target.start < to);
  }
}

/** Two lists of mentions in text order, each mention once. */
function mergeActors(a: readonly ActorMention[], b: readonly ActorMention[]): ActorMention[] {
  const seen = new Set<string>();
  const out: ActorMention[] = [];
  for (const m of [...a, ...b]) {
    const key = `${m.start}:${m.end}:${m.type}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(m);
  }
  return out.sort((x, y) => x.start - y.start || x.end - y.end);
}

/** The curated items in [from, to), and the outcome of every correction there. */
function restricted(curated: CuratedAnalysis, corrections: readonly Correction[], from: number, to: number): CuratedAnalysis {
  const outcomes = new Map<string, CorrectionOutcome>();
  for (const c of corrections) {
    const outcome = curated.outcomes.get(c.id);
    if (overlaps(c.target, from, to) && outcome !== undefined) outcomes.set(c.id, outcome);
  }
  const inside = <T extends Span>(items: readonly T[]) => items.filter((item) => overlaps(item, from, to));
  return {
    actors: inside(curated.actors),
    quotes: inside(curated.quotes),
    reported: inside(curated.reported),
    rejected: { actors: inside(curated.rejected.actors), quotes: inside(curated.rejected.quotes), reported: inside(curated.rejected.reported ?? []) },
    outcomes,
  };
}
