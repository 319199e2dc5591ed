// "Sorot: Export Annotations…" from the palette, the Articles view (selected articles
// or a folder) and the Explorer; "Sorot: Import Annotations…" back into sidecars.
import * as vscode from 'vscode';
import { type ArticlesRow, isArticlesRow } from '../services/article-contributors';
import type { ArticleFiles } from '../services/corpus/article-files';
import type { CorpusServices } from '../services/corpus/register';
import type { WorkspaceCorpusScope } from '../services/corpus-scope';
import { exportAnnotations, type ExportOutcome, type ExportRequest, type Recognizer } from './export-command';
import { importAnnotations, type ImportOutcome, type ImportRequest } from './import-command';
import { writing } from '../services/write-guard';

export interface ExportApi {
  exportAnnotations(request?: ExportRequest): Promise<ExportOutcome | undefined>;
  importAnnotations(request?: ImportRequest): Promise<ImportOutcome | undefined>;
}

/** `recognizer`: the curated layer on the desktop's worker threads where they answer,
 *  else on this thread (the web build, a failed worker), with the workspace KB either way
 *  (services/corpus/workspace-recognizer.ts); `localFiles`: Node's fs on the desktop
 *  (desktop.ts), which the export appends with. */
export function registerExport(context: vscode.ExtensionContext, corpus: CorpusServices, recognizer: Recognizer, scope: WorkspaceCorpusScope, localFiles?: ArticleFiles): ExportApi {
  // Both write into the workspace: refused before asking anything when it is untrusted.
  const run = writing(
    () => vscode.l10n.t('no export file is written'),
    (arg?: ExportRequest | ArticlesRow | vscode.Uri, selected?: ArticlesRow[] | vscode.Uri[]): Promise<ExportOutcome | undefined> =>
      exportAnnotations(toRequest(arg, selected, scope), recognizer, scope, () => corpus.kb.actorsInSlices(), localFiles),
  );
  const importing = writing(() => vscode.l10n.t('nothing is imported into the annotation files'), (request: ImportRequest) => importAnnotations(request, scope));
  context.subscriptions.push(
    vscode.commands.registerCommand('sorot.exportAnnotations', run),
    vscode.commands.registerCommand('sorot.importAnnotations', (arg?: ImportRequest | vscode.Uri, selected?: vscode.Uri[]) =>
      importing(arg instanceof vscode.Uri ? { files: selected?.length ? selected : [arg] } : (arg ?? {})),
    ),
  );
  return {
    exportAnnotations: async (request) => run(request),
    importAnnotations: async (request) => importing(request ?? {}),
  };
}

/** A request from whatever invoked the command: an explicit request object, tree nodes
 *  (the clicked one and the selection) or Explorer URIs. */
function toRequest(arg: unknown, selected: unknown, corpusScope: WorkspaceCorpusScope): ExportRequest {
  const many = Array.isArray(selected) && selected.length > 1 ? selected : arg ? [arg] : [];
  const scope: vscode.Uri[] = [];
  for (const item of many) {
    if (item instanceof vscode.Uri) scope.push(item);
    else if (isArticlesRow(item) && item.kind === 'article') scope.push(item.entry.uri);
    else if (isArticlesRow(item) && item.kind === 'folder') return { scope: item.uri };
  }
  // one URI that is not an article: a folder, whose articles are exported
  if (scope.length === 1 && !corpusScope.isArticle(scope[0])) return { scope: scope[0] };
  if (scope.length) return { scope };
  return (arg && !isArticlesRow(arg) && !(arg instanceof vscode.Uri) ? arg : {}) as ExportRequest;
}
