// "Sorot: Compare Annotators (Agreement Report)": reads every annotator's sidecars of
// the workspace articles (and the texts of the articles that have some) and opens the
// report panel.
import * as vscode from 'vscode';
import { listedProblems } from '../listed-problems';
import type { MatchMode, Resolution } from '../../core/agreement';
import type { ActorDirectory } from '../../core/annotations/actor-identity';
import { loadAnnotatedCorpus } from '../services/corpus/annotated-articles';
import type { Annotators } from '../services/annotations/annotators';
import type { WorkspaceCorpusScope } from '../services/corpus-scope';
import type { WorkspaceRecognizer } from '../services/corpus/workspace-recognizer';
import { AnnotatorViews } from './annotator-views';
import { reportHtml } from './html';
import { AgreementPanel, compare } from './report-panel';
import { nonce } from '../webview-html';
import { shownActorLabel } from '../services/annotations/reserved-actor-labels';

export interface AgreementApi {
  /** The open report, if any (tests drive resolutions through it). */
  current(): AgreementPanel | undefined;
  /** The side-by-side annotator views (what each shows, for tests). */
  views: AnnotatorViews;
}

/** `recognizer`: the recognized layer as the export makes it (the workspace KB, the
 *  workers); `annotators`: the editor's annotator colours; `kb`: the KB in force, so
 *  annotators who picked the same actor agree after renames and merges. */
export function registerAgreement(context: vscode.ExtensionContext, scope: WorkspaceCorpusScope, recognizer: WorkspaceRecognizer, annotators: Annotators, kb?: { actorsInSlices(): Promise<ActorDirectory> }): AgreementApi {
  let current: AgreementPanel | undefined;
  // The editor's annotator colours (extension.ts makes them once).
  const views = new AnnotatorViews(annotators);
  context.subscriptions.push(views);
  const open = async (options?: { mode?: MatchMode }): Promise<AgreementPanel | undefined> => {
    const mode = options?.mode ?? (await askMode());
    if (!mode) return undefined;
    const corpus = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Sorot: comparing annotators'), cancellable: true },
      async (progress, token) => loadAnnotatedCorpus(await scope.findArticles(), progress, token),
    );
    if (corpus.cancelled) return undefined;
    // Suggestions not accepted are not annotations: someone with only those is no annotator.
    const comparison = await compare(corpus.articles, corpus.unannotated, mode, recognizer, await kb?.actorsInSlices());
    const annotators = comparison.report.annotators.length;
    // Two people who only corrected the recognized layer (even in one shared file) have
    // something to compare too.
    const recognizedPairs = comparison.report.recognized?.actors.length ?? 0;
    const enough = annotators >= 2 || recognizedPairs > 0;
    if (corpus.problems.length && enough) void vscode.window.showWarningMessage(vscode.l10n.t('Some files were skipped: {0}', listedProblems(corpus.problems)));
    if (!enough && corpus.problems.length) {
      // The second annotator's file may be the one that could not be read: then the advice
      // to turn on per-annotator files (below) sent a researcher the wrong way.
      void vscode.window.showWarningMessage(vscode.l10n.t('Agreement needs two annotators, found {0}; these files could not be read, fix them and compare again: {1}', annotators, listedProblems(corpus.problems)));
      return undefined;
    }
    if (!enough) {
      // What to do next, in one sentence, with the button that does it.
      const turnOn = vscode.l10n.t('Open the Setting');
      void vscode.window
        .showInformationMessage(vscode.l10n.t('Agreement needs two annotators, found {0}: turn on one annotation file per annotator, then let a second person annotate.', annotators), turnOn)
        .then((c) => c === turnOn && vscode.commands.executeCommand('workbench.action.openSettings', 'sorot.annotations.perAnnotatorFiles'));
      return undefined;
    }
    if (comparison.report.pairs.length === 0 && recognizedPairs === 0) {
      const show = vscode.l10n.t('Show Articles');
      void vscode.window
        .showInformationMessage(vscode.l10n.t('Nothing to compare yet: let a second annotator annotate an article someone already annotated.'), show)
        .then((c) => c === show && vscode.commands.executeCommand('sorot.articles.focus'));
      return undefined;
    }
    current?.dispose();
    // The panel keeps the texts of the articles two or more annotated: the only ones a
    // disagreement or an adjudicated file can be about.
    const panel = new AgreementPanel(corpus.articles.filter((a) => a.annotators.length >= 2), comparison, (p, webview) =>
      reportHtml(vscode, { cspSource: webview.cspSource, nonce: nonce() }, p.report, p.resolutions, p.pair, p.page, { actor: shownActorLabel }), views,
    );
    panel.onDidChangeResolutions(() => views.refresh());
    panel.onDidDispose(() => {
      if (current === panel) current = undefined;
    });
    current = panel;
    return panel;
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('sorot.agreement.show', open),
    // From a side-by-side view's hover: the choice goes into the open report.
    vscode.commands.registerCommand('sorot.agreement.resolve', (id: unknown, resolution: unknown) => {
      if (typeof id !== 'string' || !['A', 'B', 'both', 'neither'].includes(resolution as string)) return;
      if (!current?.has(id)) {
        void vscode.window.showInformationMessage(vscode.l10n.t('This disagreement is not in an open agreement report. Run "Compare Annotators" again to adjudicate it.'));
        return;
      }
      current.resolve(id, resolution as Resolution);
    }),
    { dispose: () => current?.dispose() },
  );
  const agreement: AgreementApi = { current: () => current, views };
  return agreement;
}

async function askMode(): Promise<MatchMode | undefined> {
  const choice = await vscode.window.showQuickPick(
    [
      { label: vscode.l10n.t('Exact spans'), description: vscode.l10n.t('two annotations match only with identical offsets'), mode: 'exact' as const },
      { label: vscode.l10n.t('Overlapping spans'), description: vscode.l10n.t('annotations match when their spans overlap'), mode: 'overlap' as const },
    ],
    { title: vscode.l10n.t('Compare annotators: how should spans match?') },
  );
  return choice?.mode;
}
