// Status-bar item with the active article's counts; clicking it opens the Actors view.
import * as vscode from 'vscode';
import type { CorpusService } from '../services/corpus/corpus-service';
import type { DocumentAnalyses } from '../services/corpus/document-analyses';
import { isArticleDocument } from '../services/corpus/document-analyses';
import * as count from '../counts';

export interface StatusApi {
  /** The text currently shown, for tests. */
  readonly text: string;
  readonly visible: boolean;
}

export function registerStatus(context: vscode.ExtensionContext, analyses: DocumentAnalyses, corpus: CorpusService): StatusApi {
  const item = vscode.window.createStatusBarItem('sorot.articleCounts', vscode.StatusBarAlignment.Left, 50);
  item.name = vscode.l10n.t('Sorot article counts');
  item.command = 'sorot.actors.focus';
  let visible = false;

  let throttle: ReturnType<typeof setTimeout> | undefined;
  const update = (): void => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isArticleDocument(editor.document)) {
      item.hide();
      visible = false;
      return;
    }
    const a = analyses.peek(editor.document.uri);
    if (!a) return; // the first analysis is on its way and will call update()
    if (a.model.windowed) {
      // Counting a large document's findings materialises them all: at most twice a
      // second, and not before its analysis is complete.
      if (a.pending || throttle) return;
      throttle = setTimeout(() => {
        throttle = undefined;
        show(editor.document);
      }, 500);
      return;
    }
    show(editor.document);
  };
  const show = (doc: vscode.TextDocument): void => {
    const a = analyses.peek(doc.uri);
    if (!a || vscode.window.activeTextEditor?.document !== doc) return;
    const actors = new Set(a.result.actors.map((m) => m.canonical)).size;
    const mentions = a.result.actors.length;
    const quotes = a.result.quotes.length;
    const attributed = a.result.quotes.filter((q) => q.speaker !== null).length;
    const statements = a.result.reported?.length ?? 0;
    // The megaphone is the Articles view's icon for reported statements.
    item.text = `$(person) ${actors} $(quote) ${quotes} $(megaphone) ${statements}`;
    const tip = new vscode.MarkdownString(
      [
        vscode.l10n.t('**Sorot** — this article'),
        '',
        `${count.actors(actors)} (${count.mentions(mentions)})`,
        '',
        vscode.l10n.t('{0}, {1} with a speaker', count.quotes(quotes), attributed),
        '',
        vscode.l10n.t('{0} (reported speech, without quotation marks)', count.statements(statements)),
        '',
        corpus.isIndexing ? vscode.l10n.t('Corpus index: updating…') : vscode.l10n.t('Corpus: {0} indexed', count.articles(corpus.index.size)),
      ].join('\n'),
    );
    item.tooltip = tip;
    item.accessibilityInformation = {
      label: vscode.l10n.t('{0}, {1}, {2} in this article', count.actors(actors), count.quotes(quotes), count.statements(statements)),
    };
    item.show();
    visible = true;
  };

  context.subscriptions.push(
    { dispose: () => throttle && clearTimeout(throttle) },
    item,
    analyses.onDidUpdate(({ document }) => {
      if (vscode.window.activeTextEditor?.document === document) update();
    }),
    vscode.window.onDidChangeActiveTextEditor(() => update()),
    corpus.onDidChange(() => update()),
  );
  update();
  return {
    get text() {
      return item.text;
    },
    get visible() {
      return visible;
    },
  };
}
