// Hover text as Markdown, built from plain data (no vscode import) so it is unit-tested.
// Links to spans are `command:sorot.revealSpan?[uri,start,end]`; a list of what a speaker
// said that shows fewer than there are says so ("5 of 7") and links to all of them
// (`command:sorot.showAllBy`, spoken-by.ts). The adapter trusts these commands and the
// corrections only (MarkdownString.isTrusted = { enabledCommands }).
import { CONTEXT_CUE, type ActorType } from '../../core/recognize/types';
import { byCount } from '../../core/text/plural';
import { headOf } from '../../core/text/clip';
import { RESEARCHER_CUE, type Provenance } from '../../core/curation/types';
import { MODERATOR_HEAD } from '../../core/recognize/moderator-question';
import { CLOSING_CUE } from '../../core/recognize/closing-attribution';
import { HEADLINE_QUOTE_CUE } from '../../core/recognize/headline-quote-speaker';
import { showAllByUri, type ShowAllBy, type SpanRef } from './spoken-by';

export const REVEAL_COMMAND = 'sorot.revealSpan';

/** The corrections a hover links to; each takes [articleUri, offset] (src/extension/curation). */
export const CURATION_COMMANDS = {
  accept: 'sorot.curation.accept',
  notAnActor: 'sorot.curation.notAnActor',
  linkActor: 'sorot.curation.linkActor',
  changeType: 'sorot.curation.changeType',
  notAQuote: 'sorot.curation.notAQuote',
  setSpeaker: 'sorot.curation.setSpeaker',
  restore: 'sorot.curation.restoreMachine',
  acceptStatement: 'sorot.curation.acceptStatement',
  notAStatement: 'sorot.curation.notAStatement',
  setStatementSpeaker: 'sorot.curation.setStatementSpeaker',
} as const;

/** Who decided an item of the curated layer (absent: the recognizer, not reviewed). */
export interface Curation {
  provenance: Provenance;
  by?: string;
  /** Where the item is, for the correction links. */
  uri: string;
  offset: number;
}

/** vscode.l10n.t-compatible translator: "{0}" placeholders. */
export type Translate = (message: string, ...args: Array<string | number>) => string;

export interface SpanLink {
  uri: string;
  start: number;
  end: number;
  /** Which article the span is in, shown next to the link (`articleName`). */
  article: string;
  label: string;
}

export interface ActorHoverData {
  canonical: string;
  type: ActorType;
  surface: string;
  description?: string;
  aliases: string[];
  wikidata?: string;
  inArticle: number;
  /** Undefined while the corpus index has not seen this actor (yet). */
  inCorpus?: { mentions: number; articles: number };
  quotes: SpanLink[];
  totalQuotes: number;
  /** Reported statements attributed to the actor across the corpus. */
  totalReported?: number;
  curation?: Curation;
}

export interface QuoteHoverData {
  speaker: string | null;
  /** The quote hovered: "Show all" leaves it out, as `others` does. */
  span?: SpanRef;
  speakerLink?: SpanLink;
  cue?: string;
  /** For the cue `closing`: the words of the attribution after the quote that named its
   *  speaker ("cuit Bima Santoso"), closing-attribution.ts closingAttributionText. */
  closedBy?: string;
  others: SpanLink[];
  totalOthers: number;
  curation?: Curation;
}

export interface StatementHoverData {
  speaker: string | null;
  /** The statement hovered: "Show all" leaves it out, as `others` does. */
  span?: SpanRef;
  speakerLink?: SpanLink;
  cue: string;
  /** Statements by the same speaker elsewhere, and how many there are in all. */
  others: SpanLink[];
  totalOthers: number;
  /** Quotes by the same speaker, and how many there are in all. */
  quotes: SpanLink[];
  totalQuotes: number;
  curation?: Curation;
}

const TYPE_LABEL: Record<ActorType, string> = { PER: 'Person', ORG: 'Organisation', GPE: 'Place (geopolitical)' };

/** Escapes text so Markdown renders it literally (names, quote snippets, file names). */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()<>#+\-.!|~]/g, '\\$&').replace(/\r?\n/g, ' ');
}

export function revealUri(uri: string, start: number, end: number): string {
  return `command:${REVEAL_COMMAND}?${encodeURIComponent(JSON.stringify([uri, start, end]))}`;
}

function commandLink(label: string, command: string, c: Curation): string {
  return `[${escapeMarkdown(label)}](command:${command}?${encodeURIComponent(JSON.stringify([c.uri, c.offset]))})`;
}

/** "Corrected by ani" and the corrections that apply, as one line of links. */
function curationLines(layer: 'actor' | 'quote' | 'reported', c: Curation, t: Translate): string[] {
  const by = c.by ? escapeMarkdown(c.by) : '';
  const state =
    c.provenance === 'machine' ? t('Recognized by Sorot, not reviewed')
      : c.provenance === 'accepted' ? t('Accepted by {0}', by)
        : c.provenance === 'corrected' ? t('Corrected by {0}', by)
          : c.provenance === 'followed' ? followedLine(layer, by, t)
            : t('Added by {0}', by);
  const links = layer === 'actor'
    ? [commandLink(t('Not an actor here'), CURATION_COMMANDS.notAnActor, c), commandLink(t('Link to…'), CURATION_COMMANDS.linkActor, c), commandLink(t('Change type…'), CURATION_COMMANDS.changeType, c)]
    : layer === 'quote'
      ? [commandLink(t('Set speaker…'), CURATION_COMMANDS.setSpeaker, c), commandLink(t('Not a quote'), CURATION_COMMANDS.notAQuote, c)]
      : [commandLink(t('Set speaker…'), CURATION_COMMANDS.setStatementSpeaker, c), commandLink(t('Not a reported statement'), CURATION_COMMANDS.notAStatement, c)];
  // A followed item has no correction of its own to remove: like the machine's, it waits
  // for a decision.
  if (c.provenance === 'machine' || c.provenance === 'followed') links.unshift(commandLink(t('Accept'), layer === 'reported' ? CURATION_COMMANDS.acceptStatement : CURATION_COMMANDS.accept, c));
  else links.push(commandLink(t('Remove my correction'), CURATION_COMMANDS.restore, c));
  return ['', `_${state}_ · ${links.join(' · ')}`];
}

/** A followed item (core/curation/types.ts): what follows is the speaker of a quote or
 *  statement, the identity of a mention (a full name decided before it). */
function followedLine(layer: 'actor' | 'quote' | 'reported', by: string, t: Translate): string {
  if (layer === 'actor') return by ? t('Identity follows a correction by {0}, not reviewed', by) : t('Identity follows a correction, not reviewed');
  return by ? t('Speaker follows a correction by {0}, not reviewed', by) : t('Speaker follows a correction, not reviewed');
}

/** Longest headline shown next to a link before it is cut at a word. */
const HEADLINE_CHARS = 60;

/** How a link names its article: "this article" for the article hovered, else the
 *  headline the Articles view shows (cut at a word), else the file name (a scraped corpus
 *  names its files by hash: "001_7209a1e994b94d1d.txt" tells a reader nothing). */
export function articleName(where: { same: boolean; headline: string | undefined; fileName: string }, t: Translate): string {
  if (where.same) return t('this article');
  const headline = where.headline?.trim();
  if (!headline) return where.fileName;
  if (headline.length <= HEADLINE_CHARS) return headline;
  const cut = headline.lastIndexOf(' ', HEADLINE_CHARS);
  return `${headOf(headline, cut > HEADLINE_CHARS / 2 ? cut : HEADLINE_CHARS).trimEnd()}…`;
}

function linkLine(l: SpanLink): string {
  return `- [${escapeMarkdown(l.label)}](${revealUri(l.uri, l.start, l.end)}) — ${escapeMarkdown(l.article)}`;
}

/**
 * A list of what a speaker said: its heading, a link per item shown and, when the hover
 * shows fewer than there are, a link to all of them. `heading` gets the count: the total
 * when all are shown, "shown of total" when capped, so it never names a number it does not
 * list without saying so.
 */
function spokenLines(items: SpanLink[], total: number, heading: (count: string) => string, showAll: string, what: ShowAllBy, t: Translate): string[] {
  const capped = items.length < total;
  const lines = ['', heading(capped ? t('{0} of {1}', items.length, total) : String(total)), '', ...items.map(linkLine)];
  if (capped) lines.push('', `[${escapeMarkdown(showAll)}](${showAllByUri(what)})`);
  return lines;
}

export function actorHoverMarkdown(d: ActorHoverData, t: Translate): string {
  const lines: string[] = [];
  lines.push(`**${escapeMarkdown(d.canonical)}** · \`${d.type}\` ${t(TYPE_LABEL[d.type])}`);
  if (d.description) lines.push('', escapeMarkdown(d.description));
  const others = d.aliases.filter((a) => a !== d.canonical);
  if (others.length > 0) {
    const shown = others.slice(0, 8).map(escapeMarkdown).join(', ');
    lines.push('', t('Also written: {0}', shown + (others.length > 8 ? ', …' : '')));
  }
  if (d.wikidata && /^Q\d+$/.test(d.wikidata)) {
    lines.push('', `[Wikidata ${d.wikidata}](https://www.wikidata.org/wiki/${d.wikidata})`);
  }
  const inCorpus = d.inCorpus;
  const corpus = inCorpus
    ? t('{0} in the corpus ({1})', inCorpus.mentions, byCount(inCorpus.articles, () => t('1 article'), () => t('{0} articles', inCorpus.articles)))
    : t('not in the corpus index yet');
  lines.push('', t('Mentions: {0} in this article · {1}', d.inArticle, corpus));
  if (d.totalReported !== undefined && d.totalQuotes + d.totalReported > 0) {
    const quoted = byCount(d.totalQuotes, () => t('quoted once'), () => t('quoted {0} times', d.totalQuotes));
    const reported = byCount(d.totalReported, () => t('reported once'), () => t('reported {0} times', d.totalReported as number));
    lines.push('', t('In the corpus: {0}, {1}', quoted, reported));
  }
  if (d.quotes.length > 0) {
    lines.push(...spokenLines(d.quotes, d.totalQuotes, (n) => t('Quotes by {0} ({1} in the corpus):', escapeMarkdown(d.canonical), n),
      t('Show all {0} quotes', d.totalQuotes), { speaker: d.canonical, kind: 'quotes' }, t));
  }
  if (d.curation) lines.push(...curationLines('actor', d.curation, t));
  return lines.join('\n');
}

/** The cue as the hover shows it: the word in code ("`kata`"); the colon of a headline
 *  statement or a labelled turn ("Menteri X: …", "Hakim: “…”") described, since a bare "`:`"
 *  read as a line with nothing after it; null for no cue (a speaker the sentence's own
 *  subject gives has none to show). */
export function cueShown(cue: string, t: Translate, closedBy?: string): string | null {
  // a researcher's speaker: the curation line below says who decided ("Corrected by ani")
  if (cue === '' || cue === RESEARCHER_CUE) return null;
  if (cue === ':') return t('a colon after the speaker (“Name: …”)');
  // how a speaker with no word of attribution was found (docs/formats.md): said in words,
  // since "`continuation`" reads as a word of the article
  if (cue === CONTEXT_CUE.continuation) return t('no attribution word; it continues the quote before');
  // the speaker came from after the quote: the attribution closing its run (a researcher's
  // speaker on the closing quote has no words of the text to show)
  if (cue === CLOSING_CUE) {
    return closedBy === undefined || closedBy === RESEARCHER_CUE ? t('no attribution word of its own; the attribution after it names the speaker')
      : t('no attribution word of its own; the attribution after it names the speaker: “{0}”', closedBy.replace(/`/g, "'"));
  }
  if (cue === CONTEXT_CUE.exchange) return t('no attribution word; a turn of the dialogue (question and answer)');
  if (cue === CONTEXT_CUE.floor) return t('no attribution word; the person who took the floor in this paragraph');
  if (cue === MODERATOR_HEAD) return t('no attribution word; a question right after the moderator is named');
  if (cue === HEADLINE_QUOTE_CUE) return t('no attribution word; a headline quote, given to whoever the article quotes with the same words, else to the first person it quotes');
  return `\`${cue.replace(/`/g, "'")}\``;
}

export function quoteHoverMarkdown(d: QuoteHoverData, t: Translate): string {
  const lines: string[] = [];
  if (d.speaker === null) {
    lines.push(`**${t('Quote')}** · ${t('no speaker found')}`);
  } else {
    const name = d.speakerLink
      ? `[${escapeMarkdown(d.speaker)}](${revealUri(d.speakerLink.uri, d.speakerLink.start, d.speakerLink.end)})`
      : escapeMarkdown(d.speaker);
    lines.push(`**${t('Quote')}** · ${t('speaker: {0}', name)}`);
  }
  const cue = d.cue === undefined ? null : cueShown(d.cue, t, d.closedBy);
  if (cue !== null) lines.push('', t('Attributed by: {0}', cue));
  const speaker = d.speaker;
  if (speaker !== null) {
    if (d.others.length > 0) {
      lines.push(...spokenLines(d.others, d.totalOthers, (n) => t('Other quotes by {0} ({1}):', escapeMarkdown(speaker), n),
        t('Show all {0} quotes', d.totalOthers), { speaker, kind: 'quotes', ...(d.span ? { except: d.span } : {}) }, t));
    } else {
      lines.push('', t('No other quotes by {0} in the corpus.', escapeMarkdown(speaker)));
    }
  }
  if (d.curation) lines.push(...curationLines('quote', d.curation, t));
  return lines.join('\n');
}

/** The hover of a reported statement: who said it, by which cue, what else they said. */
export function statementHoverMarkdown(d: StatementHoverData, t: Translate): string {
  const lines: string[] = [];
  if (d.speaker === null) {
    lines.push(`**${t('Reported statement')}** · ${t('no speaker found')}`);
  } else {
    const name = d.speakerLink
      ? `[${escapeMarkdown(d.speaker)}](${revealUri(d.speakerLink.uri, d.speakerLink.start, d.speakerLink.end)})`
      : escapeMarkdown(d.speaker);
    lines.push(`**${t('Reported statement')}** · ${t('speaker: {0}', name)}`);
  }
  const cue = cueShown(d.cue, t);
  if (cue !== null) lines.push('', t('Reported by: {0}', cue));
  const speaker = d.speaker;
  if (speaker !== null) {
    if (d.others.length > 0) {
      lines.push(...spokenLines(d.others, d.totalOthers, (n) => t('Other statements by {0} ({1}):', escapeMarkdown(speaker), n),
        t('Show all {0} statements', d.totalOthers), { speaker, kind: 'statements', ...(d.span ? { except: d.span } : {}) }, t));
    } else {
      lines.push('', t('No other reported statements by {0} in the corpus.', escapeMarkdown(speaker)));
    }
    if (d.quotes.length > 0) {
      lines.push(...spokenLines(d.quotes, d.totalQuotes, (n) => t('Quotes by {0} ({1} in the corpus):', escapeMarkdown(speaker), n),
        t('Show all {0} quotes', d.totalQuotes), { speaker, kind: 'quotes' }, t));
    }
  }
  if (d.curation) lines.push(...curationLines('reported', d.curation, t));
  return lines.join('\n');
}
