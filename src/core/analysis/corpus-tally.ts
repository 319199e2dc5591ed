// The counts of every table (speakers, stance, sources, timeline, network) for a view
// that redraws on each filter change: the same counts as the tables of this folder, made
// without the items behind each row (a view asks for those when a mark is clicked, see
// refs-for.ts) and from per-article tallies computed once per article, so a filter
// change only adds up the tallies of the articles it keeps. On 10,000 generated articles
// the tables with their refs took 3-10 s; the tallies take tens of milliseconds
// (bench/analysis-view.bench.ts). At 100,000 articles a filter change is still 0.3-1 s
// of work: every pass here is steps (time-slices.ts), an article or ITEMS_PER_STEP names
// each, which the view runs in slices of the extension host and `runSteps` in one go.
import type { Polarity, SourceType } from '../annotations/types';
import { articleSelector, type AnalysisFilter } from './filter';
import { compareText } from './refs';
import { countOrder } from './speakers';
import { isoWeek, type Period } from './timeline';
import type { StanceCell } from './stance';
import { ITEM_KINDS, type AnalysisArticle, type ItemKind } from './types';
import type { Steps } from '../incremental/time-slices';
import { topOf } from './top-of';
import { SplitMap } from '../incremental/split-map';

/** Every name the tallies count (speakers, actors, outlets), as a small integer, so a
 *  filter change adds numbers in arrays instead of hashing strings. Only grows: a name
 *  costs its string once, whatever the number of reloads. In a SplitMap: a corpus of
 *  100,000 articles has over half a million names, and one Map passing 524,288 entries
 *  rebuilds its table in one step (hundreds of milliseconds of the host's thread). */
const names = new SplitMap<number>();
const nameOf: string[] = [];
function idOf(name: string): number {
  let id = names.get(name);
  if (id === undefined) {
    names.set(name, (id = nameOf.length));
    nameOf.push(name);
  }
  return id;
}

/** One article's items reduced to counts by name id; made once per article object. */
interface ArticleTally {
  /** Named speakers: id, quotes, reported statements (the view charts no "nobody"). */
  speakers: Int32Array;
  speakerQuotes: Int32Array;
  speakerReported: Int32Array;
  /** Actors: id, their mentions, and the quotes they are the speaker of. */
  actors: Int32Array;
  actorMentions: Int32Array;
  actorQuotes: Int32Array;
  /** Distinct speakers of the quotes, in code-unit order of their names. */
  quoted: Int32Array;
  /** Speaker -> actor mentioned inside their quotes (not themselves): how many quotes. */
  aboutSource: Int32Array;
  aboutTarget: Int32Array;
  aboutQuotes: Int32Array;
  /** Accepted stance annotations: annotator, cell id (holder id or label, and target), holder label, polarity. */
  stances: Array<{ annotator: string; cell: number; holder: string; polarity: Polarity }>;
  /** Accepted source annotations: annotator and source type. */
  sources: Array<{ annotator: string; sourceType: SourceType }>;
}

/** Stance cells (holder id or label, and target) by id, as names are. */
const cellIds = new Map<string, number>();
const cellOf: Array<{ holderId?: string; target: string }> = [];
function cellId(holder: string, holderId: string | undefined, target: string): number {
  const key = `${holderId === undefined ? `label:${holder}` : holderId}\u0000${target}`;
  let id = cellIds.get(key);
  if (id === undefined) {
    cellIds.set(key, (id = cellOf.length));
    cellOf.push({ ...(holderId !== undefined ? { holderId } : {}), target });
  }
  return id;
}

const tallies = new WeakMap<AnalysisArticle, ArticleTally>();

function tallyOf(a: AnalysisArticle): ArticleTally {
  let t = tallies.get(a);
  if (!t) tallies.set(a, (t = makeTally(a)));
  return t;
}

function makeTally(a: AnalysisArticle): ArticleTally {
  const speakers = new Map<number, [number, number]>();
  for (const q of a.quotes) if (q.speaker !== null) count(speakers, idOf(q.speaker), 0);
  for (const r of a.reported) if (r.speaker !== null) count(speakers, idOf(r.speaker), 1);
  const actors = new Map<number, [number, number]>();
  for (const m of a.actors) count(actors, idOf(m.canonical), 0);
  for (const q of a.quotes) if (q.speaker !== null) count(actors, idOf(q.speaker), 1);
  const about = new Map<string, [number, number, number]>();
  // As network.ts: actors are in text order; skip those before each quote.
  let first = 0;
  for (const q of [...a.quotes].sort((x, y) => x.start - y.start)) {
    if (q.speaker === null) continue;
    while (first < a.actors.length && a.actors[first].end <= q.start) first++;
    const targets = new Set<string>();
    for (let i = first; i < a.actors.length && a.actors[i].start < q.end; i++) {
      const m = a.actors[i];
      if (m.start >= q.start && m.end <= q.end && m.canonical !== q.speaker) targets.add(m.canonical);
    }
    for (const target of targets) {
      const key = `${q.speaker}\u0000${target}`;
      const e = about.get(key) ?? about.set(key, [idOf(q.speaker), idOf(target), 0]).get(key)!;
      e[2]++;
    }
  }
  const quoted = [...new Set(a.quotes.flatMap((q) => (q.speaker === null ? [] : [q.speaker])))].sort(compareText).map(idOf);
  const column = <T>(rows: Iterable<T>, pick: (t: T) => number) => Int32Array.from(rows, pick);
  return {
    speakers: Int32Array.from(speakers.keys()),
    speakerQuotes: column(speakers.values(), (v) => v[0]),
    speakerReported: column(speakers.values(), (v) => v[1]),
    actors: Int32Array.from(actors.keys()),
    actorMentions: column(actors.values(), (v) => v[0]),
    actorQuotes: column(actors.values(), (v) => v[1]),
    quoted: Int32Array.from(quoted),
    aboutSource: column(about.values(), (v) => v[0]),
    aboutTarget: column(about.values(), (v) => v[1]),
    aboutQuotes: column(about.values(), (v) => v[2]),
    stances: a.annotations.flatMap((x) => (x.kind === 'stance' && x.status === 'accepted' ? [{ annotator: x.annotator, cell: cellId(x.stance.holder, x.stance.holderId, x.stance.target), holder: x.stance.holder, polarity: x.stance.polarity }] : [])),
    sources: a.annotations.flatMap((x) => (x.kind === 'source' && x.status === 'accepted' ? [{ annotator: x.annotator, sourceType: x.source.sourceType }] : [])),
  };
}

function count(map: Map<number, [number, number]>, id: number, field: 0 | 1): void {
  const v = map.get(id);
  if (v) v[field]++;
  else map.set(id, field === 0 ? [1, 0] : [0, 1]);
}

export interface SpeakerTally {
  speaker: string;
  quotes: number;
  reported: number;
}

/** A stance cell's counts, before its polarity and the annotations behind it are known. */
export type StanceTally = Omit<StanceCell, 'polarity' | 'refs'>;

export interface SourceTally {
  outlet: string | null;
  sourceType: SourceType;
  count: number;
}

export interface EdgeTally {
  source: string;
  target: string;
  weight: number;
}

/** Counts of one filter's articles, each under the same name its table row has. Long
 *  lists (speakers, actors, edges: tens of thousands in a large corpus) are kept as
 *  counts by id; a view takes the first few with top*() and their number with count*(). */
export interface CorpusTally {
  /** The articles the filter keeps, as given (not narrowed by kind or annotator). */
  articles: AnalysisArticle[];
  /** Which kinds of item count. */
  counts: Record<ItemKind, boolean>;
  /** By name id: quotes and reported statements of named speakers (the view charts no "nobody"). */
  quotes: Int32Array;
  reported: Int32Array;
  /** By name id, dated articles only (the timeline's): mentions + quotes. */
  actorTotals: Int32Array;
  undated: number;
  /** The first and last date of the kept articles (the timeline's axis). */
  firstDate?: string;
  lastDate?: string;
  /** Stance cells as stance.ts keys them (holder id or label, and target). */
  stance: StanceTally[];
  sources: Map<string, SourceTally>;
  /** Per outlet: its accepted source annotations, the denominator of a share. */
  sourcesPerOutlet: Map<string | null, number>;
  /** Weight by pair of name ids (EDGE_KEY * source + target). */
  quotedWith: SplitMap<number, number>;
  speaksAbout: SplitMap<number, number>;
}

/** Room for 2^21 names in an edge key: source * EDGE_KEY + target stays an exact integer. */
const EDGE_KEY = 2 ** 21;

export function* tallyCorpus(corpus: readonly AnalysisArticle[], filter: AnalysisFilter = {}): Steps<CorpusTally> {
  const kinds = filter.kinds?.length ? new Set<ItemKind>(filter.kinds) : undefined;
  const counts = Object.fromEntries(ITEM_KINDS.map((k) => [k, !kinds || kinds.has(k)])) as Record<ItemKind, boolean>;
  const annotators = filter.annotators?.length ? new Set(filter.annotators) : undefined;
  const kept = articleSelector(filter);
  const articles: AnalysisArticle[] = [];
  for (const a of corpus) {
    if (kept(a)) articles.push(a);
    yield;
  }
  for (const a of articles) {
    tallyOf(a); // may name new ids: size the arrays after
    yield;
  }
  const n = nameOf.length;
  // Names only grow (for the life of the extension host): a pair key must stay exact.
  if (n > EDGE_KEY) throw new Error(`The analysis view counts at most ${EDGE_KEY} names (it has ${n}).`);
  const quotes = new Int32Array(n), reported = new Int32Array(n), actorTotals = new Int32Array(n);
  // Split: a corpus of 100,000 articles has over half a million pairs of speakers.
  const quotedWith = new SplitMap<number, number>(), speaksAbout = new SplitMap<number, number>();
  const cells = new Map<number, StanceTally>();
  const sources = new Map<string, SourceTally>(), sourcesPerOutlet = new Map<string | null, number>();
  let undated = 0;
  let firstDate: string | undefined, lastDate: string | undefined;
  for (const a of articles) {
    const t = tallyOf(a);
    if (a.date && (!firstDate || a.date < firstDate)) firstDate = a.date;
    if (a.date && (!lastDate || a.date > lastDate)) lastDate = a.date;
    if (counts.quote) for (let i = 0; i < t.speakers.length; i++) quotes[t.speakers[i]] += t.speakerQuotes[i];
    if (counts.reported) for (let i = 0; i < t.speakers.length; i++) reported[t.speakers[i]] += t.speakerReported[i];
    if (a.date) {
      if (counts.mention) for (let i = 0; i < t.actors.length; i++) actorTotals[t.actors[i]] += t.actorMentions[i];
      if (counts.quote) for (let i = 0; i < t.actors.length; i++) actorTotals[t.actors[i]] += t.actorQuotes[i];
    } else undated++;
    if (counts.quote) {
      const q = t.quoted;
      for (let i = 0; i < q.length; i++) for (let j = i + 1; j < q.length; j++) add(quotedWith, q[i] * EDGE_KEY + q[j], 1);
      if (counts.mention) for (let i = 0; i < t.aboutSource.length; i++) add(speaksAbout, t.aboutSource[i] * EDGE_KEY + t.aboutTarget[i], t.aboutQuotes[i]);
    }
    if (counts.stance) {
      for (const x of t.stances) {
        if (annotators && !annotators.has(x.annotator)) continue;
        let c = cells.get(x.cell);
        // The first annotation counted names the holder, as in stance.ts.
        if (!c) cells.set(x.cell, (c = { holder: x.holder, ...cellOf[x.cell], favor: 0, against: 0, neutral: 0, total: 0 }));
        c[x.polarity]++;
        c.total++;
      }
    }
    if (counts.source) {
      const outlet = a.outlet ?? null;
      for (const x of t.sources) {
        if (annotators && !annotators.has(x.annotator)) continue;
        const key = `${outlet === null ? '0' : `1${outlet}`}\u0000${x.sourceType}`;
        let row = sources.get(key);
        if (!row) sources.set(key, (row = { outlet, sourceType: x.sourceType, count: 0 }));
        row.count++;
        sourcesPerOutlet.set(outlet, (sourcesPerOutlet.get(outlet) ?? 0) + 1);
      }
    }
    yield;
  }
  return { articles, counts, quotes, reported, actorTotals, undated, ...(firstDate ? { firstDate } : {}), ...(lastDate ? { lastDate } : {}), stance: [...cells.values()], sources, sourcesPerOutlet, quotedWith, speaksAbout };
}

function add(map: SplitMap<number, number>, key: number, weight: number): void {
  map.set(key, (map.get(key) ?? 0) + weight);
}

/** The `limit` speakers with most quotes and statements together, then most quotes,
 *  then by name (speakers.ts's byCounts order), and how many named speakers have a quote or a statement. */
export function* topSpeakers(tally: CorpusTally, limit: number): Steps<{ speakers: SpeakerTally[]; count: number }> {
  const { quotes, reported } = tally;
  const { ids, count } = yield* topIds(quotes.length, (id) => quotes[id] > 0 || reported[id] > 0, limit, (a, b) => countOrder(quotes[a], reported[a], quotes[b], reported[b]) || compareText(nameOf[a], nameOf[b]));
  return { speakers: ids.map((id) => ({ speaker: nameOf[id], quotes: quotes[id], reported: reported[id] })), count };
}

/** The `limit` actors with most mentions + quotes in dated articles, then by name, and
 *  how many actors the dated articles have. */
export function* topActors(tally: CorpusTally, limit: number): Steps<{ actors: string[]; count: number }> {
  const totals = tally.actorTotals;
  const { ids, count } = yield* topIds(totals.length, (id) => totals[id] > 0, limit, (a, b) => totals[b] - totals[a] || compareText(nameOf[a], nameOf[b]));
  return { actors: ids.map((id) => nameOf[id]), count };
}

/** The first `limit` of the name ids 0..size-1 that are `counted`, in `compare`'s order,
 *  and how many are counted (what a chart leaves out). */
function* topIds(size: number, counted: (id: number) => boolean, limit: number, compare: (a: number, b: number) => number): Steps<{ ids: number[]; count: number }> {
  let count = 0;
  const countedIds = function* (): Generator<number> {
    for (let id = 0; id < size; id++) {
      if (counted(id)) {
        count++;
        yield id;
      }
    }
  };
  const ids = yield* topOf(countedIds(), limit, compare);
  return { ids, count };
}

/** The `limit` heaviest edges, then by names (network.ts's order). */
export function* topEdges(weights: SplitMap<number, number>, limit: number): Steps<EdgeTally[]> {
  const edge = ([key, weight]: [number, number]): EdgeTally => ({ source: nameOf[Math.floor(key / EDGE_KEY)], target: nameOf[key % EDGE_KEY], weight });
  const top = yield* topOf(weights.entries(), limit, (a, b) => b[1] - a[1] || compareText(nameOf[Math.floor(a[0] / EDGE_KEY)], nameOf[Math.floor(b[0] / EDGE_KEY)]) || compareText(nameOf[a[0] % EDGE_KEY], nameOf[b[0] % EDGE_KEY]));
  return top.map(edge);
}

/** Per outlet (null: articles without one), each speaker's quotes and statements: for
 *  the few speakers a chart shows, in a second pass over the tally's articles. */
export function* speakerOutlets(tally: CorpusTally, speakers: readonly string[]): Steps<Map<string, Map<string | null, { quotes: number; reported: number }>>> {
  const wanted = new Map(speakers.map((s) => [idOf(s), new Map<string | null, { quotes: number; reported: number }>()]));
  for (const a of tally.articles) {
    const t = tallyOf(a);
    for (let i = 0; i < t.speakers.length; i++) {
      const cells = wanted.get(t.speakers[i]);
      if (!cells) continue;
      const q = tally.counts.quote ? t.speakerQuotes[i] : 0, r = tally.counts.reported ? t.speakerReported[i] : 0;
      if (!q && !r) continue;
      const outlet = a.outlet ?? null;
      const cell = cells.get(outlet) ?? cells.set(outlet, { quotes: 0, reported: 0 }).get(outlet)!;
      cell.quotes += q;
      cell.reported += r;
    }
    yield;
  }
  return new Map([...wanted].map(([id, cells]) => [nameOf[id], cells]));
}

/** Per period and actor (only `actors`): mentions and quotes, in the dated articles of a tally. */
export function* timelineTally(tally: CorpusTally, period: Period, actors: readonly string[]): Steps<Array<{ period: string; actor: string; mentions: number; quotes: number }>> {
  const wanted = new Map(actors.map((a) => [idOf(a), a]));
  const periods = new Map<string, string>();
  const rows = new Map<string, { period: string; actor: string; mentions: number; quotes: number }>();
  for (const a of tally.articles) {
    yield;
    if (!a.date) continue;
    let p = periods.get(a.date);
    if (p === undefined) periods.set(a.date, (p = period === 'month' ? a.date.slice(0, 7) : isoWeek(a.date)));
    const t = tallyOf(a);
    for (let i = 0; i < t.actors.length; i++) {
      const actor = wanted.get(t.actors[i]);
      if (actor === undefined) continue;
      const m = tally.counts.mention ? t.actorMentions[i] : 0, q = tally.counts.quote ? t.actorQuotes[i] : 0;
      if (!m && !q) continue;
      const key = `${p}\u0000${actor}`;
      let row = rows.get(key);
      if (!row) rows.set(key, (row = { period: p, actor, mentions: 0, quotes: 0 }));
      row.mentions += m;
      row.quotes += q;
    }
  }
  return [...rows.values()].sort((a, b) => compareText(a.period, b.period) || b.mentions + b.quotes - (a.mentions + a.quotes) || compareText(a.actor, b.actor));
}
