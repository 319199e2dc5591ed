// "Sorot: Import Annotations…": reads JSONL, W3C Web Annotation or brat files back into
// the sidecars next to the workspace's articles, merging by annotation id, never over
// a sidecar that cannot be parsed (core importIntoSidecars).
import * as vscode from 'vscode';
import { newUlid } from '../../core/annotations';
import { importBrat } from '../../core/export/brat-import';
import { importIntoSidecars, type SidecarImportSummary } from '../../core/export/import-sidecars';
import { readDoccano } from '../../core/export/doccano';
import { readWebannoTsvFile } from '../../core/export/webanno-tsv-import';
import { NATIVE_ANNOTATION_CONF } from '../../core/export/brat-native';
import { importForeignSpans } from '../../core/export/foreign';
import { IMPORT_MAP_PATH, parseImportMap, proposeImportMap, type ImportMap } from '../../core/export/import-map';
import { emptyResult, mergeResults, sniffForeignFormat, type ImportContext, type ImportResult } from '../../core/export/import-types';
import { readLabelStudio } from '../../core/export/label-studio';
import { ArticleMatcher } from '../../core/export/match-article';
import { importJsonl } from '../../core/export/jsonl-import';
import { importW3c } from '../../core/export/w3c-import';
import { decodeText } from '../../core/text/decode';
import { configuredAnnotator } from '../services/annotations/annotator';
import { VscodeFileSystem } from '../services/vscode-fs';
import type { WorkspaceCorpusScope } from '../services/corpus-scope';
import { loadCorpus } from '../services/corpus/annotated-articles';
import * as count from '../counts';
import { byCount } from '../../core/text/plural';

export type ImportFormat = 'jsonl' | 'w3c' | 'brat' | 'doccano' | 'labelstudio' | 'webanno-tsv';

export interface ImportRequest {
  files?: vscode.Uri[];
  /** Inferred from each file's extension when absent. */
  format?: ImportFormat;
  perAnnotator?: boolean;
  quiet?: boolean;
}

export interface ImportOutcome extends SidecarImportSummary {
  rejected: string[];
  warnings: string[];
  /** Spans or records left out on purpose, by reason. */
  skipped: Array<[string, number]>;
  /** Other tools' labels no label map names. */
  unmapped: string[];
}

export function formatOf(uri: vscode.Uri): ImportFormat | undefined {
  const name = uri.path.toLowerCase();
  if (name.endsWith('.jsonl') || name.endsWith('.ndjson')) return 'jsonl';
  if (name.endsWith('.jsonld') || name.endsWith('.json')) return 'w3c';
  if (name.endsWith('.ann')) return 'brat';
  if (name.endsWith('.tsv')) return 'webanno-tsv';
  return undefined;
}

export async function importAnnotations(request: ImportRequest, corpusScope: WorkspaceCorpusScope): Promise<ImportOutcome | undefined> {
  const files = request.files ?? (await vscode.window.showOpenDialog({
    canSelectMany: true,
    openLabel: vscode.l10n.t('Import'),
    title: vscode.l10n.t('Import annotations (JSONL, W3C Web Annotation, brat .ann, doccano, Label Studio, WebAnno TSV)'),
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    filters: { [vscode.l10n.t('Annotation exports')]: ['jsonl', 'ndjson', 'jsonld', 'json', 'ann', 'tsv'] },
  }));
  if (!files?.length) return undefined;
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Sorot: importing annotations'), cancellable: true },
    async (progress, token) => {
      const corpus = await loadCorpus(await corpusScope.findArticles(), progress, token);
      if (corpus.cancelled) return undefined;
      const texts = new Map(corpus.articles.map((a) => [a.path, a.text]));
      const uriOf = new Map(corpus.articles.map((a) => [a.path, a.uri.toString()]));
      const context: ImportContext = { texts, defaultAnnotator: configuredAnnotator() ?? 'imported', now: new Date().toISOString(), newId: () => newUlid() };
      const result: ImportResult = emptyResult();
      const labelMap = await loadLabelMap(result);
      if (labelMap) context.labelMap = labelMap;
      const matcher = new ArticleMatcher(texts);
      for (const file of files) {
        const format = request.format ?? formatOf(file);
        const label = vscode.workspace.asRelativePath(file);
        if (!format) {
          result.errors.push(vscode.l10n.t('{0}: not a .jsonl, .jsonld/.json, .ann or .tsv file', label));
          continue;
        }
        let contents: string;
        try {
          const decoded = decodeText(await vscode.workspace.fs.readFile(file));
          if (!decoded.ok) {
            result.errors.push(`${label}: ${decoded.message}`);
            continue;
          }
          contents = decoded.text;
        } catch (e) {
          result.errors.push(`${label}: ${e instanceof Error ? e.message : String(e)}`);
          continue;
        }
        const actual = format === 'jsonl' || format === 'w3c' ? (sniffForeignFormat(contents) ?? format) : format;
        if (actual === 'doccano' || actual === 'labelstudio' || actual === 'webanno-tsv') {
          const read = actual === 'doccano' ? readDoccano(contents, label, matcher) : actual === 'labelstudio' ? readLabelStudio(contents, label, matcher) : readWebannoTsvFile(contents, label, matcher);
          importForeignSpans(read.spans, labelMap ?? new Map(), context, read.result);
          add(result, read.result);
        } else if (format === 'brat') {
          const article = articleForAnn(file, texts);
          if (!article) {
            result.errors.push(vscode.l10n.t('{0}: no workspace article matches this .ann file', label));
            continue;
          }
          let bratText: string;
          try {
            // The decoder articles go through: the .txt must decode to the article's text.
            const decoded = decodeText(await vscode.workspace.fs.readFile(file.with({ path: file.path.replace(/\.ann$/i, '.txt') })));
            if (!decoded.ok) {
              result.errors.push(vscode.l10n.t('{0}: the .txt beside it cannot be read: {1}', label, decoded.message));
              continue;
            }
            bratText = decoded.text;
          } catch {
            result.errors.push(vscode.l10n.t('{0}: the .txt written beside it by the export is missing', label));
            continue;
          }
          const annotator = await nativeAnnotatorOf(file, article);
          add(result, importBrat(contents, bratText, article, texts.get(article)!, annotator ? { ...context, defaultAnnotator: annotator } : context, label));
        } else {
          const r = format === 'jsonl' ? importJsonl(contents, context) : importW3c(contents, context);
          r.errors = r.errors.map((e) => `${label}: ${e}`);
          add(result, r);
        }
      }
      const summary = await importIntoSidecars(new VscodeFileSystem(), result, {
        articlePathOf: (a) => uriOf.get(a),
        articleTextOf: (a) => texts.get(a),
        perAnnotator: request.perAnnotator ?? vscode.workspace.getConfiguration('sorot').get<boolean>('annotations.perAnnotatorFiles', false),
      });
      const outcome: ImportOutcome = { ...summary, rejected: result.errors, warnings: result.warnings, skipped: [...result.skipped], unmapped: [...result.unmapped] };
      if (!request.quiet) void report(outcome);
      return outcome;
    },
  );
}

/** The workspace article an exported `.ann` belongs to: the longest tail of its path
 *  that names an article (exports mirror the articles' folders). */
function articleForAnn(ann: vscode.Uri, texts: ReadonlyMap<string, string>): string | undefined {
  const segments = vscode.workspace.asRelativePath(ann, false).replace(/\.ann$/i, '.txt').split('/');
  for (let i = 0; i < segments.length; i++) {
    const candidate = segments.slice(i).join('/');
    if (texts.has(candidate)) return candidate;
  }
  return undefined;
}

/** In a `--brat-native` export (a folder per annotator, each with Sorot's native
 *  annotation.conf), the folder above the article's path names the annotator. */
async function nativeAnnotatorOf(ann: vscode.Uri, article: string): Promise<string | undefined> {
  const depth = article.split('/').length;
  let folder = ann;
  for (let i = 0; i < depth; i++) folder = vscode.Uri.joinPath(folder, '..');
  const name = folder.path.split('/').pop() ?? '';
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(name)) return undefined;
  try {
    const conf = decodeText(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, 'annotation.conf')));
    return conf.ok && conf.text.startsWith(NATIVE_ANNOTATION_CONF.split('\n', 1)[0]) ? name : undefined;
  } catch {
    return undefined;
  }
}

const add = mergeResults;

/** Writes `.sorot/import-map.json` proposed from the labels found (never over an
 *  existing file) and opens it for review. */
async function proposeLabelMap(labels: string[]): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return;
  const uri = vscode.Uri.joinPath(folder.uri, IMPORT_MAP_PATH);
  try {
    await vscode.workspace.fs.stat(uri);
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} exists and is not overwritten; add the labels to it: {1}', vscode.workspace.asRelativePath(uri), labels.join(', ')));
    await vscode.window.showTextDocument(uri);
    return;
  } catch {
    /* none yet: write the proposal */
  }
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(JSON.stringify({ labels: proposeImportMap(labels) }, null, 2) + '\n'));
  await vscode.window.showTextDocument(uri);
  void vscode.window.showInformationMessage(vscode.l10n.t('Review the proposed label map in {0}, then import again.', vscode.workspace.asRelativePath(uri)));
}

/** The workspace's label map for other tools' labels; a broken one is reported by name
 *  and not used (foreign labels are then skipped, and counted). */
async function loadLabelMap(result: ImportResult): Promise<ImportMap | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return undefined;
  const uri = vscode.Uri.joinPath(folder.uri, IMPORT_MAP_PATH);
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch {
    return undefined;
  }
  const label = vscode.workspace.asRelativePath(uri);
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    result.errors.push(`${label}: ${decoded.message}`);
    return undefined;
  }
  const parsed = parseImportMap(decoded.text, label);
  if ('errors' in parsed) {
    result.errors.push(...parsed.errors);
    return undefined;
  }
  return parsed.map;
}

async function report(o: ImportOutcome): Promise<void> {
  const files = byCount(o.files, () => vscode.l10n.t('1 annotation file'), () => vscode.l10n.t('{0} annotation files', o.files));
  const message = o.corrections ? vscode.l10n.t(
    'Sorot imported {0}, {1} and {2} into {3}.',
    byCount(o.added, () => vscode.l10n.t('1 new annotation'), () => vscode.l10n.t('{0} new annotations', o.added)),
    byCount(o.replaced, () => vscode.l10n.t('1 updated annotation'), () => vscode.l10n.t('{0} updated annotations', o.replaced)),
    byCount(o.corrections, () => vscode.l10n.t('1 correction of the recognized layer'), () => vscode.l10n.t('{0} corrections of the recognized layer', o.corrections)),
    files,
  ) : vscode.l10n.t(
    'Sorot imported {0} and {1} into {2}.',
    byCount(o.added, () => vscode.l10n.t('1 new annotation'), () => vscode.l10n.t('{0} new annotations', o.added)),
    byCount(o.replaced, () => vscode.l10n.t('1 updated annotation'), () => vscode.l10n.t('{0} updated annotations', o.replaced)),
    files,
  );
  const skipped = o.skipped.map(([why, n]) => vscode.l10n.t('skipped {0}: {1}', n, why));
  const notes = [...o.rejected, ...o.problems, ...skipped, ...o.warnings];
  if (!notes.length) {
    void vscode.window.showInformationMessage(message);
    return;
  }
  const show = count.showNotes(notes.length);
  const propose = vscode.l10n.t('Propose a Label Map');
  const picked = await vscode.window.showWarningMessage(message, show, ...(o.unmapped.length ? [propose] : []));
  if (picked === propose) return proposeLabelMap(o.unmapped);
  if (picked === show) {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ content: notes.join('\n'), language: 'plaintext' }));
  }
}
