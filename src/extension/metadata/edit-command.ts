// "Sorot: Set Article Outlet and Date…": shows an article's outlet and date as Sorot
// decided them, with where each comes from (the researcher's annotation file, a
// colleague's, .sorot/articles.csv, or the words of the text), lets the researcher type
// their own (a date is checked: core/metadata/edit.ts) and writes them to the `metadata`
// of the researcher's own annotation file through the annotation service, which refuses
// to write over an annotation file it could not parse. Run from the command palette (the
// article in the active editor), the Articles view's context menu or the editor's.
import * as vscode from 'vscode';
import { editedMetadata, parseDateEntry, type EffectiveValue } from '../../core/metadata';
import type { AnnotationService } from '../services/annotations/annotation-service';
import { isArticleDocument } from '../services/corpus-scope';
import { askInSteps } from '../stepped-input';
import { writing } from '../services/write-guard';
import { articleMetadata, ownSidecarName, provenance } from './article-metadata';
import type { WorkspaceMetadata } from '../services/workspace-metadata';

export const EDIT_METADATA_COMMAND = 'sorot.metadata.edit';

export interface MetadataValuesArg {
  outlet?: string;
  /** As a researcher would type it (2024-02-27, 27/2/2024, 27 Februari 2024); '' clears. */
  date?: string;
}

export function registerMetadataCommand(context: vscode.ExtensionContext, service: AnnotationService, workspace: WorkspaceMetadata): void {
  // In an untrusted workspace it refuses before asking anything (services/write-guard.ts).
  const leftAsItIs = (arg?: unknown, _values?: MetadataValuesArg) => {
    const uri = uriFromArg(arg) ?? activeArticle();
    return uri ? vscode.l10n.t('{0} is left as it is', vscode.workspace.asRelativePath(vscode.Uri.joinPath(uri, '..', ownSidecarName(uri)), false)) : vscode.l10n.t('no annotation file is written');
  };
  context.subscriptions.push(vscode.commands.registerCommand(EDIT_METADATA_COMMAND, writing(leftAsItIs, (arg?: unknown, values?: MetadataValuesArg) => editMetadata(service, workspace, arg, values))));
}

/** `values` (tests, scripts): the answers, without asking. Resolves true when written. */
async function editMetadata(service: AnnotationService, workspace: WorkspaceMetadata, arg: unknown, values?: MetadataValuesArg): Promise<boolean> {
  const uri = uriFromArg(arg) ?? activeArticle();
  if (!uri) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open an article, or pick one in the Articles view, to set its outlet and date.'));
    return false;
  }
  const name = vscode.workspace.asRelativePath(uri, false);
  let shown: Awaited<ReturnType<typeof articleMetadata>>;
  try {
    shown = await articleMetadata(uri, (a, text) => workspace.effectiveFromDisk(a, text));
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} could not be read: {1}', name, e instanceof Error ? e.message : String(e)));
    return false;
  }
  if (!shown) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} is not UTF-8 text, so Sorot cannot read its outlet and date.', name));
    return false;
  }
  const own = ownSidecarName(uri);
  const now = (v: EffectiveValue | undefined, words: string | undefined) => (v ? vscode.l10n.t('Now: {0} ({1}).', v.value, provenance(v, words, own)) : vscode.l10n.t('Not known yet.'));
  const dateMessage = (typed: string): string | undefined => {
    const entry = parseDateEntry(typed);
    if (!('error' in entry)) return undefined;
    return entry.error === 'impossible' ? vscode.l10n.t('{0} is not a date of the calendar.', typed.trim()) : vscode.l10n.t('Type a date such as 2024-02-27, 27/2/2024 or 27 Februari 2024.');
  };
  const current = { outlet: shown.metadata.outlet?.value ?? '', date: shown.metadata.date?.value ?? '' };
  const answers = values
    ? [values.outlet ?? current.outlet, values.date ?? current.date]
    : await askInSteps([
        { title: vscode.l10n.t('Outlet of {0} (1/2)', name), value: current.outlet, prompt: `${now(shown.metadata.outlet, shown.words.outlet)} ${vscode.l10n.t('Empty: the table or the text decides.')}` },
        { title: vscode.l10n.t('Publication date of {0} (2/2)', name), value: current.date, prompt: `${now(shown.metadata.date, shown.words.date)} ${vscode.l10n.t('Empty: the table or the text decides.')}`, validate: dateMessage },
      ]);
  if (!answers) return false;
  const [outlet, typedDate] = answers as [string, string];
  const entry = parseDateEntry(typedDate);
  if ('error' in entry) {
    void vscode.window.showErrorMessage(dateMessage(typedDate)!);
    return false;
  }
  const written = await service.setArticleMetadata(uri, editedMetadata({ outlet, ...(entry.date ? { date: entry.date } : {}) }));
  if (written) vscode.window.setStatusBarMessage(vscode.l10n.t('Outlet and date of {0} saved in {1}', name, own), 5000);
  return written;
}

function activeArticle(): vscode.Uri | undefined {
  const doc = vscode.window.activeTextEditor?.document;
  return doc && isArticleDocument(doc) ? doc.uri : undefined;
}

/** A URI, or a row of the Articles view (which carries the article's URI). */
function uriFromArg(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  const maybe = arg as { uri?: unknown; article?: { uri?: unknown } } | undefined;
  if (maybe?.uri instanceof vscode.Uri) return maybe.uri;
  if (maybe?.article?.uri instanceof vscode.Uri) return maybe.article.uri;
  return undefined;
}

