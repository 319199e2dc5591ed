// Training the name model (README.md next to this file) from BIO-tagged sentences: the
// capitalised runs of each sentence become examples (is the run a name, and of which
// type), and a multinomial logistic regression with an L1 penalty learns their weights.
// Pure and deterministic: the same sentences and options give the same weights, byte for
// byte (the example order is shuffled by a seeded generator, the output keys sorted).
// scripts/train-name-model.ts reads the corpora and writes the weights; the tests train
// on a tiny corpus of their own.
import { seededRandom } from '../../text/seeded-random';
import { CLASSES, featuresOf, N_CLASSES, type NameClass } from './features';

export interface Sentence {
  tokens: string[];
  /** BIO labels as in the corpus ("B-PERSON", "I-PLC", "O"). */
  labels: string[];
}

/** A corpus's entity type (the label without B-/I-) → our class; a type absent from
 *  the map is not an actor (O). */
export type LabelMap = Readonly<Record<string, NameClass>>;

/** NERGrit: PERSON / ORGANISATION / PLACE. PLACE also covers mountains, rivers and
 *  villages, which the annotation spec does not count as actors: mapped to GPE all the
 *  same (most of it is countries, provinces, regencies and cities). */
export const NERGRIT_LABELS: LabelMap = { PERSON: 'PER', ORGANISATION: 'ORG', PLACE: 'GPE' };
/** NER-PROSA: PPL people, IND institutions and organisations, PLC places; EVT (events)
 *  and FNB (food and beverages) are names but not actors, O. */
export const NERP_LABELS: LabelMap = { PPL: 'PER', IND: 'ORG', PLC: 'GPE' };

/** Sentences of a CoNLL-style file: `token<TAB>label` lines, a blank line between
 *  sentences. */
export function parseBio(text: string): Sentence[] {
  const out: Sentence[] = [];
  let cur: Sentence = { tokens: [], labels: [] };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') {
      if (cur.tokens.length > 0) out.push(cur);
      cur = { tokens: [], labels: [] };
      continue;
    }
    const tab = line.lastIndexOf('\t');
    if (tab <= 0) continue;
    cur.tokens.push(line.slice(0, tab));
    cur.labels.push(line.slice(tab + 1));
  }
  if (cur.tokens.length > 0) out.push(cur);
  return out;
}

interface Span { start: number; end: number; cls: number }

/** The entities of a sentence as [start, end) token spans with our class index. */
export function entitySpans(s: Sentence, map: LabelMap): Span[] {
  const spans: Span[] = [];
  let cur: { start: number; type: string } | null = null;
  const close = (end: number): void => {
    if (cur) spans.push({ start: cur.start, end, cls: CLASSES.indexOf(map[cur.type] ?? 'O') });
    cur = null;
  };
  for (let k = 0; k < s.labels.length; k++) {
    const l = s.labels[k];
    const type = l.length > 2 ? l.slice(2) : '';
    if (l.startsWith('B-') || (l.startsWith('I-') && (cur === null || (cur as { type: string }).type !== type))) {
      close(k);
      cur = { start: k, type };
    } else if (!l.startsWith('I-')) close(k);
  }
  close(s.labels.length);
  return spans;
}

export interface Example {
  features: string[];
  /** Index into CLASSES. */
  label: number;
  /** How much the example counts in training (1 when absent): the project's own gold
   *  may count more than a corpus sentence. */
  weight?: number;
}

const CAPITALISED = /^\p{Lu}/u;
const CONTEXT = 2;

function context(tokens: readonly string[], start: number, end: number): { prev: string[]; next: string[] } {
  const prev: string[] = [];
  for (let k = start - 1; k >= 0 && prev.length < CONTEXT; k--) prev.push(tokens[k]);
  const next: string[] = [];
  for (let k = end; k < tokens.length && next.length < CONTEXT; k++) next.push(tokens[k]);
  return { prev, next };
}

/** The examples of a cased sentence: each maximal run of capitalised tokens (and, at the
 *  sentence start, the run without its first word, which is often a common word), and
 *  each entity starting with a capital. A candidate that is exactly an entity takes its
 *  class, one that touches no entity is O; one that holds part of an entity is left out
 *  (it is neither a name nor a non-name), and so is one touching a token of `unsure` (a
 *  name the BIO labels could not hold: see article-examples.ts). */
export function casedExamples(s: Sentence, map: LabelMap, unsure?: readonly boolean[]): Example[] {
  const { tokens } = s;
  const ents = entitySpans(s, map);
  const inEntity = new Int32Array(tokens.length).fill(-1);
  ents.forEach((e, idx) => { for (let k = e.start; k < e.end; k++) inEntity[k] = idx; });
  const cands: [number, number][] = [];
  for (let a = 0; a < tokens.length;) {
    if (!CAPITALISED.test(tokens[a])) { a++; continue; }
    let b = a + 1;
    while (b < tokens.length && CAPITALISED.test(tokens[b])) b++;
    cands.push([a, b]);
    if (a === 0 && b - a >= 2) cands.push([a + 1, b]);
    a = b;
  }
  for (const e of ents) if (CAPITALISED.test(tokens[e.start])) cands.push([e.start, e.end]);
  const seen = new Set<string>();
  const out: Example[] = [];
  for (const [a, b] of cands) {
    const key = a + ':' + b;
    if (seen.has(key)) continue;
    seen.add(key);
    let label = 0;
    const exact = ents.find((e) => e.start === a && e.end === b);
    if (exact) label = exact.cls;
    else {
      let touches = false;
      for (let k = a; k < b; k++) if (inEntity[k] >= 0 || unsure?.[k]) touches = true;
      if (touches) continue;
    }
    const { prev, next } = context(tokens, a, b);
    out.push({ features: featuresOf(tokens.slice(a, b), prev, next, true), label });
  }
  return out;
}

/** The examples of a lower-cased sentence (NER-PROSA): its entities only, without case
 *  features (a lower-cased text shows no capitalised runs to take non-names from). */
export function uncasedExamples(s: Sentence, map: LabelMap): Example[] {
  return entitySpans(s, map).map((e) => {
    const { prev, next } = context(s.tokens, e.start, e.end);
    return { features: featuresOf(s.tokens.slice(e.start, e.end), prev, next, false), label: e.cls };
  });
}

export interface TrainOptions {
  epochs: number;
  /** Initial learning rate; it decays as rate / (1 + epoch). */
  rate: number;
  /** L1 strength (the cumulative penalty of Tsuruoka et al. 2009): larger, fewer features. */
  l1: number;
  /** Features seen in fewer examples are dropped before training. */
  minCount: number;
  /** Weights are stored as integers: round(weight * scale). */
  scale: number;
  /** A feature whose weights are all smaller than this (in absolute value) is not kept:
   *  the size of the shipped weights. */
  prune: number;
  seed: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { epochs: 12, rate: 0.1, l1: 0.3, minCount: 2, scale: 64, prune: 0.2, seed: 13 };

/** The weights as shipped: per feature, one integer per class (CLASSES order); a
 *  feature's score for a class is its integer / scale. */
export interface NameModelWeights {
  format: 'sorot-name-model 1';
  classes: string[];
  scale: number;
  weights: Record<string, number[]>;
}

export function train(examples: readonly Example[], options: TrainOptions = DEFAULT_TRAIN_OPTIONS): NameModelWeights {
  const counts = new Map<string, number>();
  for (const ex of examples) for (const f of new Set(ex.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, c] of counts) if (c >= options.minCount || f === 'bias') index.set(f, index.size);
  const data = examples.map((ex) => ({ feats: Int32Array.from(ex.features.map((f) => index.get(f) ?? -1).filter((i) => i >= 0)), label: ex.label, weight: ex.weight ?? 1 }));
  const C = N_CLASSES;
  const w = new Float64Array(index.size * C);
  const q = new Float64Array(index.size * C);
  const order = data.map((_, k) => k);
  const random = seededRandom(options.seed);
  const z = new Float64Array(C);
  let u = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const r = Math.floor(random() * (k + 1));
      const t = order[k]; order[k] = order[r]; order[r] = t;
    }
    const rate = options.rate / (1 + epoch);
    for (const idx of order) {
      const { feats, label, weight } = data[idx];
      softmaxScores(w, feats, z);
      const step = rate * weight;
      for (const f of feats) for (let c = 0; c < C; c++) w[f * C + c] -= step * (z[c] - (c === label ? 1 : 0));
      u += (rate * options.l1) / data.length;
      for (const f of feats) for (let c = 0; c < C; c++) penalise(w, q, f * C + c, u);
    }
  }
  const weights: Record<string, number[]> = {};
  const names = [...index.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const f = index.get(name) as number;
    const ints: number[] = [];
    let any = false;
    for (let c = 0; c < C; c++) {
      const v = Math.round(w[f * C + c] * options.scale);
      ints.push(v === 0 ? 0 : v); // no -0 in the JSON
      if (Math.abs(w[f * C + c]) >= options.prune && v !== 0) any = true;
    }
    if (any) weights[name] = ints;
  }
  return { format: 'sorot-name-model 1', classes: [...CLASSES], scale: options.scale, weights };
}

function softmaxScores(w: Float64Array, feats: Int32Array, z: Float64Array): void {
  const C = z.length;
  z.fill(0);
  for (const f of feats) for (let c = 0; c < C; c++) z[c] += w[f * C + c];
  let max = -Infinity;
  for (let c = 0; c < C; c++) if (z[c] > max) max = z[c];
  let sum = 0;
  for (let c = 0; c < C; c++) { z[c] = Math.exp(z[c] - max); sum += z[c]; }
  for (let c = 0; c < C; c++) z[c] /= sum;
}

/** Applies the L1 penalty accumulated so far (u) to one weight, clipping at zero. */
function penalise(w: Float64Array, q: Float64Array, k: number, u: number): void {
  const before = w[k];
  if (before > 0) w[k] = Math.max(0, before - (u + q[k]));
  else if (before < 0) w[k] = Math.min(0, before + (u - q[k]));
  q[k] += w[k] - before;
}

/** The weights as the JSON text the repository ships: one feature per line, keys sorted,
 *  so that the same training gives the same bytes and a retraining a readable diff. */
export function serialiseWeights(m: NameModelWeights): string {
  const lines = Object.keys(m.weights).map((k) => `    ${JSON.stringify(k)}: [${m.weights[k].join(',')}]`);
  return `{\n  "format": ${JSON.stringify(m.format)},\n  "classes": ${JSON.stringify(m.classes)},\n  "scale": ${m.scale},\n  "weights": {\n${lines.join(',\n')}\n  }\n}\n`;
}
