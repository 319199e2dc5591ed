// The corpus index's totals per name, in columns. A 100,000-article corpus has over half
// a million names; kept as an entry object and a totals object each (plus, for a name
// whose KB id came after it was made, a PropertyArray, and a heap number for a count V8
// had stored as a double), they were about four heap objects a name, and every
// old-generation collection of the extension host went through all of them: those
// collections were most of the host's remaining blocks over 16 ms (issue 19; counts in
// bench/index-heap.ts). Here a name is a slot number: its type and counts are in
// Int32Arrays, its string, KB id and articles in plain arrays, one object each for all
// names.
import type { ActorType } from '../recognize/types';
import type { ActorTotal } from './corpus-index';
import type { IdBag } from './id-bag';
import { StringTable } from './string-table';
import type { Steps } from './time-slices';

/** A name's type as a byte: its position here. */
const TYPES: readonly ActorType[] = ['PER', 'ORG', 'GPE'];
/** Slots per block of a column (64 kB). A column grows by a block: one Int32Array of a
 *  restore's half a million names, allocated and copied in one step, was a block of
 *  27 ms of the extension host in the editor bench's warm reopen. */
const BLOCK_BITS = 14;
const BLOCK = 1 << BLOCK_BITS;

/** The articles that name one actor: the id itself while it is one article (most names
 *  of a large corpus are), a bag (id-bag.ts) from the second on. */
export type NameIds = string | IdBag | undefined;

export class NameTotals {
  /** Slot per name. In a StringTable (string-table.ts): half a million names taken in at
   *  once on a warm reopen. */
  private readonly slotOf = new StringTable<number>();
  private names: Array<string | undefined> = [];
  private entityIds: Array<string | undefined> = [];
  private idsBySlot: NameIds[] = [];
  private readonly types = new Int32Column();
  private readonly mentionCounts = new Int32Column();
  private readonly articleCounts = new Int32Column();
  private readonly quoteCounts = new Int32Column();
  private readonly reportedCounts = new Int32Column();
  /** Slots of names dropped, given to the next new names. */
  private readonly freeSlots: number[] = [];

  get size(): number {
    return this.slotOf.size;
  }

  /** Makes room for `count` names (a restore knows how many come). */
  reserve(count: number): void {
    this.slotOf.reserve(count);
  }

  /** reserve() as steps (StringTable.reserveSteps says why). */
  reserveSteps(count: number): Steps<void> {
    return this.slotOf.reserveSteps(count);
  }

  /** The name's slot, undefined when the index has none. */
  slot(canonical: string): number | undefined {
    return this.slotOf.get(canonical);
  }

  /** The slots of the names, in the order a StringTable gives its values. A name dropped
   *  meanwhile may still be given: check `has`. */
  slots(): IterableIterator<number> {
    return this.slotOf.values();
  }

  /** The name's slot, made with no counts and no articles when it has none. `type` is
   *  unknown when the actor is only known as a speaker: PER is then the best guess until
   *  a mention supplies the recognised type. */
  open(canonical: string, type?: ActorType, entityId?: string): number {
    let s = this.slotOf.get(canonical);
    if (s === undefined) {
      s = this.newSlot(canonical, type ?? 'PER');
    } else if (type && this.mentionCounts.get(s) === 0) {
      this.types.set(s, TYPES.indexOf(type));
    }
    if (entityId && !this.entityIds[s]) this.entityIds[s] = entityId;
    return s;
  }

  /** A name with its totals and articles as saved (CorpusIndex.restore). */
  take(total: ActorTotal, ids: NameIds): void {
    const s = this.newSlot(total.canonical, total.type);
    if (total.entityId) this.entityIds[s] = total.entityId;
    this.mentionCounts.set(s, total.mentions);
    this.articleCounts.set(s, total.articles);
    this.quoteCounts.set(s, total.quotes);
    this.reportedCounts.set(s, total.reported);
    this.idsBySlot[s] = ids;
  }

  /** Adds to the slot's counts (negative to take away). */
  count(s: number, mentions: number, articles: number, quotes: number, reported: number): void {
    this.mentionCounts.add(s, mentions);
    this.articleCounts.add(s, articles);
    this.quoteCounts.add(s, quotes);
    this.reportedCounts.add(s, reported);
  }

  mentions(s: number): number {
    return this.mentionCounts.get(s);
  }

  canonical(s: number): string {
    return this.names[s] as string;
  }

  /** Whether the slot holds a name (it is not free). */
  has(s: number): boolean {
    return this.names[s] !== undefined;
  }

  ids(s: number): NameIds {
    return this.idsBySlot[s];
  }

  setIds(s: number, ids: NameIds): void {
    this.idsBySlot[s] = ids;
  }

  /** Drops the slot's name when no count and no article is left to it. */
  dropIfEmpty(s: number): void {
    if (this.mentionCounts.get(s) !== 0 || this.quoteCounts.get(s) !== 0 || this.reportedCounts.get(s) !== 0 || this.articleCounts.get(s) !== 0) return;
    const canonical = this.names[s];
    if (canonical === undefined || this.slotOf.get(canonical) !== s) return;
    this.slotOf.delete(canonical);
    this.names[s] = undefined;
    this.entityIds[s] = undefined;
    this.idsBySlot[s] = undefined;
    this.freeSlots.push(s);
  }

  /** The slot's totals, as an object of their own: later changes do not reach it. */
  total(s: number): ActorTotal {
    const t: ActorTotal = {
      canonical: this.names[s] as string,
      type: TYPES[this.types.get(s)] as ActorType,
      mentions: this.mentionCounts.get(s),
      articles: this.articleCounts.get(s),
      quotes: this.quoteCounts.get(s),
      reported: this.reportedCounts.get(s),
    };
    const entityId = this.entityIds[s];
    if (entityId !== undefined) t.entityId = entityId;
    return t;
  }

  private newSlot(canonical: string, type: ActorType): number {
    let s = this.freeSlots.pop();
    if (s === undefined) {
      s = this.names.length;
      this.names.push(canonical);
      this.entityIds.push(undefined);
      this.idsBySlot.push(undefined);
    } else {
      this.names[s] = canonical;
    }
    this.types.set(s, TYPES.indexOf(type));
    this.mentionCounts.set(s, 0);
    this.articleCounts.set(s, 0);
    this.quoteCounts.set(s, 0);
    this.reportedCounts.set(s, 0);
    this.slotOf.set(canonical, s);
    return s;
  }
}

/** Integers by slot, in blocks of BLOCK added as slots come (never copied). */
class Int32Column {
  private readonly blocks: Int32Array[] = [];

  get(s: number): number {
    return this.blocks[s >>> BLOCK_BITS]?.[s & (BLOCK - 1)] ?? 0;
  }

  set(s: number, value: number): void {
    const b = s >>> BLOCK_BITS;
    while (this.blocks.length <= b) this.blocks.push(new Int32Array(BLOCK));
    (this.blocks[b] as Int32Array)[s & (BLOCK - 1)] = value;
  }

  add(s: number, value: number): void {
    this.set(s, this.get(s) + value);
  }
}
