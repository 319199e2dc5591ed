// "Sorot: Import Annotations…": reads JSONL, W3C Web Annotation or brat files back into
// the sidecars next to the workspace's articles, merging by annotation id, never over
// a sidecar that cannot be parsed (core importIntoSidecars).
import * as vscode from 'vscode';
import { newUlid } from '../../core/annotations';
import { importBrat } from '../../core/export/brat-import';
import { importIntoSidecars, type SidecarImportSummary } from '../../core/export/import-sidecars';
import { emptyResult, type ImportContext, type ImportResult } from '../../core/export/import-types';
import { importJsonl } from '../../core/export/jsonl-import';
import { importW3c } from '../../core/export/w3c-import';
import { decodeText } from '../../core/text/decode';
import { configuredAnnotator } from '../annotations/annotator';
import { VscodeFileSystem } from '../annotations/vscode-fs';
import type { WorkspaceCorpusScope } from '../language/corpus-scope';
import { loadCorpus } from './corpus';
import * as count from '../counts';
import { byCount } from '../../core/text/plural';

export type ImportFormat = 'jsonl' | 'w3c' | 'brat';

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
}

export function formatOf(uri: vscode.Uri): ImportFormat | undefined {
  const name = uri.path.toLowerCase();
  if (name.endsWith('.jsonl') || name.endsWith('.ndjson')) return 'jsonl';
  if (name.endsWith('.jsonld') || name.endsWith('.json')) return 'w3c';
  if (name.endsWith('.ann')) return 'brat';
  return undefined;
}

export async function importAnnotations(request: ImportRequest, corpusScope: WorkspaceCorpusScope): Promise<ImportOutcome | undefined> {
  const files = request.files ?? (await vscode.window.showOpenDialog({
    canSelectMany: true,
    openLabel: vscode.l10n.t('Import'),
    title: vscode.l10n.t('Import annotations (JSONL, W3C Web Annotation, brat .ann)'),
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    filters: { [vscode.l10n.t('Annotation exports')]: ['jsonl', 'ndjson', 'jsonld', 'json', 'ann'] },
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
      for (const file of files) {
        const format = request.format ?? formatOf(file);
        const label = vscode.workspace.asRelativePath(file);
        if (!format) {
          result.errors.push(vscode.l10n.t('{0}: not a .jsonl, .jsonld/.json or .ann file', label));
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
        if (format === 'brat') {
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
          add(result, importBrat(contents, bratText, article, texts.get(article)!, context, label));
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
      const outcome: ImportOutcome = { ...summary, rejected: result.errors, warnings: result.warnings };
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

function add(into: ImportResult, from: ImportResult): void {
  for (const [article, list] of from.articles) into.articles.set(article, [...(into.articles.get(article) ?? []), ...list]);
  into.warnings.push(...from.warnings);
  into.errors.push(...from.errors);
}

async function report(o: ImportOutcome): Promise<void> {
  const message = vscode.l10n.t(
    'Sorot imported {0} and {1} into {2}.',
    byCount(o.added, () => vscode.l10n.t('1 new annotation'), () => vscode.l10n.t('{0} new annotations', o.added)),
    byCount(o.replaced, () => vscode.l10n.t('1 updated annotation'), () => vscode.l10n.t('{0} updated annotations', o.replaced)),
    byCount(o.files, () => vscode.l10n.t('1 annotation file'), () => vscode.l10n.t('{0} annotation files', o.files)),
  );
  const notes = [...o.rejected, ...o.problems, ...o.warnings];
  if (!notes.length) {
    void vscode.window.showInformationMessage(message);
    return;
  }
  const show = count.showNotes(notes.length);
  if ((await vscode.window.showWarningMessage(message, show)) === show) {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ content: notes.join('\n'), language: 'plaintext' }));
  }
}
