/**
 * CoNLL-2003 style BIO for actor mentions, to train NER models: `-DOCSTART- -X- -X- O`
 * opens each article, then one token per line as `token -X- -X- TAG` (POS and chunk
 * columns are not known, so they hold CoNLL's -X- placeholder), a blank line between
 * sentences. Tags are IOB2 (every mention starts with B-) over PER, ORG, GPE.
 * There are no offsets in this format; tokens never cross a mention boundary.
 */
import type { ActorMention } from '../recognize/types';
import { isAbbreviationDot } from '../recognize/sentence-end';
import { INVISIBLE_CLASS, SPELLING_NEUTRAL_INVISIBLE_CLASS } from '../text/chars';
import { sanitizeRelativePath, stripExtension } from './paths';
import { runSteps } from '../incremental/time-slices';
import { collectSteps, type ArticleExporter } from './article-exporter';
import type { ExportInput, ExportResult } from './types';

export const CONLL_FILE = 'actors.conll';

/** Invisible characters (text/chars.ts) sit inside a word without splitting it, as the
 *  recognizer reads them: a soft hyphen (a hyphenation hint), ZWNJ and ZWJ (they shape a
 *  word's spelling in some scripts, and join emoji), the word joiner, a stray BOM. A
 *  zero-width space is a blank: a word break. */
const JOINERS = `[${INVISIBLE_CLASS}]+`;
/** Invisible characters with no effect on how a word reads: left out of the token's text. */
const DROPPED_FROM_TOKEN = new RegExp(`[${SPELLING_NEUTRAL_INVISIBLE_CLASS}]`, 'gu');

/** Words (letters, marks, digits, joined by inner ' - . , as in "Ma'ruf", "1.000,5",
 *  "bersama-sama", or by invisible joiners as in a soft-hyphenated "ekono\u00ADmi"), a flag or an
 *  emoji sequence, or any other single visible code point (punctuation). Control and
 *  format characters (NEL, U+2028, zero-width space, BOM…) are never a token: CoNLL
 *  readers split lines and columns on several of them (Python's splitlines and split). */
const TOKEN = new RegExp(
  `[\\p{L}\\p{M}\\p{N}]+(?:(?:['’\\-.,]|${JOINERS})[\\p{L}\\p{M}\\p{N}]+)*` +
    `|\\p{RI}\\p{RI}|\\p{Extended_Pictographic}(?:\\uFE0F|\\p{EMod}|\\u200D\\p{Extended_Pictographic})*` +
    `|[^\\s\\p{Z}\\p{Cc}\\p{Cf}]`,
  'gu',
);
const SENTENCE_END = /^[.!?…]$/u;

export interface Token {
  text: string;
  start: number;
  end: number;
}

export function exportConll(input: ExportInput, fileName = CONLL_FILE): ExportResult {
  return runSteps(collectSteps(conllExporter(fileName), input.articles));
}

/** One file for the corpus, its lines joined by LF (no LF after the last); each article
 *  adds its lines (article-exporter.ts). */
export function conllExporter(fileName = CONLL_FILE): ArticleExporter {
  const path = sanitizeRelativePath(stripExtension(fileName) + '.conll');
  const warnings: string[] = [];
  let actors = 0;
  let first = true;
  return {
    article(article) {
      const mentions = nonOverlapping(article.actors ?? [], (m) =>
        warnings.push(`${article.path}: actor mention "${m.text}" [${m.start}, ${m.end}) overlaps another and is left out of the BIO tags`),
      );
      actors += mentions.length;
      const out: string[] = ['-DOCSTART- -X- -X- O', ''];
      for (const sentence of sentences(article.text, tokenize(article.text, mentions), mentions)) {
        for (const tok of sentence) out.push(`${tok.text} -X- -X- ${tagOf(tok, mentions)}`);
        out.push('');
      }
      const text = (first ? '' : '\n') + out.join('\n');
      first = false;
      return [{ path, text }];
    },
    // Actor mentions only: the annotations themselves have no place in BIO tags.
    finish: () => [{ path, text: '', end: { annotations: 0, recognized: { actors, quotes: 0, reported: 0 } } }],
    warnings: () => warnings,
  };
}

/** Tokens of the text, split again at every mention boundary so tags align exactly
 *  (or at the given offsets, for other span formats). */
export function tokenize(text: string, mentions: readonly ActorMention[] | readonly number[] = []): Token[] {
  const at = (mentions as ReadonlyArray<ActorMention | number>).flatMap((m) => (typeof m === 'number' ? [m] : [m.start, m.end]));
  // Boundaries in order; tokens come in order too, so one pointer walks them.
  const cuts = [...new Set(at)].sort((a, b) => a - b);
  let c = 0;
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let start = m.index;
    const end = start + m[0].length;
    while (c < cuts.length && cuts[c] <= start) c++;
    while (c < cuts.length && cuts[c] < end) {
      pushVisible(tokens, text.slice(start, cuts[c]), start, cuts[c]);
      start = cuts[c++];
    }
    pushVisible(tokens, start === m.index ? m[0] : text.slice(start, end), start, end);
  }
  return tokens;
}

/** A token's text without invisible joiners; its offsets still cover them. A piece cut
 *  at a mention boundary that holds only joiners is no token. */
function pushVisible(tokens: Token[], raw: string, start: number, end: number): void {
  const text = raw.replace(DROPPED_FROM_TOKEN, '');
  if (text !== '') tokens.push({ text, start, end });
}

/** Sentences end after . ! ? … and at line breaks (paragraphs, headlines), never inside
 *  an actor mention and never at a dot the recognizer reads as no sentence end (an
 *  initial, "dr.", "Moh.": recognize/sentence-end.ts). */
export function sentences(text: string, tokens: readonly Token[], mentions: readonly ActorMention[] = []): Token[][] {
  const out: Token[][] = [];
  let current: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    const next = tokens[i + 1];
    current.push(tok);
    if (next === undefined || hasLineBreak(text, tok.end, next.start) || endsSentence(text, tokens, i, mentions)) {
      out.push(current);
      current = [];
    }
  }
  return out;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // Every break Python's str.splitlines() knows: \n \v \f \r, FS GS RS, NEL, LS, PS.
    if ((c >= 10 && c <= 13) || (c >= 0x1c && c <= 0x1e) || c === 0x85 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

function endsSentence(text: string, tokens: readonly Token[], i: number, mentions: readonly ActorMention[]): boolean {
  const tok = tokens[i];
  if (tok.end - tok.start !== 1 || !SENTENCE_END.test(tok.text)) return false;
  const next = tokens[i + 1];
  const before = tokens[i - 1];
  if (/^[\p{Ll}\p{N}]/u.test(next.text)) return false;
  if (before && before.end === tok.start && tok.text === '.' && isAbbreviationDot(text, tok.start)) return false;
  return !tagOf(next, mentions).startsWith('I-');
}

function tagOf(tok: Token, mentions: readonly ActorMention[]): string {
  // Binary search: mentions are sorted and disjoint.
  let lo = 0, hi = mentions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = mentions[mid];
    if (tok.end <= m.start) hi = mid - 1;
    else if (tok.start >= m.end) lo = mid + 1;
    else return (tok.start <= m.start ? 'B-' : 'I-') + m.type;
  }
  return 'O';
}

/** Keeps mentions that do not overlap an earlier (or, at the same start, longer) one. */
function nonOverlapping(mentions: readonly ActorMention[], dropped: (m: ActorMention) => void): ActorMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ActorMention[] = [];
  for (const m of sorted) {
    if (m.end <= m.start) continue;
    if (kept.length && m.start < kept[kept.length - 1].end) dropped(m);
    else kept.push(m);
  }
  return kept;
}
