// Blanks as feeds deliver them (issue 13, pattern 11): a no-break space, two spaces, a tab
// or a thin space between the words of a name or of a sentence. Every rule of the
// recognizer, the paragraph pass's and the link pass's alike (sport clubs joined across a
// space, a surname linked to its full name, a speaker before its verb), reads words as
// separated by one plain space. Rather than teach each of them, the article is read with
// every run of blanks made one plain space and the findings are carried back to the
// article as written: offsets, and surface texts sliced again from it. Canonical names
// keep the single spacing, so "Johari\u00a0Abdul Ghani" and "Johari Abdul Ghani" are one
// identity. Line breaks are no blanks here: paragraphs and lines stay as they are.
import { endBack, respace, startBack, type Respaced } from './spacing';
import type { ActorMention, AnalysisResult, Quote, ReportedStatement } from './types';

/** `read(text)` on `text` single-spaced, its result in `text`'s offsets; `read(text)`
 *  itself when `text` has only single plain spaces (nearly every article: one regex test). */
export function readPlainSpaced(text: string, read: (plain: string) => AnalysisResult): AnalysisResult {
  const r = respace(text);
  if (r === undefined) return read(text);
  return carriedBack(read(r.text), new OffsetsBack(r, text));
}

/** `result`, found in `r.text` (the single-spaced `text`), in `text`'s offsets, its
 *  surface texts sliced again from `text` (the windowed analyzer's window). */
export function carriedBackFrom(result: AnalysisResult, r: Respaced, text: string): AnalysisResult {
  return carriedBack(result, new OffsetsBack(r, text));
}

class OffsetsBack {
  constructor(private readonly r: Respaced, readonly text: string) {}
  start(s: number): number { return startBack(this.r, this.text.length, s); }
  end(e: number): number { return endBack(this.r, this.text.length, e); }
  span(x: { start: number; end: number }): { start: number; end: number } {
    return { start: this.start(x.start), end: this.end(x.end) };
  }
}

function carriedBack(result: AnalysisResult, back: OffsetsBack): AnalysisResult {
  const out: AnalysisResult = { actors: result.actors.map((m) => actorBack(m, back)), quotes: result.quotes.map((q) => quoteBack(q, back)) };
  if (result.reported) out.reported = result.reported.map((s) => statementBack(s, back));
  return out;
}

function actorBack(m: ActorMention, back: OffsetsBack): ActorMention {
  const { start, end } = back.span(m);
  return { ...m, start, end, text: back.text.slice(start, end) };
}

function quoteBack(q: Quote, back: OffsetsBack): Quote {
  const { start, end } = back.span(q);
  const out: Quote = { ...q, start, end, text: back.text.slice(start, end) };
  if (q.speakerMention) out.speakerMention = back.span(q.speakerMention);
  return out;
}

function statementBack(s: ReportedStatement, back: OffsetsBack): ReportedStatement {
  const { start, end } = back.span(s);
  const out: ReportedStatement = { ...s, start, end, text: back.text.slice(start, end) };
  if (s.speakerMention) out.speakerMention = back.span(s.speakerMention);
  if (s.quotes) out.quotes = s.quotes.map((q) => back.span(q));
  return out;
}
