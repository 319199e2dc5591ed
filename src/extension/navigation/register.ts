// Moving through an article by actor, quote and speaker; revealing a span from a hover
// or a tree; and "Go to Definition" from a quote to the mention naming its speaker.
import * as vscode from 'vscode';
import type { DocumentAnalyses } from '../services/corpus/document-analyses';
import { isArticleDocument } from '../services/corpus/document-analyses';
import { type Span, layerSpans, nextSpanIndex, spanAt } from '../../core/recognize/layers';
import { ARTICLE_LANGUAGE } from '../services/corpus-scope';

type Target = 'actor' | 'quote' | 'speaker' | 'statement';

/** Opens `uri` (a string or Uri) and selects [start, end). Used by hover links and trees. */
export async function revealSpan(uri: string | vscode.Uri, start: number, end: number): Promise<vscode.TextEditor | undefined> {
  let target: vscode.Uri;
  try {
    target = typeof uri === 'string' ? vscode.Uri.parse(uri, true) : uri;
  } catch {
    return undefined;
  }
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) return undefined;
  const doc = await vscode.workspace.openTextDocument(target);
  const editor = await vscode.window.showTextDocument(doc, { preview: true });
  const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

export function registerNavigation(context: vscode.ExtensionContext, analyses: DocumentAnalyses): void {
  const spansOf = (doc: vscode.TextDocument, target: Target): Span[] => {
    const { result } = analyses.get(doc);
    if (target === 'actor') return result.actors;
    if (target === 'quote') return result.quotes;
    if (target === 'statement') return result.reported;
    return layerSpans(result).speaker;
  };

  const move = (target: Target, direction: 1 | -1) => (): void => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isArticleDocument(editor.document)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a news article to move through its actors and quotes.'));
      return;
    }
    const doc = editor.document;
    const spans = spansOf(doc, target);
    const from = doc.offsetAt(editor.selection.start);
    const i = nextSpanIndex(spans, from, direction);
    if (i < 0) {
      const none = { actor: vscode.l10n.t('No actors in this article.'), quote: vscode.l10n.t('No quotes in this article.'), speaker: vscode.l10n.t('No speakers in this article.'), statement: vscode.l10n.t('No reported statements in this article.') };
      vscode.window.setStatusBarMessage(none[target], 3000);
      return;
    }
    const s = spans[i] as Span;
    const range = new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };

  const goToSpeaker = (): void => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isArticleDocument(editor.document)) return;
    const doc = editor.document;
    const q = spanAt(analyses.get(doc).result.quotes, doc.offsetAt(editor.selection.active));
    if (!q?.speakerMention) {
      vscode.window.setStatusBarMessage(q ? vscode.l10n.t('This quote has no speaker mention.') : vscode.l10n.t('Place the cursor in a quote.'), 3000);
      return;
    }
    void revealSpan(doc.uri, q.speakerMention.start, q.speakerMention.end);
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('sorot.revealSpan', (uri: string, start: number, end: number) => revealSpan(uri, start, end)),
    vscode.commands.registerCommand('sorot.nextActor', move('actor', 1)),
    vscode.commands.registerCommand('sorot.previousActor', move('actor', -1)),
    vscode.commands.registerCommand('sorot.nextQuote', move('quote', 1)),
    vscode.commands.registerCommand('sorot.previousQuote', move('quote', -1)),
    vscode.commands.registerCommand('sorot.nextStatement', move('statement', 1)),
    vscode.commands.registerCommand('sorot.previousStatement', move('statement', -1)),
    vscode.commands.registerCommand('sorot.nextSpeaker', move('speaker', 1)),
    vscode.commands.registerCommand('sorot.previousSpeaker', move('speaker', -1)),
    vscode.commands.registerCommand('sorot.goToSpeaker', goToSpeaker),
    vscode.languages.registerDefinitionProvider({ language: ARTICLE_LANGUAGE }, {
      provideDefinition(doc, pos) {
        const q = spanAt(analyses.get(doc).result.quotes, doc.offsetAt(pos));
        if (!q?.speakerMention) return undefined;
        const s = q.speakerMention;
        return new vscode.Location(doc.uri, new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end)));
      },
    }),
  );
}
