// The corpus index's per-name totals and article lists (corpus-index.ts), saved next to
// the cache's shards (index-cache.ts) so that a reopen loads them in one piece. Rebuilt
// from the summaries, a reopen of 100,000 articles added 3.5 million article-name pairs
// one at a time: a third of the editor bench's warm-reopen profile.
//
// The shards stay the truth: this file is derived from them and only used with exactly
// the shard files it was made from. Each shard file carries a token, new each time it is
// written; this file names the token of every shard, so a shard written since (by this
// window or another) makes it stale, and the reader rebuilds the totals from the
// summaries instead. A checksum over its lines and a cross-check against the summaries
// catch a damaged file: discarded with a log line, never trusted.
// Pure: no I/O (index-cache-store.ts reads and writes it).
import type { ActorTotal } from './corpus-index';
import { CACHE_FORMAT, CACHE_FORMAT_VERSION, isRecord } from './index-cache';
import { Int32Runs } from './int32-runs';
import type { PackedSummary } from './packed-summary';
import type { TimeSlices } from './time-slices';
import { CheckedVarintReader, VarintWriter } from './varint';
import { FNV1A_SEED, fnv1a, fnv1aMix } from '../text/fnv1a';

export const NAMES_FILE = 'index-names.jsonl';
/** Names per line at most: one JSON.parse per name cost more than the names' text. */
const NAMES_PER_LINE = 1000;
/** A line ends after the name that takes its numbers to this many characters (32 kB; a
 *  line of 1,000 names of one or a few articles each is about 10 kB). */
const LINE_CHARACTERS = 32 * 1024;
/** Positions of one name written between two pauses (about 1 ms). */
const POSITIONS_PER_STEP = 4096;
/** Numbers are written as 7-bit groups, one character each, the last below 0x80. */
const MAX_NUMBER = 2 ** 31 - 1;

/** A name as the corpus index keeps it: its totals and the articles that name it, as
 *  positions in the cache's article order (shard by shard, each in file order): one
 *  number for a name of one article (most names of a large corpus), else the positions
 *  in the order the index added them. */
export interface SavedName {
  total: ActorTotal;
  at: number | number[];
}

interface NamesHeader {
  format: string;
  version: number;
  section: 'names';
  key: string;
  /** The token of each shard file the names were made from. */
  shards: string[];
  /** How many articles the shards hold, and names follow. */
  articles: number;
  names: number;
}

/** The file's lines: header, names, trailer with the checksum. A names line holds up to
 *  NAMES_PER_LINE names as columns: [entity ids ('' for none), types, numbers], the
 *  numbers base64, per name: where its text is among the names of its first article
 *  (every article that names it has it among its names: the name's string comes from
 *  there, already pooled, instead of being read and looked up again), its type, mentions,
 *  articles, quotes, reported, how many positions, the positions. Reading a line makes
 *  no object but the names' own. Throws when a name is not among its first article's. */
export function* encodeNames(key: string, shardTokens: readonly string[], articles: ReadonlyArray<{ summary: PackedSummary }>, names: readonly SavedName[]): Generator<string, void, void> {
  for (const piece of encodeNamesInSteps(key, shardTokens, articles, names)) if (piece !== undefined) yield piece;
}

/** The lines of encodeNames, with an undefined between two steps of bounded work where
 *  the caller may pause (index-cache-store.ts yields to the event loop there): after each
 *  name, and every POSITIONS_PER_STEP positions of a name. A line also ends once its
 *  numbers reach LINE_CHARACTERS (a reader takes any number of names a line), so that
 *  encoding, checksumming and reading one line is bounded work too. In 1,000-name lines,
 *  a line holding the names of nearly every article (places, the outlet) was 100 ms of
 *  the extension host in one go at 30,000 articles, writing and reading it again
 *  (editor bench, the thread's CPU time). */
export function* encodeNamesInSteps(key: string, shardTokens: readonly string[], articles: ReadonlyArray<{ summary: PackedSummary }>, given: readonly SavedName[]): Generator<string | undefined, void, void> {
  const header: NamesHeader = { format: CACHE_FORMAT, version: CACHE_FORMAT_VERSION, section: 'names', key, shards: [...shardTokens], articles: articles.length, names: given.length };
  yield JSON.stringify(header);
  const names = yield* inFirstArticleOrder(given, articles.length);
  const check = new LineHash();
  let lines = 0;
  for (let at = 0; at < names.length; ) {
    const entityIds: string[] = [];
    const types: string[] = [];
    const numbers = new NumberWriter();
    for (; at < names.length && entityIds.length < NAMES_PER_LINE && numbers.length < LINE_CHARACTERS; at++) {
      const { total: t, at: positions } = names[at] as SavedName;
      const first = typeof positions === 'number' ? positions : (positions[0] as number);
      const k = articles[first]?.summary.nameIndex(t.canonical) ?? -1;
      if (k < 0) throw new Error(`${t.canonical} is not among the names of its first article`);
      let type = types.indexOf(t.type);
      if (type < 0) type = types.push(t.type) - 1;
      entityIds.push(t.entityId ?? '');
      numbers.int(k, type, t.mentions, t.articles, t.quotes, t.reported);
      if (typeof positions === 'number') numbers.int(1, positions);
      else {
        numbers.int(positions.length);
        for (let from = 0; from < positions.length; from += POSITIONS_PER_STEP) {
          numbers.ints(positions, from, Math.min(positions.length, from + POSITIONS_PER_STEP));
          yield undefined;
        }
      }
      yield undefined;
    }
    const line = JSON.stringify([entityIds, types, btoa(numbers.text())]);
    check.add(line);
    lines++;
    yield line;
  }
  yield JSON.stringify({ end: lines, check: check.value() });
}

/** What the names were checked against: the shards as loaded. */
export interface NamesExpectation {
  key: string;
  shardTokens: readonly (string | undefined)[];
  /** The articles in the cache's order (the positions refer to them). */
  articles: ReadonlyArray<{ summary: PackedSummary }>;
  /** The sum of their actor counts, when the caller has it (else counted here: a pass
   *  over 100,000 summaries scattered in the heap was a block of 14 ms). */
  actorCount?: number;
}

/** Why a names file is not used. `stale` is not damage: a shard was written after the
 *  names (the caller rebuilds without a log line). */
export interface NamesProblem {
  kind: 'stale' | 'foreign' | 'corrupt';
  reason: string;
}

/** Takes a name as read: its totals and its articles' positions, `count` of them from
 *  `from` in `positions` (a block that the names read before and after share, never
 *  written again: int32-runs.ts). */
export type NameVisitor = (total: ActorTotal, positions: ArrayLike<number>, from: number, count: number) => void;

/** A name as a NameVisitor is given it, as the names file's writer takes it. */
export function savedName(total: ActorTotal, positions: ArrayLike<number>, from: number, count: number): SavedName {
  return { total, at: count === 1 ? (positions[from] as number) : Array.from({ length: count }, (_, k) => positions[from + k] as number) };
}

/** The names file as loaded: its header checked against the shards (key, tokens, number
 *  of articles), its names decoded only as read() hands them over, one by one, to the
 *  corpus index (CorpusIndex.restore). Decoded into an array at load, the half a million
 *  names of a 100,000-article cache were as many objects more, kept through the rest of
 *  the load and garbage once the index had made its own (bench/index-reopen.ts: 37 MB
 *  more heap held and a sixth more CPU, with the change before: commit message). */
export interface SavedNames {
  /** How many names the file holds (its header says). */
  readonly count: number;
  /** Gives each name to `visit`, in the file's order, pausing in `slices`. False, with a
   *  log line, when the file turns out damaged on the way (a checksum, a count or a
   *  number that is not the articles'): the names given so far must then be dropped.
   *  Once: the file's bytes are let go. */
  read(visit: NameVisitor, slices: TimeSlices): Promise<boolean>;
}

/** Reads the names file a line at a time; any doubt discards it. The names are collected
 *  in `names`, or, given a visitor, handed to it one by one as read: then a name is given
 *  before the file is known to be whole (checksum, count and totals are checked at its
 *  end), and the visitor's caller drops them all when finish() says it is not. */
export class NamesDecoder {
  private header: NamesHeader | undefined;
  private ended = false;
  private lines = 0;
  private count = 0;
  private articleSum = 0;
  private readonly check = new LineHash();
  /** The names' article positions, in blocks the names share. */
  private readonly positions = new Int32Runs();
  private problem: NamesProblem | undefined;
  readonly names: SavedName[] = [];

  /** The sum of the articles' actor counts: each actor of an article adds one to its
   *  name's article total, so the saved totals must add up to it. */
  private readonly actorCount: number;

  constructor(private readonly expected: NamesExpectation, private readonly intern: (s: string) => string = (s) => s, private readonly visit?: NameVisitor) {
    let n = expected.actorCount;
    if (n === undefined) {
      n = 0;
      for (const a of expected.articles) n += a.summary.actorCount;
    }
    this.actorCount = n;
  }

  /** Why the file is not used, as soon as that is known. */
  get failed(): NamesProblem | undefined {
    return this.problem;
  }

  /** The number of names the header announces (once its line was read). */
  get announced(): number | undefined {
    return this.header?.names;
  }

  line(text: string): void {
    if (this.problem || text.length === 0) return;
    try {
      if (!this.header) this.readHeader(JSON.parse(text) as unknown);
      else if (this.ended) this.fail('corrupt', 'text after the end of the file');
      else if (text.charCodeAt(0) === 0x7b /* { */) this.readTrailer(JSON.parse(text) as unknown);
      else {
        this.check.add(text);
        this.lines++;
        this.readNames(JSON.parse(text) as unknown);
      }
    } catch (e) {
      this.fail('corrupt', e instanceof Error ? e.message : String(e));
    }
  }

  finish(): { ok: true; names: SavedName[] } | ({ ok: false } & NamesProblem) {
    if (!this.problem && !this.header) this.fail('corrupt', 'empty file');
    if (!this.problem && !this.ended) this.fail('corrupt', 'truncated (no end line)');
    if (!this.problem && this.count !== this.header?.names) this.fail('corrupt', `${this.count} of ${this.header?.names} names`);
    if (!this.problem && this.articleSum !== this.actorCount) this.fail('corrupt', 'totals that do not match the articles');
    return this.problem ? { ok: false, ...this.problem } : { ok: true, names: this.names };
  }

  private fail(kind: NamesProblem['kind'], reason: string): void {
    this.problem ??= { kind, reason };
    this.names.length = 0;
  }

  private readHeader(h: unknown): void {
    if (!isRecord(h) || h.format !== CACHE_FORMAT || h.section !== 'names') return this.fail('foreign', 'not a Sorot index cache names file');
    if (h.version !== CACHE_FORMAT_VERSION) return this.fail('foreign', `format version ${String(h.version)}, not ${CACHE_FORMAT_VERSION}`);
    if (h.key !== this.expected.key) return this.fail('foreign', 'made with another recognizer or knowledge base');
    const tokens = this.expected.shardTokens;
    if (!Array.isArray(h.shards) || h.shards.length !== tokens.length || h.shards.some((t, s) => t !== tokens[s] || typeof t !== 'string')) {
      return this.fail('stale', 'made from other shard files');
    }
    if (h.articles !== this.expected.articles.length || typeof h.names !== 'number') return this.fail('stale', 'made for another number of articles');
    this.header = h as unknown as NamesHeader;
  }

  private readTrailer(t: unknown): void {
    if (!isRecord(t) || t.end !== this.lines) return this.fail('corrupt', 'truncated');
    if (t.check !== this.check.value()) return this.fail('corrupt', 'checksum mismatch');
    this.ended = true;
  }

  private readNames(line: unknown): void {
    if (!Array.isArray(line) || line.length !== 3) throw new Error('not a names line');
    const [entityIds, types, written] = line as unknown[];
    if (!isStrings(entityIds) || !isStrings(types) || typeof written !== 'string') throw new Error('names line malformed');
    let data: string;
    try {
      data = atob(written);
    } catch {
      throw new Error('names numbers malformed');
    }
    const r = new CheckedVarintReader(data, 'names');
    const articles = this.expected.articles;
    const lastArticle = articles.length - 1;
    const typeOf = types.map((t) => this.intern(t) as ActorTotal['type']);
    for (const entityId of entityIds) {
      const k = r.within(0, MAX_NUMBER);
      const type = typeOf[r.within(0, types.length - 1)] as ActorTotal['type'];
      const mentions = r.within(0, MAX_NUMBER);
      const inArticles = r.within(0, MAX_NUMBER);
      const quotes = r.within(0, MAX_NUMBER);
      const reported = r.within(0, MAX_NUMBER);
      const count = r.within(0, articles.length);
      if (count === 0) throw new Error('a name without articles');
      const from = this.positions.take(count);
      const positions = this.positions.block;
      for (let j = 0; j < count; j++) positions[from + j] = r.within(0, lastArticle);
      const canonical = articles[positions[from] as number]?.summary.nameAt(k);
      if (canonical === undefined) throw new Error('a name that is not among its first article\'s');
      // The KB id in the literal (last, as CorpusIndex.entryFor adds it), not added after:
      // a field added to an object made by a literal goes to a second object (a
      // PropertyArray per name with a KB id).
      const total: ActorTotal = entityId === ''
        ? { canonical, type, mentions, articles: inArticles, quotes, reported }
        : { canonical, type, mentions, articles: inArticles, quotes, reported, entityId: this.intern(entityId) };
      this.articleSum += inArticles;
      this.count++;
      if (this.visit) this.visit(total, positions, from, count);
      else this.names.push(savedName(total, positions, from, count));
    }
    if (!r.done) throw new Error('names numbers too long');
  }
}

/** Names handed to the sort between two pauses (about 1 ms). */
const SORTED_PER_STEP = 16384;

/** `names` in the order of their first article (a stable counting sort), with an
 *  undefined between steps. A reader takes each name's string from its first article's
 *  names: in the corpus index's order, that was a jump to an article anywhere in the
 *  heap per name, 300 of the 540-640 ms of CPU that decoding a 100,000-article file took
 *  (bench/index-reopen.ts's cache, Node 24); in this order it goes through the articles
 *  once, in the order they were loaded. Not a format change: any order reads the same.
 *  A position out of range (a bug, never data) is left for the encoder to throw on. */
function* inFirstArticleOrder(names: readonly SavedName[], articles: number): Generator<undefined, readonly SavedName[], void> {
  const firstOf = (n: SavedName): number => (typeof n.at === 'number' ? n.at : (n.at[0] as number));
  const starts = new Int32Array(articles + 1);
  for (let i = 0; i < names.length; i++) {
    const first = firstOf(names[i] as SavedName);
    if (!(first >= 0 && first < articles)) return names;
    (starts[first + 1] as number)++;
    if (i % SORTED_PER_STEP === SORTED_PER_STEP - 1) yield undefined;
  }
  for (let a = 0; a < articles; a++) (starts[a + 1] as number) += starts[a] as number;
  const out = new Array<SavedName>(names.length);
  for (let i = 0; i < names.length; i++) {
    const n = names[i] as SavedName;
    out[(starts[firstOf(n)] as number)++] = n;
    if (i % SORTED_PER_STEP === SORTED_PER_STEP - 1) yield undefined;
  }
  return out;
}

/** Writes the names file's numbers, from 0 to MAX_NUMBER. */
class NumberWriter extends VarintWriter {
  int(...values: number[]): void {
    this.ints(values);
  }

  /** A list as it is, not spread into arguments: a name of 120,000 articles and more
   *  overflowed the call stack as `int(...positions)`. */
  ints(values: readonly number[], from = 0, to = values.length): void {
    for (let i = from; i < to; i++) {
      const v = values[i] as number;
      if (!Number.isInteger(v) || v < 0 || v > MAX_NUMBER) throw new Error(`not a number the names file holds: ${v}`);
      this.uint(v);
    }
  }
}

/** FNV-1a over the lines' UTF-16 code units, line after line. */
class LineHash {
  private h = FNV1A_SEED;

  add(line: string): void {
    this.h = fnv1aMix(fnv1a(line, 0, line.length, this.h), 0x0a);
  }

  value(): string {
    return this.h.toString(36);
  }
}

function isStrings(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((s) => typeof s === 'string');
}
