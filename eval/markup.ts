/**
 * Inline markup for writing gold annotations by hand, so that offsets are computed, never typed.
 *
 *   [Peskov](PER|Dmitry Peskov)          actor mention: surface text, type, canonical name
 *   [Sugiono](PER)                       canonical omitted = the surface text itself
 *   {“Kata [Putin](PER|Vladimir Putin)”}(Q|Dmitry Peskov)   quote (actors may nest inside)
 *   {"..."}(Q)                           quote whose speaker is unknown (null)
 *   ⟪NATO terus menambah pasukan⟫(R|Dmitry Peskov)   reported statement: its content span only
 *                                        (quotes and actors may nest inside); (R) = unknown speaker
 *   \[ \] \{ \} \\ \⟪ \⟫                 literal characters
 *
 * A markup file starts with a front matter naming the article it describes, relative to the
 * gold directory, and optionally its line endings (markup files themselves are kept in LF):
 *
 *   ---
 *   text: ../../samples/07-ue-sanksi-baru-rusia.txt
 *   eol: crlf
 *   reported: yes
 *   ---
 *
 * `reported: yes` says the article was annotated for reported statements (an article
 * without it is not scored on them: older gold files predate the annotation).
 */
import type { ActorType } from '../src/core/recognize/types';
import { ACTOR_TYPES, type GoldActor, type GoldQuote, type GoldReported } from './gold-types';

export interface MarkupDocument {
  /** Article path relative to the gold directory (from the front matter). */
  textPath: string;
  eol: 'lf' | 'crlf';
  /** The plain article text the markup describes. */
  text: string;
  actors: GoldActor[];
  quotes: GoldQuote[];
  /** Present when the front matter says `reported: yes`. */
  reported?: GoldReported[];
}

export class MarkupError extends Error {
  constructor(message: string, readonly line: number, readonly column: number) {
    super(`${message} (markup line ${line}, column ${column})`);
    this.name = 'MarkupError';
  }
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;

/** Parses a whole markup file (front matter + body). */
export function parseMarkupFile(source: string): MarkupDocument {
  const lf = source.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const fm = FRONT_MATTER.exec(lf);
  if (!fm) throw new MarkupError('missing front matter (---\\ntext: PATH\\n---)', 1, 1);
  const fields = new Map<string, string>();
  for (const line of fm[1].split('\n')) {
    const m = /^(\w+):\s*(.*?)\s*$/.exec(line);
    if (m) fields.set(m[1], m[2]);
    else if (line.trim() !== '') throw new MarkupError(`unreadable front matter line "${line}"`, 1, 1);
  }
  const textPath = fields.get('text');
  if (!textPath) throw new MarkupError('front matter has no "text:" path', 1, 1);
  const eol = fields.get('eol') ?? 'lf';
  if (eol !== 'lf' && eol !== 'crlf') throw new MarkupError(`eol must be lf or crlf, not "${eol}"`, 1, 1);
  const reported = fields.get('reported');
  if (reported !== undefined && reported !== 'yes') throw new MarkupError(`reported must be yes when present, not "${reported}"`, 1, 1);
  const bodyStartLine = fm[0].split('\n').length;
  const body = lf.slice(fm[0].length);
  const parsed = parseMarkupBody(eol === 'crlf' ? body.replace(/\n/g, '\r\n') : body, bodyStartLine);
  if (reported === undefined && parsed.reported.length > 0) throw new MarkupError('reported statements marked but the front matter lacks "reported: yes"', 1, 1);
  return { textPath, eol, text: parsed.text, actors: parsed.actors, quotes: parsed.quotes, ...(reported === 'yes' ? { reported: parsed.reported } : {}) };
}

/** Parses markup text (no front matter) into plain text plus annotations. */
export function parseMarkupBody(
  markup: string,
  firstLine = 1,
): { text: string; actors: GoldActor[]; quotes: GoldQuote[]; reported: GoldReported[] } {
  return new Parser(markup, firstLine).run();
}

class Parser {
  private pos = 0;
  private out = '';
  private readonly actors: GoldActor[] = [];
  private readonly quotes: GoldQuote[] = [];
  private readonly reported: GoldReported[] = [];
  private inReported = false;

  constructor(private readonly src: string, private readonly firstLine: number) {}

  run(): { text: string; actors: GoldActor[]; quotes: GoldQuote[]; reported: GoldReported[] } {
    this.parseUntil(null, false);
    this.reported.sort((a, b) => a.start - b.start);
    return { text: this.out, actors: this.actors, quotes: this.quotes, reported: this.reported };
  }

  /** Copies text to the output until `closer` (unescaped) is met, handling nested markup. */
  private parseUntil(closer: ']' | '}' | '⟫' | null, inMention: boolean): void {
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos];
      if (ch === '\\') {
        const next = this.src[this.pos + 1];
        if (next === undefined || !'[]{}\\⟪⟫'.includes(next)) this.fail('a backslash must escape one of [ ] { } \\ ⟪ ⟫');
        this.out += next;
        this.pos += 2;
      } else if (ch === closer) {
        return;
      } else if (ch === '[') {
        if (inMention) this.fail('mentions cannot nest');
        this.parseMention();
      } else if (ch === '{') {
        if (inMention) this.fail('a quote cannot sit inside a mention');
        if (closer === '}') this.fail('quotes cannot nest: annotate only the outermost quote');
        this.parseQuote();
      } else if (ch === '⟪') {
        if (inMention || closer === '}') this.fail('a reported statement cannot sit inside a mention or a quote');
        if (this.inReported) this.fail('reported statements cannot nest');
        this.parseReported();
      } else if (ch === ']' || ch === '}' || ch === '⟫') {
        this.fail(`unmatched "${ch}" (escape it as \\${ch} if it is part of the text)`);
      } else {
        this.out += ch;
        this.pos += 1;
      }
    }
    if (closer) this.fail(`unclosed markup: expected "${closer}"`);
  }

  private parseMention(): void {
    const openedAt = this.pos;
    this.pos += 1;
    const start = this.out.length;
    this.parseUntil(']', true);
    const end = this.out.length;
    this.pos += 1;
    const [tag, value] = this.parseAnnotation(openedAt);
    if (!ACTOR_TYPES.includes(tag as ActorType)) this.fail(`unknown actor type "${tag}"`, openedAt);
    const text = this.out.slice(start, end);
    if (text.trim() !== text || text === '') this.fail(`mention "${text}" is empty or has outer spaces`, openedAt);
    this.actors.push({ start, end, text, type: tag as ActorType, canonical: value ?? text });
  }

  private parseQuote(): void {
    const openedAt = this.pos;
    this.pos += 1;
    const start = this.out.length;
    this.parseUntil('}', false);
    const end = this.out.length;
    this.pos += 1;
    const [tag, value] = this.parseAnnotation(openedAt);
    if (tag !== 'Q') this.fail(`a {quote} must be tagged (Q|speaker), not "${tag}"`, openedAt);
    this.quotes.push({ start, end, text: this.out.slice(start, end), speaker: value ?? null });
  }

  private parseReported(): void {
    const openedAt = this.pos;
    this.pos += 1;
    const start = this.out.length;
    this.inReported = true;
    this.parseUntil('⟫', false);
    this.inReported = false;
    const end = this.out.length;
    this.pos += 1;
    const [tag, value] = this.parseAnnotation(openedAt);
    if (tag !== 'R') this.fail(`a ⟪reported statement⟫ must be tagged (R|speaker), not "${tag}"`, openedAt);
    const text = this.out.slice(start, end);
    if (text.trim() !== text || text === '') this.fail(`reported statement "${text}" is empty or has outer spaces`, openedAt);
    this.reported.push({ start, end, text, speaker: value ?? null });
  }

  /** Reads `(TAG)` or `(TAG|value)`; the value may itself contain balanced parentheses. */
  private parseAnnotation(openedAt: number): [string, string | undefined] {
    if (this.src[this.pos] !== '(') this.fail('markup must be followed by (TYPE|canonical) or (Q|speaker)', openedAt);
    let depth = 0;
    let i = this.pos;
    for (; i < this.src.length; i++) {
      if (this.src[i] === '(') depth++;
      else if (this.src[i] === ')' && --depth === 0) break;
      else if (this.src[i] === '\n') break;
    }
    if (this.src[i] !== ')') this.fail('unclosed "(" after markup', openedAt);
    const inner = this.src.slice(this.pos + 1, i);
    this.pos = i + 1;
    const bar = inner.indexOf('|');
    if (bar < 0) return [inner.trim(), undefined];
    const value = inner.slice(bar + 1).trim();
    if (value === '') this.fail('empty value after "|"', openedAt);
    return [inner.slice(0, bar).trim(), value];
  }

  private fail(message: string, at = this.pos): never {
    const before = this.src.slice(0, at);
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    throw new MarkupError(message, line + this.firstLine - 1, column);
  }
}

/** Renders annotations back into markup (used to draft markup files for review). */
export function renderMarkup(text: string, actors: readonly GoldActor[], quotes: readonly GoldQuote[], reported: readonly GoldReported[] = []): string {
  type Edge = { at: number; order: number; s: string };
  const edges: Edge[] = [];
  const esc = (s: string) => s.replace(/[[\]{}\\⟪⟫]/g, (c) => '\\' + c);
  for (const r of reported) {
    edges.push({ at: r.start, order: 0.5, s: '⟪' });
    edges.push({ at: r.end, order: -0.5, s: `⟫(R${r.speaker === null ? '' : '|' + r.speaker})` });
  }
  for (const q of quotes) {
    edges.push({ at: q.start, order: 1, s: '{' });
    edges.push({ at: q.end, order: -1, s: `}(Q${q.speaker === null ? '' : '|' + q.speaker})` });
  }
  for (const a of actors) {
    edges.push({ at: a.start, order: 2, s: '[' });
    edges.push({ at: a.end, order: -2, s: `](${a.type}${a.canonical === a.text ? '' : '|' + a.canonical})` });
  }
  // Closers before openers at the same offset; inner closers (mentions) before outer ones.
  edges.sort((x, y) => x.at - y.at || x.order - y.order);
  let out = '';
  let last = 0;
  for (const e of edges) {
    out += esc(text.slice(last, e.at)) + e.s;
    last = e.at;
  }
  return out + esc(text.slice(last));
}
