// The corpus as the analysis view counts it, built from the corpus index and kept
// between openings of the view. Each article's record (core/analysis: no text kept) comes
// from what the index already holds (its summary of the curated layer: mention spans,
// quotes and statements with speakers, the outlet and date its text gives), with:
//  - its annotation files, read only for the articles that have one (the workspace's
//    listing of them, kept by the metadata service): annotations placed on the text,
//    statuses, the researcher's outlet and date;
//  - `.sorot/articles.csv` of its workspace folder (as the metadata service keeps it).
// An article is analysed again only when a colleague's annotation file holds corrections
// of the recognized layer: the index curates with the researcher's own corrections
// (core/curation/article-layer.ts), `sorot stats` and the view with everyone's.
// A record is made again only when its summary changed (the index re-summarised the
// article), one of its annotation files changed, or the table did; `onDidChange` says
// when that may be so (debounced by the view).
import * as vscode from 'vscode';
import { analysisArticle, analysisArticleFromSummary, type AnalysisArticle } from '../../core/analysis';
import { SidecarStore, gatherAnnotations, type GatheredAnnotations } from '../../core/annotations';
import { withCurrentActor } from '../../core/annotations/actor-identity';
import { sidecarPathFor } from '../../core/annotations/sidecar-paths';
import { curate } from '../../core/curation';
import type { PackedSummary } from '../../core/incremental/packed-summary';
import { ownersOf, readTextMetadata, type EffectiveMetadata, type MetadataOverride, type SidecarListing, type TextMetadata } from '../../core/metadata';
import { decodeText } from '../../core/text/decode';
import { configuredAnnotator, perAnnotatorFiles } from '../services/annotations/annotator';
import { VscodeFileSystem } from '../services/vscode-fs';
import type { CorpusServices } from '../services/corpus/register';
import { DisposableStore } from '../disposables';
import * as count from '../counts';
import { hostSlices } from '../event-loop';
import type { TimeSlices } from '../../core/incremental/time-slices';

/** Annotation files read at once. */
const READS_AT_ONCE = 32;

export interface LoadedAnalysisCorpus {
  articles: AnalysisArticle[];
  /** Each article's URI under the path it is counted by. */
  uris: Map<string, vscode.Uri>;
  problems: string[];
  cancelled: boolean;
  /** Articles whose record was made (not kept from the last load), and those of them
   *  analysed again (a colleague's corrections). */
  made: number;
  analysed: number;
  /** Milliseconds spent reading files, and in all. */
  readMs: number;
  totalMs: number;
}

interface Entry {
  record: AnalysisArticle;
  /** The index's summary it was made from (packed, as the index keeps it): another one
   *  means the article changed. */
  summary: PackedSummary;
  problems: string[];
}

/** What the analysis needs of the researcher's outlets and dates (WorkspaceMetadata). */
export interface ResearcherMetadata {
  sidecarListing(): Promise<SidecarListing>;
  effectiveOf(article: vscode.Uri, text: Pick<TextMetadata, 'outlet' | 'date'> | undefined, overrides?: MetadataOverride[]): Promise<EffectiveMetadata>;
  /** With the annotation files that changed, or undefined when a table did. */
  readonly onDidChange: vscode.Event<readonly vscode.Uri[] | undefined>;
}

type Progress = vscode.Progress<{ message?: string; increment?: number }>;

export class AnalysisCorpus implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly disposables = new DisposableStore();
  private running: Promise<LoadedAnalysisCorpus> = Promise.resolve(empty());
  /** Fires when what the view counts may have changed: the index, an annotation file, the table. */
  readonly onDidChange = this.emitter.event;

  constructor(
    private readonly services: Pick<CorpusServices, 'corpus' | 'engine' | 'kb'>,
    private readonly metadata: ResearcherMetadata,
  ) {
    // Annotation files: the records of the articles they belong to are made again at the
    // next load (a pull of two files among 100,000 articles: two). The table: every record.
    const onMetadata = (sidecars: readonly vscode.Uri[] | undefined) => {
      if (!sidecars) this.entries.clear();
      else {
        const owned = ownersOf(sidecars.map((u) => u.toString()));
        for (const id of this.entries.keys()) if (owned(id)) this.entries.delete(id);
      }
      this.emitter.fire();
    };
    this.disposables.push(
      this.emitter,
      metadata.onDidChange(onMetadata),
      services.corpus.onDidChange(() => this.emitter.fire()),
      // Whose corrections the index curates with changed: every record again.
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('sorot.annotator') || e.affectsConfiguration('sorot.annotations.perAnnotatorFiles')) this.entries.clear();
      }),
    );
  }

  /** The records of every indexed article, once the index is idle; only those whose
   *  article, annotation files or table changed since the last load are made again. */
  load(progress?: Progress, token?: vscode.CancellationToken): Promise<LoadedAnalysisCorpus> {
    // One load at a time: a change during a load is picked up by the next one.
    const run = () => this.loadNow(progress, token);
    this.running = this.running.then(run, run);
    return this.running;
  }

  private async loadNow(progress?: Progress, token?: vscode.CancellationToken): Promise<LoadedAnalysisCorpus> {
    const started = performance.now();
    const { corpus } = this.services;
    if (corpus.isIndexing) progress?.report({ message: vscode.l10n.t('waiting for the corpus index') });
    await corpus.whenIdle();
    // Every pass over the whole corpus in slices: 100,000 articles each take a while.
    const slices = hostSlices();
    const uris = await corpus.articles(slices);
    const ids = new Set<string>();
    const stale: vscode.Uri[] = [];
    for (const u of uris) {
      const id = u.toString();
      ids.add(id);
      const summary = corpus.index.packed(id);
      if (summary !== undefined && this.entries.get(id)?.summary !== summary) stale.push(u);
      if (slices.due()) await slices.next();
    }
    for (const id of this.entries.keys()) {
      if (!ids.has(id)) this.entries.delete(id);
      if (slices.due()) await slices.next();
    }
    const out = { ...empty(), made: stale.length };
    const step = stale.length ? 100 / stale.length : 0;
    const sidecars = await this.metadata.sidecarListing();
    const store = new SidecarStore(await listedFileSystem(sidecars, uris, slices));
    for (let from = 0; from < stale.length; from += READS_AT_ONCE) {
      if (token?.isCancellationRequested) return { ...out, cancelled: true, totalMs: performance.now() - started };
      if (stale.length > READS_AT_ONCE) progress?.report({ message: vscode.l10n.t('reading {0} of {1}', from + 1, count.articles(stale.length)) });
      const chunk = stale.slice(from, from + READS_AT_ONCE);
      const readStart = performance.now();
      const made = await Promise.all(chunk.map((uri) => this.make(uri, sidecars, store)));
      out.readMs += performance.now() - readStart;
      for (const [i, entry] of made.entries()) {
        if (!entry) continue;
        this.entries.set(chunk[i].toString(), entry.entry);
        if (entry.analysed) out.analysed++;
      }
      progress?.report({ increment: step * chunk.length });
    }
    for (const uri of uris) {
      if (slices.due()) await slices.next();
      const entry = this.entries.get(uri.toString());
      if (!entry) continue;
      out.articles.push(entry.record);
      out.uris.set(entry.record.path, uri);
      out.problems.push(...entry.problems);
    }
    for (const [id, error] of corpus.errors) out.problems.push(`${vscode.workspace.asRelativePath(vscode.Uri.parse(id, true), false)}: ${error}`);
    out.totalMs = performance.now() - started;
    return out;
  }

  private async make(uri: vscode.Uri, sidecars: SidecarListing, store: SidecarStore): Promise<{ entry: Entry; analysed: boolean } | undefined> {
    const id = uri.toString();
    // Its data checked: it is unpacked below, and a summary from the cache may be corrupt.
    const summary = this.services.corpus.index.checked(id);
    if (!summary) return undefined;
    const path = vscode.workspace.asRelativePath(uri, false);
    const annotated = sidecars.of(id).length > 0;
    let text: string | undefined;
    let gathered: GatheredAnnotations | undefined;
    const problems: string[] = [];
    if (annotated || !summary.textMetadata) {
      const read = await readText(uri);
      if ('error' in read) return { entry: { record: { path, statuses: [], actors: [], quotes: [], reported: [], annotations: [] }, summary, problems: [`${path}: ${read.error}`] }, analysed: false };
      text = read.text;
      if (annotated) {
        gathered = await gatherAnnotations(store, id, text);
        problems.push(...gathered.problems);
      }
    }
    const fields = gathered?.articleFields ?? [];
    // The annotation files were read with the annotations: their values, not the kept ones.
    const metadata = await this.metadata.effectiveOf(
      uri,
      summary.textMetadata ?? readTextMetadata(text ?? ''),
      fields.flatMap((f) => (f.metadata ? [{ ...f.metadata, file: f.file, ...(f.annotator ? { annotator: f.annotator } : {}) }] : [])),
    );
    const actors = await this.services.kb.actorsInSlices();
    const annotations = (gathered?.annotations ?? []).map((a) => withCurrentActor(actors, a));
    const sources = { path, metadata, annotations, articleFields: fields };
    // The index's layer has the researcher's own corrections; another file's count too.
    const own = sidecarPathFor(id, perAnnotatorFiles() ? configuredAnnotator() : undefined);
    if (gathered && text !== undefined && fields.some((f) => f.corrections && f.file !== own)) {
      const record = analysisArticle({ ...sources, curated: curate(this.services.engine.analyze(text), gathered.corrections) });
      return { entry: { record, summary, problems }, analysed: true };
    }
    return { entry: { record: analysisArticleFromSummary({ ...sources, summary: summary.unpack() }), summary, problems }, analysed: false };
  }

  dispose(): void {
    this.disposables.dispose();
  }
}

function empty(): LoadedAnalysisCorpus {
  return { articles: [], uris: new Map(), problems: [], cancelled: false, made: 0, analysed: 0, readMs: 0, totalMs: 0 };
}

/** The workspace file system, with folder listings answered from the annotation files
 *  listed once and the corpus's articles: gathering an article's annotation files then
 *  costs no listing of its folder (10,000 of them in a large corpus). */
async function listedFileSystem(sidecars: SidecarListing, articles: readonly vscode.Uri[], slices: TimeSlices): Promise<VscodeFileSystem> {
  const names = new Map<string, Set<string>>();
  for (const u of articles) {
    const key = u.toString();
    const slash = key.lastIndexOf('/');
    (names.get(key.slice(0, slash)) ?? names.set(key.slice(0, slash), new Set()).get(key.slice(0, slash))!).add(key.slice(slash + 1));
    if (slices.due()) await slices.next();
  }
  const fs = new VscodeFileSystem();
  fs.readDirectory = async (folder: string) => [...sidecars.namesIn(folder), ...(names.get(folder) ?? [])].map((name) => [name, 'file'] as [string, 'file']);
  return fs;
}

async function readText(uri: vscode.Uri): Promise<{ text: string } | { error: string }> {
  try {
    const decoded = decodeText(await vscode.workspace.fs.readFile(uri));
    return decoded.ok ? { text: decoded.text } : { error: decoded.message };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}
