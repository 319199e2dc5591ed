/**
 * Writes imported annotations into the sidecars next to their articles, through the
 * abstract file system (the CLI's Node fs, the extension's vscode.workspace.fs).
 * Merges by annotation id: an imported annotation replaces the one with its id, others
 * are added, nothing is deleted. A sidecar that cannot be parsed is left untouched.
 *
 * Sidecar chosen per article and annotator: an existing `<name>.<annotator>.sorot.json`,
 * else an existing `<name>.sorot.json` (unless per-annotator files are forced), else a
 * new one, per annotator when forced or when the import has several annotators for
 * the article.
 */
import { placeSidecar } from '../annotations/place';
import { sidecarPathFor } from '../annotations/sidecar-paths';
import { SidecarStore, emptySidecar } from '../annotations/store';
import { isCorrection, type Correction } from '../annotations/corrections';
import type { Annotation } from '../annotations/types';
import { basename } from '../fs/path';
import { fileErrorReason, type CoreFileSystem } from '../fs/types';
import type { ImportResult } from './import-types';
import { countOf } from '../text/plural';

export interface SidecarImportOptions {
  /** The article's path (or URI string) for an exported article path; undefined when unknown. */
  articlePathOf(article: string): string | undefined;
  /** The article's text as it is now (the text the imported offsets were checked against),
   *  when known: the sidecar's annotations are placed on it and the file records it. */
  articleTextOf?(article: string): string | undefined;
  perAnnotator?: boolean;
  /** Report what would change, write nothing. */
  dryRun?: boolean;
}

export interface SidecarImportSummary {
  /** Recognized-layer corrections written (new or replacing one with their id). */
  corrections: number;
  added: number;
  replaced: number;
  /** Sidecars written (or that would be, in a dry run). */
  files: number;
  problems: string[];
}

export async function importIntoSidecars(fs: CoreFileSystem, result: ImportResult, options: SidecarImportOptions): Promise<SidecarImportSummary> {
  const store = new SidecarStore(fs);
  const summary: SidecarImportSummary = { added: 0, replaced: 0, corrections: 0, files: 0, problems: [] };
  const articles = [...new Set([...result.articles.keys(), ...result.corrections.keys()])].sort();
  for (const article of articles) {
    const annotations = result.articles.get(article) ?? [];
    const corrections = result.corrections.get(article) ?? [];
    const articlePath = options.articlePathOf(article);
    if (!articlePath) {
      summary.problems.push(`${article}: no such article; ${countOf(annotations.length + corrections.length, 'annotation')} not imported`);
      continue;
    }
    const byAnnotator = new Map<string, Array<Annotation | Correction>>();
    for (const a of [...annotations, ...corrections]) byAnnotator.set(a.annotator, [...(byAnnotator.get(a.annotator) ?? []), a]);
    for (const [annotator, list] of byAnnotator) {
      let target: { path: string; annotator?: string } | undefined;
      try {
        target = await chooseSidecar(fs, articlePath, annotator, options.perAnnotator ?? false, byAnnotator.size > 1);
        await importOne(store, target, basename(articlePath), list, summary, options.dryRun ?? false, options.articleTextOf?.(article));
      } catch (e) {
        // Unreadable or unwritable (permissions, a folder, locked by another process):
        // this file is reported and the import goes on with the others.
        summary.problems.push(`${target?.path ?? articlePath}: ${fileErrorReason(e)}; ${countOf(list.length, 'annotation')} not imported`);
      }
    }
  }
  return summary;
}

/** Counts into `summary` only what was written (or would be, in a dry run). */
async function importOne(store: SidecarStore, target: { path: string; annotator?: string }, articleName: string, items: Array<Annotation | Correction>, summary: SidecarImportSummary, dryRun: boolean, text: string | undefined): Promise<void> {
  const list = items.filter((a): a is Annotation => !isCorrection(a));
  const corrections = items.filter(isCorrection);
  const loaded = await store.load(target.path);
  if (loaded.status === 'error') {
    summary.problems.push(`${target.path}: ${loaded.error.message}; left untouched, ${countOf(items.length, 'annotation')} not imported`);
    return;
  }
  const existing = loaded.status === 'loaded' ? loaded.sidecar : emptySidecar(articleName, target.annotator);
  // On the known text, what is there and what comes in count in one text; without it,
  // the file can no longer say which text its offsets count in.
  const sidecar = text === undefined ? { ...existing, textHash: undefined } : placeSidecar(existing, text).sidecar;
  const byId = new Map(sidecar.annotations.map((a) => [a.id, a]));
  let added = 0, replaced = 0;
  for (const a of list) {
    if (byId.has(a.id)) replaced++;
    else added++;
    byId.set(a.id, a);
  }
  sidecar.annotations = [...byId.values()];
  if (corrections.length) {
    const byCid = new Map((sidecar.corrections ?? []).map((c) => [c.id, c]));
    for (const c of corrections) byCid.set(c.id, c);
    sidecar.corrections = [...byCid.values()];
  }
  if (!dryRun) {
    const saved = await store.save(target.path, sidecar, text);
    if (saved.status === 'refused') {
      summary.problems.push(`${target.path}: ${saved.error.message}; ${countOf(items.length, 'annotation')} not imported`);
      return;
    }
  }
  summary.corrections += corrections.length;
  summary.added += added;
  summary.replaced += replaced;
  summary.files++;
}

async function chooseSidecar(fs: CoreFileSystem, articlePath: string, annotator: string, forcePer: boolean, several: boolean): Promise<{ path: string; annotator?: string }> {
  const own = sidecarPathFor(articlePath, annotator);
  if (await fs.stat(own)) return { path: own, annotator };
  const shared = sidecarPathFor(articlePath);
  if (!forcePer && (await fs.stat(shared))) return { path: shared };
  return forcePer || several ? { path: own, annotator } : { path: shared };
}
