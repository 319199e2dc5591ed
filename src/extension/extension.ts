// Entry point of the Sorot extension (Node extension host). Activation is the one place
// where the extension is wired: services (services/) are made here in dependency order
// (files -> corpus scope -> analysis -> features) and handed to the features that need
// them; each feature lives in its own folder under src/extension/, imports no other
// feature (README.md, "Shape") and exports one `register*` function that takes what it
// needs, pushes its disposables onto the context and returns its API. The SorotApi returned to tests is built from those return values;
// no feature writes into it. Nothing here does corpus-sized work: indexing runs in the
// background.
import type * as vscode from 'vscode';
import type { SorotApi } from './api';
// Identifies the code running (scripts/build-id.mjs): part of the persistent index's key,
// so a cache made by other code of the same version is not trusted.
import { BUILD_ID } from 'sorot:build-id';
import { WorkspaceCorpusScope, isArticleDocument } from './services/corpus-scope';
import { migrateWithNotice } from './language/migrate-settings';
import { registerLanguage } from './language/register';
import { registerReadOnlyArticles } from './readonly/register';
import { registerCorpus } from './services/corpus/register';
import { ArticleCorrections } from './services/corpus/article-corrections';
import { registerDecorations } from './decorations/register';
import { registerHovers } from './hovers/register';
import { registerNavigation } from './navigation/register';
import { registerStatus } from './status/register';
import { registerActors } from './actors/register';
import { registerArticles } from './articles/register';
import { registerArticleInsights } from './insights/article-insights';
import { registerArticleMetadata } from './metadata/article-metadata';
import { registerMetadataCommand } from './metadata/edit-command';
import { WorkspaceMetadata } from './services/workspace-metadata';
import { registerAnnotations } from './annotations/register';
import { registerExport } from './export/register';
import { registerAgreement } from './agreement/register';
import { workspaceRecognizer } from './services/corpus/workspace-recognizer';
import { registerAnalysis } from './analysis/register';
import { AnnotationService } from './services/annotations/annotation-service';
import { Annotators } from './services/annotations/annotators';
import { LayerVisibility } from './services/layers/visibility';
import { SidecarFiles } from './services/sidecar-files';
import { CreatedFolders } from './services/created-folders';
import { SIDECAR_SUFFIX } from '../core/annotations/sidecar-paths';
import { ensureAnnotator } from './services/annotations/annotator';
import { registerCuration } from './curation/register';
import type { ArticleFiles } from './services/corpus/article-files';
import type { RecognitionAway } from './services/corpus/recognition-task';
import type { HeadlinesAway } from './articles/headlines-away';
import type { DirectoryReader } from '../core/corpus/walk-corpus';
import { wakeOnUse, startOfWorkspace } from './until-corpus';
import type { CorpusStart } from '../core/corpus/corpus-start';
import { registerCorpusOffer } from './offer/register';
import { registerCorpusChoice } from './corpus-choice/register';

/** What differs between the hosts: the desktop entry (desktop.ts) gives Node's file
 *  reads for local files; the web build (this file as its entry) has none. */
export interface SorotHost {
  localFiles?: ArticleFiles;
  /** Folder reads on this host's disk, to list the corpus without findFiles. */
  localFolders?: DirectoryReader;
  /** Worker threads that analyse the corpus index's articles off the extension host's
   *  thread (the desktop's); without, they are analysed on it in slices. */
  recognitionAway?: (log: (line: string) => void) => RecognitionAway;
  /** A worker thread that reads the Articles view's headlines of local files (the
   *  desktop's); without, they are read through workspace.fs on the host's thread. */
  headlinesAway?: HeadlinesAway;
}

export function activate(context: vscode.ExtensionContext): Promise<SorotApi> {
  return activateWith(context, {});
}

export async function activateWith(context: vscode.ExtensionContext, host: SorotHost): Promise<SorotApi> {
  const activationStart = performance.now();
  const start = await startOfWorkspace(context.workspaceState);
  if (start.kind !== 'asleep') return activateCorpus(context, host, activationStart, start);
  // A workspace nobody marked as a corpus (Sorot started on a plain-text file): only the
  // offer and the stand-ins that wake Sorot when one of its commands or views is used.
  const asleep: vscode.Disposable[] = [];
  let awake: Promise<SorotApi> | undefined;
  const wake = (decided?: CorpusStart): Promise<SorotApi> => {
    if (!awake) {
      for (const d of asleep.splice(0)) d.dispose();
      // Woken by "This File Only", a view or a command: the workspace is still no corpus,
      // so only the files opened as articles are articles (corpus-scope.ts), unless the
      // settings mark one by now (corpus-start.ts). Woken by settings or Sorot data that
      // arrived (until-corpus.ts): as a start with them (`decided`).
      const wokenAt = performance.now();
      awake = (decided ? Promise.resolve(decided) : startOfWorkspace(context.workspaceState, true)).then((woken) => activateCorpus(context, host, wokenAt, woken));
    }
    return awake;
  };
  asleep.push(...wakeOnUse(context, wake));
  context.subscriptions.push({ dispose: () => asleep.forEach((d) => d.dispose()) });
  const offer = registerCorpusOffer(context, asleep);
  return { offer, asleep: { wake } };
}

/** The whole of Sorot, in a workspace that is a corpus (`start` limited: not yet, and only
 *  the files opened as articles count until it becomes one). */
async function activateCorpus(context: vscode.ExtensionContext, host: SorotHost, activationStart: number, start: CorpusStart): Promise<SorotApi> {
  // Which files are articles: asked by the language, the index, the view, export, agreement.
  const corpusScope = new WorkspaceCorpusScope(host.localFolders, start.kind === 'limited' ? { files: start.files, state: context.workspaceState } : undefined);
  context.subscriptions.push(corpusScope);
  void migrateWithNotice();
  // feature registrations (one line each, in dependency order):
  // @register-features
  const language = registerLanguage(context, corpusScope);
  // in a workspace that is no corpus: the Articles view's welcome offers its folder
  const corpusChoice = registerCorpusChoice(context, corpusScope);
  const readOnly = registerReadOnlyArticles(context);
  // The workspace's files watched once, for every feature that reads them: annotation
  // files (the annotations, the index's corrections, the researcher's metadata) and created
  // or deleted folders (the index, the Articles view). A created annotation file or
  // article is asked last whether it is a folder.
  const sidecarFiles = new SidecarFiles();
  const createdFolders = new CreatedFolders((uri) => uri.path.endsWith(SIDECAR_SUFFIX) || corpusScope.isArticle(uri));
  context.subscriptions.push(sidecarFiles, createdFolders);
  // The researcher's annotation files come before the analyses: their corrections of the
  // recognized layer decide what every analysis shows (the curated layer).
  const annotationService = new AnnotationService(sidecarFiles);
  // Each annotator's colour and visibility: the annotation layer's and the agreement's.
  const annotators = new Annotators(context.workspaceState);
  context.subscriptions.push(annotationService, annotators);
  const corrections = new ArticleCorrections(annotationService, sidecarFiles);
  context.subscriptions.push(corrections);
  const corpus = registerCorpus(context, corpusScope, corrections, createdFolders, host.localFiles, BUILD_ID, host.recognitionAway);
  const { kb, analyses } = corpus;
  // Which layers show (Show Layers…): the recognized layers' and the annotations'.
  const visibility = new LayerVisibility(context.workspaceState);
  context.subscriptions.push(visibility);
  const decorations = registerDecorations(context, analyses, visibility);
  registerNavigation(context, analyses);
  const status = registerStatus(context, analyses, corpus.corpus);
  const actors = registerActors(context, kb, corpus.corpus, analyses);
  // The researcher's outlets and dates (annotation files, .sorot/articles.csv), searched,
  // read and watched once for the Articles view's rows and grouping and the analysis.
  const metadata = new WorkspaceMetadata(sidecarFiles);
  context.subscriptions.push(metadata);
  const articles = registerArticles(context, readOnly, corpusScope, corpus.corpus, metadata, createdFolders, host.headlinesAway);
  // After the Articles view: a hover names other articles by the headline the view shows.
  const hovers = registerHovers(context, analyses, corpus.corpus, kb, (uri) => articles.provider.headlineOf(uri));
  registerArticleInsights(context, corpus.corpus, articles);
  const annotations = registerAnnotations(context, analyses, articles, annotationService, annotators, kb, decorations, (doc) => language.asArticle(doc));
  // After the annotations' contributor, which sets the row's tooltip: this one appends to it.
  registerArticleMetadata(context, articles, metadata);
  registerMetadataCommand(context, annotationService, metadata);
  const curation = registerCuration(
    context,
    {
      curated: (doc) => (isArticleDocument(doc) ? analyses.get(doc).result : undefined),
      machine: (doc) => (isArticleDocument(doc) ? analyses.get(doc).machine : undefined),
      record: (uri, label, build) =>
        annotationService.change(uri, (state) => {
          const decided = build(state.own.corrections ?? []);
          return decided && { type: 'corrections', label, ...decided };
        }),
      knownIdentities: () => kb.kb.entities.map((e) => ({ canonical: e.canonical, type: e.type, entityId: e.id, mentions: 0, aliases: e.aliases })),
      aliasesOf: (id) => kb.actors.entities.get(id)?.aliases ?? [],
      annotator: ensureAnnotator,
    },
    (listener) => analyses.onDidUpdate(({ document }) => listener(document.uri)),
  );
  // The recognized layer of articles read from disk, as the editor shows it: the export's and the agreement's.
  const recognizer = workspaceRecognizer(corpus);
  const { exportAnnotations, importAnnotations } = registerExport(context, corpus, recognizer, corpusScope, host.localFiles);
  const agreement = registerAgreement(context, corpusScope, recognizer, annotators, kb);
  const analysis = registerAnalysis(context, corpusScope, corpus, metadata);
  return {
    corpusScope, corpusChoice, language, readOnly, corpus, decorations, hovers, status, actors, articles, annotations, curation,
    exportAnnotations, importAnnotations, agreement, analysis,
    watched: { sidecarFiles, createdFolders },
    activationMs: performance.now() - activationStart,
  };
}

export function deactivate(): void {
  // every resource is a disposable on the context; nothing else to release
}
