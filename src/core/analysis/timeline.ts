// Actors over time: per period (ISO week or calendar month of the article's date) and
// actor, the mentions of the actor and the quotes they are the speaker of. Articles
// without a date cannot be placed and are counted apart.
import { SplitMap } from '../incremental/split-map';
import { arraySteps, runSteps, sortSteps, type Steps } from '../incremental/time-slices';
import { compareText, entry, statementRef, type TableOptions } from './refs';
import type { AnalysisArticle, ItemRef } from './types';

export type Period = 'week' | 'month';

export interface TimelineRow {
  /** "2024-02" (month) or "2024-W09" (ISO 8601 week). */
  period: string;
  actor: string;
  entityId?: string;
  mentions: number;
  quotes: number;
  refs: ItemRef[];
}

export interface Timeline {
  rows: TimelineRow[];
  /** Articles left out for want of a date. */
  undated: number;
}

/** Rows by period, then most mentions and quotes, then name. */
export function actorTimeline(articles: readonly AnalysisArticle[], period: Period): Timeline {
  return runSteps(actorTimelineSteps(articles, period));
}

/** actorTimeline as steps: an article, then the sort, a step at a time. */
export function* actorTimelineSteps(articles: readonly AnalysisArticle[], period: Period, options: TableOptions = {}): Steps<Timeline> {
  const keepRefs = options.refs ?? true;
  // Periods times actors: millions of rows at 100,000 articles (split-map.ts says why split).
  const rows = new SplitMap<TimelineRow>();
  let undated = 0;
  for (const a of articles) {
    if (!a.date) {
      undated++;
      continue;
    }
    const p = period === 'month' ? a.date.slice(0, 7) : isoWeek(a.date);
    const row = (actor: string, entityId: string | undefined) => {
      const r = entry(rows, JSON.stringify([p, actor]), () => ({ period: p, actor, mentions: 0, quotes: 0, refs: [] as ItemRef[] }) as TimelineRow);
      if (entityId !== undefined) r.entityId ??= entityId;
      return r;
    };
    for (const m of a.actors) {
      const r = row(m.canonical, m.entityId);
      r.mentions++;
      if (keepRefs) r.refs.push({ article: a.path, kind: 'mention', start: m.start, end: m.end });
    }
    for (const q of a.quotes) {
      if (q.speaker === null) continue;
      const r = row(q.speaker, q.speakerId);
      r.quotes++;
      if (keepRefs) r.refs.push(statementRef(a.path, 'quote', q));
    }
    yield;
  }
  const sorted = yield* sortSteps(yield* arraySteps(rows.values()), (a, b) => compareText(a.period, b.period) || b.mentions + b.quotes - (a.mentions + a.quotes) || compareText(a.actor, b.actor));
  return { rows: sorted, undated };
}

/** ISO 8601 week of a YYYY-MM-DD date: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  const weekday = day.getUTCDay() || 7; // Monday 1 .. Sunday 7
  day.setUTCDate(day.getUTCDate() + 4 - weekday); // the Thursday of this week decides its year
  const year = day.getUTCFullYear();
  const week = Math.floor((day.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
