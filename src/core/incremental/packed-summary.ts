// An article summary as the corpus index and its cache keep it for a 100,000-article
// corpus: three objects per article instead of a hundred. As plain objects (an object,
// an array of surfaces, an array of spans and a `first` per actor, an object per quote)
// a generated 1,500-character article took 10.7 kB of heap once loaded from the cache;
// packed, its numbers and snippets are one one-byte string (or those bytes, outside the
// JavaScript heap: a cache shard's, a block of a worker's summaries, data-blocks.ts), its
// names one array of pooled strings (or positions in a table: shared-names.ts). unpack() gives the plain summary back, equal field for field, for the
// one article a view or hover shows; the index's totals and searches read the packed
// form directly (forEachActor, speakers, actor, quotesBy, ...).
//
// The string: every number as a variable-length integer (7 bits a character, so most
// take one or two characters), then the snippets one after the other. Numbers are
// stored plus one, so -1 (an absent name) is 0.
import type { ActorType } from '../recognize/types';
import type { ActorSummary, ArticleSummary, QuoteSummary, StatementSummary } from './article-summary';
import { detached, type NamePool, type StringPool } from './compact-summary';
import type { NameReceiver, SentNames } from './sent-names';
import type { DataInBlock } from './data-blocks';
import type { SharedNames } from './shared-names';
import { CheckedVarintBytes, CheckedVarintReader, type CheckedVarints, VarintBytesReader, type VarintReader, VarintTextReader, VarintWriter } from './varint';

/** Snippets' usual characters above U+00FF (curly quotes, dashes, the ellipsis of a cut
 *  snippet) stand for C1 control characters, which news text never holds: one such
 *  character makes a string two-byte, twice the bytes. Text that does hold one is kept
 *  as it is (`rawSnippets`). */
const WIDE = '“”‘’—–…';
const NARROW = '\u0080\u0081\u0082\u0083\u0084\u0085\u0086';
const C1 = /[\u0080-\u009f]/u;
const TO_WIDE = /[\u0080-\u0086]/gu;

export class PackedSummary {
  /** The article's distinct names (pooled strings), which `data` refers to by position:
   *  name k is `nameTable[k]`, or with `nameRefs`, `nameTable[nameRefs[nameRefsAt + k]]`
   *  (a summary read from the cache: its shard's names, shared-names.ts). In fields of
   *  the summary, not an object of their own: 100,000 of them at a warm reopen. */
  private readonly nameTable: readonly string[];
  private readonly nameRefs: Int32Array | undefined;
  private readonly nameRefsAt: number;
  private readonly nameCount: number;
  /** Per actor: canonical, type, entityId, count, first start, first end, surface count,
   *  surfaces..., span count (-1: none), spans...; per quote, then per statement:
   *  start, end, speaker, speakerId, cue, snippet length; then the snippets. A string
   *  (`dataText`), or one-byte data left in bytes outside the JavaScript heap (`dataFile`,
   *  from `dataAt`, `dataLength` of them): a cache shard file's (restoreInFile) or a block
   *  shared with other summaries a worker sent (received, data-blocks.ts). Read from the
   *  bytes as they are; a string is made only of what is unpacked. */
  private readonly dataText: string | undefined;
  private readonly dataFile: DataBytes | undefined;
  private readonly dataAt: number;
  private readonly dataLength: number;

  private constructor(
    /** contentHash() of the analysed text. */
    readonly hash: string,
    readonly mentionCount: number,
    names: readonly string[] | SharedNames,
    data: string | DataInBlock,
    readonly actorCount: number,
    readonly quoteCount: number,
    /** -1: the summary keeps no statements (made before they were recognized). */
    private readonly reportedCount: number,
    /** Where in `data` the quotes start (-1: the data is not checked yet, checkData()),
     *  and the snippets. */
    private quotesAtOrUnchecked: number,
    private readonly snippetsAt: number,
    private readonly rawSnippets: boolean,
    readonly review: ArticleSummary['review'],
    readonly textMetadata: ArticleSummary['textMetadata'],
  ) {
    if (isShared(names)) {
      this.nameTable = names.table;
      this.nameRefs = names.refs;
      this.nameRefsAt = names.at;
      this.nameCount = names.count;
    } else {
      this.nameTable = names;
      this.nameRefs = undefined;
      this.nameRefsAt = 0;
      this.nameCount = names.length;
    }
    if (typeof data === 'string') {
      this.dataText = data;
      this.dataFile = undefined;
      this.dataAt = 0;
      this.dataLength = data.length;
    } else {
      this.dataText = undefined;
      this.dataFile = data.file;
      this.dataAt = data.at;
      this.dataLength = data.length;
    }
  }

  private get quotesAt(): number {
    if (this.quotesAtOrUnchecked < 0) this.checkData();
    return this.quotesAtOrUnchecked;
  }

  /** Whether the data is known to hold what the counts and names say. */
  get dataChecked(): boolean {
    return this.quotesAtOrUnchecked >= 0;
  }

  /** Checks the data against the counts and names (layoutOf), where restoreInFile left
   *  that for later; throws when it does not hold what they say (a corrupt cache). */
  checkData(): void {
    if (this.quotesAtOrUnchecked >= 0) return;
    const file = this.dataFile as DataBytes;
    const counts: LayoutCounts = {
      mentionCount: this.mentionCount,
      actorCount: this.actorCount,
      quoteCount: this.quoteCount,
      reportedCount: this.reportedCount,
      review: this.review,
      snippetsAt: this.snippetsAt,
      nameCount: this.nameCount,
    };
    this.quotesAtOrUnchecked = layoutOf(counts, new CheckedVarintBytes(file.bytes, this.dataAt, this.dataAt + this.dataLength, 'summary', 1), this.dataLength).quotesAt;
  }

  /** A reader of the data from `pos` on. Throws when the data was left unchecked
   *  (restoreInFile) and is corrupt. */
  private reader(pos: number): VarintReader {
    if (this.dataText !== undefined) return new VarintTextReader(this.dataText, pos, 1);
    this.checkData();
    return new VarintBytesReader((this.dataFile as DataBytes).bytes, this.dataAt, pos, 1);
  }

  /** The data's characters from `from` to `to`, a string of their own. */
  private chars(from: number, to: number): string {
    if (this.dataText !== undefined) return this.dataText.slice(from, to);
    this.checkData();
    const file = this.dataFile as DataBytes;
    return file.text(file.bytes.subarray(this.dataAt + from, this.dataAt + to));
  }

  /** Reported statements (0 when the summary keeps none). */
  get statementCount(): number {
    return Math.max(0, this.reportedCount);
  }

  /** Calls `visit` for each actor in the summary's order (count desc, then canonical),
   *  with its fields as arguments: the index's totals read every article's actors on a
   *  reopen, and an object per actor was garbage by the million. */
  forEachActor(visit: (canonical: string, type: ActorType, entityId: string | undefined, count: number) => void): void {
    const r = this.reader(0);
    for (let n = 0; n < this.actorCount; n++) {
      visit(this.name(r.int()), this.name(r.int()) as ActorType, this.optName(r.int()), r.int());
      r.skip(2);
      r.skip(r.int());
      r.skip(Math.max(0, r.int()));
    }
  }

  /** Calls `visit` with the speaker of each quote (`reported` false) or statement that
   *  has one, in text order (no array made). */
  forEachSpeaker(reported: boolean, visit: (speaker: string) => void): void {
    const r = this.reader(this.quotesAt);
    // A quote or statement is six numbers: start, end, speaker, speaker id, cue, length.
    if (reported) r.skip(6 * this.quoteCount);
    const count = reported ? this.statementCount : this.quoteCount;
    for (let k = 0; k < count; k++) {
      r.skip(2);
      const speaker = r.int();
      r.skip(3);
      if (speaker >= 0) visit(this.name(speaker));
    }
  }

  /** Where `name` is among the summary's names (-1: not there); nameAt() gives it back.
   *  The cache's names file refers to a name this way instead of writing it again. */
  nameIndex(name: string): number {
    for (let k = 0; k < this.nameCount; k++) if (this.name(k) === name) return k;
    return -1;
  }

  /** The summary's k-th name (a pooled string), undefined past the end. */
  nameAt(k: number): string | undefined {
    return k >= 0 && k < this.nameCount ? this.name(k) : undefined;
  }

  /** The actor named `canonical`, unpacked; undefined when the article has none. */
  actor(canonical: string): ActorSummary | undefined {
    const r = this.reader(0);
    for (let n = 0; n < this.actorCount; n++) {
      const at = r.pos;
      if (this.name(r.int()) === canonical) return this.actorAt(this.reader(at));
      r.skip(5);
      r.skip(r.int());
      r.skip(Math.max(0, r.int()));
    }
    return undefined;
  }

  /** Each actor's canonical name then its surfaces, in the summary's order: what the
   *  Articles filter matches. */
  actorNames(): string[] {
    const out: string[] = [];
    const r = this.reader(0);
    for (let n = 0; n < this.actorCount; n++) {
      out.push(this.name(r.int()));
      r.skip(5);
      for (let k = r.int(); k > 0; k--) out.push(this.name(r.int()));
      r.skip(Math.max(0, r.int()));
    }
    return out;
  }

  /** The quotes whose speaker is `speaker`, unpacked, in text order. */
  quotesBy(speaker: string): QuoteSummary[] {
    return this.statementsOf(false, speaker) as QuoteSummary[];
  }

  /** The statements whose speaker is `speaker`, unpacked, in text order. */
  statementsBy(speaker: string): StatementSummary[] {
    return this.statementsOf(true, speaker) as StatementSummary[];
  }

  /** The plain summary, equal field for field to the one packed. */
  unpack(): ArticleSummary {
    const actors = new Array<ActorSummary>(this.actorCount);
    const r = this.reader(0);
    for (let n = 0; n < actors.length; n++) actors[n] = this.actorAt(r);
    const out: ArticleSummary = { hash: this.hash, actors, quotes: this.statementsOf(false) as QuoteSummary[], mentionCount: this.mentionCount };
    if (this.reportedCount >= 0) out.reported = this.statementsOf(true) as StatementSummary[];
    if (this.review !== undefined) out.review = { decided: this.review.decided, total: this.review.total };
    if (this.textMetadata !== undefined) out.textMetadata = this.textMetadata;
    return out;
  }

  /** Packs `s`; its names become `pool`'s strings, its other strings copies that do not
   *  keep the text they were cut from alive. Throws on a number that is not an integer
   *  from -1 up (a cache line that says otherwise is corrupt). */
  static pack(s: ArticleSummary, pool: NamePool): PackedSummary {
    const names: string[] = [];
    const position = new Map<string, number>();
    const name = (x: string | null | undefined): number => {
      if (x === null || x === undefined) return -1;
      let n = position.get(x);
      if (n === undefined) {
        n = names.length;
        names.push(pool.intern(x));
        position.set(x, n);
      }
      return n;
    };
    const w = new Writer();
    for (const a of s.actors) {
      w.int(name(a.canonical), name(a.type), name(a.entityId), a.count, a.first.start, a.first.end, a.surfaces.length);
      for (const sf of a.surfaces) w.int(name(sf));
      w.int(a.spans === undefined ? -1 : a.spans.length);
      if (a.spans !== undefined) for (const n of a.spans) w.int(n);
    }
    const quotesAt = w.length;
    const snippets: string[] = [];
    const statement = (x: { start: number; end: number; speaker: string | null; speakerId?: string; cue?: string; snippet: string }): void => {
      snippets.push(x.snippet);
      w.int(x.start, x.end, name(x.speaker), name(x.speakerId), name(x.cue), x.snippet.length);
    };
    for (const q of s.quotes) statement(q);
    for (const r of s.reported ?? []) statement(r);
    const snippetsAt = w.length;
    const text = snippets.join('');
    const raw = C1.test(text);
    w.chars(text, raw);
    const data = w.text();
    const review = s.review === undefined ? undefined : { decided: s.review.decided, total: s.review.total };
    return new PackedSummary(detached(s.hash), s.mentionCount, names.slice(), data, s.actors.length, s.quotes.length, s.reported === undefined ? -1 : s.reported.length, quotesAt, snippetsAt, raw, review, s.textMetadata && pooledTextMetadata(s.textMetadata, pool));
  }

  /** The fields the index cache writes (index-cache.ts): restore() takes them back. */
  parts(): PackedParts {
    return {
      hash: this.hash,
      mentionCount: this.mentionCount,
      names: Array.from({ length: this.nameCount }, (_, k) => this.name(k)),
      data: this.chars(0, this.dataLength),
      snippetsAt: this.snippetsAt,
      actorCount: this.actorCount,
      quoteCount: this.quoteCount,
      reportedCount: this.reportedCount,
      rawSnippets: this.rawSnippets,
      review: this.review,
      textMetadata: this.textMetadata,
    };
  }

  /** The summary whose parts() these are, as read back from a cache file: no summary is
   *  unpacked and packed again (at 100,000 articles that was most of a warm reopen).
   *  Every part is kept as given, not copied: `names` must be pooled strings already, in
   *  an array the summary keeps (or a shard's shared names), `hash` a string of its own
   *  (JSON.parse's are: index-cache.ts), `review` and `textMetadata` objects no one
   *  changes (the cache's decoder gives the articles with the same metadata one object,
   *  its values pooled).
   *  Throws when the data does not hold what the counts say, a name is referred to that
   *  is not there, or a number is out of range: a cache line that says otherwise is
   *  corrupt, never trusted. Given `keep`, the data checked is kept where it puts it
   *  (received()); as the string given where it puts it nowhere. */
  static restore(p: RestoredParts, keep?: (data: string) => DataInBlock | undefined): PackedSummary {
    const layout = layoutOf(countsOf(p), new CheckedVarintReader(p.data, 'summary', 1), p.data.length);
    return new PackedSummary(p.hash, p.mentionCount, p.names, keep?.(p.data) ?? p.data, p.actorCount, p.quoteCount, p.reportedCount, layout.quotesAt, layout.snippetsAt, p.rawSnippets, p.review, p.textMetadata);
  }

  /** restore() of one-byte data that `file` holds from `at` (`length` bytes), left
   *  there and read from there: checked against the counts when first read or by
   *  checkData(), whichever comes first (the counts themselves are checked here). A
   *  warm reopen of 100,000 articles made 115 MB of strings of such data that nothing
   *  read before a view asked for an article, and checked them all before the index
   *  could be used (cache-format.md). `file.bytes` must not change afterwards. */
  static restoreInFile(p: Omit<RestoredParts, 'data'>, file: DataBytes, at: number, length: number): PackedSummary {
    checkCounts(countsOf(p));
    return new PackedSummary(p.hash, p.mentionCount, p.names, { file, at, length }, p.actorCount, p.quoteCount, p.reportedCount, -1, p.snippetsAt, p.rawSnippets, p.review, p.textMetadata);
  }

  /** The summary whose parts() another thread packed (structured-cloned): its names
   *  become `pool`'s strings, as pack() would have made them; then restore(). */
  static fromParts(p: PackedParts, pool: StringPool): PackedSummary {
    return PackedSummary.restore({ ...p, names: p.names.map((n) => pool.intern(n)) });
  }

  /** The summary a recognizer's worker sent (sent-names.ts): its names kept as numbers
   *  in `pool`'s table, its text metadata the object other articles with the same
   *  metadata have, its data checked as restore() checks it and then copied into the
   *  receiver's byte blocks (data-blocks.ts says why), where it is one-byte. */
  static received({ parts, names }: ReceivedSummary, pool: StringPool): PackedSummary {
    const { nameNumbers, newNames: _sent, ...rest } = parts;
    return PackedSummary.restore({ ...rest, names: names.shared(nameNumbers, pool), textMetadata: rest.textMetadata && names.metadata(rest.textMetadata, pool) }, (data) => names.data.keep(data));
  }

  private name(n: number): string {
    const refs = this.nameRefs;
    return (refs === undefined ? this.nameTable[n] : this.nameTable[refs[this.nameRefsAt + n] as number]) as string;
  }

  private optName(n: number): string | undefined {
    return n < 0 ? undefined : this.name(n);
  }

  /** The actor at the reader, which moves past it. */
  private actorAt(r: VarintReader): ActorSummary {
    const canonical = this.name(r.int());
    const type = this.name(r.int()) as ActorType;
    const entityId = this.optName(r.int());
    const count = r.int();
    const first = { start: r.int(), end: r.int() };
    const surfaces = new Array<string>(r.int());
    for (let k = 0; k < surfaces.length; k++) surfaces[k] = this.name(r.int());
    const a: ActorSummary = { canonical, type, count, surfaces, first };
    if (entityId !== undefined) a.entityId = entityId;
    const spanCount = r.int();
    if (spanCount >= 0) {
      const spans = new Array<number>(spanCount);
      for (let k = 0; k < spanCount; k++) spans[k] = r.int();
      a.spans = spans;
    }
    return a;
  }

  /** Calls `visit` with each quote's (or statement's) numbers and snippet, in text order. */
  private eachStatement(reported: boolean, visit: (x: StatementNumbers) => void): void {
    const r = this.reader(this.quotesAt);
    let snippetAt = this.snippetsAt;
    if (reported) {
      for (let k = 0; k < this.quoteCount; k++) snippetAt += r.skip(5).int();
    }
    const count = reported ? this.statementCount : this.quoteCount;
    for (let k = 0; k < count; k++) {
      const x: StatementNumbers = { start: r.int(), end: r.int(), speaker: r.int(), speakerId: r.int(), cue: r.int(), snippetAt, length: r.int() };
      snippetAt += x.length;
      visit(x);
    }
  }

  /** Quotes (or statements), unpacked; only `speaker`'s when given. */
  private statementsOf(reported: boolean, speaker?: string): Array<QuoteSummary | StatementSummary> {
    const out: Array<QuoteSummary | StatementSummary> = [];
    this.eachStatement(reported, (x) => {
      const who = this.optName(x.speaker) ?? null;
      if (speaker !== undefined && who !== speaker) return;
      const speakerId = this.optName(x.speakerId);
      const cue = this.optName(x.cue);
      const stored = this.chars(x.snippetAt, x.snippetAt + x.length);
      const snippet = this.rawSnippets ? stored : stored.replace(TO_WIDE, (c) => WIDE[NARROW.indexOf(c)] as string);
      if (reported) {
        out.push({ start: x.start, end: x.end, speaker: who, ...(speakerId !== undefined ? { speakerId } : {}), cue: cue ?? '', snippet });
        return;
      }
      const q: QuoteSummary = { start: x.start, end: x.end, speaker: who, snippet };
      if (speakerId !== undefined) q.speakerId = speakerId;
      if (cue !== undefined) q.cue = cue;
      out.push(q);
    });
    return out;
  }
}

/** A packed summary's fields as written to and read from the index cache. */
export interface PackedParts {
  hash: string;
  mentionCount: number;
  names: readonly string[];
  data: string;
  /** Where in `data` the numbers end and the snippets start. */
  snippetsAt: number;
  actorCount: number;
  quoteCount: number;
  /** -1: no statements kept. */
  reportedCount: number;
  rawSnippets: boolean;
  review: ArticleSummary['review'];
  textMetadata: ArticleSummary['textMetadata'];
}

/** parts() as a recognizer's worker sends them: the names as its numbers (sent-names.ts). */
export type SentParts = Omit<PackedParts, 'names'> & SentNames;

/** A worker's summary as the extension host receives it: its parts, and the names of the
 *  worker that sent them. */
export interface ReceivedSummary {
  parts: SentParts;
  names: NameReceiver;
}

/** PackedParts as restore() takes them: the cache's decoder gives a summary its shard's
 *  names (shared-names.ts) instead of an array of its own. */
export type RestoredParts = Omit<PackedParts, 'names'> & { names: readonly string[] | SharedNames };

/** A cache file's bytes and how to make a string of one-byte data in them (Node's
 *  latin1 decoding where there is one): one object for the shard's summaries. */
export interface DataBytes {
  readonly bytes: Uint8Array;
  readonly text: (bytes: Uint8Array) => string;
}


/** What the data of a summary is checked against. */
interface LayoutCounts {
  mentionCount: number;
  actorCount: number;
  quoteCount: number;
  reportedCount: number;
  review: ArticleSummary['review'];
  snippetsAt: number;
  nameCount: number;
}

function countsOf(p: Omit<RestoredParts, 'data'>): LayoutCounts {
  const { mentionCount, actorCount, quoteCount, reportedCount, review, snippetsAt } = p;
  return { mentionCount, actorCount, quoteCount, reportedCount, review, snippetsAt, nameCount: isShared(p.names) ? p.names.count : p.names.length };
}

function checkCounts(p: LayoutCounts): void {
  if (!(isCount(p.mentionCount) && isCount(p.actorCount) && isCount(p.quoteCount)) || !(isCount(p.reportedCount) || p.reportedCount === -1)) throw new Error('counts malformed');
  if (p.review !== undefined && !(isCount(p.review.decided) && isCount(p.review.total))) throw new Error('review counts malformed');
}

/** Walks the data (`r`, `dataLength` long) as the counts describe it, checking every
 *  number and name reference, and gives where the quotes and the snippets start. Reads
 *  nothing past the data. */
function layoutOf(p: LayoutCounts, r: CheckedVarints, dataLength: number): { quotesAt: number; snippetsAt: number } {
  checkCounts(p);
  // A name is referred to by its position (-1: none where a name is optional).
  const lastName = p.nameCount - 1;
  for (let n = 0; n < p.actorCount; n++) {
    r.within(0, lastName); // canonical
    r.within(0, lastName); // type
    r.within(-1, lastName); // entity id
    r.within(0); // count
    r.within(0);
    r.within(0); // first start, end
    for (let k = r.within(0); k > 0; k--) r.within(0, lastName); // surfaces
    for (let k = r.within(-1); k > 0; k--) r.within(0); // spans
  }
  const quotesAt = r.pos;
  let snippets = 0;
  const statements = p.quoteCount + Math.max(0, p.reportedCount);
  for (let k = 0; k < statements; k++) {
    r.within(0);
    r.within(0); // start, end
    r.within(-1, lastName); // speaker
    r.within(-1, lastName); // speaker id
    r.within(k < p.quoteCount ? -1 : 0, lastName); // cue: a statement always has one
    snippets += r.within(0);
  }
  const snippetsAt = r.pos;
  if (snippetsAt !== p.snippetsAt || snippetsAt + snippets !== dataLength) throw new Error('summary data of the wrong length');
  return { quotesAt, snippetsAt };
}

function isShared(names: readonly string[] | SharedNames): names is SharedNames {
  return !Array.isArray(names);
}

function isCount(n: number): boolean {
  return Number.isInteger(n) && n >= 0;
}

/** A quote's or statement's numbers as stored (names by position, -1 for none). */
interface StatementNumbers {
  start: number;
  end: number;
  speaker: number;
  speakerId: number;
  cue: number;
  /** Where its snippet is in `data`, and how long. */
  snippetAt: number;
  length: number;
}

/** Writes numbers from -1 up (stored plus one) and snippets' characters. */
class Writer extends VarintWriter {
  int(...values: number[]): void {
    for (const v of values) {
      if (!Number.isInteger(v) || v < -1 || v >= 2 ** 31) throw new Error(`not a number a summary holds: ${v}`);
      this.uint(v + 1);
    }
  }

  /** Appends `text`, its WIDE characters as NARROW ones unless `raw`: made from
   *  character codes, the string is one-byte whenever every code fits in a byte
   *  (String.replace would keep a two-byte subject's result two-byte). */
  chars(text: string, raw: boolean): void {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const wide = raw || c < 0x100 ? -1 : WIDE.indexOf(text[i] as string);
      this.push(wide < 0 ? c : NARROW.charCodeAt(wide));
    }
  }
}

/** A copy of the text metadata with its values and readers pooled (an outlet names many
 *  articles). */
export function pooledTextMetadata(m: NonNullable<ArticleSummary['textMetadata']>, pool: NamePool): NonNullable<ArticleSummary['textMetadata']> {
  const out: NonNullable<ArticleSummary['textMetadata']> = {};
  const reading = <R extends { value: string; reader?: unknown }>(r: R): R =>
    ({ ...r, value: pool.intern(r.value), ...(typeof r.reader === 'string' ? { reader: pool.intern(r.reader) } : {}) });
  if (m.outlet) out.outlet = reading(m.outlet);
  if (m.date) out.date = reading(m.date);
  return out;
}
