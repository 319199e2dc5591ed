// The researcher's own annotations (claim / stance / source): the store service, the
// editor layer (decorations, hover, code actions), the commands, and the rows in the
// Articles view.
import * as vscode from 'vscode';
import type { ArticleRows } from '../services/article-contributors';
import type { DocumentAnalyses } from '../services/corpus/document-analyses';
import { ARTICLE_LANGUAGE, isArticleDocument } from '../services/corpus-scope';
import { AnnotationService } from '../services/annotations/annotation-service';
import type { Annotators } from '../services/annotations/annotators';
import { AnnotationsContributor } from './articles-contributor';
import { AnnotateCodeActions } from './code-actions';
import { AnnotationCommands, type ArticleOf } from './commands';
import { AnnotationDecorations, type LayerHost } from './decorations';
import { followRenames } from './follow-renames';
import type { ActorNames } from '../services/annotations/describe';
import { AnnotationHoverProvider } from './hover';
import { OwnAnnotationKey } from './own-annotation-key';
import { registerShowAnnotators } from './show-annotators';

export interface AnnotationsApi {
  service: AnnotationService;
  decorations: AnnotationDecorations;
  commands: AnnotationCommands;
  /** Each annotator's colour and visibility. */
  annotators: Annotators;
  /** Whether the researcher's own annotation lies under the cursor ("Edit Annotation" in the editor's context menu). */
  ownAtCursor: OwnAnnotationKey;
}

const DOCUMENTS: vscode.DocumentSelector = [{ language: ARTICLE_LANGUAGE }];

export function registerAnnotations(
  context: vscode.ExtensionContext,
  analyses: DocumentAnalyses,
  articles: ArticleRows | undefined,
  service: AnnotationService,
  annotators: Annotators,
  kb?: ActorNames,
  layers?: LayerHost,
  articleOf?: ArticleOf,
): AnnotationsApi {
  const decorations = new AnnotationDecorations(service, annotators, context.extensionUri, layers, kb);
  const commands = new AnnotationCommands(service, (doc) => (isArticleDocument(doc) ? analyses.get(doc).result : undefined), articleOf, kb);
  const ownAtCursor = new OwnAnnotationKey(service);
  context.subscriptions.push(
    service,
    ownAtCursor,
    registerShowAnnotators(annotators, service),
    followRenames(service),
    decorations,
    ...commands.register(),
    vscode.languages.registerHoverProvider(DOCUMENTS, new AnnotationHoverProvider(service, annotators, kb)),
    vscode.languages.registerCodeActionsProvider(DOCUMENTS, new AnnotateCodeActions(), AnnotateCodeActions.metadata),
  );
  if (articles) {
    const contributor = new AnnotationsContributor(service, annotators, kb);
    context.subscriptions.push(contributor, articles.addContributor(contributor));
  }
  const result: AnnotationsApi = { service, decorations, commands, annotators, ownAtCursor };
  return result;
}
