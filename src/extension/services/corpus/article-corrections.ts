// The one owner of "which corrections make an article's curated layer", for every
// reader: the live editor (DocumentAnalyses) and the corpus index (CorpusService, and
// through it the Actors view, the Articles view and the counts). Both curate with the
// researcher's own corrections (core/curation/article-layer.ts): an open article's as the
// annotation service holds them (moved with every keystroke), any other article's read
// from its annotation file and placed on the text being indexed.
import * as vscode from 'vscode';
import type { Correction } from '../../../core/annotations/corrections';
import { SIDECAR_SUFFIX } from '../../../core/annotations/sidecar-paths';
import { articleOfOwnCorrections, ownCorrectionsPath, readOwnCorrections } from '../../../core/curation/article-layer';
import type { AnnotationService } from '../annotations/annotation-service';
import type { SidecarFiles } from '../sidecar-files';
import { configuredAnnotator, perAnnotatorFiles } from '../annotations/annotator';
import { VscodeFileSystem } from '../vscode-fs';
import { DisposableStore } from '../../disposables';
import type { CorrectionSource } from './document-analyses';

const NONE: readonly Correction[] = [];

export class ArticleCorrections implements CorrectionSource, vscode.Disposable {
  private readonly fs = new VscodeFileSystem();
  private readonly disposables = new DisposableStore();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly filesChanged = new vscode.EventEmitter<readonly string[]>();
  private readonly whoChanged = new vscode.EventEmitter<void>();
  /** Annotation files in the workspace (listed once, then kept by a watcher), so that an
   *  article without one costs no read: most articles of a large corpus have none. */
  private files: Promise<Set<string>> | undefined;
  /** Whose file holds the researcher's own corrections: read from the settings once, not
   *  per article (getConfiguration took half of a long event-loop block while indexing). */
  private owner: { annotator: string | undefined } | undefined;

  /** An open article's corrections may have changed (the annotation service's event). */
  readonly onDidChange = this.changed.event;
  /** Annotation files were created, changed or deleted on disk (their URIs, a batch at a
   *  time: sidecar-files.ts). */
  readonly onDidChangeFile = this.filesChanged.event;
  /** Whose corrections count changed (the annotator, or per-annotator files on / off). */
  readonly onDidChangeOwner = this.whoChanged.event;

  /** `files`: the workspace's one watcher of annotation files (sidecar-files.ts). */
  constructor(
    private readonly service: AnnotationService,
    files: SidecarFiles,
  ) {
    this.disposables.push(
      this.changed,
      this.filesChanged,
      this.whoChanged,
      files.onDidChange((batch) => {
        void this.files?.then((set) => {
          for (const { uri, exists } of batch) {
            if (exists) set.add(uri.toString());
            else set.delete(uri.toString());
          }
        });
        this.filesChanged.fire(batch.map(({ uri }) => uri.toString()));
      }),
      service.onDidChange((uri) => this.changed.fire(uri)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('sorot.annotator') || e.affectsConfiguration('sorot.annotations.perAnnotatorFiles')) {
          this.owner = undefined;
          this.whoChanged.fire();
        }
      }),
    );
  }

  /** An open article's corrections, on the document's text as it is now. */
  corrections(uri: vscode.Uri): readonly Correction[] | undefined {
    return this.service.peek(uri)?.own.corrections;
  }

  /** Whether an article has an annotation file of the researcher's own (listed, not
   *  read), as a test to ask of many articles without a wait each: over the listing as it
   *  is when this resolves (a file made later is reported by onDidChangeFile). */
  async ownFileTest(): Promise<(uri: vscode.Uri) => boolean> {
    const listed = await this.listed();
    const annotator = this.annotator();
    // Most corpora have few annotation files or none: no path made per article then.
    return (uri) => listed.size > 0 && listed.has(ownCorrectionsPath(uri.toString(), annotator));
  }

  /** An article's corrections placed on `text` (the file's text, read for indexing). */
  async onText(uri: vscode.Uri, text: string): Promise<readonly Correction[]> {
    const annotator = this.annotator();
    const path = ownCorrectionsPath(uri.toString(), annotator);
    if (!(await this.listed()).has(path)) return NONE;
    // A broken file counts as none here: the annotation service names it (and refuses to
    // write over it) when the article is opened, as for the Articles view's counts.
    return (await readOwnCorrections(this.fs, uri.toString(), text, annotator)).corrections;
  }

  /** The article (one `isArticle` knows) whose own corrections live in the annotation file `file`. */
  articleOf(file: string, isArticle: (id: string) => boolean): string | undefined {
    return articleOfOwnCorrections(file, this.annotator(), isArticle);
  }

  private annotator(): string | undefined {
    // As the annotation service names the researcher's own file.
    this.owner ??= { annotator: perAnnotatorFiles() ? configuredAnnotator() : undefined };
    return this.owner.annotator;
  }

  private listed(): Promise<Set<string>> {
    this.files ??= Promise.resolve(vscode.workspace.findFiles(`**/*${SIDECAR_SUFFIX}`, '**/node_modules/**')).then(
      (uris) => new Set(uris.map((u) => u.toString())),
      () => new Set<string>(),
    );
    return this.files;
  }

  dispose(): void {
    this.disposables.dispose();
  }
}
