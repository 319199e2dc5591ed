// Decorations feature: the controller plus the layer toggles (editor title submenu,
// command palette and settings sorot.decorations.*).
import * as vscode from 'vscode';
import type { DocumentAnalyses } from '../corpus/document-analyses';
import { mayWrite, settingsLeftAsTheyAre } from '../trust/write-guard';
import { DecorationController } from './controller';

const TOGGLES: Array<{ command: string; setting: string }> = [
  { command: 'sorot.decorations.toggleActors', setting: 'actors' },
  { command: 'sorot.decorations.toggleQuotes', setting: 'quotes' },
  { command: 'sorot.decorations.toggleSpeakers', setting: 'speakers' },
  { command: 'sorot.decorations.toggleOverviewRuler', setting: 'overviewRuler' },
];

export function registerDecorations(context: vscode.ExtensionContext, analyses: DocumentAnalyses): DecorationController {
  const controller = new DecorationController(analyses);
  context.subscriptions.push(controller);
  for (const { command, setting } of TOGGLES) {
    const toggle = (): Thenable<void> => toggleSetting(setting);
    // The editor-title submenu shows "Hide X" or "Show X" depending on the setting;
    // both run the same toggle.
    context.subscriptions.push(
      vscode.commands.registerCommand(command, toggle),
      vscode.commands.registerCommand(`${command}.show`, toggle),
      vscode.commands.registerCommand(`${command}.hide`, toggle),
    );
  }
  return controller;
}

/** Flips a boolean setting where it is currently decided (workspace over user). */
async function toggleSetting(name: string): Promise<void> {
  const config = vscode.workspace.getConfiguration('sorot.decorations');
  const current = config.get<boolean>(name, true);
  const info = config.inspect<boolean>(name);
  const target =
    info?.workspaceFolderValue !== undefined || info?.workspaceValue !== undefined
      ? vscode.ConfigurationTarget.Workspace
      : vscode.ConfigurationTarget.Global;
  if (target === vscode.ConfigurationTarget.Workspace && !mayWrite(settingsLeftAsTheyAre)) return;
  await config.update(name, !current, target);
}
