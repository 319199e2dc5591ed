// One set of corpus settings (issue 11 point 8): the Articles view's former
// `sorot.articles.glob` / `sorot.articles.exclude` become `sorot.corpus.include` /
// `sorot.corpus.exclude`. Moved once, where they were set (user or workspace settings),
// with a notice; until then (e.g. in an untrusted workspace, where Sorot writes nothing)
// readCorpusSettings still reads the old names.
import * as vscode from 'vscode';

const MOVES: ReadonlyArray<{ from: string; to: string }> = [
  { from: 'glob', to: 'include' },
  { from: 'exclude', to: 'exclude' },
];

/** Moves the old settings; returns what was moved ("old → new"), in order. */
export async function migrateCorpusSettings(): Promise<string[]> {
  if (!vscode.workspace.isTrusted) return [];
  const articles = vscode.workspace.getConfiguration('sorot.articles');
  const corpus = vscode.workspace.getConfiguration('sorot.corpus');
  const moved: string[] = [];
  const targets = [
    { target: vscode.ConfigurationTarget.Global, value: 'globalValue' as const },
    { target: vscode.ConfigurationTarget.Workspace, value: 'workspaceValue' as const },
  ];
  for (const { from, to } of MOVES) {
    for (const { target, value } of targets) {
      if (target === vscode.ConfigurationTarget.Workspace && !vscode.workspace.workspaceFolders?.length) continue;
      const old = articles.inspect<unknown>(from)?.[value];
      if (old === undefined) continue;
      // A value already under the new name wins; the old one is dropped either way.
      if (corpus.inspect<unknown>(to)?.[value] === undefined) await corpus.update(to, old, target);
      await articles.update(from, undefined, target);
      const line = `sorot.articles.${from} → sorot.corpus.${to}`;
      if (!moved.includes(line)) moved.push(line);
    }
  }
  return moved;
}

/** Moves the old settings and says so once. */
export async function migrateWithNotice(): Promise<void> {
  let moved: string[];
  try {
    moved = await migrateCorpusSettings();
  } catch (e) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Sorot could not move the settings sorot.articles.glob / sorot.articles.exclude to sorot.corpus.include / sorot.corpus.exclude ({0}); it keeps reading the old ones.', e instanceof Error ? e.message : String(e)));
    return;
  }
  if (moved.length === 0) return;
  void vscode.window.showInformationMessage(
    vscode.l10n.t('Sorot moved your settings {0}: one set of corpus settings now decides which files are articles, for the Articles view, highlights, annotations, export and the agreement report.', moved.join(', ')),
  );
}
