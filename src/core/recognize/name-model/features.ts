// The features of the name model (README.md next to this file): what a capitalised run
// looks like and what stands around it. One module for training (scripts/
// train-name-model.ts) and scoring (scorer.ts), so that the two can never disagree.
//
// A run is its words as written plus up to two tokens on each side (a token is a word
// or one punctuation character, as in the training corpora; "<s>" when the sentence
// starts or ends there). `cased` is false for lower-cased training text (NER-PROSA):
// then no feature reads a word's case.

/** The model's classes, in the order of the weight vectors. */
export const CLASSES = ['O', 'PER', 'ORG', 'GPE'] as const;
export type NameClass = (typeof CLASSES)[number];
export const N_CLASSES = CLASSES.length;
/** Each class's place in a scorer's output (CLASSES order), for the rules that read one
 *  class's probability: defined here once, so that no rule keeps its own copy of the order. */
export const O = CLASSES.indexOf('O');
export const PER = CLASSES.indexOf('PER');
export const ORG = CLASSES.indexOf('ORG');
export const GPE = CLASSES.indexOf('GPE');
/** A buffer for one scorer's output (NameScorer.score's `out`, one probability per class).
 *  Each rule keeps its own, read right after the call. */
export function classProbs(): Float64Array {
  return new Float64Array(N_CLASSES);
}

/** The sentence boundary as a context token. */
export const BOUNDARY = '<s>';

/** The shape of a word: its case pattern, digits, hyphen and apostrophe. */
export function shapeOf(w: string): string {
  let upper = 0;
  let lower = 0;
  let digit = 0;
  let innerUpper = false;
  let dash = '';
  for (let k = 0; k < w.length; k++) {
    const ch = w[k];
    if (ch >= '0' && ch <= '9') digit++;
    else if (ch === '-') dash = '-';
    else if (ch === "'" || ch === '\u2019') dash = dash || "'";
    else if (ch !== ch.toLowerCase()) { upper++; if (k > 0 && lower > 0) innerUpper = true; }
    else if (ch !== ch.toUpperCase()) lower++;
  }
  if (upper + lower === 0) return digit > 0 ? '0' : 'p';
  const d = digit > 0 ? '0' : '';
  if (lower === 0) return (upper === 1 ? 'A' : 'AA') + d + dash;
  if (upper === 0) return 'a' + d + dash;
  return (w[0] !== w[0].toLowerCase() ? (innerUpper ? 'AaA' : 'Aa') : 'aA') + d + dash;
}

function lengthBucket(n: number): string {
  return n <= 3 ? String(n) : n <= 5 ? '4' : n <= 8 ? '6' : '9';
}

/** Features of one word of the run that do not depend on where it stands (a scorer
 *  may cache their weights by word): the word, its prefixes and suffixes, its inner
 *  character trigrams, length and shape. */
export function wordFeatures(w: string, cased: boolean, out: string[]): void {
  const lw = w.toLowerCase();
  out.push('w:' + lw, 'len:' + lengthBucket(lw.length));
  for (let n = 2; n <= 4; n++) if (lw.length > n) out.push('s' + n + ':' + lw.slice(-n));
  for (let n = 2; n <= 3; n++) if (lw.length > n) out.push('p' + n + ':' + lw.slice(0, n));
  const b = '^' + lw + '$';
  for (let k = 0; k + 3 <= b.length; k++) out.push('g:' + b.slice(k, k + 3));
  if (cased) out.push('sh:' + shapeOf(w));
}

/** Features of the run as a whole and of its context, besides its words' own. `prev`
 *  and `next` are the tokens nearest first (as written; lower-cased here). The scorer
 *  keeps the word-level parts per word (runWordFeature, shapesFeature) and adds them in
 *  this order. */
export function runFeatures(words: readonly string[], prev: readonly string[], next: readonly string[], cased: boolean, out: string[]): void {
  const n = words.length;
  out.push(BIAS, sizeFeature(n));
  out.push(runWordFeature('f', words[0]), runWordFeature('l', words[n - 1]));
  if (cased) {
    const shapes: string[] = [];
    for (let k = 0; k < n && k < MAX_SHAPES; k++) shapes.push(shapeOf(words[k]));
    out.push(shapesFeature(shapes));
  }
  contextFeatures(prev, next, out);
}

export const BIAS = 'bias';
/** How many of a run's first words its shape sequence reads. */
export const MAX_SHAPES = 4;

/** Runs of this many words or more have the same size feature. */
export const MAX_SIZE = 4;

/** The run's length in words (MAX_SIZE or more alike). */
export function sizeFeature(n: number): string {
  return 'n:' + (n >= MAX_SIZE ? MAX_SIZE : n);
}

/** The run's first ('f') or last ('l') word, lower-cased. */
export function runWordFeature(which: 'f' | 'l', w: string): string {
  return which + ':' + w.toLowerCase();
}

/** The shapes of the run's first MAX_SHAPES words, in order. */
export function shapesFeature(shapes: readonly string[]): string {
  return 'ss:' + shapes.join('_');
}

/** The tokens before (1, and 2 as a pair) and after (1, and 2 as a pair) the run. */
export function contextFeatures(prev: readonly string[], next: readonly string[], out: string[]): void {
  const p1 = contextToken(prev, 0);
  const p2 = contextToken(prev, 1);
  const n1 = contextToken(next, 0);
  const n2 = contextToken(next, 1);
  out.push(contextFeature(PREV, p1, p2), contextFeature(PREV_PAIR, p1, p2), contextFeature(NEXT, n1, n2), contextFeature(NEXT_PAIR, n1, n2));
}

/** The four context features, in contextFeatures' order: the token before the run, the two
 *  before it, the token after it, the two after it. */
export const PREV = 0;
export const PREV_PAIR = 1;
export const NEXT = 2;
export const NEXT_PAIR = 3;

/** The `k`th context token (nearest first) as written, or BOUNDARY where there is none. */
export function contextToken(tokens: readonly string[], k: number): string {
  return tokens.length > k ? tokens[k] : BOUNDARY;
}

/** Context feature `which` of a side whose nearest tokens are `t1` and `t2` (as written, or
 *  BOUNDARY; lower-cased here). */
export function contextFeature(which: number, t1: string, t2: string): string {
  const l1 = t1.toLowerCase();
  if (which === PREV) return 'p1:' + l1;
  if (which === NEXT) return 'n1:' + l1;
  const l2 = t2.toLowerCase();
  return which === PREV_PAIR ? 'p2:' + l2 + '|' + l1 : 'n2:' + l1 + '|' + l2;
}

/** All features of a run (training; the scorer caches the word part). */
export function featuresOf(words: readonly string[], prev: readonly string[], next: readonly string[], cased: boolean): string[] {
  const out: string[] = [];
  for (const w of words) wordFeatures(w, cased, out);
  runFeatures(words, prev, next, cased, out);
  return out;
}
