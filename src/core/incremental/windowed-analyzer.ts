// Incremental analysis of a LARGE document (hundreds of kilobytes) with a bounded cost per
// edit, for the editor. The recognizer's exact incremental analyzer re-runs its whole-
// article link pass on every change, which is linear in the document: tens to hundreds of
// milliseconds on 1 MB. Here the link pass runs on a window of paragraphs around each
// changed stretch instead (CONTEXT_BEFORE paragraphs of context before, CONTEXT_AFTER
// after), so a keystroke costs the same on 1 MB as on 10 KB. The price: coreference and
// speaker resolution see only that window (about forty paragraphs), where the exact pass
// sees the whole text. That is what a news article spans anyway; a 1 MB "article" is a
// concatenation of many. Small documents keep the exact analyzer (see document-model.ts).
// Like analyze(), each window is read single-spaced (odd blanks made one plain space,
// soft hyphens left out) and its findings carried back to the text as written.
//
// Work is done in budgeted steps: update() applies the text, then analyses and links
// dirty paragraphs nearest the focus (the viewport) first until the time budget is spent,
// and reports whether work remains, so a caller can continue in the next event-loop turn
// and never block for longer than the budget.
import type { KbIndex } from '../kb/kb-index';
import { linkArticle, type LinkOptions } from '../recognize/link';
import { analyzeParagraph, type ParagraphAnalysis } from '../recognize/paragraph';
import { changedEvidence, nameEvidenceOf, oneWordPersonKeys, type ParagraphReach } from '../recognize/name-evidence';
import { carriedBackFrom } from '../recognize/plain-spaces';
import { offsetForward, respace, showsNothing } from '../recognize/spacing';
import type { ActorMention, AnalysisResult, Quote, ReportedStatement } from '../recognize/types';
import type { Range } from '../text/paragraphs';

/** Non-blank paragraphs of context linked before / after a dirty stretch. */
export const CONTEXT_BEFORE = 32;
export const CONTEXT_AFTER = 8;
/** Dirty paragraphs linked together at most (bounds one step's cost). */
const CHUNK = 16;
/** Non-blank paragraphs after / before an edit whose links may depend on it. */
const INVALIDATE_AFTER = 8;
const INVALIDATE_BEFORE = 1;
/** How far one paragraph's names may decide another's identity (name-evidence.ts): the
 *  context every paragraph of a window is guaranteed, whatever the window's cut. An edit
 *  re-links, that far, the paragraphs whose one-word KB people its evidence concerns. */
const NAME_REACH: ParagraphReach = { before: CONTEXT_BEFORE, after: CONTEXT_AFTER };
const PARAGRAPH_CACHE = 20_000;

interface Line {
  start: number;
  /** Exclusive, line break excluded. */
  end: number;
  blank: boolean;
  /** Per-paragraph analysis (cached by paragraph text). */
  part?: ParagraphAnalysis;
  /** Linked findings, offsets relative to `start`; undefined = needs linking. */
  linked?: { actors: ActorMention[]; quotes: Quote[]; reported: ReportedStatement[]; flags: number };
}

const PER = 1;
const ORG = 2;
const GPE = 4;
const QUOTE = 8;
const REPORTED = 16;
const TYPE_FLAG = { PER, ORG, GPE } as const;

export interface WindowedOptions {
  kb: KbIndex;
  suppress?: ReadonlySet<string>;
}

export class WindowedAnalyzer {
  private text = '';
  private lines: Line[] = [];
  private readonly cache = new Map<string, ParagraphAnalysis>();
  private materialized: AnalysisResult | undefined;

  constructor(private readonly options: WindowedOptions) {}

  get length(): number {
    return this.text.length;
  }

  /** Applies `text` (only the changed lines are replaced) and works for up to `budgetMs`
   *  on the paragraphs nearest `focus`. Returns true while work remains. */
  update(text: string, budgetMs: number, focus = 0): boolean {
    if (text !== this.text) this.applyText(text);
    return this.work(budgetMs, focus);
  }

  /** True while some non-blank paragraph has no linked findings yet. */
  get pending(): boolean {
    return this.lines.some((l) => !l.blank && !l.linked);
  }

  /** Findings overlapping [from, to), absolute offsets, sorted. */
  query(from: number, to: number): AnalysisResult {
    const actors: ActorMention[] = [];
    const quotes: Quote[] = [];
    const reported: ReportedStatement[] = [];
    let i = Math.max(0, this.lineAt(from) - 1);
    for (; i < this.lines.length; i++) {
      const l = this.lines[i] as Line;
      if (l.start > to) break;
      if (l.linked) this.emit(l, actors, quotes, reported, from, to);
    }
    return { actors, quotes, reported };
  }

  /** All findings of the document (cached until the next update). */
  result(): AnalysisResult {
    if (!this.materialized) this.materialized = this.query(0, this.text.length);
    return this.materialized;
  }

  /** Line indexes (0-based, as in the editor) holding findings, per kind, for the
   *  overview ruler: one mark per line is all the ruler can show. */
  linesWith(): { person: number[]; organisation: number[]; place: number[]; quote: number[]; speaker: number[]; reported: number[] } {
    const out = { person: [] as number[], organisation: [] as number[], place: [] as number[], quote: [] as number[], speaker: [] as number[], reported: [] as number[] };
    const speakerLines = new Set<number>();
    this.lines.forEach((l, i) => {
      const linked = l.linked;
      if (!linked || linked.flags === 0) return;
      if (linked.flags & PER) out.person.push(i);
      if (linked.flags & ORG) out.organisation.push(i);
      if (linked.flags & GPE) out.place.push(i);
      if (linked.flags & REPORTED) out.reported.push(i);
      if (linked.flags & QUOTE) {
        out.quote.push(i);
        for (const q of linked.quotes) {
          const s = q.speakerMention;
          if (!s) continue;
          // Usually on the quote's own line: skip the search then.
          speakerLines.add(s.start >= 0 && s.start < l.end - l.start ? i : this.lineAt(l.start + s.start));
        }
      }
    });
    out.speaker = [...speakerLines].sort((a, b) => a - b);
    return out;
  }

  private emit(l: Line, actors: ActorMention[], quotes: Quote[], reported: ReportedStatement[], from: number, to: number): void {
    const base = l.start;
    const linked = l.linked as NonNullable<Line['linked']>;
    for (const m of linked.actors) {
      const start = base + m.start;
      const end = base + m.end;
      if (end <= from || start >= to) continue;
      actors.push({ ...m, start, end });
    }
    for (const q of linked.quotes) {
      const start = base + q.start;
      const end = base + q.end;
      if (end <= from || start >= to) continue;
      const abs: Quote = { ...q, start, end };
      if (q.speakerMention) abs.speakerMention = { start: base + q.speakerMention.start, end: base + q.speakerMention.end };
      quotes.push(abs);
    }
    for (const s of linked.reported) {
      if (base + s.end <= from || base + s.start >= to) continue;
      reported.push(moved(s, base));
    }
  }

  /** Index of the line containing `offset` (the last line starting at or before it). */
  private lineAt(offset: number): number {
    let lo = 0;
    let hi = this.lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((this.lines[mid] as Line).start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private applyText(text: string): void {
    this.materialized = undefined;
    const old = this.text;
    this.text = text;
    if (this.lines.length === 0) {
      this.lines = splitLines(text, 0, text.length);
      return;
    }
    const prefix = commonPrefix(old, text);
    const suffix = commonSuffix(old, text, prefix);
    const delta = text.length - old.length;
    // Old lines touched by the change, widened by one line each side so a change next to
    // a line break (CR LF split or joined) is re-split correctly. Their per-paragraph
    // analyses come back from the cache when their text is unchanged.
    const first = Math.max(0, this.lineAt(prefix) - 1);
    const last = Math.min(this.lines.length - 1, this.lineAt(old.length - suffix) + 1);
    const regionStart = (this.lines[first] as Line).start;
    const regionEnd = (this.lines[last] as Line).end + delta;
    const fresh = splitLines(text, regionStart, regionEnd);
    const evidenceBefore = this.evidenceOf(this.lines.slice(first, last + 1), old, false);
    for (let i = last + 1; i < this.lines.length; i++) {
      const l = this.lines[i] as Line;
      l.start += delta;
      l.end += delta;
    }
    this.lines.splice(first, last - first + 1, ...fresh);
    // Links around the change may depend on it (speaker anaphora, open quotes, names).
    this.invalidateAround(first, first + fresh.length - 1);
    this.invalidateNamesAround(first, first + fresh.length - 1, evidenceBefore);
  }

  /** The name evidence each non-blank line of `lines` (of `text`) offers, in order
   *  (name-evidence.ts). A line without its paragraph analysis was never linked nor read as
   *  context: it offered none to any link, unless `analyse` (the edited lines, analysed now
   *  rather than when linked). */
  private evidenceOf(lines: readonly Line[], text: string, analyse: boolean): Set<string>[] {
    const out: Set<string>[] = [];
    for (const l of lines) {
      if (l.blank) continue;
      if (l.part === undefined && !analyse) {
        out.push(new Set());
        continue;
      }
      const p = lineKey(text, l);
      out.push(nameEvidenceOf(p, l.part ?? this.partOf(l, p, { start: 0, end: p.length })));
    }
    return out;
  }

  /** After the edit that replaced old lines offering `before` with lines from..to: a linked
   *  paragraph within NAME_REACH of the edit is linked again when the evidence within its
   *  reach under its one-word KB people's keys changed: the edited lines' evidence, and,
   *  when the edit added or removed paragraphs, the lines that moved into or out of reach. */
  private invalidateNamesAround(from: number, to: number, before: Set<string>[]): void {
    // (a paste of many paragraphs is not analysed here, outside the time budget: any
    // evidence within reach may have changed)
    const after = to - from >= CHUNK ? undefined : this.evidenceOf(this.lines.slice(from, to + 1), this.text, true);
    const shift = after === undefined ? 0 : after.length - before.length;
    const check = (i: number, gap: number, editAfter: boolean): void => {
      const l = this.lines[i] as Line;
      if (l.linked === undefined || l.part === undefined) return;
      const keys = oneWordPersonKeys(lineKey(this.text, l), l.part);
      if (keys.length === 0) return;
      const changed = after === undefined ? undefined : changedWithin(before, after, (editAfter ? NAME_REACH.after : NAME_REACH.before) - gap, editAfter);
      if (changed === undefined || keys.some((k) => changed.has(k)) || (shift !== 0 && this.reachCrossed(i, editAfter, shift, keys))) l.linked = undefined;
    };
    // (gap: the non-blank lines between the paragraph and the edit)
    for (let i = from - 1, gap = 0; i >= 0 && gap < NAME_REACH.after; i--) {
      if ((this.lines[i] as Line).blank) continue;
      check(i, gap++, true);
    }
    for (let i = to + 1, gap = 0; i < this.lines.length && gap < NAME_REACH.before; i++) {
      if ((this.lines[i] as Line).blank) continue;
      check(i, gap++, false);
    }
  }

  /** Evidence under `keys` in the lines that `shift` more (fewer) paragraphs between line
   *  `i` and the far side of an edit moved out of (into) the reach of `i`: those at a
   *  distance between the reach and the reach plus the shift, on the edit's side. */
  private reachCrossed(i: number, editAfter: boolean, shift: number, keys: readonly string[]): boolean {
    const limit = editAfter ? NAME_REACH.after : NAME_REACH.before;
    const near = Math.min(limit, limit + shift);
    const far = Math.max(limit, limit + shift);
    const step = editAfter ? 1 : -1;
    const lines: Line[] = [];
    let d = 0;
    for (let j = i + step; j >= 0 && j < this.lines.length && d < far; j += step) {
      const l = this.lines[j] as Line;
      if (l.blank) continue;
      d++;
      if (d > near) lines.push(l);
    }
    const found = changedEvidence(new Set(), new Set(this.evidenceOf(lines, this.text, true).flatMap((e) => [...e])));
    return keys.some((k) => found.has(k));
  }

  private invalidateAround(from: number, to: number): void {
    let n = 0;
    for (let i = to + 1; i < this.lines.length && n < INVALIDATE_AFTER; i++) {
      const l = this.lines[i] as Line;
      if (l.blank) continue;
      l.linked = undefined;
      n++;
    }
    n = 0;
    for (let i = from - 1; i >= 0 && n < INVALIDATE_BEFORE; i--) {
      const l = this.lines[i] as Line;
      if (l.blank) continue;
      l.linked = undefined;
      n++;
    }
    for (let i = from; i <= to; i++) (this.lines[i] as Line).linked = undefined;
  }

  private work(budgetMs: number, focus: number): boolean {
    const deadline = performance.now() + budgetMs;
    const focusLine = this.lineAt(focus);
    for (;;) {
      const d = this.nearestDirty(focusLine);
      if (d < 0) return false;
      this.linkChunk(d);
      this.materialized = undefined;
      if (performance.now() >= deadline) return this.nearestDirty(focusLine) >= 0;
    }
  }

  /** The dirty non-blank line nearest `around`, or -1. */
  private nearestDirty(around: number): number {
    const n = this.lines.length;
    for (let k = 0; k < n; k++) {
      const a = around + k;
      const b = around - k;
      if (a < n && isDirty(this.lines[a] as Line)) return a;
      if (b >= 0 && b !== a && isDirty(this.lines[b] as Line)) return b;
      if (a >= n && b < 0) break;
    }
    return -1;
  }

  /** Links the dirty stretch starting at (or around) line `d` with its context window. */
  private linkChunk(d: number): void {
    // Start the chunk at the first dirty line of this dirty run, so runs link in order.
    let first = d;
    while (first > 0 && (isDirty(this.lines[first - 1] as Line) || (this.lines[first - 1] as Line).blank)) {
      if (d - first >= CHUNK) break;
      first--;
    }
    const chunk: number[] = [];
    for (let i = first; i < this.lines.length && chunk.length < CHUNK; i++) {
      const l = this.lines[i] as Line;
      if (l.blank) continue;
      if (!isDirty(l)) {
        if (chunk.length > 0 && i > d) break;
        continue;
      }
      chunk.push(i);
    }
    const before: number[] = [];
    for (let i = (chunk[0] as number) - 1; i >= 0 && before.length < CONTEXT_BEFORE; i--) if (!(this.lines[i] as Line).blank) before.unshift(i);
    const after: number[] = [];
    for (let i = (chunk[chunk.length - 1] as number) + 1; i < this.lines.length && after.length < CONTEXT_AFTER; i++) {
      if (!(this.lines[i] as Line).blank) after.push(i);
    }
    const window = [...before, ...chunk, ...after];
    const { result: linked, base } = this.linkWindow(window);
    // Hand each chunk line its own findings, made relative to the line (the window's
    // findings are relative to `base`).
    let ai = 0;
    let qi = 0;
    let ri = 0;
    const statements = linked.reported ?? [];
    for (const i of chunk) {
      const l = this.lines[i] as Line;
      const from = l.start - base;
      const to = l.end - base;
      const actors: ActorMention[] = [];
      const quotes: Quote[] = [];
      const reported: ReportedStatement[] = [];
      while (ai < linked.actors.length && (linked.actors[ai] as ActorMention).start < from) ai++;
      while (ai < linked.actors.length && (linked.actors[ai] as ActorMention).start < to) {
        const m = linked.actors[ai++] as ActorMention;
        actors.push({ ...m, start: m.start - from, end: m.end - from });
      }
      while (qi < linked.quotes.length && (linked.quotes[qi] as Quote).start < from) qi++;
      while (qi < linked.quotes.length && (linked.quotes[qi] as Quote).start < to) {
        const q = linked.quotes[qi++] as Quote;
        const rel: Quote = { ...q, start: q.start - from, end: q.end - from };
        if (q.speakerMention) rel.speakerMention = { start: q.speakerMention.start - from, end: q.speakerMention.end - from };
        quotes.push(rel);
      }
      // A statement lies inside its paragraph (it is found in one); its speaker may be
      // named in an earlier one of the window, like a quote's.
      while (ri < statements.length && (statements[ri] as ReportedStatement).start < from) ri++;
      while (ri < statements.length && (statements[ri] as ReportedStatement).start < to) reported.push(moved(statements[ri++] as ReportedStatement, -from));
      let flags = (quotes.length > 0 ? QUOTE : 0) | (reported.length > 0 ? REPORTED : 0);
      for (const m of actors) flags |= TYPE_FLAG[m.type];
      l.linked = { actors, quotes, reported, flags };
    }
  }

  /** The link pass over the window's lines. The window is read single-spaced, as
   *  analyze() reads the whole article (plain-spaces.ts), so a soft hyphen or a no-break
   *  space inside a name is read the same way in a large document as in a small one; the
   *  findings come back in the text as written, relative to `base`. Blanks never run
   *  across a line break, so each line of the window reads as it would in the whole
   *  article, and its paragraph analysis is cached by that single-spaced text. */
  private linkWindow(window: readonly number[]): { result: AnalysisResult; base: number } {
    const lines = window.map((i) => this.lines[i] as Line);
    // The KB and suppressions analyze() links with (linkOptions): regional bodies, cities
    // and role descriptions are resolved through the KB.
    const options: LinkOptions = this.options.suppress ? { kb: this.options.kb, suppress: this.options.suppress, nameReach: NAME_REACH } : { kb: this.options.kb, nameReach: NAME_REACH };
    const base = (lines[0] as Line).start;
    const written = this.text.slice(base, (lines[lines.length - 1] as Line).end);
    const r = respace(written);
    if (r === undefined) {
      const paras: Range[] = lines.map((l) => ({ start: l.start - base, end: l.end - base }));
      return { result: linkArticle(written, paras, paras.map((p, k) => this.partOf(lines[k] as Line, written, p)), options), base };
    }
    const paras: Range[] = lines.map((l) => ({ start: offsetForward(r, l.start - base), end: offsetForward(r, l.end - base) }));
    const linked = linkArticle(r.text, paras, paras.map((p, k) => this.partOf(lines[k] as Line, r.text, p)), options);
    return { result: carriedBackFrom(linked, r, written), base };
  }

  /** The paragraph analysis of line `l`, whose text is `text`'s `at` range. */
  private partOf(l: Line, text: string, at: Range): ParagraphAnalysis {
    if (l.part) return l.part;
    const p = text.slice(at.start, at.end);
    let part = this.cache.get(p);
    if (part) {
      this.cache.delete(p);
    } else {
      part = analyzeParagraph(p, this.options.kb);
    }
    this.cache.set(p, part);
    if (this.cache.size > PARAGRAPH_CACHE) this.cache.delete(this.cache.keys().next().value as string);
    l.part = part;
    return part;
  }
}

/** A statement with every offset (its span, its speaker's mention, its quoted
 *  fragments) moved by `delta`. */
function moved(s: ReportedStatement, delta: number): ReportedStatement {
  const out: ReportedStatement = { ...s, start: s.start + delta, end: s.end + delta };
  if (s.speakerMention) out.speakerMention = { start: s.speakerMention.start + delta, end: s.speakerMention.end + delta };
  if (s.quotes) out.quotes = s.quotes.map((q) => ({ start: q.start + delta, end: q.end + delta }));
  return out;
}

/** Line `l` of `text` as its window reads it: single-spaced (blanks never run across a
 *  line break, so a line reads the same alone as inside any window). */
function lineKey(text: string, l: Line): string {
  const written = text.slice(l.start, l.end);
  return respace(written)?.text ?? written;
}

/** The words and identities whose evidence differs, within `n` paragraphs of a paragraph,
 *  between the edited lines' evidence `before` and `after` the edit (each one set per
 *  paragraph, in order): the first `n` when the edit comes after the paragraph, else the
 *  last `n`. */
function changedWithin(before: readonly Set<string>[], after: readonly Set<string>[], n: number, editAfter: boolean): Set<string> {
  const inReach = (lines: readonly Set<string>[]): Set<string> => {
    const out = new Set<string>();
    const k = Math.max(0, Math.min(n, lines.length));
    for (const e of editAfter ? lines.slice(0, k) : lines.slice(lines.length - k)) for (const item of e) out.add(item);
    return out;
  };
  return changedEvidence(inReach(before), inReach(after));
}

function isDirty(l: Line): boolean {
  return !l.blank && l.linked === undefined;
}

/** Lines of text[from, to) (from is a line start, to a line end). */
function splitLines(text: string, from: number, to: number): Line[] {
  const out: Line[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : 10;
    if (c !== 10 && c !== 13) continue;
    out.push({ start, end: i, blank: isBlank(text, start, i) });
    if (c === 13 && i + 1 < to && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  return out;
}

/** The recognizer's notion of a blank line (paragraphRanges) on the line read single-
 *  spaced: a line of blanks and invisible characters (a lone soft hyphen) is blank. */
function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!showsNothing(text.charCodeAt(i))) return false;
  return true;
}

const STEP = 2048;

export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  // Compare in blocks first: string equality on slices is a memcmp, far faster than a
  // charCodeAt loop over a megabyte.
  while (i + STEP <= n && a.slice(i, i + STEP) === b.slice(i, i + STEP)) i += STEP;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common suffix that does not reach into the first `prefix` units. */
export function commonSuffix(a: string, b: string, prefix: number): number {
  const n = Math.min(a.length, b.length) - prefix;
  let k = 0;
  while (k + STEP <= n && a.slice(a.length - k - STEP, a.length - k) === b.slice(b.length - k - STEP, b.length - k)) k += STEP;
  while (k < n && a.charCodeAt(a.length - 1 - k) === b.charCodeAt(b.length - 1 - k)) k++;
  return k;
}
