/**
 * Agreement on the recognized layer: how far annotators' curated actor mentions and quote
 * speakers agree. Each annotator's layer is curate() of the same machine analysis with
 * only that annotator's corrections, so two annotators differ exactly where their
 * decisions differ.
 *
 * Which articles count. An annotator who made no decision on an article still has a
 * curated layer, the machine's, and two untouched layers agree perfectly: counting them
 * would measure the recognizer against itself. So an article counts for a pair only when
 * both annotators *reviewed* it, i.e. have at least one correction there (accept, reject
 * or set, placed or not). Articles that two or more annotators worked on (sidecar or
 * correction) but fewer than two reviewed are reported as skipped. A partial review still
 * leaves machine items in both layers: `untouched` counts the matched items both left as
 * the machine's, so a reader can see how much of the agreement is the recognizer's.
 *
 * Figures, per pair of annotators, pooled over the articles both reviewed:
 *  - actors: mentions match on exact span and type (span F1 with type, as the annotation
 *    spans); on the same spans, Cohen's kappa of the type; on matched mentions, the
 *    share that name the same actor (actor-identity.ts: KB ids after renames and merges,
 *    else the canonical as shown);
 *  - quote speakers: quotes match on exact span; on matched quotes, the share with the
 *    same speaker (no speaker counts as a value) and Cohen's kappa, chance being each
 *    annotator's own distribution of speakers over the matched quotes;
 *  - reported statements (recognized-statements.ts): span F1 (an overlap of half the
 *    longer span, as in the evaluation, and exact), and on matched statements the
 *    speakers, as for quotes.
 * `mean` averages the pairs' figures (each pair once, undefined figures left out).
 */
import { emptyActorDirectory, resolveActor, sameActor, type ActorDirectory, type ResolvedActor } from '../annotations/actor-identity';
import type { Correction } from '../annotations/corrections';
import { curate } from '../curation/apply';
import type { CuratedAnalysis, CuratedMention, CuratedQuote } from '../curation/types';
import { aheadInOrder } from '../async/ahead-in-order';
import type { AnalysisResult } from '../recognize/types';
import { runSteps, runStepsInSlices, sortSteps, type Steps, type TimeSlices } from '../incremental/time-slices';
import { byPath } from './inputs';
import { cohenKappa } from './cohen';
import { prf } from './match';
import { compareStatements, newStatementTally, speakerCategory, statementRow, type StatementRow, type StatementTally } from './recognized-statements';
import { pairsOf } from './pairs';

export interface RecognizedLayerArticle {
  path: string;
  /** Every annotator's corrections of the article's recognized layer. */
  corrections: readonly Correction[];
  /** Who has a sidecar for the article (default: the authors of its corrections). */
  annotators?: readonly string[];
  /** The machine's analysis of the article; called only for an article that is compared. */
  analysis: () => AnalysisResult;
}

export interface RecognizedArticleRow {
  path: string;
  /** Annotators with at least one correction here, sorted. */
  reviewed: string[];
  /** Annotators with a sidecar here but no correction, sorted. */
  notReviewed: string[];
  /** Two or more reviewed it: compared. */
  compared: boolean;
}

export interface ActorLayerRow {
  a: string;
  b: string;
  /** Articles both annotators reviewed. */
  articles: number;
  mentionsA: number;
  mentionsB: number;
  /** Mentions on the same span, whatever their type. */
  sameSpan: number;
  /** Mentions on the same span with the same type. */
  matched: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  /** Cohen's kappa of the type on same-span mentions. */
  typeKappa: number | null;
  /** Matched mentions that name the same actor. */
  sameActor: number;
  actorAgreement: number | null;
  /** Matched mentions both annotators left as the machine's. */
  untouched: number;
}

export interface SpeakerRow {
  a: string;
  b: string;
  articles: number;
  quotesA: number;
  quotesB: number;
  /** Quotes on the same span. */
  matched: number;
  /** Matched quotes with the same speaker (both without one included). */
  sameSpeaker: number;
  agreement: number | null;
  kappa: number | null;
  /** Matched quotes whose speaker both annotators left as the machine's. */
  untouched: number;
}

export interface RecognizedLayerReport {
  /** Articles two or more annotators worked on, in path order. */
  articles: RecognizedArticleRow[];
  compared: number;
  /** Articles two or more annotators worked on, fewer than two reviewed. */
  skipped: number;
  /** Pairs who both reviewed at least one article. */
  pairs: Array<[string, string]>;
  actors: ActorLayerRow[];
  speakers: SpeakerRow[];
  statements: StatementRow[];
  mean: {
    actorF1: number | null;
    typeKappa: number | null;
    actorAgreement: number | null;
    speakerAgreement: number | null;
    speakerKappa: number | null;
    statementF1: number | null;
    statementExactF1: number | null;
    statementSpeakerAgreement: number | null;
    statementSpeakerKappa: number | null;
  };
}

interface PairTally {
  articles: number;
  mentionsA: number;
  mentionsB: number;
  sameSpan: number;
  matched: number;
  sameActor: number;
  mentionsUntouched: number;
  types: Array<[string, string]>;
  quotesA: number;
  quotesB: number;
  quotesMatched: number;
  sameSpeaker: number;
  speakersUntouched: number;
  speakers: Array<[string, string]>;
  statements: StatementTally;
}

function newTally(): PairTally {
  return { articles: 0, mentionsA: 0, mentionsB: 0, sameSpan: 0, matched: 0, sameActor: 0, mentionsUntouched: 0, types: [], quotesA: 0, quotesB: 0, quotesMatched: 0, sameSpeaker: 0, speakersUntouched: 0, speakers: [], statements: newStatementTally() };
}

export function recognizedLayerAgreement(input: readonly RecognizedLayerArticle[], options: { actors?: ActorDirectory } = {}): RecognizedLayerReport {
  return runSteps(recognizedLayerSteps(input, options));
}

/** recognizedLayerAgreement in slices, a step an article (each runs the recognizer). */
export function recognizedLayerAgreementInSlices(input: readonly RecognizedLayerArticle[], options: { actors?: ActorDirectory }, slices: TimeSlices): Promise<RecognizedLayerReport> {
  return runStepsInSlices(recognizedLayerSteps(input, options), slices);
}

/** One annotator's curated layer, as far as the comparison reads it. */
export type CuratedLayer = Pick<CuratedAnalysis, 'actors' | 'quotes' | 'reported'>;

/** The reviewers' curated layers of the compared articles made elsewhere (the editor's
 *  worker threads): `layers` starts them for an article, a list of corrections per
 *  reviewer, and gives what makes the layers in that order when the article's turn comes
 *  (the editor parses their JSON text only then, so few objects wait), or undefined
 *  where they could not be made (the article is then analysed on this thread). */
export interface LayersAway<A extends RecognizedLayerArticle = RecognizedLayerArticle> {
  layers(article: A, corrections: ReadonlyArray<readonly Correction[]>): Promise<(() => CuratedLayer[]) | undefined>;
  /** Compared articles whose layers are under way and not yet compared, at most. */
  ahead: number;
}

/** recognizedLayerAgreement with the compared articles' layers from `away`, in slices: on
 *  this thread only the sort, the grouping and the comparison, a step an article (the
 *  recognizer on 5,000-byte articles took 12-33 ms of the extension host a step: issue 19).
 *  The same report as in one go: the articles are compared in the same (path) order. */
export async function recognizedLayerAgreementAway<A extends RecognizedLayerArticle>(input: readonly A[], options: { actors?: ActorDirectory }, slices: TimeSlices, away: LayersAway<A>): Promise<RecognizedLayerReport> {
  const reviews = await runStepsInSlices(reviewSteps(input), slices);
  const tallies = new LayerTallies(options.actors ?? emptyActorDirectory());
  const started = aheadInOrder(
    inTurn(reviews.compared),
    async (review: Review<A>) => ({ review, layers: await away.layers(review.article, review.reviewed.map((n) => review.by.get(n) as Correction[])) }),
    away.ahead,
  );
  for await (const { review, layers } of started) {
    if (slices.due()) await slices.next();
    tallies.add(review.reviewed, layers ? layers() : layersHere(review));
  }
  return tallies.report(reviews.rows);
}

async function* inTurn<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const x of items) yield x;
}

/** An article two or more annotators worked on: who reviewed it (sorted) and each one's corrections. */
interface Review<A extends RecognizedLayerArticle = RecognizedLayerArticle> {
  article: A;
  reviewed: string[];
  by: Map<string, Correction[]>;
}

function* recognizedLayerSteps(input: readonly RecognizedLayerArticle[], options: { actors?: ActorDirectory }): Steps<RecognizedLayerReport> {
  const reviews = yield* reviewSteps(input);
  const tallies = new LayerTallies(options.actors ?? emptyActorDirectory());
  for (const review of reviews.compared) {
    yield; // a step an article: each runs the recognizer
    tallies.add(review.reviewed, layersHere(review));
  }
  return tallies.report(reviews.rows);
}

/** Each reviewer's curated layer over one machine analysis, made on this thread. */
function layersHere(review: Review): CuratedLayer[] {
  const machine = review.article.analysis();
  return review.reviewed.map((n) => curate(machine, review.by.get(n) as Correction[]));
}

/** The articles two or more annotators worked on, in path order, and those of them two or
 *  more reviewed (compared). */
function* reviewSteps<A extends RecognizedLayerArticle>(input: readonly A[]): Steps<{ rows: RecognizedArticleRow[]; compared: Array<Review<A>> }> {
  const rows: RecognizedArticleRow[] = [];
  const compared: Array<Review<A>> = [];
  // In steps: 100,000 paths sorted in one go held the extension host for tens of ms.
  for (const article of yield* sortSteps(input, byPath)) {
    yield; // a step an article
    const by = new Map<string, Correction[]>();
    for (const c of article.corrections) {
      let list = by.get(c.annotator);
      if (!list) by.set(c.annotator, (list = []));
      list.push(c);
    }
    const reviewed = [...by.keys()].sort();
    const everyone = new Set([...(article.annotators ?? []), ...reviewed]);
    if (everyone.size < 2) continue;
    const notReviewed = [...everyone].filter((n) => !by.has(n)).sort();
    const isCompared = reviewed.length >= 2;
    rows.push({ path: article.path, reviewed, notReviewed, compared: isCompared });
    if (isCompared) compared.push({ article, reviewed, by });
  }
  return { rows, compared };
}

/** The pairs' tallies, an article's layers added at a time. */
class LayerTallies {
  private readonly tallies = new Map<string, PairTally>();

  constructor(private readonly actors: ActorDirectory) {}

  /** `layers`: the curated layer of each of `reviewed`, in that order. */
  add(reviewed: readonly string[], layers: readonly CuratedLayer[]): void {
    const layerOf = new Map(reviewed.map((n, i) => [n, layers[i] as CuratedLayer]));
    for (const [a, b] of pairsOf(reviewed)) {
      const key = `${a}\u0000${b}`;
      let t = this.tallies.get(key);
      if (!t) this.tallies.set(key, (t = newTally()));
      t.articles++;
      const la = layerOf.get(a) as CuratedLayer;
      const lb = layerOf.get(b) as CuratedLayer;
      compareActors(la.actors, lb.actors, this.actors, t);
      compareSpeakers(la.quotes, lb.quotes, this.actors, t);
      compareStatements(la.reported, lb.reported, (name) => speakerActor(this.actors, name), t.statements);
    }
  }

  report(articles: RecognizedArticleRow[]): RecognizedLayerReport {
    const tallies = this.tallies;
    const comparedPairs = [...tallies.keys()].sort().map((k) => k.split('\u0000') as [string, string]);
    const actorRows = comparedPairs.map(([a, b]) => actorRow(a, b, tallies.get(`${a}\u0000${b}`)!));
    const speakerRows = comparedPairs.map(([a, b]) => speakerRow(a, b, tallies.get(`${a}\u0000${b}`)!));
    const statementRows = comparedPairs.map(([a, b]) => {
      const t = tallies.get(`${a}\u0000${b}`)!;
      return statementRow(a, b, t.articles, t.statements);
    });
    return {
      articles,
      compared: articles.filter((x) => x.compared).length,
      skipped: articles.filter((x) => !x.compared).length,
      pairs: comparedPairs,
      actors: actorRows,
      speakers: speakerRows,
      statements: statementRows,
      mean: {
        actorF1: mean(actorRows.map((r) => r.f1)),
        typeKappa: mean(actorRows.map((r) => r.typeKappa)),
        actorAgreement: mean(actorRows.map((r) => r.actorAgreement)),
        speakerAgreement: mean(speakerRows.map((r) => r.agreement)),
        speakerKappa: mean(speakerRows.map((r) => r.kappa)),
        statementF1: mean(statementRows.map((r) => r.f1)),
        statementExactF1: mean(statementRows.map((r) => r.exactF1)),
        statementSpeakerAgreement: mean(statementRows.map((r) => r.speakerAgreement)),
        statementSpeakerKappa: mean(statementRows.map((r) => r.speakerKappa)),
      },
    };
  }
}

/** Items of one curated layer by exact span (spans of one layer never overlap). */
function bySpan<T extends { start: number; end: number }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const x of items) {
    const key = `${x.start}:${x.end}`;
    if (!map.has(key)) map.set(key, x);
  }
  return map;
}

function compareActors(as: readonly CuratedMention[], bs: readonly CuratedMention[], actors: ActorDirectory, t: PairTally): void {
  t.mentionsA += as.length;
  t.mentionsB += bs.length;
  const others = bySpan(bs);
  for (const x of as) {
    const y = others.get(`${x.start}:${x.end}`);
    if (!y) continue;
    t.sameSpan++;
    t.types.push([x.type, y.type]);
    if (x.type !== y.type) continue;
    t.matched++;
    if (sameActor(mentionActor(actors, x), mentionActor(actors, y))) t.sameActor++;
    if (x.provenance === 'machine' && y.provenance === 'machine') t.mentionsUntouched++;
  }
}

function compareSpeakers(as: readonly CuratedQuote[], bs: readonly CuratedQuote[], actors: ActorDirectory, t: PairTally): void {
  t.quotesA += as.length;
  t.quotesB += bs.length;
  const others = bySpan(bs);
  for (const x of as) {
    const y = others.get(`${x.start}:${x.end}`);
    if (!y) continue;
    t.quotesMatched++;
    const sx = speakerActor(actors, x.speaker);
    const sy = speakerActor(actors, y.speaker);
    const same = sx === null || sy === null ? sx === sy : sameActor(sx, sy);
    if (same) t.sameSpeaker++;
    // For kappa the two agree exactly when `same` does: an agreeing pair shares one category.
    const kx = speakerCategory(sx);
    t.speakers.push([kx, same ? kx : speakerCategory(sy)]);
    if (x.provenance === 'machine' && y.provenance === 'machine') t.speakersUntouched++;
  }
}

function mentionActor(actors: ActorDirectory, m: CuratedMention): ResolvedActor {
  return resolveActor(actors, m.canonical, m.entityId, { matchLabels: true });
}

function speakerActor(actors: ActorDirectory, speaker: string | null): ResolvedActor | null {
  return speaker === null ? null : resolveActor(actors, speaker, undefined, { matchLabels: true });
}

function actorRow(a: string, b: string, t: PairTally): ActorLayerRow {
  return {
    a,
    b,
    articles: t.articles,
    mentionsA: t.mentionsA,
    mentionsB: t.mentionsB,
    sameSpan: t.sameSpan,
    matched: t.matched,
    ...prf(t.mentionsA, t.mentionsB, t.matched),
    typeKappa: cohenKappa(t.types).kappa,
    sameActor: t.sameActor,
    actorAgreement: t.matched ? t.sameActor / t.matched : null,
    untouched: t.mentionsUntouched,
  };
}

function speakerRow(a: string, b: string, t: PairTally): SpeakerRow {
  return {
    a,
    b,
    articles: t.articles,
    quotesA: t.quotesA,
    quotesB: t.quotesB,
    matched: t.quotesMatched,
    sameSpeaker: t.sameSpeaker,
    agreement: t.quotesMatched ? t.sameSpeaker / t.quotesMatched : null,
    kappa: cohenKappa(t.speakers).kappa,
    untouched: t.speakersUntouched,
  };
}

function mean(values: ReadonlyArray<number | null>): number | null {
  const defined = values.filter((v): v is number => v !== null);
  return defined.length ? defined.reduce((s, v) => s + v, 0) / defined.length : null;
}
