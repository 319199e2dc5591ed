// Hovers on actor mentions and quotes in article editors.
import * as vscode from 'vscode';
import type { ActorMention, AnalysisResult, Quote, ReportedStatement } from '../../core/recognize/types';
import type { WorkspaceKb } from '../services/corpus/workspace-kb';
import type { CorpusService } from '../services/corpus/corpus-service';
import type { DocumentAnalyses } from '../services/corpus/document-analyses';
import { spanAt } from '../../core/recognize/layers';
import { closingAttributionText, tookSpeakerFromAfter } from '../../core/recognize/closing-attribution';
import { ARTICLE_LANGUAGE } from '../services/corpus-scope';
import {
  CURATION_COMMANDS,
  type Curation,
  type ActorHoverData, type QuoteHoverData, type SpanLink, type StatementHoverData, type Translate, REVEAL_COMMAND, actorHoverMarkdown,
  articleName, quoteHoverMarkdown, statementHoverMarkdown,
} from './hover-content';
import { SHOW_ALL_BY_COMMAND, showAllBy, spokenBy, type ShowAllByHost, type SpokenItem } from './spoken-by';
import { pick } from '../quick-input';

const QUOTES_IN_ACTOR_HOVER = 3;
const QUOTES_IN_QUOTE_HOVER = 5;

const t: Translate = (message, ...args) => vscode.l10n.t(message, ...args);

function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** The headline an article is shown with (the Articles view's), if known. */
export type HeadlineOf = (uri: vscode.Uri) => string | undefined;

export class SorotHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly analyses: DocumentAnalyses,
    private readonly corpus: CorpusService,
    private readonly kb: WorkspaceKb,
    private readonly headlineOf: HeadlineOf = () => undefined,
  ) {}

  provideHover(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    const { result } = this.analyses.get(doc);
    const offset = doc.offsetAt(pos);
    const actor = spanAt(result.actors, offset);
    const quote = spanAt(result.quotes, offset);
    const statement = spanAt(result.reported, offset);
    if (!actor && !quote && !statement) return undefined;
    const parts: vscode.MarkdownString[] = [];
    const curation = (item: { provenance: Curation['provenance']; by?: string }): Curation => ({ provenance: item.provenance, ...(item.by ? { by: item.by } : {}), uri: doc.uri.toString(), offset });
    if (actor) parts.push(this.markdown(actorHoverMarkdown({ ...this.actorData(result, actor, doc.uri.toString()), curation: curation(actor) }, t)));
    if (quote) parts.push(this.markdown(quoteHoverMarkdown({ ...this.quoteData(doc, quote, result.quotes), curation: curation(quote) }, t)));
    if (statement) parts.push(this.markdown(statementHoverMarkdown({ ...this.statementData(doc, statement), curation: curation(statement) }, t)));
    const span = actor ?? quote ?? (statement as ReportedStatement);
    return new vscode.Hover(parts, new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end)));
  }

  private markdown(text: string): vscode.MarkdownString {
    const md = new vscode.MarkdownString(text);
    // Only Sorot's own commands may run from a hover link.
    md.isTrusted = { enabledCommands: [REVEAL_COMMAND, SHOW_ALL_BY_COMMAND, ...Object.values(CURATION_COMMANDS)] };
    return md;
  }

  actorData(result: AnalysisResult, m: ActorMention, hovered?: string): ActorHoverData {
    const entity = (m.entityId ? this.kb.index.byId.get(m.entityId) : undefined) ?? this.kb.index.byCanonical.get(m.canonical);
    const uiIndonesian = vscode.env.language.toLowerCase().startsWith('id');
    const description = entity ? (uiIndonesian ? entity.description.id || entity.description.en : entity.description.en || entity.description.id) : '';
    const surfaces = [...new Set(result.actors.filter((a) => a.canonical === m.canonical).map((a) => a.text))];
    const total = this.corpus.index.total(m.canonical);
    const data: ActorHoverData = {
      canonical: m.canonical,
      type: m.type,
      surface: m.text,
      aliases: entity ? [...new Set([...entity.aliases, ...surfaces])] : surfaces,
      inArticle: result.actors.filter((a) => a.canonical === m.canonical).length,
      quotes: this.corpus.index.quotesBy(m.canonical, QUOTES_IN_ACTOR_HOVER).map((x) => this.link(x.articleId, x.quote, hovered)),
      totalQuotes: total?.quotes ?? 0,
      totalReported: total?.reported ?? 0,
    };
    if (description) data.description = description;
    if (entity?.wikidata) data.wikidata = entity.wikidata;
    if (total && total.mentions > 0) data.inCorpus = { mentions: total.mentions, articles: total.articles };
    return data;
  }

  /** `quotes`: the article's quotes in text order, `q` among them (the attribution that
   *  closes a run after `q` is read off the next ones). */
  quoteData(doc: vscode.TextDocument, q: Quote, quotes: readonly Quote[]): QuoteHoverData {
    const data: QuoteHoverData = { speaker: q.speaker, others: [], totalOthers: 0 };
    if (q.cue) data.cue = q.cue;
    if (tookSpeakerFromAfter(q)) {
      const closedBy = closingAttributionText(doc.getText(), quotes, quotes.indexOf(q));
      if (closedBy !== undefined) data.closedBy = closedBy;
    }
    if (q.speakerMention) {
      const s = q.speakerMention;
      data.speakerLink = { uri: doc.uri.toString(), start: s.start, end: s.end, article: t('this article'), label: doc.getText(new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end))) };
    }
    if (q.speaker !== null) {
      const id = doc.uri.toString();
      data.span = { uri: id, start: q.start, end: q.end };
      const others = spokenBy(this.corpus.index, { speaker: q.speaker, kind: 'quotes', except: data.span });
      data.totalOthers = others.length;
      data.others = others.slice(0, QUOTES_IN_QUOTE_HOVER).map((x) => this.link(x.uri, x, id));
    }
    return data;
  }

  statementData(doc: vscode.TextDocument, r: ReportedStatement): StatementHoverData {
    const data: StatementHoverData = { speaker: r.speaker, cue: r.cue, others: [], totalOthers: 0, quotes: [], totalQuotes: 0 };
    if (r.speakerMention) {
      const s = r.speakerMention;
      data.speakerLink = { uri: doc.uri.toString(), start: s.start, end: s.end, article: t('this article'), label: doc.getText(new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end))) };
    }
    if (r.speaker !== null) {
      const id = doc.uri.toString();
      data.span = { uri: id, start: r.start, end: r.end };
      const others = spokenBy(this.corpus.index, { speaker: r.speaker, kind: 'statements', except: data.span });
      data.totalOthers = others.length;
      data.others = others.slice(0, QUOTES_IN_QUOTE_HOVER).map((x) => this.statementLink(x.uri, x, id));
      const quotes = this.corpus.index.quotesBy(r.speaker);
      data.totalQuotes = quotes.length;
      data.quotes = quotes.slice(0, QUOTES_IN_ACTOR_HOVER).map((x) => this.link(x.articleId, x.quote, id));
    }
    return data;
  }

  /** A statement is the writer's words: shown without quotation marks. */
  private statementLink(articleId: string, r: { start: number; end: number; snippet: string }, hovered: string | undefined): SpanLink {
    return { uri: articleId, start: r.start, end: r.end, article: this.articleOf(articleId, hovered), label: r.snippet };
  }

  private link(articleId: string, q: { start: number; end: number; snippet: string }, hovered: string | undefined): SpanLink {
    return { uri: articleId, start: q.start, end: q.end, article: this.articleOf(articleId, hovered), label: `“${q.snippet}”` };
  }

  /** The command behind a capped list's "Show all" link (spoken-by.ts showAllBy). */
  showAllBy(args: readonly unknown[]): Promise<SpokenItem | undefined> {
    const host: ShowAllByHost = {
      index: this.corpus.index,
      t,
      articleName: (uri, hovered) => this.articleOf(uri, hovered),
      activeArticle: () => vscode.window.activeTextEditor?.document.uri.toString(),
      pick: (request) => pick(request),
      // Through the command, as the hovers' links do: navigation/ owns it, and features never import each other.
      reveal: async (item) => vscode.commands.executeCommand(REVEAL_COMMAND, item.uri, item.start, item.end),
      inform: (message) => void vscode.window.showInformationMessage(message),
    };
    return showAllBy(host, args);
  }

  private articleOf(articleId: string, hovered: string | undefined): string {
    const uri = this.corpus.uriOf(articleId) ?? vscode.Uri.parse(articleId);
    return articleName({ same: articleId === hovered, headline: this.headlineOf(uri), fileName: fileName(uri) }, t);
  }
}

export function registerHovers(
  context: vscode.ExtensionContext,
  analyses: DocumentAnalyses,
  corpus: CorpusService,
  kb: WorkspaceKb,
  headlineOf: HeadlineOf,
): SorotHoverProvider {
  const provider = new SorotHoverProvider(analyses, corpus, kb, headlineOf);
  context.subscriptions.push(
    vscode.languages.registerHoverProvider({ language: ARTICLE_LANGUAGE }, provider),
    vscode.commands.registerCommand(SHOW_ALL_BY_COMMAND, (...args: unknown[]) => provider.showAllBy(args)),
  );
  return provider;
}
