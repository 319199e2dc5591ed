// Entry point of the Sorot extension (Node extension host). Activation only wires the
// features together; each feature lives in its own folder under src/extension/ and
// exports one `register*` function that pushes its disposables onto the context.
// Nothing here does corpus-sized work: indexing runs in the background.
import * as vscode from 'vscode';
import type { SorotApi } from './api';
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
import { AnnotationService } from './annotations/annotation-service';
import { ensureAnnotator } from './annotations/annotator';
import { registerCuration } from './curation/register';

export async function activate(context: vscode.ExtensionContext): Promise<SorotApi> {
  const activationStart = performance.now();
  const api: SorotApi = {};
  // feature registrations (one line each, in dependency order):
  // @register-features
  registerLanguage(context, api);
  const readOnly = registerReadOnlyArticles(context, api);
  // The researcher's annotation files come first: their corrections of the recognized
  // layer decide what every analysis shows (the curated layer).
  const annotationService = new AnnotationService();
  context.subscriptions.push(annotationService);
  const corrections = {
    corrections: (uri: vscode.Uri) => annotationService.peek(uri)?.own.corrections,
    onDidChange: annotationService.onDidChange,
  };
  const { kb, analyses, corpus } = registerCorpus(context, api, corrections);
  registerDecorations(context, api, analyses);
  registerHovers(context, api, analyses, corpus, kb);
  registerNavigation(context, analyses);
  registerStatus(context, api, analyses, corpus);
  registerActors(context, api, kb, corpus, analyses);
  const articles = registerArticles(context, api, readOnly);
  registerArticleInsights(context, corpus, articles, () => api.annotations?.service);
  registerAnnotations(context, api, analyses, articles, annotationService, kb);
  api.curation = registerCuration(
    context,
    {
      curated: (doc) => (doc.languageId === 'sorot-article' ? analyses.get(doc).result : undefined),
      machine: (doc) => (doc.languageId === 'sorot-article' ? analyses.get(doc).machine : undefined),
      record: (uri, label, build) =>
        annotationService.change(uri, (state) => {
          const decided = build(state.own.corrections ?? []);
          return decided && { type: 'corrections', label, ...decided };
        }),
      knownIdentities: () => kb.kb.entities.map((e) => ({ canonical: e.canonical, type: e.type, entityId: e.id, mentions: 0 })),
      annotator: ensureAnnotator,
    },
    (listener) => analyses.onDidUpdate(({ document }) => listener(document.uri)),
  );
  registerExport(context, api, api.corpus!);
  registerAgreement(context, api, kb);
  api.activationMs = performance.now() - activationStart;
  return api;
}

export function deactivate(): void {
  // every resource is a disposable on the context; nothing else to release
}
