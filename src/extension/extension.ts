// Entry point of the Sorot extension (Node extension host). Activation only wires the
// features together; each feature lives in its own folder under src/extension/ and
// exports one `register*` function that pushes its disposables onto the context.
// Nothing here does corpus-sized work: indexing runs in the background.
import * as vscode from 'vscode';
import type { SorotApi } from './api';
import { WorkspaceCorpusScope } from './language/corpus-scope';
import { migrateWithNotice } from './language/migrate-settings';
import { registerLanguage } from './language/register';
import { registerReadOnlyArticles } from './readonly/register';
import { registerCorpus } from './corpus/register';
import { registerDecorations } from './decorations/register';
import { registerHovers } from './hovers/register';
import { registerNavigation } from './navigation/register';
import { registerStatus } from './status/register';
import { registerActors } from './actors/register';
import { registerArticles } from './articles/register';
import { registerArticleInsights } from './corpus/article-insights';
import { registerAnnotations } from './annotations/register';
import { registerExport } from './export/register';
import { registerAgreement } from './agreement/register';

export async function activate(context: vscode.ExtensionContext): Promise<SorotApi> {
  const activationStart = performance.now();
  const api: SorotApi = {};
  // feature registrations (one line each, in dependency order):
  // @register-features
  // which files are articles: asked by the language, the index, the view, export, agreement
  const scope = new WorkspaceCorpusScope();
  context.subscriptions.push(scope);
  api.corpusScope = scope;
  void migrateWithNotice();
  registerLanguage(context, api, scope);
  const readOnly = registerReadOnlyArticles(context, api);
  const { kb, analyses, corpus } = registerCorpus(context, api, scope);
  registerDecorations(context, api, analyses);
  registerHovers(context, api, analyses, corpus, kb);
  registerNavigation(context, analyses);
  registerStatus(context, api, analyses, corpus);
  registerActors(context, api, kb, corpus, analyses);
  const articles = registerArticles(context, api, readOnly, scope);
  registerArticleInsights(context, corpus, articles);
  registerAnnotations(context, api, analyses, articles);
  registerExport(context, api, api.corpus!, scope);
  registerAgreement(context, api, scope);
  api.activationMs = performance.now() - activationStart;
  return api;
}

export function deactivate(): void {
  // every resource is a disposable on the context; nothing else to release
}
