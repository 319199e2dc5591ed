// The API returned by activate(). Integration tests reach the extension's state through
// it (decoration ranges, tree providers...), so assertions never scrape the DOM.
// extension.ts builds it from what the services and features' register functions return;
// features never write into it.
export interface SorotApi {
  [feature: string]: unknown;
  /** Which files are articles (src/core/corpus/scope.ts in the workspace). */
  corpusScope?: import('./services/corpus-scope').WorkspaceCorpusScope;
  /** Live analyses, workspace KB and corpus index (src/extension/services/corpus). */
  corpus?: import('./services/corpus/register').CorpusServices;
  /** Decoration layers as applied to editors (src/extension/decorations). */
  decorations?: import('./decorations/controller').DecorationController;
  hovers?: import('./hovers/register').SorotHoverProvider;
  actors?: import('./actors/register').ActorsApi;
  /** The Articles view: provider, tree view, contributor hook (src/extension/articles). */
  articles?: import('./articles/register').ArticlesApi;
  status?: import('./status/register').StatusApi;
  language?: import('./language/register').LanguageApi;
  /** The welcome's offer of a workspace folder as a corpus, while the workspace is none (src/extension/corpus-choice). */
  corpusChoice?: import('./corpus-choice/register').CorpusChoiceApi;
  /** Read-only article text: what Sorot locked or the user unlocked (src/extension/readonly). */
  readOnly?: import('./readonly/register').ReadOnlyArticlesApi;
  /** The researcher's claim / stance / source annotations (src/extension/annotations). */
  annotations?: import('./annotations/register').AnnotationsApi;
  /** Export of annotation sets (src/extension/export). */
  exportAnnotations?: (request?: import('./export/export-command').ExportRequest) => Promise<import('./export/export-command').ExportOutcome | undefined>;
  importAnnotations?: (request?: import('./export/import-command').ImportRequest) => Promise<import('./export/import-command').ImportOutcome | undefined>;
  /** Corrections of the recognized layer and review mode (src/extension/curation). */
  curation?: import('./curation/register').CurationApi;
  /** The agreement report (src/extension/agreement). */
  agreement?: import('./agreement/register').AgreementApi;
  /** The analysis view (src/extension/analysis). */
  analysis?: import('./analysis/register').AnalysisApi;
  /** The workspace's one watcher of annotation files and of created folders (made at
   *  activation, handed to the features): a bench's fresh view or metadata uses them. */
  watched?: { sidecarFiles: import('./services/sidecar-files').SidecarFiles; createdFolders: import('./services/created-folders').CreatedFolders };
  /** In a workspace that is no corpus yet (Sorot asleep, until-corpus.ts): the offer to
   *  read its folder, and `wake()`, what using one of Sorot's commands or views does. The
   *  features above are then on the API `wake()` returns. */
  offer?: import('./offer/register').CorpusOfferApi;
  asleep?: { wake(): Promise<SorotApi> };
  /** Milliseconds from the start of activate() to its return. */
  activationMs?: number;
}
