// Which files are news articles. Sorot never claims every .txt: an article is a .txt
// file inside a folder the user marked as a corpus (`sorot.corpus.folders`, stored in
// workspace settings by the "Use Folder as Corpus" command) or one matching the
// configurable glob `sorot.corpus.include`. Every feature (language, decorations,
// corpus index) asks this one place.
import * as vscode from 'vscode';
import { matchesGlob } from './glob';

export const ARTICLE_LANGUAGE = 'sorot-article';

export interface CorpusScopeConfig {
  /** Workspace-relative (or absolute) folder paths. */
  folders: string[];
  /** A glob relative to each workspace folder; '' disables it. */
  include: string;
}

export function readCorpusScope(): CorpusScopeConfig {
  const c = vscode.workspace.getConfiguration('sorot.corpus');
  const folders = c.get<unknown>('folders');
  const include = c.get<unknown>('include');
  return {
    folders: Array.isArray(folders) ? folders.filter((f): f is string => typeof f === 'string' && f.trim() !== '') : [],
    include: typeof include === 'string' ? include.trim() : '',
  };
}

/** Normalised folder key: forward slashes, no trailing slash, no "./" prefix. */
function normalise(p: string): string {
  let s = p.replace(/\\/g, '/').replace(/\/+$/, '');
  while (s.startsWith('./')) s = s.slice(2);
  return s === '.' ? '' : s;
}

/** The glob patterns (one per workspace folder and corpus folder) for findFiles and watchers. */
export function corpusPatterns(scope: CorpusScopeConfig = readCorpusScope()): vscode.GlobPattern[] {
  const out: vscode.GlobPattern[] = [];
  for (const wf of vscode.workspace.workspaceFolders ?? []) {
    for (const f of scope.folders) {
      const rel = normalise(f);
      if (isAbsolute(f)) {
        const abs = vscode.Uri.file(f);
        if (abs.toString().startsWith(wf.uri.toString())) out.push(new vscode.RelativePattern(abs, '**/*.txt'));
      } else {
        out.push(new vscode.RelativePattern(wf, rel === '' ? '**/*.txt' : `${rel}/**/*.txt`));
      }
    }
    if (scope.include) out.push(new vscode.RelativePattern(wf, scope.include));
  }
  return out;
}

function isAbsolute(p: string): boolean {
  return p.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(p);
}

/** True when `uri` is an article under the current settings. */
export function isInCorpus(uri: vscode.Uri, scope: CorpusScopeConfig = readCorpusScope()): boolean {
  if (!uri.path.toLowerCase().endsWith('.txt') && !scope.include) return false;
  const wf = vscode.workspace.getWorkspaceFolder(uri);
  if (!wf) return false;
  const rel = uri.path.slice(wf.uri.path.replace(/\/$/, '').length + 1);
  if (uri.path.toLowerCase().endsWith('.txt')) {
    for (const f of scope.folders) {
      if (isAbsolute(f)) {
        const abs = normalise(vscode.Uri.file(f).path);
        if (uri.path.startsWith(abs + '/')) return true;
        continue;
      }
      const folder = normalise(f);
      if (folder === '' || rel.startsWith(folder + '/')) return true;
    }
  }
  return scope.include !== '' && matchesGlob(rel, scope.include);
}

/**
 * "Is this open document a corpus article?" for features that act on open editors
 * (read-only text, ...): a workspace file that opened with the Sorot article language,
 * which the corpus settings above decide (or the user chose with "Open as Article").
 * Untitled buffers and views of other schemes (git, output) are never articles here.
 */
export function isCorpusArticle(doc: vscode.TextDocument): boolean {
  return doc.languageId === ARTICLE_LANGUAGE && !doc.isUntitled && vscode.workspace.getWorkspaceFolder(doc.uri) !== undefined;
}
