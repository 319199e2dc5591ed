// The messages between the analysis view's webview (src/webview/analysis) and the
// extension (panel.ts), and the view model the charts are drawn from. Pure types: the
// webview bundle imports them without anything of the extension host.
import type { AnalysisFilter, ItemKind, StanceCell } from '../../core/analysis';
import type { ArticleStatus, SourceType } from '../../core/annotations/types';

export type ChartId = 'speakers' | 'stance' | 'sources' | 'timeline' | 'network';
export const CHART_IDS: readonly ChartId[] = ['speakers', 'stance', 'sources', 'timeline', 'network'];

/** Options that change what a chart shows, not which items count. */
export interface ChartOptions {
  period: 'month' | 'week';
  relation: 'quoted-with' | 'speaks-about';
}

/** What the filters can be set to, from the whole (unfiltered) corpus. */
export interface Facets {
  articles: number;
  folders: string[];
  /** "" stands for articles without an outlet. */
  outlets: string[];
  annotators: string[];
  statuses: readonly ArticleStatus[];
  kinds: readonly ItemKind[];
  firstDate?: string;
  lastDate?: string;
}

/** Every mark carries `key`: the extension keeps the items behind it under that key. */
export interface SpeakerMark {
  speaker: string;
  outlet: string;
  kind: 'quote' | 'reported';
  count: number;
  key: number;
}

/** A stance cell as the page draws it: the core's cell without its refs (they stay on
 *  the extension side, behind `key`). */
export type StanceMark = Omit<StanceCell, 'holderId' | 'refs'> & { key: number };

export interface SourceMark {
  outlet: string;
  sourceType: SourceType;
  count: number;
  share: number;
  key: number;
}

export interface TimelineMark {
  period: string;
  actor: string;
  mentions: number;
  quotes: number;
  key: number;
}

export interface NetworkNode {
  id: string;
  /** Quotes the node is the speaker of, in the edges shown. */
  speaks: number;
  /** Times the node is quoted with / spoken about, in the edges shown. */
  degree: number;
  /** The items behind the node's edges shown. */
  key: number;
}

export interface NetworkMark {
  source: string;
  target: string;
  weight: number;
  key: number;
}

export interface ViewModel {
  /** Articles the filter keeps. */
  articles: number;
  options: ChartOptions;
  speakers: { order: string[]; outlets: string[]; marks: SpeakerMark[]; more: number };
  stance: { holders: string[]; targets: string[]; marks: StanceMark[]; more: number };
  sources: { outlets: string[]; marks: SourceMark[] };
  timeline: { periods: string[]; actors: string[]; marks: TimelineMark[]; undated: number; more: number };
  network: { relation: ChartOptions['relation']; nodes: NetworkNode[]; marks: NetworkMark[]; more: number };
}

/** One item behind a mark, as the list under the charts shows it. */
export interface RefItem {
  article: string;
  kind: ItemKind;
  start: number;
  end: number;
  annotator?: string;
  /** The words of the item (read from the article when the list is made). */
  excerpt: string;
}

export type ToWebview =
  | { type: 'loading'; message: string }
  | { type: 'model'; model: ViewModel; facets: Facets; filter: AnalysisFilter }
  | { type: 'refs'; key: number; title: string; refs: RefItem[]; total: number }
  | { type: 'saved'; message: string }
  /** Asks for a chart's picture (a test, or a command): answered with 'export' and this id. */
  | { type: 'exportRequest'; chart: ChartId; format: 'svg' | 'png'; id: number };

export type FromWebview =
  | { type: 'ready' }
  | { type: 'filter'; filter: AnalysisFilter }
  | { type: 'options'; options: Partial<ChartOptions> }
  | { type: 'mark'; key: number; title: string }
  | { type: 'open'; key: number; index: number }
  | { type: 'export'; chart: ChartId; format: 'svg' | 'png'; data: string; id?: number }
  /** The charts were drawn: how many clickable marks each has. */
  | { type: 'rendered'; marks: Record<ChartId, number> }
  | { type: 'error'; message: string }
  /** The keyboard focus moved in the page: what it is on, as a screen reader names it. */
  | { type: 'focus'; chart?: ChartId; label: string; mark: boolean; index?: number }
  | { type: 'csv'; chart: ChartId }
  | { type: 'refresh' };
