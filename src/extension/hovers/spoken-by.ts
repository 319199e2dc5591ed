// What a speaker said across the corpus, for the hovers' capped lists and the command that
// shows them all ("Show all 7 quotes" under a hover that lists 5). Both take the list from
// here, so the count a hover gives and the items the command offers are the same. Pure: no
// vscode import, so the lists, the link and the picker items are unit-tested.
import type { QuoteInArticle, StatementInArticle } from '../../core/incremental/corpus-index';
import type { Translate } from './hover-content';

export const SHOW_ALL_BY_COMMAND = 'sorot.showAllBy';

export type SpokenKind = 'quotes' | 'statements';

/** A span of an article (its corpus id, as the index names it). */
export interface SpanRef {
  uri: string;
  start: number;
  end: number;
}

export interface ShowAllBy {
  speaker: string;
  kind: SpokenKind;
  /** The span hovered, left out as the hover's "Other quotes" leave it out. */
  except?: SpanRef;
}

/** The corpus index as far as these lists need it. */
export interface SpokenIndex {
  quotesBy(speaker: string): QuoteInArticle[];
  statementsBy(speaker: string): StatementInArticle[];
}

/** One quote or statement: where it is and its snippet. */
export interface SpokenItem extends SpanRef {
  snippet: string;
}

/** Every quote or statement of the speaker in the corpus, in the index's order (article,
 *  then text), without the one overlapping `except`. */
export function spokenBy(index: SpokenIndex, what: ShowAllBy): SpokenItem[] {
  const items: SpokenItem[] = what.kind === 'quotes'
    ? index.quotesBy(what.speaker).map((x) => ({ uri: x.articleId, start: x.quote.start, end: x.quote.end, snippet: x.quote.snippet }))
    : index.statementsBy(what.speaker).map((x) => ({ uri: x.articleId, start: x.statement.start, end: x.statement.end, snippet: x.statement.snippet }));
  const e = what.except;
  return e ? items.filter((x) => !(x.uri === e.uri && x.start < e.end && x.end > e.start)) : items;
}

/** The hover link that runs the command: `command:sorot.showAllBy?[speaker, kind, except?]`.
 *  Parentheses are encoded too (encodeURIComponent keeps them): a name such as "Partai
 *  Buruh (PB" cut short would otherwise end the Markdown link early. */
export function showAllByUri(what: ShowAllBy): string {
  const args: unknown[] = [what.speaker, what.kind];
  if (what.except) args.push(what.except.uri, what.except.start, what.except.end);
  const query = encodeURIComponent(JSON.stringify(args)).replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'));
  return `command:${SHOW_ALL_BY_COMMAND}?${query}`;
}

/** The command's arguments as a link passes them; undefined for anything else (a command
 *  link can be written by hand in any Markdown VS Code trusts). */
export function showAllByArgs(args: readonly unknown[]): ShowAllBy | undefined {
  const [speaker, kind, uri, start, end] = args;
  if (typeof speaker !== 'string' || speaker === '' || (kind !== 'quotes' && kind !== 'statements')) return undefined;
  if (uri === undefined) return { speaker, kind };
  if (typeof uri !== 'string' || !Number.isInteger(start) || !Number.isInteger(end)) return undefined;
  return { speaker, kind, except: { uri, start: start as number, end: end as number } };
}

/** A quote as the lists show it: in quotation marks; a statement is the writer's words, without. */
export function spokenLabel(kind: SpokenKind, snippet: string): string {
  return kind === 'quotes' ? `“${snippet}”` : snippet;
}

/** What the command needs from the editor, given by the adapter (register.ts) or a test. */
export interface ShowAllByHost {
  index: SpokenIndex;
  t: Translate;
  /** How a picker row names the article of an item (hover-content articleName). */
  articleName(uri: string, hovered: string | undefined): string;
  /** The article open in the active editor, named "this article" when not hovered. */
  activeArticle(): string | undefined;
  pick(request: { title: string; placeholder: string; items: Array<{ label: string; description: string; value: SpokenItem }> }): Promise<SpokenItem | undefined>;
  reveal(item: SpokenItem): Promise<unknown>;
  inform(message: string): void;
}

/** The command `sorot.showAllBy`: every quote or statement of the speaker in a picker;
 *  the one chosen opens in its article, selected. Resolves with it (undefined: none). */
export async function showAllBy(host: ShowAllByHost, args: readonly unknown[]): Promise<SpokenItem | undefined> {
  const what = showAllByArgs(args);
  if (!what) return undefined;
  const { t } = host;
  const items = spokenBy(host.index, what);
  if (items.length === 0) {
    // The corpus changed since the hover was shown (the article was edited or removed).
    host.inform(what.kind === 'quotes' ? t('No quotes by {0} in the corpus.', what.speaker) : t('No reported statements by {0} in the corpus.', what.speaker));
    return undefined;
  }
  const hovered = what.except?.uri ?? host.activeArticle();
  const chosen = await host.pick({
    title: what.kind === 'quotes' ? t('Quotes by {0} ({1})', what.speaker, items.length) : t('Reported statements by {0} ({1})', what.speaker, items.length),
    placeholder: t('Type to filter; Enter opens it in its article'),
    items: items.map((x) => ({ label: spokenLabel(what.kind, x.snippet), description: host.articleName(x.uri, hovered), value: x })),
  });
  if (chosen) await host.reveal(chosen);
  return chosen;
}
