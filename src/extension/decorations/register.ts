// Decorations feature: the controller, which layers show (services/layers/visibility.ts:
// the quick pick "Sorot: Show Layers…", remembered per workspace) and the older per-layer toggles
// (editor title submenu, command palette), which flip the layer's setting.
import * as vscode from 'vscode';
import type { DocumentAnalyses } from '../services/corpus/document-analyses';
import { mayWrite, settingsLeftAsTheyAre } from '../services/write-guard';
import { DecorationController } from './controller';
import { watchFirstArticle } from './first-article';
import { pickLayers, type LayerVisibility, type VisibleLayer } from '../services/layers/visibility';

const TOGGLES: Array<{ command: string; layers: VisibleLayer[] }> = [
  { command: 'sorot.decorations.toggleActors', layers: ['person', 'organisation', 'place'] },
  { command: 'sorot.decorations.toggleQuotes', layers: ['quote'] },
  { command: 'sorot.decorations.toggleSpeakers', layers: ['speaker'] },
  { command: 'sorot.decorations.toggleOverviewRuler', layers: ['overviewRuler'] },
];

/** `visibility`: which layers show, made once in extension.ts (the annotation layer reads it too). */
export function registerDecorations(context: vscode.ExtensionContext, analyses: DocumentAnalyses, visibility: LayerVisibility): DecorationController {
  const controller = new DecorationController(analyses, visibility);
  context.subscriptions.push(
    controller,
    vscode.commands.registerCommand('sorot.showLayers', () => pickLayers(visibility)),
    watchFirstArticle(context.globalState),
  );
  for (const { command, layers } of TOGGLES) {
    const toggle = (): Thenable<void> => toggleLayers(visibility, layers);
    // The editor-title submenu shows "Hide X" or "Show X" depending on the layer;
    // both run the same toggle.
    context.subscriptions.push(
      vscode.commands.registerCommand(command, toggle),
      vscode.commands.registerCommand(`${command}.show`, toggle),
      vscode.commands.registerCommand(`${command}.hide`, toggle),
    );
  }
  return controller;
}

/** Flips the layers' setting where it is currently decided (workspace over user), from
 *  what shows now, and drops the workspace's Show Layers choice for them so the setting
 *  decides again. */
async function toggleLayers(visibility: LayerVisibility, layers: VisibleLayer[]): Promise<void> {
  const first = layers[0] as VisibleLayer;
  const name = visibility.settingOf(first);
  const shown = visibility.isShown(first);
  const config = vscode.workspace.getConfiguration('sorot.decorations');
  const info = config.inspect<boolean>(name);
  const target =
    info?.workspaceFolderValue !== undefined || info?.workspaceValue !== undefined
      ? vscode.ConfigurationTarget.Workspace
      : vscode.ConfigurationTarget.Global;
  if (target === vscode.ConfigurationTarget.Workspace && !mayWrite(settingsLeftAsTheyAre)) return;
  await visibility.forget(layers);
  await config.update(name, !shown, target);
}
