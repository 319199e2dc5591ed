// Who is quoted: speakers ranked by quotes and reported statements together, then by
// quotes, each split by outlet. A quote without a speaker is counted under `speaker: null`, ranked last, so
// the totals add up to every quote of the filtered corpus.
import { runSteps, sortSteps, type Steps } from '../incremental/time-slices';
import { compareText, entry, statementRef, type TableOptions } from './refs';
import type { AnalysisArticle, ItemRef } from './types';

export interface SpeakerCounts {
  quotes: number;
  reported: number;
}

export interface SpeakerRow extends SpeakerCounts {
  speaker: string | null;
  speakerId?: string;
  /** Articles with at least one of the speaker's quotes or statements. */
  articles: number;
  /** Per outlet (null: articles without one), in byCounts' order. */
  outlets: Array<SpeakerCounts & { outlet: string | null; refs: ItemRef[] }>;
  refs: ItemRef[];
}

export function speakerTable(articles: readonly AnalysisArticle[]): SpeakerRow[] {
  return runSteps(speakerTableSteps(articles));
}

/** speakerTable as steps: an article, then the sort, a step at a time. */
export function* speakerTableSteps(articles: readonly AnalysisArticle[], options: TableOptions = {}): Steps<SpeakerRow[]> {
  const keepRefs = options.refs ?? true;
  // The article a row last counted: its `articles` grows once per article.
  const rows = new Map<string | null, SpeakerRow & { byOutlet: Map<string | null, SpeakerRow['outlets'][number]>; lastArticle: number }>();
  for (let ai = 0; ai < articles.length; ai++) {
    const a = articles[ai] as AnalysisArticle;
    const outlet = a.outlet ?? null;
    for (const [kind, list] of [['quote', a.quotes], ['reported', a.reported]] as const) {
      for (const s of list) {
        const row = entry(rows, s.speaker, () => ({ speaker: s.speaker, quotes: 0, reported: 0, articles: 0, outlets: [], refs: [], byOutlet: new Map(), lastArticle: -1 }));
        if (s.speakerId !== undefined) row.speakerId ??= s.speakerId;
        const cell = entry(row.byOutlet, outlet, () => ({ outlet, quotes: 0, reported: 0, refs: [] }));
        const field = kind === 'quote' ? 'quotes' : 'reported';
        row[field]++;
        cell[field]++;
        if (keepRefs) {
          const ref = statementRef(a.path, kind, s);
          row.refs.push(ref);
          cell.refs.push(ref);
        }
        if (row.lastArticle !== ai) {
          row.lastArticle = ai;
          row.articles++;
        }
      }
    }
    yield;
  }
  const out: SpeakerRow[] = [];
  for (const { byOutlet, lastArticle: _lastArticle, ...row } of rows.values()) {
    out.push({ ...row, outlets: [...byOutlet.values()].sort(byCounts((o) => o.outlet)) });
    yield;
  }
  return yield* sortSteps(out, byCounts((r) => r.speaker));
}

/** Most quotes and reported statements together first, then most quotes, then by name;
 *  null (none) last. The total first because a chart's bar is that long: ranked by quotes
 *  first, a bar of 6 + 4 would stand above one of 3 + 8, and the bars' lengths out of order. */
export function byCounts<T extends SpeakerCounts>(name: (t: T) => string | null) {
  return (a: T, b: T): number => {
    const na = name(a), nb = name(b);
    if ((na === null) !== (nb === null)) return na === null ? 1 : -1;
    return countOrder(a.quotes, a.reported, b.quotes, b.reported) || compareText(na ?? '', nb ?? '');
  };
}

/** byCounts' order of two speakers' counts, without their names: the larger total
 *  (quotes + reported statements) first, then more quotes. Counts as numbers, so that a
 *  tally comparing ids (corpus-tally.ts topSpeakers) ranks the same without a row each. */
export function countOrder(quotesA: number, reportedA: number, quotesB: number, reportedB: number): number {
  return quotesB + reportedB - (quotesA + reportedA) || quotesB - quotesA;
}

/** The same counts as one row per speaker and outlet (a long table for scripts). */
export interface SpeakerOutletRow extends SpeakerCounts {
  speaker: string | null;
  speakerId?: string;
  outlet: string | null;
  refs: ItemRef[];
}

export function speakerOutletTable(articles: readonly AnalysisArticle[]): SpeakerOutletRow[] {
  return runSteps(speakerOutletTableSteps(articles));
}

export function* speakerOutletTableSteps(articles: readonly AnalysisArticle[], options: TableOptions = {}): Steps<SpeakerOutletRow[]> {
  const out: SpeakerOutletRow[] = [];
  for (const r of yield* speakerTableSteps(articles, options)) {
    for (const o of r.outlets) out.push({ speaker: r.speaker, ...(r.speakerId !== undefined ? { speakerId: r.speakerId } : {}), outlet: o.outlet, quotes: o.quotes, reported: o.reported, refs: o.refs });
    yield;
  }
  return out;
}
