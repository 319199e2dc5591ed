// "Sorot: Export Annotations…": scope, format, filters and destination, asked with
// quick picks (or given as an argument by scripts and tests), then a cancellable
// progress notification while articles are read, converted by the core exporters and
// written inside the workspace.
import * as vscode from 'vscode';
import type { AnnotationKind, AnnotationStatus } from '../../core/annotations';
import type { ActorDirectory } from '../../core/annotations/actor-identity';
import { ANNOTATION_KINDS } from '../../core/annotations/types';
import { EXPORT_FORMATS, streamExport, type ExportFilter, type ExportFormat, type ExportSource, type StreamOutcome } from '../../core/export';
import type { RecognizedLayer } from '../services/corpus/workspace-recognizer';
import { aheadInOrder } from '../../core/async/ahead-in-order';
import { ExportWriter, type WriteFilesOutcome } from '../../core/export/write-files';
import { pick, type PickItem } from '../quick-input';
import type { ArticleFiles } from '../services/corpus/article-files';
import { isCorpusArticle, type WorkspaceCorpusScope } from '../services/corpus-scope';
import { READS_AT_ONCE, readInPathOrder, type CorpusArticle, type ReadLines } from '../services/corpus/annotated-articles';
import type { CurateRequest } from '../services/corpus/recognition-task';
import { exportFileSystem } from './export-fs';
import { defaultDestination, destinationProblem, destinationUri, linkInDestination } from './destination';
import { writeProblems } from './write-problems';
import * as count from '../counts';
import { HOST_SLICE_MS, hostSlices } from '../event-loop';

/** Articles whose recognized layer is under way on the workers and not yet written, at
 *  most: enough that a worker has the next ones while this thread converts and writes,
 *  few enough that the articles and replies waiting are collected young (32 ahead filled
 *  the old generation: recognition-task.ts). */
const RECOGNIZED_AHEAD = 8;

export interface ExportRequest {
  /** 'workspace', a folder URI, or a list of article URIs. */
  scope?: 'workspace' | vscode.Uri | vscode.Uri[];
  format?: ExportFormat;
  /** Folder relative to the (first) workspace folder. */
  out?: string;
  filter?: ExportFilter;
  /** Run the recognizer and export actors and quotes as well. */
  includeRecognized?: boolean;
  /** CSV: UTF-8 BOM for Excel. */
  bom?: boolean;
  /** CSV: keep cells that start like a formula as they are (default: neutralised). */
  rawCells?: boolean;
  /** brat: a folder per annotator, fields as attributes and relations (brat-native.ts). */
  bratNative?: boolean;
  /** Skip the final notification (scripts, tests). */
  quiet?: boolean;
}

export interface ExportOutcome {
  written: vscode.Uri[];
  warnings: string[];
  problems: string[];
  articles: number;
  annotations: number;
  /** Recognized records in the files written (actor mentions, quotes, reported statements). */
  recognized: { actors: number; quotes: number; reported: number };
}

const FORMAT_INFO: Record<ExportFormat, () => string> = {
  jsonl: () => vscode.l10n.t('one annotation per line, all fields (pandas, jq)'),
  csv: () => vscode.l10n.t('one row per annotation (spreadsheets)'),
  w3c: () => vscode.l10n.t('W3C Web Annotation JSON-LD collection (Hypothesis, annotation servers)'),
  brat: () => vscode.l10n.t('brat standoff .txt + .ann + annotation.conf (brat, INCEpTION)'),
  conll: () => vscode.l10n.t('CoNLL-2003 BIO tokens of actor mentions (NER training)'),
  doccano: () => vscode.l10n.t('doccano sequence-labelling JSONL, one record per article'),
  labelstudio: () => vscode.l10n.t('Label Studio JSON tasks with annotations per annotator'),
  'webanno-tsv': () => vscode.l10n.t('WebAnno TSV 3.3, one .tsv per article (INCEpTION, WebAnno)'),
};

/** Makes an article's recognized layer: `away` on the desktop's worker threads (JSON
 *  text of a RecognizedLayer; undefined when a worker failed), else `here`, on this
 *  thread (the web build). */
export interface Recognizer {
  away?: (article: CurateRequest) => Promise<string | undefined>;
  here: (article: CurateRequest) => RecognizedLayer;
}

/** `actors`: the KB in force, so actors are exported under their current canonical name
 *  and id (renames and merges in .sorot/actors.json follow; sidecars are not changed),
 *  asked for once the export starts (made in slices: issue 19). */
/** `localFiles`: Node's fs on the desktop, for appending to files on this host's disk. */
export async function exportAnnotations(request: ExportRequest, recognizer: Recognizer, corpusScope: WorkspaceCorpusScope, actors?: () => Promise<ActorDirectory>, localFiles?: ArticleFiles): Promise<ExportOutcome | undefined> {
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!root) {
    const open = vscode.l10n.t('Open Folder');
    void vscode.window
      .showInformationMessage(vscode.l10n.t('Open a folder of articles to export its annotations.'), open)
      .then((c) => c === open && vscode.commands.executeCommand('workbench.action.files.openFolder'));
    return undefined;
  }
  const scope = request.scope ?? (await askScope(corpusScope));
  if (!scope) return undefined;
  const format = request.format ?? (await askFormat());
  if (!format) return undefined;
  const options = request.filter === undefined ? await askFilter(format) : { filter: request.filter, includeRecognized: request.includeRecognized ?? false, bom: request.bom ?? false, rawCells: request.rawCells ?? false, bratNative: request.bratNative ?? false };
  if (!options) return undefined;
  const includeRecognized = request.includeRecognized ?? options.includeRecognized;
  const out = request.out ?? (await vscode.window.showInputBox({
    title: vscode.l10n.t('Export annotations (4/4): to which folder? (inside the workspace)'),
    value: defaultDestination(format),
    validateInput: destinationProblem,
    ignoreFocusOut: true,
  }));
  if (out === undefined) return undefined;
  const problem = destinationProblem(out);
  if (problem) {
    void vscode.window.showErrorMessage(problem);
    return undefined;
  }
  const target = destinationUri(root, out);
  const linked = await linkInDestination(root, out);
  if (linked) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} is a symbolic link; Sorot does not export through links, which may lead out of the workspace. Choose another folder.', vscode.workspace.asRelativePath(linked)));
    return undefined;
  }
  // The export folder is never part of the corpus (its manifest excludes it), so a folder
  // that holds articles now would lose them from the corpus: refused before any write.
  const held = await corpusScope.findArticles(target);
  if (held.length > 0) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} holds articles of the corpus (for example {1}); Sorot does not export into it, so nothing was written. Choose another folder, e.g. {2}.', vscode.workspace.asRelativePath(target), vscode.workspace.asRelativePath(held[0] as vscode.Uri), defaultDestination(format)));
    return undefined;
  }
  // Known as an export folder before the first copy lands, so no view lists one; it was
  // just found to hold no article, so none leaves the scope (knowExportFolder fires nothing).
  corpusScope.knowExportFolder(target);

  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Sorot: exporting {0}', format.toUpperCase()), cancellable: true },
    async (progress, token) => {
      const uris = scope === 'workspace' ? await corpusScope.findArticles() : Array.isArray(scope) ? scope : await corpusScope.findArticles(scope);
      // Each article read, analysed, exported and written in turn, in slices (issue 19):
      // memory holds the articles in flight, not the corpus, and no task holds the host.
      const slices = hostSlices(HOST_SLICE_MS, 1);
      // Relative paths, to read the articles in the order of the files: 10,000 of them in
      // one go held the host for 100 ms.
      const paths: string[] = [];
      const inputs = new Set<string>();
      for (const u of uris) {
        paths.push(vscode.workspace.asRelativePath(u, false));
        inputs.add(u.toString());
        await slices.check();
      }
      const writer = await ExportWriter.open(exportFileSystem(target, localFiles), target.toString(), {
        isInput: (path) => inputs.has(vscode.Uri.parse(path, true).toString()),
        shouldStop: () => token.isCancellationRequested,
        slices,
      });
      const lines: ReadLines = { problems: [], notes: [] };
      const step = uris.length ? 100 / uris.length : 0;
      const recognize = includeRecognized || format === 'conll';
      const source: ExportSource = {
        async *articles(pass) {
          const reportRead = (done: number) => progress.report({ message: vscode.l10n.t('exporting {0} of {1}', done + 1, count.articles(uris.length)), increment: done ? step * READS_AT_ONCE : 0 });
          const read = readInPathOrder(uris, paths, pass === 'export' ? lines : { problems: [], notes: [] }, slices, pass === 'export' ? reportRead : undefined);
          if (!recognize || pass !== 'export') {
            for await (const a of read) yield { path: a.path, text: a.text, annotations: a.annotations };
            return;
          }
          // The curated layer, made by the workers a few articles ahead (in the articles'
          // order) where the host has them; parsed only now, as the article is written.
          // Without workers (or where one failed) it is made here, one article at a time.
          const away = recognizer.away;
          const layerOf = async (a: CorpusArticle) => ({ a, layer: away ? await away({ text: a.text, corrections: a.corrections }) : undefined });
          const started = aheadInOrder(read, layerOf, away ? RECOGNIZED_AHEAD : 1);
          for await (const { a, layer } of started) {
            const recognized = layer === undefined ? recognizer.here(a) : (JSON.parse(layer) as RecognizedLayer);
            yield { path: a.path, text: a.text, annotations: a.annotations, actors: recognized.actors, quotes: recognized.quotes, reported: recognized.reported };
          }
        },
      };
      let run: StreamOutcome = { articles: 0, warnings: [], stopped: false };
      let done: WriteFilesOutcome;
      if (writer instanceof ExportWriter) {
        const filter = { ...options.filter, includeActors: recognize, includeQuotes: includeRecognized };
        const exportOptions = { bom: request.bom ?? options.bom, rawCells: request.rawCells ?? options.rawCells, bratNative: request.bratNative ?? options.bratNative, ...(actors ? { actors: await actors() } : {}) };
        try {
          run = await streamExport(format, source, filter, exportOptions, { write: (piece) => writer.write(piece), slices, shouldStop: () => token.isCancellationRequested });
        } catch (err) {
          await writer.discard();
          throw err;
        }
        if (run.stopped) {
          await writer.discard();
          return undefined;
        }
        progress.report({ message: vscode.l10n.t('writing') });
        done = await writer.finish();
      } else done = writer;
      const byPlace = <T>(list: Array<[number, T]>): T[] => list.sort((p, q) => p[0] - q[0]).map(([, x]) => x);
      const outcome: ExportOutcome = {
        written: done.written.map((w) => vscode.Uri.parse(w.target, true)),
        warnings: [...byPlace(lines.notes), ...run.warnings],
        problems: [...byPlace(lines.problems).flat(), ...writeProblems(done)],
        articles: run.articles,
        // What reached the disk, after the filters: not every annotation that was read.
        annotations: done.written.reduce((n, w) => n + (w.file.annotations ?? 0), 0),
        recognized: {
          actors: done.written.reduce((n, w) => n + (w.file.recognized?.actors ?? 0), 0),
          quotes: done.written.reduce((n, w) => n + (w.file.recognized?.quotes ?? 0), 0),
          reported: done.written.reduce((n, w) => n + (w.file.recognized?.reported ?? 0), 0),
        },
      };
      if (!request.quiet) void report(outcome, target);
      return outcome;
    },
  );
}

async function report(outcome: ExportOutcome, target: vscode.Uri): Promise<void> {
  const notes = [...outcome.problems, ...outcome.warnings];
  // Each kind written: an export of recognized records only does not read "0 annotations".
  const { actors, quotes, reported } = outcome.recognized;
  const kinds = [count.annotations(outcome.annotations), ...(actors ? [count.mentions(actors)] : []), ...(quotes ? [count.quotes(quotes)] : []), ...(reported ? [count.statements(reported)] : [])].join(', ');
  const message = vscode.l10n.t('Sorot exported {0} of {1} to {2} ({3}).', kinds, count.articles(outcome.articles), vscode.workspace.asRelativePath(target), count.files(outcome.written.length));
  const reveal = vscode.l10n.t('Reveal in Explorer');
  const details = count.showNotes(notes.length);
  const choice = await (notes.length ? vscode.window.showWarningMessage(message, reveal, details) : vscode.window.showInformationMessage(message, reveal));
  if (choice === reveal && outcome.written[0]) await vscode.commands.executeCommand('revealInExplorer', outcome.written[0]);
  if (choice === details) {
    const doc = await vscode.workspace.openTextDocument({ content: notes.join('\n'), language: 'plaintext' });
    await vscode.window.showTextDocument(doc);
  }
}

async function askScope(corpusScope: WorkspaceCorpusScope): Promise<ExportRequest['scope'] | undefined> {
  // In a workspace nobody marked as a corpus only the files opened as articles are
  // articles, so "the workspace" would promise more than the export writes.
  const whole = corpusScope.openedOnly
    ? { label: `$(files) ${vscode.l10n.t('The articles opened in Sorot ({0})', (await corpusScope.findArticles()).length)}`, description: vscode.l10n.t('this workspace is not used as a corpus'), value: 'workspace' as const }
    : { label: `$(root-folder) ${vscode.l10n.t('All articles in the workspace')}`, value: 'workspace' as const };
  // The article just annotated comes first: Enter exports it alone.
  const article = activeArticle();
  const choice = await pick<'article' | 'workspace' | 'folder'>({
    title: vscode.l10n.t('Export annotations (1/4): which articles?'),
    placeholder: vscode.l10n.t('Scope'),
    items: [
      ...(article ? [thisArticleItem(article)] : []),
      whole,
      { label: `$(folder) ${vscode.l10n.t('Articles in one folder…')}`, value: 'folder' },
    ],
  });
  if (choice === 'article') return article && [article.uri];
  if (choice !== 'folder') return choice;
  const folder = await vscode.window.showOpenDialog({
    canSelectFiles: false,
    canSelectFolders: true,
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    openLabel: vscode.l10n.t('Export this folder'),
  });
  return folder?.[0];
}

/** The active editor's article when it is a workspace file (what the export can read):
 *  not an untitled buffer nor a file outside the workspace. */
function activeArticle(): vscode.TextDocument | undefined {
  const doc = vscode.window.activeTextEditor?.document;
  return doc && isCorpusArticle(doc) ? doc : undefined;
}

/** The export reads articles and annotation files as saved, like every other scope (the
 *  annotation file counts its offsets in the saved text): unsaved edits are not in it, and
 *  the item says so rather than exporting a text the researcher no longer sees unannounced. */
function thisArticleItem(doc: vscode.TextDocument): PickItem<'article'> {
  const name = doc.uri.path.slice(doc.uri.path.lastIndexOf('/') + 1);
  return {
    label: `$(file) ${vscode.l10n.t('This article ({0})', name)}`,
    ...(doc.isDirty ? { description: vscode.l10n.t('as saved: unsaved edits are not exported') } : {}),
    value: 'article',
  };
}

async function askFormat(): Promise<ExportFormat | undefined> {
  return pick<ExportFormat>({
    title: vscode.l10n.t('Export annotations (2/4): format'),
    placeholder: vscode.l10n.t('Format'),
    items: EXPORT_FORMATS.map((f) => ({ label: f.toUpperCase(), description: FORMAT_INFO[f](), value: f })),
  });
}

type FilterChoice = `kind:${AnnotationKind}` | `status:${AnnotationStatus}` | 'recognized' | 'bom' | 'raw-cells' | 'brat-native';

async function askFilter(format: ExportFormat): Promise<{ filter: ExportFilter; includeRecognized: boolean; bom: boolean; rawCells: boolean; bratNative: boolean } | undefined> {
  const items: Array<vscode.QuickPickItem & { value: FilterChoice }> = [
    { label: vscode.l10n.t('claims'), value: 'kind:claim', picked: true },
    { label: vscode.l10n.t('stances'), value: 'kind:stance', picked: true },
    { label: vscode.l10n.t('sources'), value: 'kind:source', picked: true },
    { label: vscode.l10n.t('accepted'), description: vscode.l10n.t('status'), value: 'status:accepted', picked: true },
    { label: vscode.l10n.t('suggested'), description: vscode.l10n.t('status'), value: 'status:suggested', picked: false },
    { label: vscode.l10n.t('rejected'), description: vscode.l10n.t('status'), value: 'status:rejected', picked: false },
    { label: vscode.l10n.t('recognized actors, quotes and statements'), description: vscode.l10n.t('run the recognizer and include them'), value: 'recognized', picked: format === 'brat' || format === 'conll' },
  ];
  if (format === 'brat') {
    items.push({
      label: vscode.l10n.t('for annotating in brat'),
      description: vscode.l10n.t('a folder per annotator, fields as brat attributes and relations'),
      value: 'brat-native',
      picked: false,
    });
  }
  if (format === 'csv') {
    items.push(
      { label: vscode.l10n.t('UTF-8 BOM for Excel'), value: 'bom', picked: true },
      {
        label: vscode.l10n.t('raw cells'),
        description: vscode.l10n.t("keep cells starting with = + - @ as they are (otherwise a ' is put before them so spreadsheets do not run them as formulas)"),
        value: 'raw-cells',
        picked: false,
      },
    );
  }
  const chosen = await vscode.window.showQuickPick(items, {
    canPickMany: true,
    title: vscode.l10n.t('Export annotations (3/4): what to include'),
    placeHolder: vscode.l10n.t('Kinds, statuses and extras (Space toggles, Enter confirms)'),
    ignoreFocusOut: true,
  });
  if (!chosen) return undefined;
  const values = new Set(chosen.map((c) => c.value));
  return {
    filter: {
      kinds: ANNOTATION_KINDS.filter((k) => values.has(`kind:${k}`)),
      statuses: (['accepted', 'suggested', 'rejected'] as const).filter((s) => values.has(`status:${s}`)),
    },
    includeRecognized: values.has('recognized'),
    bom: values.has('bom'),
    rawCells: values.has('raw-cells'),
    bratNative: values.has('brat-native'),
  };
}
