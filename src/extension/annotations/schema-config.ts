// The annotation vocabulary of the workspace: core defaults, overridden by
// `.sorot/schema.json` in the first workspace folder, overridden by settings.
import * as vscode from 'vscode';
import { DEFAULT_SCHEMA_CONFIG, decodeJsonText, loadSchemaConfig, mergeSchemaConfig, type AnnotationSchemaConfig } from '../../core/annotations';

export async function loadWorkspaceSchemaConfig(): Promise<AnnotationSchemaConfig> {
  let config = DEFAULT_SCHEMA_CONFIG;
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder) {
    const uri = vscode.Uri.joinPath(folder.uri, '.sorot', 'schema.json');
    let text: string | undefined;
    let bytes: Uint8Array | undefined;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      bytes = undefined; // no workspace file: defaults
    }
    const decoded = bytes && decodeJsonText(bytes);
    if (decoded?.ok) text = decoded.text;
    const loaded = decoded && !decoded.ok ? { config: DEFAULT_SCHEMA_CONFIG, error: decoded.error } : loadSchemaConfig(text);
    if (loaded.error) {
      void vscode.window.showWarningMessage(
        vscode.l10n.t('.sorot/schema.json is not usable ({0}); Sorot uses the default annotation vocabulary and leaves the file as it is.', loaded.error.message),
      );
    }
    config = loaded.config;
  }
  const settings = vscode.workspace.getConfiguration('sorot.annotations');
  const stanceTargets = settings.get<string[]>('stanceTargets', []);
  const labels = settings.get<string[]>('labels', []);
  return mergeSchemaConfig(config, {
    ...(stanceTargets.length ? { stanceTargets } : {}),
    ...(labels.length ? { labels } : {}),
  });
}
