/**
 * Builds the agreement report: per annotator pair and kind, span precision / recall / F1;
 * on matched spans, Cohen's kappa per pair, Fleiss' kappa and Krippendorff's alpha for
 * kind, stance polarity and source type; and the list of disagreements. Per article and
 * overall: the overall figures pool every article's units (not an average of articles).
 * Only annotations that count are compared (inputs.ts), and only pairs of annotators who
 * share an article appear.
 */
import type { ActorDirectory } from '../annotations/actor-identity';
import { ANNOTATION_KINDS, type Annotation } from '../annotations/types';
import { runSteps, runStepsInSlices, type Steps, type TimeSlices } from '../incremental/time-slices';
import { cohenKappa } from './cohen';
import { compareAnnotations, type Comparison } from './differences';
import { fleissKappa } from './fleiss';
import { comparedArticlesSteps } from './inputs';
import { krippendorffAlphaNominal } from './krippendorff';
import { matchSpans, prf, type MatchMode } from './match';
import { pairsOf } from './pairs';
import {
  LABEL_ATTRIBUTES,
  type AgreementInput,
  type AgreementReport,
  type Disagreement,
  type LabelAttribute,
  type Section,
  type SpanSide,
} from './types';

export interface AgreementOptions {
  mode?: MatchMode;
  /** The KB in force, so actors compare by identity after renames and merges
   *  (actor-identity.ts). Without it, stored ids still compare, without merges. */
  actors?: ActorDirectory;
}

export function labelOf(a: Annotation, attribute: LabelAttribute): string | null {
  if (attribute === 'kind') return a.kind;
  if (attribute === 'polarity') return a.kind === 'stance' ? a.stance.polarity : null;
  return a.kind === 'source' ? a.source.sourceType : null;
}

/** Everything one article (or the whole corpus) contributes, before statistics. */
class Tally {
  readonly spanCounts = new Map<string, { countA: number; countB: number; matched: number }>();
  readonly cohenPairs = new Map<string, Array<[string | null, string | null]>>();
  readonly units: Record<LabelAttribute, Array<Array<string | null>>> = { kind: [], polarity: [], sourceType: [] };
  /** Pairs of annotators who both annotated at least one of the articles. */
  readonly compared = new Set<string>();

  addCompared(a: string, b: string): void {
    this.compared.add(`${a}\u0000${b}`);
  }

  comparedPairs(annotators: readonly string[]): Array<[string, string]> {
    return pairsOf(annotators).filter(([a, b]) => this.compared.has(`${a}\u0000${b}`));
  }

  addSpans(a: string, b: string, kind: string, countA: number, countB: number, matched: number): void {
    const key = `${a}\u0000${b}\u0000${kind}`;
    const c = this.spanCounts.get(key) ?? { countA: 0, countB: 0, matched: 0 };
    c.countA += countA;
    c.countB += countB;
    c.matched += matched;
    this.spanCounts.set(key, c);
  }

  addPair(a: string, b: string, attribute: LabelAttribute, x: string | null, y: string | null): void {
    const key = `${a}\u0000${b}\u0000${attribute}`;
    let list = this.cohenPairs.get(key);
    if (!list) this.cohenPairs.set(key, (list = []));
    list.push([x, y]);
  }

  merge(other: Tally): void {
    for (const [k, c] of other.spanCounts) {
      const [a, b, kind] = k.split('\u0000');
      this.addSpans(a, b, kind, c.countA, c.countB, c.matched);
    }
    for (const [k, list] of other.cohenPairs) {
      const mine = this.cohenPairs.get(k);
      if (mine) mine.push(...list);
      else this.cohenPairs.set(k, [...list]);
    }
    for (const attr of LABEL_ATTRIBUTES) this.units[attr].push(...other.units[attr]);
    for (const pair of other.compared) this.compared.add(pair);
  }

  section(annotators: readonly string[]): Section {
    return runSteps(this.sectionSteps(annotators));
  }

  /** section() as steps, a step a statistic: the whole corpus's units (tens of thousands
   *  at 100,000 articles) made 15 ms per 20,000 articles in one task (issue 19). */
  *sectionSteps(annotators: readonly string[]): Steps<Section> {
    const spans: Section['spans'] = [];
    const pairs = this.comparedPairs(annotators);
    for (const [a, b] of pairs) {
      for (const kind of ['all', ...ANNOTATION_KINDS] as const) {
        const c = this.spanCounts.get(`${a}\u0000${b}\u0000${kind}`) ?? { countA: 0, countB: 0, matched: 0 };
        spans.push({ a, b, kind, ...c, ...prf(c.countA, c.countB, c.matched) });
      }
    }
    const labels: Section['labels'] = [];
    for (const attribute of LABEL_ATTRIBUTES) {
      const units = this.units[attribute];
      // A step's weight is its units': the slices then read the clock after each statistic.
      const weight = Math.max(1, units.length);
      const fleiss = fleissKappa(units);
      yield weight;
      const alpha = krippendorffAlphaNominal(units);
      yield weight;
      const pairable = units.filter((u) => u.filter((v) => v !== null).length >= 2).length;
      yield weight;
      const cohen: Section['labels'][number]['cohen'] = [];
      for (const [a, b] of pairs) {
        const list = this.cohenPairs.get(`${a}\u0000${b}\u0000${attribute}`) ?? [];
        const r = cohenKappa(list);
        cohen.push({ a, b, kappa: r.kappa, n: r.n });
        yield Math.max(1, list.length);
      }
      labels.push({ attribute, units: pairable, cohen, fleiss: fleiss.kappa, fleissUnits: fleiss.subjects, alpha: alpha.alpha, alphaPairable: alpha.pairable });
    }
    return { spans, labels };
  }
}

export function computeAgreement(input: AgreementInput, options: AgreementOptions = {}): AgreementReport {
  return runSteps(agreementSteps(input, options));
}

/** computeAgreement in slices, a step an article (the extension host's way, issue 19). */
export function computeAgreementInSlices(input: AgreementInput, options: AgreementOptions, slices: TimeSlices): Promise<AgreementReport> {
  return runStepsInSlices(agreementSteps(input, options), slices);
}

function* agreementSteps(input: AgreementInput, options: AgreementOptions): Steps<AgreementReport> {
  const mode = options.mode ?? 'exact';
  const { articles, annotators } = yield* comparedArticlesSteps(input);
  const overall = new Tally();
  const report: AgreementReport = { mode, annotators, pairs: [], overall: { spans: [], labels: [] }, articles: [], disagreements: [] };
  // An article nobody annotated has the figures of every other such one: one section for
  // them all (at 100,000 articles, 90,000 equal sections held 54 MB with the report open).
  let unannotated: Section | undefined;
  for (const article of articles) {
    if (article.annotators.length === 0) {
      unannotated ??= new Tally().section([]);
      report.articles.push({ path: article.path, annotators: article.annotators, disagreements: 0, ...unannotated });
      yield;
      continue;
    }
    const tally = new Tally();
    const before = report.disagreements.length;
    compareArticle(article.path, article.annotations, article.annotators, annotators, mode, tally, report.disagreements, options.actors);
    report.articles.push({ path: article.path, annotators: article.annotators, disagreements: report.disagreements.length - before, ...tally.section(article.annotators) });
    overall.merge(tally);
    yield;
  }
  report.overall = yield* overall.sectionSteps(annotators);
  report.pairs = overall.comparedPairs(annotators);
  return report;
}

function compareArticle(
  path: string,
  annotations: readonly Annotation[],
  present: readonly string[],
  everyone: readonly string[],
  mode: MatchMode,
  tally: Tally,
  disagreements: Disagreement[],
  actors?: ActorDirectory,
): void {
  const by = new Map<string, Annotation[]>(present.map((n) => [n, []]));
  for (const x of annotations) by.get(x.annotator)?.push(x);
  for (const list of by.values()) list.sort((p, q) => p.target.start - q.target.start || p.target.end - q.target.end || (p.id < q.id ? -1 : 1));

  // Union-find over matched annotations: a cluster is one span unit for Fleiss / alpha.
  const parent = new Map<Annotation, Annotation>();
  const find = (x: Annotation): Annotation => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const list of by.values()) for (const x of list) parent.set(x, x);

  for (const [a, b] of pairsOf(present)) {
    const as = by.get(a)!, bs = by.get(b)!;
    tally.addCompared(a, b);
    for (const kind of ANNOTATION_KINDS) {
      const ka = as.filter((x) => x.kind === kind), kb = bs.filter((x) => x.kind === kind);
      tally.addSpans(a, b, kind, ka.length, kb.length, matchSpans(ka, kb, mode).pairs.length);
    }
    const m = matchSpans(as, bs, mode);
    tally.addSpans(a, b, 'all', as.length, bs.length, m.pairs.length);
    for (const { a: x, b: y } of m.pairs) {
      parent.set(find(x), find(y));
      for (const attr of LABEL_ATTRIBUTES) {
        const vx = labelOf(x, attr), vy = labelOf(y, attr);
        if (vx !== null || vy !== null) tally.addPair(a, b, attr, vx, vy);
      }
      const c = compareAnnotations(x, y, actors);
      if (c.aspects.length) disagreements.push(disagreement(path, a, b, c, x, y));
    }
    const missing = { aspects: ['missing' as const], differences: [] };
    for (const x of m.onlyA) disagreements.push(disagreement(path, a, b, missing, x, undefined));
    for (const y of m.onlyB) disagreements.push(disagreement(path, a, b, missing, undefined, y));
  }

  const clusters = new Map<Annotation, Map<string, Annotation>>();
  for (const list of by.values()) {
    for (const x of list) {
      const root = find(x);
      let members = clusters.get(root);
      if (!members) clusters.set(root, (members = new Map()));
      // Chained matches can put two spans of one annotator in a cluster: the first counts.
      if (!members.has(x.annotator)) members.set(x.annotator, x);
    }
  }
  for (const members of clusters.values()) {
    if (members.size < 2) continue;
    for (const attr of LABEL_ATTRIBUTES) {
      const values = everyone.map((n) => {
        const x = members.get(n);
        return x ? labelOf(x, attr) : null;
      });
      if (values.some((v) => v !== null)) tally.units[attr].push(values);
    }
  }
}

function side(annotator: string, x: Annotation): SpanSide {
  const s: SpanSide = { annotator, id: x.id, start: x.target.start, end: x.target.end, exact: x.target.exact, kind: x.kind };
  const value = labelOf(x, 'polarity') ?? labelOf(x, 'sourceType');
  if (value !== null) s.value = value;
  return s;
}

function disagreement(path: string, a: string, b: string, c: Comparison, x?: Annotation, y?: Annotation): Disagreement {
  const d: Disagreement = { id: disagreementId(path, x, y), article: path, annotatorA: a, annotatorB: b, aspects: [...c.aspects], differences: [...c.differences] };
  if (x) d.a = side(a, x);
  if (y) d.b = side(b, y);
  return d;
}

export function disagreementId(path: string, x?: Annotation, y?: Annotation): string {
  return `${path}#${x?.id ?? '-'}/${y?.id ?? '-'}`;
}
