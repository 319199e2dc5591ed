// Scores a capitalised run with the shipped weights: the probability of each class
// (O = no actor's name, PER, ORG, GPE). The weights of a word's own features (its
// n-grams, shape) are summed once per distinct word and kept with the run features that
// depend on the word alone, so a run costs a map lookup per word plus its context features.
import { isSpace, isWordChar } from '../../text/chars';
import { BIAS, contextFeature, contextToken, MAX_SHAPES, NEXT, NEXT_PAIR, PREV, PREV_PAIR, MAX_SIZE, N_CLASSES, runWordFeature, shapeOf, shapesFeature, sizeFeature, wordFeatures } from './features';
import type { NameModelWeights } from './train';

/** Words whose entries are kept (cleared when full: words recur from article to
 *  article, and the cache must not grow without end on a 20 MB text). */
const WORD_CACHE_LIMIT = 20_000;
/** Context rows kept (contextRow), cleared together when this many are held. */
const CONTEXT_CACHE_LIMIT = 100_000;

/** No weight row: the feature was not in the training data. */
const NO_ROW = -1;

/** What the scorer keeps of a word: the summed weights of its own features, and the
 *  parts of the run features that depend on it alone (the weight rows of the word as a
 *  run's first or last word, the id of its shape), so that scoring a run of known words
 *  builds no string but the context's. */
interface WordEntry {
  scores: Float64Array;
  firstRow: number;
  lastRow: number;
  shape: number;
}

export class NameScorer {
  private readonly index = new Map<string, number>();
  private readonly w: Float64Array;
  private readonly wordCache = new Map<string, WordEntry>();
  /** Weight rows of the context features by the tokens as written (tokenRow, pairRow):
   *  a lookup by the tokens themselves, where building each feature's string (lower-cased,
   *  prefixed, a pair's two tokens joined) made four new strings per run to hash. */
  private readonly prevRows = new Map<string, number>();
  private readonly nextRows = new Map<string, number>();
  private readonly prevPairRows = new Map<string, Map<string, number>>();
  private readonly nextPairRows = new Map<string, Map<string, number>>();
  private contextEntries = 0;
  /** Distinct word shapes (shapeOf) by id, and the weight row of each shape sequence
   *  filed under the key score() builds of their ids (see shapesRow). */
  private readonly shapeIds = new Map<string, number>();
  private readonly shapeNames: string[] = [];
  private readonly shapesRows = new Map<number, number>();
  private readonly biasRow: number;
  private readonly sizeRows: number[] = [];

  constructor(m: NameModelWeights) {
    if (m.classes.length !== N_CLASSES) throw new Error(`name model: ${m.classes.length} classes, expected ${N_CLASSES}`);
    const keys = Object.keys(m.weights);
    this.w = new Float64Array(keys.length * N_CLASSES);
    keys.forEach((k, i) => {
      this.index.set(k, i);
      const v = m.weights[k];
      for (let c = 0; c < N_CLASSES; c++) this.w[i * N_CLASSES + c] = v[c] / m.scale;
    });
    this.biasRow = this.row(BIAS);
    for (let n = 0; n <= MAX_SIZE; n++) this.sizeRows.push(this.row(sizeFeature(n)));
  }

  /** The class probabilities of the run `words` (as written) with up to two context
   *  tokens each side, nearest first, into `out` (CLASSES order). The sum of the weights
   *  of featuresOf(words, prev, next, true): the words' own, then runFeatures' in its order. */
  score(words: readonly string[], prev: readonly string[], next: readonly string[], out: Float64Array): Float64Array {
    out.fill(0);
    const n = words.length;
    let shapes = 0;
    let first = NO_ROW;
    let last = NO_ROW;
    for (let k = 0; k < n; k++) {
      const entry = this.wordEntry(words[k]);
      const ws = entry.scores;
      for (let c = 0; c < N_CLASSES; c++) out[c] += ws[c];
      if (k < MAX_SHAPES) shapes = shapes * SHAPE_RADIX + entry.shape + 1;
      if (k === 0) first = entry.firstRow;
      if (k === n - 1) last = entry.lastRow;
    }
    this.addRow(this.biasRow, out);
    this.addRow(this.sizeRows[Math.min(n, MAX_SIZE)], out);
    this.addRow(first, out);
    this.addRow(last, out);
    this.addRow(this.shapesRow(shapes), out);
    // The context features' rows in contextFeatures' order (the sums stay bit-identical).
    const p1 = contextToken(prev, 0);
    const p2 = contextToken(prev, 1);
    const n1 = contextToken(next, 0);
    const n2 = contextToken(next, 1);
    if (this.contextEntries >= CONTEXT_CACHE_LIMIT) this.clearContextRows();
    this.addRow(this.tokenRow(this.prevRows, PREV, p1), out);
    this.addRow(this.pairRow(this.prevPairRows, PREV_PAIR, p1, p2), out);
    this.addRow(this.tokenRow(this.nextRows, NEXT, n1), out);
    this.addRow(this.pairRow(this.nextPairRows, NEXT_PAIR, n1, n2), out);
    return softmax(out);
  }

  /** The class probabilities of a run given as its full feature list (features.ts
   *  featuresOf: the training script's held-out scores). */
  scoreFeatures(feats: readonly string[], out: Float64Array): Float64Array {
    out.fill(0);
    this.add(feats, out);
    return softmax(out);
  }

  private wordEntry(word: string): WordEntry {
    let entry = this.wordCache.get(word);
    if (entry === undefined) {
      if (this.wordCache.size >= WORD_CACHE_LIMIT) this.wordCache.clear();
      const scores = new Float64Array(N_CLASSES);
      const feats: string[] = [];
      wordFeatures(word, true, feats);
      this.add(feats, scores);
      entry = { scores, firstRow: this.row(runWordFeature('f', word)), lastRow: this.row(runWordFeature('l', word)), shape: this.shapeId(shapeOf(word)) };
      this.wordCache.set(word, entry);
    }
    return entry;
  }

  private shapeId(shape: string): number {
    let id = this.shapeIds.get(shape);
    if (id === undefined) {
      // shapeOf has 38 values at most; the key of a sequence needs them below SHAPE_RADIX.
      if (this.shapeNames.length + 1 >= SHAPE_RADIX) throw new Error(`name model: more than ${SHAPE_RADIX - 2} word shapes`);
      id = this.shapeNames.length;
      this.shapeIds.set(shape, id);
      this.shapeNames.push(shape);
    }
    return id;
  }

  /** The weight row of the shape sequence whose key is `key` (shape id + 1 per word, in
   *  base SHAPE_RADIX, first word first). */
  private shapesRow(key: number): number {
    let row = this.shapesRows.get(key);
    if (row === undefined) {
      const shapes: string[] = [];
      for (let k = key; k > 0; k = Math.floor(k / SHAPE_RADIX)) shapes.unshift(this.shapeNames[(k % SHAPE_RADIX) - 1]);
      row = this.row(shapesFeature(shapes));
      this.shapesRows.set(key, row);
    }
    return row;
  }

  /** The row of the one-token context feature `which` (PREV, NEXT) of token `t`. */
  private tokenRow(rows: Map<string, number>, which: number, t: string): number {
    let row = rows.get(t);
    if (row === undefined) {
      row = this.row(contextFeature(which, t, t));
      rows.set(t, row);
      this.contextEntries++;
    }
    return row;
  }

  /** The row of the two-token context feature `which` (PREV_PAIR, NEXT_PAIR) of the
   *  nearest token `t1` and the next one `t2`. */
  private pairRow(pairs: Map<string, Map<string, number>>, which: number, t1: string, t2: string): number {
    let rows = pairs.get(t1);
    if (rows === undefined) {
      rows = new Map();
      pairs.set(t1, rows);
    }
    let row = rows.get(t2);
    if (row === undefined) {
      row = this.row(contextFeature(which, t1, t2));
      rows.set(t2, row);
      this.contextEntries++;
    }
    return row;
  }

  private clearContextRows(): void {
    this.prevRows.clear();
    this.nextRows.clear();
    this.prevPairRows.clear();
    this.nextPairRows.clear();
    this.contextEntries = 0;
  }

  private row(feature: string): number {
    return this.index.get(feature) ?? NO_ROW;
  }

  private addRow(i: number, into: Float64Array): void {
    if (i === NO_ROW) return;
    for (let c = 0; c < N_CLASSES; c++) into[c] += this.w[i * N_CLASSES + c];
  }

  private add(feats: readonly string[], into: Float64Array): void {
    for (const f of feats) this.addRow(this.row(f), into);
  }
}

/** Base of a shape sequence's key: more than the number of shapes, so that the key of
 *  up to MAX_SHAPES words is exact (and a small integer). */
const SHAPE_RADIX = 64;

function softmax(out: Float64Array): Float64Array {
  let max = -Infinity;
  for (let c = 0; c < N_CLASSES; c++) if (out[c] > max) max = out[c];
  let sum = 0;
  for (let c = 0; c < N_CLASSES; c++) { out[c] = Math.exp(out[c] - max); sum += out[c]; }
  for (let c = 0; c < N_CLASSES; c++) out[c] /= sum;
  return out;
}

const SENTENCE_END = new Set(['.', '!', '?']);

/** Up to `n` tokens of `p` before offset `pos`, nearest first, tokenised as the training
 *  corpora are (a word, or one punctuation character); stops at a sentence end, which
 *  the corpora's sentences never reach across. */
export function tokensBefore(p: string, pos: number, n = 2): string[] {
  const out: string[] = [];
  let k = pos;
  while (out.length < n) {
    while (k > 0 && isSpace(p.charCodeAt(k - 1))) k--;
    if (k === 0) break;
    let s = k - 1;
    if (isWordChar(p.charCodeAt(s))) while (s > 0 && isWordChar(p.charCodeAt(s - 1))) s--;
    const tok = p.slice(s, k);
    if (SENTENCE_END.has(tok)) break;
    out.push(tok);
    k = s;
  }
  return out;
}

/** Up to `n` tokens of `p` from offset `pos` on (see tokensBefore); a sentence end is
 *  the last token taken. */
export function tokensAfter(p: string, pos: number, n = 2): string[] {
  const out: string[] = [];
  let k = pos;
  while (out.length < n) {
    while (k < p.length && isSpace(p.charCodeAt(k))) k++;
    if (k >= p.length) break;
    let e = k + 1;
    if (isWordChar(p.charCodeAt(k))) while (e < p.length && isWordChar(p.charCodeAt(e))) e++;
    const tok = p.slice(k, e);
    out.push(tok);
    if (SENTENCE_END.has(tok)) break;
    k = e;
  }
  return out;
}
