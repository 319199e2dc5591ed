// "Sorot: Show Annotators…": a quick pick with a checkbox per annotator the workspace
// has seen (name, colour in words, and whose annotations are the user's own); the
// unchecked ones are hidden in the editor, its hovers and the adjudication views, and
// marked hidden in the Articles view. Remembered per workspace (annotators.ts).
import * as vscode from 'vscode';
import type { AnnotationService } from '../services/annotations/annotation-service';
import { allAnnotations } from '../services/annotations/article-annotations';
import { configuredAnnotator } from '../services/annotations/annotator';
import { colourName, type Annotators } from '../services/annotations/annotators';

/** Tests (and keybindings) may pass the annotators to hide instead of picking. */
export interface ShowAnnotatorsArgs {
  hidden: string[];
}

export function registerShowAnnotators(annotators: Annotators, service: AnnotationService): vscode.Disposable {
  return vscode.commands.registerCommand('sorot.annotators.show', async (args?: ShowAnnotatorsArgs) => {
    if (args && Array.isArray(args.hidden)) {
      await annotators.setHidden(args.hidden.filter((n): n is string => typeof n === 'string'));
      return annotators.hiddenNames();
    }
    // Annotators of the loaded articles count even before their first decoration.
    for (const uri of service.loadedArticles()) {
      const state = service.peek(uri);
      if (state) annotators.see(allAnnotations(state).map((r) => r.annotation.annotator));
    }
    const names = annotators.all();
    if (names.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No annotator has annotated an article of this workspace yet.'));
      return undefined;
    }
    const me = configuredAnnotator();
    const items = names.map((name) => ({
      label: name,
      description: [colourName(annotators.colour(name)), name === me ? vscode.l10n.t('you') : ''].filter(Boolean).join(' · '),
      iconPath: new vscode.ThemeIcon('circle-filled', annotators.themeColour(name)),
      picked: annotators.isVisible(name),
    }));
    const chosen = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('Sorot: Show Annotators'),
      placeHolder: vscode.l10n.t('Checked annotators are shown in the editor; uncheck one to hide their annotations.'),
      canPickMany: true,
    });
    if (!chosen) return undefined; // cancelled: nothing changes
    const shown = new Set(chosen.map((c) => c.label));
    await annotators.setHidden(names.filter((n) => !shown.has(n)));
    return annotators.hiddenNames();
  });
}
