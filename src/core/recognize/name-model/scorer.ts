// Scores a capitalised run with the shipped weights: the probability of each class
// (O = no actor's name, PER, ORG, GPE). The weights of a word's own features (its
// n-grams, shape) are summed once per distinct word and kept, so a run costs a few map
// lookups per word plus its context features.
import { isSpace, isWordChar } from '../../text/chars';
import { N_CLASSES, runFeatures, wordFeatures } from './features';
import type { NameModelWeights } from './train';

/** Words whose summed weights are kept (cleared when full: words recur from article to
 *  article, and the cache must not grow without end on a 20 MB text). */
const WORD_CACHE_LIMIT = 20_000;

export class NameScorer {
  private readonly index = new Map<string, number>();
  private readonly w: Float64Array;
  private readonly wordCache = new Map<string, Float64Array>();
  private readonly scratch: string[] = [];

  constructor(m: NameModelWeights) {
    if (m.classes.length !== N_CLASSES) throw new Error(`name model: ${m.classes.length} classes, expected ${N_CLASSES}`);
    const keys = Object.keys(m.weights);
    this.w = new Float64Array(keys.length * N_CLASSES);
    keys.forEach((k, i) => {
      this.index.set(k, i);
      const v = m.weights[k];
      for (let c = 0; c < N_CLASSES; c++) this.w[i * N_CLASSES + c] = v[c] / m.scale;
    });
  }

  /** The class probabilities of the run `words` (as written) with up to two context
   *  tokens each side, nearest first, into `out` (CLASSES order). */
  score(words: readonly string[], prev: readonly string[], next: readonly string[], out: Float64Array): Float64Array {
    out.fill(0);
    for (const word of words) {
      const ws = this.wordScores(word);
      for (let c = 0; c < N_CLASSES; c++) out[c] += ws[c];
    }
    const feats = this.scratch;
    feats.length = 0;
    runFeatures(words, prev, next, true, feats);
    this.add(feats, out);
    return softmax(out);
  }

  /** The class probabilities of a run given as its full feature list (features.ts
   *  featuresOf: the training script's held-out scores). */
  scoreFeatures(feats: readonly string[], out: Float64Array): Float64Array {
    out.fill(0);
    this.add(feats, out);
    return softmax(out);
  }

  private wordScores(word: string): Float64Array {
    let ws = this.wordCache.get(word);
    if (ws === undefined) {
      if (this.wordCache.size >= WORD_CACHE_LIMIT) this.wordCache.clear();
      ws = new Float64Array(N_CLASSES);
      const feats: string[] = [];
      wordFeatures(word, true, feats);
      this.add(feats, ws);
      this.wordCache.set(word, ws);
    }
    return ws;
  }

  private add(feats: readonly string[], into: Float64Array): void {
    for (const f of feats) {
      const i = this.index.get(f);
      if (i === undefined) continue;
      for (let c = 0; c < N_CLASSES; c++) into[c] += this.w[i * N_CLASSES + c];
    }
  }
}

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
