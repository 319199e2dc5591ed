// Training examples from the project's own gold (eval/gold, eval/gold-new/dev): an
// article's text and its annotated actors give candidate runs in the scheme of
// casedExamples (train.ts), so that the model learns the annotation spec's conventions
// (a mountain, a river, an event, a programme, a Title Case common phrase is no actor)
// where IndoNLU's corpora follow other ones. Tokens are cut as the scorer cuts context
// (scorer.ts tokensBefore: a word, or one punctuation character); sentences end where the
// recognizer ends them (sentence-end.ts: not at "dr.", "Dmitri S." or the dot inside
// "KOMPAS.com") and at a line break.
import { isSpace, isWordChar } from '../../text/chars';
import { endsSentenceAt } from '../sentence-end';
import { CLASSES, type NameClass } from './features';
import { casedExamples, type Example, type Sentence } from './train';

/** An annotated actor of the article: its offsets and type. */
export interface GoldSpan { start: number; end: number; type: NameClass }

interface Token { text: string; start: number; end: number }

/** The sentences of `text` as tokens with their offsets. */
function sentences(text: string): Token[][] {
  const out: Token[][] = [];
  let cur: Token[] = [];
  const close = (): void => { if (cur.length > 0) out.push(cur); cur = []; };
  let k = 0;
  while (k < text.length) {
    const c = text.charCodeAt(k);
    if (isSpace(c)) { if (c === 10 || c === 13) close(); k++; continue; }
    let e = k + 1;
    if (isWordChar(c)) while (e < text.length && isWordChar(text.charCodeAt(e))) e++;
    const tok = text.slice(k, e);
    cur.push({ text: tok, start: k, end: e });
    if (e === k + 1 && endsSentenceAt(text, k)) close();
    k = e;
  }
  close();
  return out;
}

/** The examples of one article: each sentence as a BIO sentence whose entities are the
 *  gold actors that start and end on its token boundaries, read as casedExamples reads a
 *  NERGrit sentence. An actor cut inside a token or across a sentence end cannot be a run:
 *  it is left out, and so is every run touching it (its pieces are no "no name"). */
export function articleExamples(text: string, gold: readonly GoldSpan[]): Example[] {
  const byStart = new Map<number, GoldSpan>();
  for (const g of gold) byStart.set(g.start, g);
  const out: Example[] = [];
  for (const toks of sentences(text)) {
    const labels = toks.map(() => 'O');
    for (let a = 0; a < toks.length; a++) {
      const g = byStart.get(toks[a].start);
      if (!g) continue;
      let b = a;
      while (b < toks.length && toks[b].end < g.end) b++;
      if (b >= toks.length || toks[b].end !== g.end) continue;
      for (let k = a; k <= b; k++) labels[k] = (k === a ? 'B-' : 'I-') + g.type;
    }
    const unsure = toks.map((t, k) => labels[k] === 'O' && gold.some((g) => g.start < t.end && t.start < g.end));
    const s: Sentence = { tokens: toks.map((t) => t.text), labels };
    out.push(...casedExamples(s, GOLD_LABELS, unsure));
  }
  return out;
}

/** The gold's types are the model's classes already. */
const GOLD_LABELS = Object.fromEntries(CLASSES.filter((c) => c !== 'O').map((c) => [c, c])) as Record<string, NameClass>;
